#include "scenario_json.h"

#include "enums.h"

namespace tariff {

static void readLayers(JsonChecker& c, const TradeData& data, const Json& list, const std::string& at, Scenario& s) {
  std::vector<char> seen(data.layers.size(), 0);
  for (size_t k = 0; k < list.size(); ++k) {
    const std::string kat = childPointer(at, k);
    const Json& j = list[k];
    if (!c.isObject(j, kat)) continue;
    c.allowOnly(j, kat, {"id", "rate_pct"});
    std::string id;
    if (!c.string(j, kat, "id", id, true)) continue;
    const int l = data.layerIndex(id);
    if (l < 0) {
      c.fail(childPointer(kat, "id"), "unknown layer id " + quoteText(id));
      continue;
    }
    if (seen[l]++) c.fail(childPointer(kat, "id"), "layer " + quoteText(id) + " is listed twice");
    s.layers[l].on = true;
    c.number(j, kat, "rate_pct", 0, 1000, s.layers[l].ratePct, false);
  }
}

static void readOffers(JsonChecker& c, const TradeData& data, const Json& list, const std::string& at, Scenario& s) {
  std::vector<char> seen(data.offers.size(), 0);
  for (size_t k = 0; k < list.size(); ++k) {
    const std::string kat = childPointer(at, k);
    const Json& j = list[k];
    if (!c.isObject(j, kat)) continue;
    c.allowOnly(j, kat, {"id", "share_pct", "additional_share", "spread_years"});
    std::string id;
    if (!c.string(j, kat, "id", id, true)) continue;
    const int o = data.offerIndex(id);
    if (o < 0) {
      c.fail(childPointer(kat, "id"), "unknown offer id " + quoteText(id));
      continue;
    }
    if (seen[o]++) c.fail(childPointer(kat, "id"), "offer " + quoteText(id) + " is listed twice");
    OfferChoice& choice = s.offers[o];
    choice.on = true;
    c.number(j, kat, "share_pct", 0, 100, choice.sharePct, false);
    c.number(j, kat, "additional_share", 0, 1, choice.additionalShare, false);
    c.number(j, kat, "spread_years", 0.1, 50, choice.spreadYears, false);
  }
}

static void readYen(JsonChecker& c, const TradeData& data, const Json& record, const std::string& at, Assumptions& a) {
  const Json* v = c.member(record, at, "yen_per_usd", false);
  if (!v) return;
  if (v->is_string()) {
    const NamedRate* r = data.yenRate(v->get<std::string>());
    if (r)
      a.yenPerUsd = r->yenPerUsd.value;
    else
      c.fail(childPointer(at, "yen_per_usd"), "unknown exchange rate " + quoteText(v->get<std::string>()));
    return;
  }
  c.numberValue(*v, childPointer(at, "yen_per_usd"), 50, 500, a.yenPerUsd);
}

static void readAssumptions(JsonChecker& c, const TradeData& data, const Json& j, const std::string& at,
                            Assumptions& a) {
  if (!c.isObject(j, at)) return;
  c.allowOnly(j, at, {"horizon", "short_run_factor", "import_demand", "yen_per_usd", "sectors"});
  std::string horizon;
  if (c.string(j, at, "horizon", horizon, false) && !fromName(kHorizonNames, horizon, a.horizon))
    c.fail(childPointer(at, "horizon"), "must be " + namesList(kHorizonNames) + ", got " + quoteText(horizon));
  c.number(j, at, "short_run_factor", 0.05, 1, a.shortRunFactor, false);
  c.number(j, at, "import_demand", 0, 10, a.importDemand, false);
  readYen(c, data, j, at, a);
  const Json* sectors = c.member(j, at, "sectors", false);
  const std::string sat = childPointer(at, "sectors");
  if (!sectors || !c.isObject(*sectors, sat)) return;
  for (auto it = sectors->begin(); it != sectors->end(); ++it) {
    const std::string kat = childPointer(sat, it.key());
    const int s = data.sectorIndex(it.key());
    if (s < 0) {
      c.fail(kat, "unknown sector id " + quoteText(it.key()));
      continue;
    }
    if (!c.isObject(*it, kat)) continue;
    c.allowOnly(*it, kat, {"pass_through", "substitution"});
    c.number(*it, kat, "pass_through", 0, 1, a.sectors[s].passThrough, false);
    c.number(*it, kat, "substitution", 0, 20, a.sectors[s].substitution, false);
  }
}

bool readScenario(JsonChecker& c, const TradeData& data, const Json& record, const std::string& at, Scenario& out) {
  const size_t before = c.errorCount();
  if (!c.isObject(record, at)) return false;
  c.allowOnly(record, at,
              {"id", "name", "description", "date", "layers", "offers", "yen_per_usd", "assumptions", "count_refunds"});
  Scenario s = defaultScenario(data);
  // "law_as_of": the day the layer records are checked up to, so "the law today" needs no edit
  // when a newsroom adds a proclamation and moves that date.
  if (const Json* d = c.member(record, at, "date", false); d && d->is_string() && *d == "law_as_of")
    s.date = data.lawAsOf;
  else
    c.date(record, at, "date", s.date, false);
  const Json* layers = c.member(record, at, "layers", false);
  if (layers && layers->is_string() && *layers == "law")
    applyDate(data, s.date, s);  // exactly the layers in force that day
  else if (layers && layers->is_array())
    readLayers(c, data, *layers, childPointer(at, "layers"), s);
  else if (layers)
    c.fail(childPointer(at, "layers"),
           "must be a list of layers or \"law\" (those in force on the date), got " + describeType(*layers));
  if (const Json* offers = c.array(record, at, "offers", false))
    readOffers(c, data, *offers, childPointer(at, "offers"), s);
  readYen(c, data, record, at, s.assumptions);
  c.boolean(record, at, "count_refunds", s.countRefunds, false);
  if (const Json* a = c.member(record, at, "assumptions", false))
    readAssumptions(c, data, *a, childPointer(at, "assumptions"), s.assumptions);
  if (c.errorCount() != before) return false;
  out = s;
  return true;
}

bool scenarioFromJsonText(const TradeData& data, const std::string& file, const std::string& text, Scenario& out,
                          DataErrors& errors) {
  Json root;
  if (!parseJson(file, text, root, errors)) return false;
  JsonChecker c(file, errors);
  return readScenario(c, data, root, "", out);
}

}  // namespace tariff
