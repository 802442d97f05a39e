#include "describe.h"

#include "date.h"
#include "format.h"

namespace usjp {
namespace {

std::string listOrNone(const std::string& items) { return items.empty() ? std::string("none") : items; }

std::string layersOn(const tariff::TradeData& data, const tariff::Scenario& s) {
  std::string out;
  for (size_t l = 0; l < data.layers.size(); ++l) {
    if (!s.layers[l].on) continue;
    out += (out.empty() ? "" : "; ") + data.layers[l].name + " at " + tariff::formatPct(s.layers[l].ratePct);
  }
  return listOrNone(out);
}

std::string offersOn(const tariff::TradeData& data, const tariff::Scenario& s) {
  std::string out;
  for (size_t o = 0; o < data.offers.size(); ++o) {
    if (!s.offers[o].on) continue;
    out += (out.empty() ? "" : "; ") + data.offers[o].name + ", " + tariff::formatPct(s.offers[o].sharePct, 0) +
           " of the pledge";
  }
  return listOrNone(out);
}

bool defaultAssumptions(const tariff::TradeData& data, const tariff::Scenario& s) {
  tariff::Scenario withDefaults = s;
  withDefaults.assumptions = tariff::defaultAssumptions(data);
  return withDefaults == s;
}

}  // namespace

std::string describeScenario(App& app) {
  const tariff::TradeData& data = app.data();
  const tariff::Scenario& s = app.evaluated();
  const tariff::Preset* preset = tariff::presetOf(data, s);
  std::string text =
      "Scenario: " + (preset ? preset->name : std::string("your own settings")) + ", the law on " +
      tariff::formatDate(s.date) + ". US tariff layers on: " + layersOn(data, s) +
      ". Japan's offers on: " + offersOn(data, s) + ". Assumptions: " +
      (defaultAssumptions(data, s) ? "the defaults." : "changed from the defaults (see the full calculator).");
  if (!app.notices().empty()) {
    text += " This link had parts the calculator could not use:";
    for (const std::string& n : app.notices()) text += " " + n + ".";
  }
  return text;
}

}  // namespace usjp
