// TradeData: everything in data/, loaded and cross-checked. Read-only once loaded.
#pragma once
#include <string>
#include <vector>

#include "scenario.h"
#include "trade_data.h"

namespace tariff {

struct Language;  // language.h: the words of the text core writes (notices, labels)

struct TradeData {
  std::vector<Source> sources;
  Totals totals;
  JapanView japanView;
  std::vector<NamedRate> yenRates;
  std::vector<ImportSector> sectors;
  std::vector<HsLine> lines;       // every sector's HS lines, in file order
  std::vector<ProductList> lists;  // official product lists (hs_lists.json)
  std::vector<ExportCategory> categories;
  std::vector<Carmaker> carmakers;
  std::vector<TariffLayer> layers;
  std::vector<TimelineEvent> events;
  Day lawAsOf = 0;  // the layer records state the law up to this day (layers.json "law_as_of")
  std::vector<Offer> offers;
  std::vector<SectorDefaults> sectorDefaults;  // index-aligned with sectors
  Sourced importDemand;  // long-run elasticity of a sector's imports to their price against US goods
  Sourced shortRunFactor;
  std::vector<CompetitorGroup> groups;  // competition.json
  std::vector<int> sectorGroup;         // index into groups, per sector
  // Japan's added tariff (points above MFN) under the law, per sector, from each day the law changes
  // (derived at load time, for the other suppliers' tariffs in evaluate()).
  std::vector<Day> lawDays;
  std::vector<double> lawAddedPct;  // lawDays.size() x sectors.size(), day-major
  std::vector<ObservedSeries> observed;
  std::vector<ObservedPeriod> periods;
  Horizon defaultHorizon = Horizon::ShortRun;
  std::string defaultYenKey;
  std::vector<Preset> presets;

  int sectorIndex(const std::string& id) const;  // -1 when unknown
  int categoryIndex(const std::string& id) const;
  int layerIndex(const std::string& id) const;
  int offerIndex(const std::string& id) const;
  int presetIndex(const std::string& id) const;
  int listIndex(const std::string& id) const;
  int lineIndex(const std::string& hs) const;
  const ObservedSeries* series(const std::string& id) const;
  // Japan's added tariff on a sector under the law on `day` (0 before the first change).
  double lawAddedPctOn(int sector, Day day) const;
  const Source* source(const std::string& id) const;
  const NamedRate* yenRate(const std::string& key) const;
};

// Default assumptions from data/assumptions.json.
Assumptions defaultAssumptions(const TradeData& data);
// The 2024 baseline: every layer and offer off, offers at their pledged defaults, default assumptions.
Scenario defaultScenario(const TradeData& data);
// Whether the law had this layer in force on that day (dates, pauses).
bool layerInForce(const TariffLayer& layer, Day day);
// Switch layers on and off to match the law on `day`; rates go back to the data's. Offers and
// assumptions are left as the reader set them.
void applyDate(const TradeData& data, Day day, Scenario& scenario);
Scenario scenarioForDate(const TradeData& data, Day day);
// The most of an offer a reader may count as new US exports: the high end of its evidence (the
// $550 billion investment: 5%), or all of it where the data give no range.
double maxAdditionalShare(const Offer& offer);
// The preset a scenario names, if it is still exactly that preset; nullptr once anything differs.
const Preset* presetOf(const TradeData& data, const Scenario& scenario);
// Whether a scenario's layers are exactly the law on its date (at the law's rates).
bool isTheLaw(const TradeData& data, const Scenario& scenario);
// For a day after the records' law_as_of: a sentence saying so in `lang`, for every front end to
// show; empty otherwise. The layers on such a day are the last known law plus changes already scheduled.
std::string lawNotice(const TradeData& data, Day day, const Language& lang);

}  // namespace tariff
