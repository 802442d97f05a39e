#include "report.h"

#include <algorithm>
#include <cmath>

#include "enums.h"
#include "format.h"
#include "language.h"
#include "scenario_link.h"

namespace tariff {

using Json = nlohmann::json;

static Json sectorJson(const ImportSector& s, const SectorResult& r, const Language& lang) {
  Json j = {{"id", s.id},
            {"name", lang.name("sector", s.id, s.name)},
            {"mfn_pct", r.mfnPct},
            {"tariff_pct", r.tariffPct},
            {"imports_before_usd", r.importsBeforeUsd},
            {"imports_after_usd", r.importsAfterUsd},
            {"buyer_price_change_pct", r.buyerPriceChangePct},
            {"exporter_price_change_pct", r.exporterPriceChangePct},
            {"volume_change_pct", r.volumeChangePct},
            {"duties_before_usd", r.dutiesBeforeUsd},
            {"duties_after_usd", r.dutiesAfterUsd},
            {"others_added_tariff_pct", r.othersAddedPct},
            {"tariff_burden_usd", r.tariffBurdenUsd},
            {"us_buyer_cost_usd", r.buyerCostUsd},
            {"exporter_cost_usd", r.exporterCostUsd},
            {"exporter_price_cost_usd", r.exporterPriceCostUsd},
            {"exporter_lost_sales_usd", r.tradeLostUsd},
            {"trade_lost_usd", r.tradeLostUsd},
            {"deadweight_loss_usd", r.deadweightUsd},
            {"refund_usd", r.refundUsd}};
  if (s.hasUnits) {
    j["units_before"] = r.unitsBefore;
    j["units_after"] = r.unitsAfter;
    j["exporter_price_cost_per_unit_usd"] = r.exporterPriceCostPerUnitUsd;
    j["us_buyer_cost_per_unit_usd"] = r.buyerCostPerUnitUsd;
  }
  return j;
}

static Json notices(const TradeData& data, const Scenario& s, const Language& lang) {
  Json list = Json::array();
  if (const std::string n = lawNotice(data, s.date, lang); !n.empty()) list.push_back(n);
  return list;
}

Json resultsToJson(const TradeData& data, const Scenario& s, const Results& r, const Language& lang) {
  Json sectors = Json::array(), layers = Json::array(), offers = Json::array();
  for (size_t i = 0; i < data.sectors.size(); ++i) sectors.push_back(sectorJson(data.sectors[i], r.sectors[i], lang));
  for (size_t l = 0; l < data.layers.size(); ++l)
    layers.push_back({{"id", data.layers[l].id},
                      {"name", lang.name("layer", data.layers[l].id, data.layers[l].name)},
                      {"on", s.layers[l].on},
                      {"rate_pct", s.layers[l].ratePct},
                      {"applied", r.layers[l].applied},
                      {"deficit_change_usd", r.layers[l].deficitChangeUsd},
                      {"tariff_burden_usd", r.layers[l].tariffBurdenUsd}});
  for (size_t o = 0; o < data.offers.size(); ++o)
    offers.push_back({{"id", data.offers[o].id},
                      {"name", lang.name("offer", data.offers[o].id, data.offers[o].name)},
                      {"on", s.offers[o].on},
                      {"share_pct", s.offers[o].sharePct},
                      {"additional_share", s.offers[o].additionalShare},
                      {"pledged_usd_per_year", r.offers[o].pledgedUsdPerYear},
                      {"counted_usd_per_year", r.offers[o].countedUsdPerYear},
                      {"deficit_change_usd", r.offers[o].deficitChangeUsd}});
  return {{"scenario",
           {{"link", encodeScenario(data, s)},
            {"date", formatDate(s.date)},
            {"preset", s.presetId},
            {"yen_per_usd", s.assumptions.yenPerUsd},
            {"horizon", nameOf(kHorizonNames, s.assumptions.horizon)},
            {"law_as_of", formatDate(data.lawAsOf)},
            {"count_refunds", s.countRefunds}}},
          {"notices", notices(data, s, lang)},
          {"deficit_before_usd", r.deficitBeforeUsd},
          {"deficit_after_usd", r.deficitAfterUsd},
          {"deficit_change_usd", r.deficitChangeUsd},
          {"deficit_change_pct", r.deficitChangePct},
          {"imports_before_usd", r.importsBeforeUsd},
          {"imports_after_usd", r.importsAfterUsd},
          {"exports_before_usd", r.exportsBeforeUsd},
          {"exports_after_usd", r.exportsAfterUsd},
          {"exporter_cost_usd", r.exporterCostUsd},
          {"exporter_price_cost_usd", r.exporterPriceCostUsd},
          {"exporter_lost_sales_usd", r.tradeLostUsd},
          {"us_buyer_cost_usd", r.usBuyerCostUsd},
          {"tariff_burden_usd", r.tariffBurdenUsd},
          {"trade_lost_usd", r.tradeLostUsd},
          {"deadweight_loss_usd", r.deadweightUsd},
          {"refund_usd", r.refundUsd},
          {"tariff_revenue_usd", r.tariffRevenueUsd},
          {"others_deficit_change_usd", r.othersDeficitChangeUsd},
          {"added_tariff_revenue_usd", r.addedTariffRevenueUsd},
          {"effective_tariff_rate_pct", r.effectiveTariffRatePct},
          {"effective_tariff_rate_before_pct", r.effectiveTariffRateBeforePct},
          {"sectors", sectors},
          {"layers", layers},
          {"offers", offers}};
}

static Json rangeJson(const OutputRange& r, const Language& lang) {
  return {{"low", r.low},
          {"central", r.central},
          {"high", r.high},
          {"driver", r.driver < 0 ? Json() : Json(assumptionGroupName(static_cast<AssumptionGroup>(r.driver), lang))}};
}

Json rangesToJson(const HeadlineRanges& r, const Language& lang) {
  return {{"deficit_after_usd", rangeJson(r.deficitAfterUsd, lang)},
          {"exporter_cost_usd", rangeJson(r.exporterCostUsd, lang)},
          {"us_buyer_cost_usd", rangeJson(r.usBuyerCostUsd, lang)},
          {"tariff_revenue_usd", rangeJson(r.tariffRevenueUsd, lang)},
          {"deadweight_loss_usd", rangeJson(r.deadweightUsd, lang)},
          {"effective_tariff_rate_pct", rangeJson(r.effectiveRatePct, lang)}};
}

Json observedToJson(const ObservedBeside& o) {
  if (!o.available) return Json();
  return {{"label", o.label},
          {"months", o.months},
          {"imports_usd_per_year", o.importsUsdPerYear},
          {"exports_usd_per_year", o.exportsUsdPerYear},
          {"deficit_usd_per_year", o.deficitUsdPerYear},
          {"model_imports_usd_per_year", o.modelImportsUsdPerYear}};
}

Json reportJson(const TradeData& data, const Scenario& s, const Results& r, const HeadlineRanges& ranges,
                const ObservedBeside& observed, const Language& lang) {
  Json j = resultsToJson(data, s, r, lang);
  j["ranges"] = rangesToJson(ranges, lang);
  j["observed"] = observedToJson(observed);
  return j;
}

namespace {

// RFC 4180: a field with a comma, a quote or a line break is quoted, quotes doubled.
std::string csvField(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string csvValue(const Json& v) {
  if (v.is_null()) return "";
  if (v.is_string()) return csvField(v.get<std::string>());
  if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
  if (v.is_number()) return formatNumber(v.get<double>());
  return csvField(v.dump());  // an empty array or object
}

// RFC 6901: "~" and "/" in a key.
std::string pointerToken(const std::string& key) {
  std::string out;
  for (char c : key) out += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
  return out;
}

// Like nlohmann's flatten(), but an empty array or object stays itself ("[]", "{}") instead of null.
void addRows(const Json& v, const std::string& pointer, std::string& out) {
  if (v.is_object() && !v.empty()) {
    for (const auto& [key, item] : v.items()) addRows(item, pointer + "/" + pointerToken(key), out);
  } else if (v.is_array() && !v.empty()) {
    for (size_t i = 0; i < v.size(); ++i) addRows(v[i], pointer + "/" + std::to_string(i), out);
  } else {
    out += csvField(pointer) + "," + csvValue(v) + "\r\n";
  }
}

}  // namespace

std::string reportCsv(const Json& report, const Language& lang) {
  std::string out = csvField(std::string(lang.text("core.csv_field"))) + "," +
                    csvField(std::string(lang.text("core.csv_value"))) + "\r\n";
  addRows(report, "", out);
  return out;
}

std::vector<WaterfallBar> compactWaterfall(const TradeData& data, const Scenario& s, const Results& r,
                                           const Language& lang) {
  const auto words = [&](const char* key, int count = 0) {
    return fillIn(std::string(lang.text(key)), {{"count", std::to_string(count)}});
  };
  std::vector<WaterfallBar> bars;
  bars.push_back({words("core.bar_deficit_2024"), BarKind::Deficit, 0, r.deficitBeforeUsd, 0});
  double running = r.deficitBeforeUsd;
  if (std::fabs(r.othersDeficitChangeUsd) >= 5e6) {  // below $5M it would print as $0M
    bars.push_back({words("core.bar_others"), BarKind::Others, running, running + r.othersDeficitChangeUsd, 0});
    running += r.othersDeficitChangeUsd;
  }
  WaterfallBar tariffs{"", BarKind::Tariffs, running, running, 0};
  for (size_t l = 0; l < data.layers.size() && l < r.layers.size(); ++l) {
    if (!r.layers[l].applied) continue;
    tariffs.toUsd += r.layers[l].deficitChangeUsd;
    tariffs.label = lang.name("layer", data.layers[l].id, data.layers[l].name);  // the name when it is the only one
    ++tariffs.measures;
  }
  if (tariffs.measures > 0) {
    if (tariffs.measures > 1) tariffs.label = words("core.bar_tariffs", tariffs.measures);
    bars.push_back(tariffs);
    running = tariffs.toUsd;
  }
  WaterfallBar offers{"", BarKind::Offers, running, running, 0};
  for (size_t o = 0; o < data.offers.size() && o < s.offers.size() && o < r.offers.size(); ++o) {
    if (!s.offers[o].on) continue;
    offers.toUsd += r.offers[o].deficitChangeUsd;
    offers.label = lang.name("offer", data.offers[o].id, data.offers[o].name);
    ++offers.measures;
  }
  if (offers.measures > 0) {
    if (offers.measures > 1) offers.label = words("core.bar_offers", offers.measures);
    bars.push_back(offers);
  }
  bars.push_back({words("core.bar_deficit_after"), BarKind::Deficit, 0, r.deficitAfterUsd, 0});
  return bars;
}

Json graphicJson(const TradeData& data, const Scenario& s, const Results& r, const Language& lang) {
  const Preset* preset = presetOf(data, s);
  const std::vector<WaterfallBar> bars = compactWaterfall(data, s, r, lang);
  const Money money{lang, s.assumptions.yenPerUsd};
  const auto words = [&](const char* key, const Money::Values& values = {}) {
    return fillIn(std::string(lang.text(key)), values);
  };
  double lo = 0, hi = 0;
  for (const WaterfallBar& b : bars) lo = std::min({lo, b.fromUsd, b.toUsd}), hi = std::max({hi, b.fromUsd, b.toUsd});
  const double span = hi > lo ? hi - lo : 1;
  static const char* const kKinds[] = {"deficit", "others", "tariffs", "offers"};
  Json steps = Json::array();
  for (const WaterfallBar& b : bars) {
    const bool total = b.kind == BarKind::Deficit;
    steps.push_back({{"label", b.label},
                     {"kind", kKinds[static_cast<int>(b.kind)]},
                     {"value", total ? money.column(b.toUsd) : money.column(b.toUsd - b.fromUsd, true)},
                     {"from", (std::min(b.fromUsd, b.toUsd) - lo) / span},
                     {"to", (std::max(b.fromUsd, b.toUsd) - lo) / span}});
  }
  const double burden = r.tariffBurdenUsd;
  Money::Values change = money.values({{"change", r.deficitChangeUsd}}, true);
  change.push_back({"pct", formatSignedPct(lang, r.deficitChangePct)});
  return {{"title", words("core.graphic_title")},
          {"scenario", preset ? lang.name("preset", preset->id, preset->name) : words("core.graphic_own_settings")},
          {"date", formatDay(lang, s.date, true)},
          {"label", words("core.graphic_label")},
          {"before", money(r.deficitBeforeUsd)},
          {"after", money(r.deficitAfterUsd)},
          {"change", words("core.graphic_change", change)},
          {"who_pays", burden > 0 ? words("core.graphic_who_pays", money.values({{"total", burden}})) : std::string()},
          {"buyers", words("core.graphic_buyers", money.values({{"value", r.usBuyerCostUsd}}))},
          {"exporters", words("core.graphic_exporters", money.values({{"value", r.exporterCostUsd}}))},
          {"buyers_share", burden > 0 ? std::clamp(r.usBuyerCostUsd / burden, 0.0, 1.0) : 0.0},
          {"steps", steps},
          {"as_of", words("core.graphic_as_of", {{"date", formatDay(lang, data.lawAsOf, true)}})}};
}

}  // namespace tariff
