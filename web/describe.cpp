#include "describe.h"

#include "date.h"
#include "format.h"
#include "words.h"

namespace usjp {
namespace {

std::string listOrNone(const std::string& items) { return items.empty() ? std::string(tr("describe.none")) : items; }

std::string layersOn(const tariff::TradeData& data, const tariff::Scenario& s) {
  std::string out;
  for (size_t l = 0; l < data.layers.size(); ++l) {
    if (!s.layers[l].on) continue;
    const tariff::TariffLayer& layer = data.layers[l];
    out += (out.empty() ? "" : tr("describe.separator")) +
           trf("describe.layer",
               {{"layer", nameOf("layer", layer.id, layer.name)}, {"rate", tariff::formatPct(s.layers[l].ratePct)}});
  }
  return listOrNone(out);
}

std::string offersOn(const tariff::TradeData& data, const tariff::Scenario& s) {
  std::string out;
  for (size_t o = 0; o < data.offers.size(); ++o) {
    if (!s.offers[o].on) continue;
    const tariff::Offer& offer = data.offers[o];
    out += (out.empty() ? "" : tr("describe.separator")) +
           trf("describe.offer", {{"offer", nameOf("offer", offer.id, offer.name)},
                                  {"share", tariff::formatPct(s.offers[o].sharePct, 0)}});
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
      trf("describe.scenario",
          {{"preset", preset ? nameOf("preset", preset->id, preset->name) : std::string(tr("describe.own_settings"))},
           {"date", dayText(s.date)},
           {"layers", layersOn(data, s)},
           {"offers", offersOn(data, s)},
           {"assumptions",
            tr(defaultAssumptions(data, s) ? "describe.assumptions_default" : "describe.assumptions_changed")}});
  if (!app.notices().empty()) {
    text += tr("describe.link_problems");
    for (const std::string& n : app.notices()) text += trf("describe.notice", {{"notice", n}});
  }
  return text;
}

}  // namespace usjp
