#include "report.h"

#include <algorithm>
#include <cmath>

#include "enums.h"
#include "format.h"
#include "scenario_link.h"

namespace tariff {

using Json = nlohmann::json;

static Json sectorJson(const ImportSector& s, const SectorResult& r) {
  Json j = {{"id", s.id},
            {"name", s.name},
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

static Json notices(const TradeData& data, const Scenario& s) {
  Json list = Json::array();
  if (const std::string n = lawNotice(data, s.date); !n.empty()) list.push_back(n);
  return list;
}

Json resultsToJson(const TradeData& data, const Scenario& s, const Results& r) {
  Json sectors = Json::array(), layers = Json::array(), offers = Json::array();
  for (size_t i = 0; i < data.sectors.size(); ++i) sectors.push_back(sectorJson(data.sectors[i], r.sectors[i]));
  for (size_t l = 0; l < data.layers.size(); ++l)
    layers.push_back({{"id", data.layers[l].id},
                      {"name", data.layers[l].name},
                      {"on", s.layers[l].on},
                      {"rate_pct", s.layers[l].ratePct},
                      {"applied", r.layers[l].applied},
                      {"deficit_change_usd", r.layers[l].deficitChangeUsd},
                      {"tariff_burden_usd", r.layers[l].tariffBurdenUsd}});
  for (size_t o = 0; o < data.offers.size(); ++o)
    offers.push_back({{"id", data.offers[o].id},
                      {"name", data.offers[o].name},
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
          {"notices", notices(data, s)},
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

static Json rangeJson(const OutputRange& r) {
  return {{"low", r.low},
          {"central", r.central},
          {"high", r.high},
          {"driver", r.driver < 0 ? Json() : Json(assumptionGroupName(static_cast<AssumptionGroup>(r.driver)))}};
}

Json rangesToJson(const HeadlineRanges& r) {
  return {{"deficit_after_usd", rangeJson(r.deficitAfterUsd)},
          {"exporter_cost_usd", rangeJson(r.exporterCostUsd)},
          {"us_buyer_cost_usd", rangeJson(r.usBuyerCostUsd)},
          {"tariff_revenue_usd", rangeJson(r.tariffRevenueUsd)},
          {"deadweight_loss_usd", rangeJson(r.deadweightUsd)},
          {"effective_tariff_rate_pct", rangeJson(r.effectiveRatePct)}};
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
                const ObservedBeside& observed) {
  Json j = resultsToJson(data, s, r);
  j["ranges"] = rangesToJson(ranges);
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

std::string reportCsv(const Json& report) {
  std::string out = "field,value\r\n";
  addRows(report, "", out);
  return out;
}

std::vector<WaterfallBar> compactWaterfall(const TradeData& data, const Scenario& s, const Results& r) {
  std::vector<WaterfallBar> bars;
  bars.push_back({"2024 deficit", BarKind::Deficit, 0, r.deficitBeforeUsd, 0});
  double running = r.deficitBeforeUsd;
  if (std::fabs(r.othersDeficitChangeUsd) >= 5e6) {  // below $5M it would print as $0M
    bars.push_back({"Other suppliers' tariffs", BarKind::Others, running, running + r.othersDeficitChangeUsd, 0});
    running += r.othersDeficitChangeUsd;
  }
  WaterfallBar tariffs{"", BarKind::Tariffs, running, running, 0};
  for (size_t l = 0; l < data.layers.size() && l < r.layers.size(); ++l) {
    if (!r.layers[l].applied) continue;
    tariffs.toUsd += r.layers[l].deficitChangeUsd;
    tariffs.label = data.layers[l].name;  // the name when it is the only one
    ++tariffs.measures;
  }
  if (tariffs.measures > 0) {
    if (tariffs.measures > 1) tariffs.label = "US tariffs (" + std::to_string(tariffs.measures) + " measures)";
    bars.push_back(tariffs);
    running = tariffs.toUsd;
  }
  WaterfallBar offers{"", BarKind::Offers, running, running, 0};
  for (size_t o = 0; o < data.offers.size() && o < s.offers.size() && o < r.offers.size(); ++o) {
    if (!s.offers[o].on) continue;
    offers.toUsd += r.offers[o].deficitChangeUsd;
    offers.label = data.offers[o].name;
    ++offers.measures;
  }
  if (offers.measures > 0) {
    if (offers.measures > 1) offers.label = "Japan's offers (" + std::to_string(offers.measures) + ")";
    bars.push_back(offers);
  }
  bars.push_back({"Deficit after", BarKind::Deficit, 0, r.deficitAfterUsd, 0});
  return bars;
}

Json graphicJson(const TradeData& data, const Scenario& s, const Results& r) {
  const Preset* preset = presetOf(data, s);
  const std::vector<WaterfallBar> bars = compactWaterfall(data, s, r);
  double lo = 0, hi = 0;
  for (const WaterfallBar& b : bars) lo = std::min({lo, b.fromUsd, b.toUsd}), hi = std::max({hi, b.fromUsd, b.toUsd});
  const double span = hi > lo ? hi - lo : 1;
  static const char* const kKinds[] = {"deficit", "others", "tariffs", "offers"};
  Json steps = Json::array();
  for (const WaterfallBar& b : bars) {
    const bool total = b.kind == BarKind::Deficit;
    steps.push_back({{"label", b.label},
                     {"kind", kKinds[static_cast<int>(b.kind)]},
                     {"value", total ? formatUsd(b.toUsd) : formatSignedUsd(b.toUsd - b.fromUsd)},
                     {"from", (std::min(b.fromUsd, b.toUsd) - lo) / span},
                     {"to", (std::max(b.fromUsd, b.toUsd) - lo) / span}});
  }
  const double burden = r.tariffBurdenUsd;
  return {{"title", "US\u2013Japan tariff calculator"},
          {"scenario", preset ? preset->name : std::string("Your own settings")},
          {"date", formatDayLong(s.date)},
          {"label", "US goods trade deficit with Japan, a year"},
          {"before", formatUsd(r.deficitBeforeUsd)},
          {"after", formatUsd(r.deficitAfterUsd)},
          {"change", formatSignedUsd(r.deficitChangeUsd) + " (" + formatSignedPct(r.deficitChangePct) + ")"},
          {"who_pays", burden > 0 ? "Who pays the " + formatUsd(burden) + " of duty added each year" : std::string()},
          {"buyers", "US buyers " + formatUsd(r.usBuyerCostUsd)},
          {"exporters", "Japanese exporters " + formatUsd(r.exporterCostUsd)},
          {"buyers_share", burden > 0 ? std::clamp(r.usBuyerCostUsd / burden, 0.0, 1.0) : 0.0},
          {"steps", steps},
          {"as_of", "Tariffs as of " + formatDayLong(data.lawAsOf)}};
}

}  // namespace tariff
