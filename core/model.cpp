#include "model.h"

#include <algorithm>

#include "language.h"

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

const ObservedSeries* TradeData::series(const std::string& id) const {
  for (const ObservedSeries& s : observed)
    if (s.id == id) return &s;
  return nullptr;
}

const ObservedPoint* ObservedSeries::at(int year, int month) const {
  for (const ObservedPoint& p : points)
    if (p.year == year && p.month == month) return &p;
  return nullptr;
}

double TradeData::lawAddedPctOn(int sector, Day day) const {
  // The last change on or before `day`; lawDays is sorted and short, so a binary search without allocating.
  const auto it = std::upper_bound(lawDays.begin(), lawDays.end(), day);
  if (it == lawDays.begin()) return 0.0;
  const size_t k = static_cast<size_t>(it - lawDays.begin()) - 1;
  return lawAddedPct[k * sectors.size() + static_cast<size_t>(sector)];
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

bool Assumptions::operator==(const Assumptions& o) const {
  const bool sameSectors = std::equal(sectors.begin(), sectors.end(), o.sectors.begin(), o.sectors.end(),
                                      [](const SectorAssumption& a, const SectorAssumption& b) {
                                        return a.passThrough == b.passThrough && a.substitution == b.substitution;
                                      });
  return sameSectors && importDemand == o.importDemand && yenPerUsd == o.yenPerUsd && horizon == o.horizon &&
         shortRunFactor == o.shortRunFactor && coverage == o.coverage && competitors == o.competitors;
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
  return date == o.date && presetId == o.presetId && countRefunds == o.countRefunds && sameLayers && sameOffers &&
         assumptions == o.assumptions;
}

Assumptions defaultAssumptions(const TradeData& data) {
  Assumptions a;
  a.sectors.resize(data.sectors.size());
  for (size_t i = 0; i < data.sectorDefaults.size() && i < a.sectors.size(); ++i) {
    a.sectors[i].passThrough = data.sectorDefaults[i].passThrough.value;
    a.sectors[i].substitution = data.sectorDefaults[i].substitution.value;
  }
  a.importDemand = data.importDemand.value;
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

double maxAdditionalShare(const Offer& offer) {
  return offer.additionalShare.hasRange ? std::max(offer.additionalShare.high, offer.additionalShare.value) : 1.0;
}

const Preset* presetOf(const TradeData& data, const Scenario& s) {
  const int p = data.presetIndex(s.presetId);
  if (p < 0) return nullptr;
  return data.presets[p].scenario == s ? &data.presets[p] : nullptr;
}

bool isTheLaw(const TradeData& data, const Scenario& s) {
  for (size_t l = 0; l < data.layers.size() && l < s.layers.size(); ++l) {
    const bool inForce = layerInForce(data.layers[l], s.date);
    if (s.layers[l].on != inForce || (inForce && s.layers[l].ratePct != data.layers[l].ratePct.value)) return false;
  }
  return true;
}

std::string lawNotice(const TradeData& data, Day day, const Language& lang) {
  if (day <= data.lawAsOf) return "";
  return fillIn(std::string(lang.text("core.law_notice")),
                {{"date", formatDay(lang, day)}, {"as_of", formatDay(lang, data.lawAsOf)}});
}

Scenario scenarioForDate(const TradeData& data, Day day) {
  Scenario s = defaultScenario(data);
  applyDate(data, day, s);
  return s;
}

}  // namespace tariff
