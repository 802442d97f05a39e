#include "test_support.h"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

namespace tariff::test {

const TradeData& shippedData() {
  static const TradeData data = [] {
    LoadResult r = loadTradeDataFromDir(USJP_DATA_DIR);
    if (!r.ok()) throw std::runtime_error("shipped data does not load: " + r.errors.front().message());
    return r.data;
  }();
  return data;
}

const TradeData& miniData() {
  static const TradeData data = [] {
    LoadResult r = loadTradeDataFromDir(USJP_MINI_DIR);
    if (!r.ok()) throw std::runtime_error("the mini data set does not load: " + r.errors.front().message());
    return r.data;
  }();
  return data;
}

const Language& english() {
  static const Language en = [] {
    const std::string path = std::string(USJP_DATA_DIR) + "/i18n/en.json";
    std::string text;
    DataErrors errors;
    Language out;
    if (!readDataFile(path, text, errors) || !parseLanguage(path, text, "en", out, errors))
      throw std::runtime_error("data/i18n/en.json does not load: " + errors.front().message());
    return out;
  }();
  return en;
}

const Language& japanese() {
  static const Language ja = [] {
    std::vector<Language> languages;
    DataErrors errors;
    if (!loadLanguages(USJP_DATA_DIR, shippedData(), languages, errors))
      throw std::runtime_error("data/i18n does not load: " + errors.front().message());
    return *findLanguage(languages, "ja");
  }();
  return ja;
}

static int must(int index, const std::string& what, const std::string& id) {
  if (index < 0) throw std::runtime_error("no " + what + " \"" + id + "\" in the data");
  return index;
}

int sector(const TradeData& d, const std::string& id) { return must(d.sectorIndex(id), "sector", id); }
int layer(const TradeData& d, const std::string& id) { return must(d.layerIndex(id), "layer", id); }
int offer(const TradeData& d, const std::string& id) { return must(d.offerIndex(id), "offer", id); }

Scenario randomScenario(const TradeData& d, std::mt19937& rng) {
  std::uniform_real_distribution<double> u(0, 1);
  Scenario s = defaultScenario(d);
  s.date = dayFromCivil(2025, 1, 1) + static_cast<int>(u(rng) * 700);

  for (LayerChoice& l : s.layers) {
    l.on = u(rng) < 0.5;
    if (u(rng) < 0.3) l.ratePct = u(rng) * 100;  // full double precision on purpose
  }
  for (size_t o = 0; o < s.offers.size(); ++o) {
    s.offers[o].on = u(rng) < 0.5;
    s.offers[o].sharePct = std::round(u(rng) * 100);
    if (u(rng) < 0.3) s.offers[o].additionalShare = u(rng) * maxAdditionalShare(d.offers[o]);
    if (u(rng) < 0.3) s.offers[o].spreadYears = kMinSpreadYears + u(rng) * (kMaxSpreadYears - kMinSpreadYears);
  }
  for (SectorAssumption& a : s.assumptions.sectors) {
    if (u(rng) < 0.2) a.passThrough = u(rng);
    if (u(rng) < 0.2) a.substitution = u(rng) * kMaxSubstitution;
  }
  if (u(rng) < 0.3) s.assumptions.importDemand = u(rng) * kMaxImportDemand;
  if (u(rng) < 0.2) s.countRefunds = true;
  if (u(rng) < 0.3) s.assumptions.yenPerUsd = 100 + u(rng) * 100;
  if (u(rng) < 0.3) s.assumptions.horizon = Horizon::LongRun;
  if (u(rng) < 0.2) s.assumptions.shortRunFactor = 0.1 + u(rng) * 0.9;
  // A preset's name only on that preset's own scenario (the link drops it otherwise).
  if (u(rng) < 0.1) s = d.presets[rng() % d.presets.size()].scenario;
  return s;
}

Scenario withLayers(const TradeData& d, std::initializer_list<const char*> ids, const char* date) {
  Scenario s = defaultScenario(d);
  s.date = *parseDate(date);
  for (const char* id : ids) s.layers[layer(d, id)].on = true;
  return s;
}

}  // namespace tariff::test
