#include "model.h"

#include <algorithm>

namespace tariff {

template <class T>
static int indexById(const std::vector<T>& items, const std::string& id) {
  for (size_t i = 0; i < items.size(); ++i)
    if (items[i].id == id) return static_cast<int>(i);
  return -1;
}

int TradeData::sectorIndex(const std::string& id) const { return indexById(sectors, id); }
int TradeData::categoryIndex(const std::string& id) const { return indexById(categories, id); }
int TradeData::layerIndex(const std::string& id) const { return indexById(layers, id); }
int TradeData::offerIndex(const std::string& id) const { return indexById(offers, id); }
int TradeData::presetIndex(const std::string& id) const { return indexById(presets, id); }
int TradeData::listIndex(const std::string& id) const { return indexById(lists, id); }

int TradeData::lineIndex(const std::string& hs) const {
  for (size_t i = 0; i < lines.size(); ++i)
    if (lines[i].hs == hs) return static_cast<int>(i);
  return -1;
}

const Source* TradeData::source(const std::string& id) const {
  const int i = indexById(sources, id);
  return i < 0 ? nullptr : &sources[i];
}

const NamedRate* TradeData::yenRate(const std::string& key) const {
  for (const NamedRate& r : yenRates)
    if (r.key == key) return &r;
  return nullptr;
}

bool Scenario::operator==(const Scenario& o) const {
  auto sameLayers = std::equal(
      layers.begin(), layers.end(), o.layers.begin(), o.layers.end(),
      [](const LayerChoice& a, const LayerChoice& b) { return a.on == b.on && (!a.on || a.ratePct == b.ratePct); });
  auto sameOffers = std::equal(
      offers.begin(), offers.end(), o.offers.begin(), o.offers.end(), [](const OfferChoice& a, const OfferChoice& b) {
        return a.on == b.on && (!a.on || (a.sharePct == b.sharePct && a.additionalShare == b.additionalShare &&
                                          a.spreadYears == b.spreadYears));
      });
  const Assumptions &x = assumptions, &y = o.assumptions;
  auto sameSectors = std::equal(x.sectors.begin(), x.sectors.end(), y.sectors.begin(), y.sectors.end(),
                                [](const SectorAssumption& a, const SectorAssumption& b) {
                                  return a.passThrough == b.passThrough && a.elasticity == b.elasticity;
                                });
  return date == o.date && presetId == o.presetId && sameLayers && sameOffers && sameSectors &&
         x.yenPerUsd == y.yenPerUsd && x.horizon == y.horizon && x.shortRunFactor == y.shortRunFactor;
}

Assumptions defaultAssumptions(const TradeData& data) {
  Assumptions a;
  a.sectors.resize(data.sectors.size());
  for (size_t i = 0; i < data.sectorDefaults.size() && i < a.sectors.size(); ++i) {
    a.sectors[i].passThrough = data.sectorDefaults[i].passThrough.value;
    a.sectors[i].elasticity = data.sectorDefaults[i].elasticity.value;
  }
  if (const NamedRate* r = data.yenRate(data.defaultYenKey)) a.yenPerUsd = r->yenPerUsd.value;
  a.horizon = data.defaultHorizon;
  a.shortRunFactor = data.shortRunFactor.value;
  return a;
}

Scenario defaultScenario(const TradeData& data) {
  Scenario s;
  s.date = dayFromCivil(2024, 12, 31);
  s.presetId = "";
  s.layers.resize(data.layers.size());
  for (size_t i = 0; i < data.layers.size(); ++i) s.layers[i].ratePct = data.layers[i].ratePct.value;
  s.offers.resize(data.offers.size());
  for (size_t i = 0; i < data.offers.size(); ++i) {
    s.offers[i].additionalShare = data.offers[i].additionalShare.value;
    s.offers[i].spreadYears = data.offers[i].spreadYears.value;
  }
  s.assumptions = defaultAssumptions(data);
  return s;
}

bool layerInForce(const TariffLayer& layer, Day day) {
  if (day < layer.start || day > layer.end) return false;
  for (const DateSpan& pause : layer.pauses)
    if (day >= pause.from && day <= pause.to) return false;
  return true;
}

void applyDate(const TradeData& data, Day day, Scenario& s) {
  s.date = day;
  s.presetId.clear();
  for (size_t i = 0; i < data.layers.size() && i < s.layers.size(); ++i) {
    s.layers[i].on = layerInForce(data.layers[i], day);
    s.layers[i].ratePct = data.layers[i].ratePct.value;
  }
}

std::string lawNotice(const TradeData& data, Day day) {
  if (day <= data.lawAsOf) return "";
  return formatDate(day) + " is after " + formatDate(data.lawAsOf) +
         ", the day the tariff records were last checked: the layers shown are the law known then, with the "
         "changes already scheduled, not later news.";
}

Scenario scenarioForDate(const TradeData& data, Day day) {
  Scenario s = defaultScenario(data);
  applyDate(data, day, s);
  return s;
}

}  // namespace tariff
