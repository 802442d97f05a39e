// The shipped data: loads cleanly, adds up, and every figure cites a known source with a date.
#include <gtest/gtest.h>

#include <cmath>
#include <set>

#include "test_support.h"

namespace tariff::test {
namespace {

TEST(ShippedData, LoadsWithoutErrors) {
  const LoadResult r = loadTradeDataFromDir(USJP_DATA_DIR);
  for (const DataError& e : r.errors) ADD_FAILURE() << e.message();
  EXPECT_TRUE(r.ok());
}

TEST(ShippedData, HasTheSectorsAndCategoriesTheModelNeeds) {
  const TradeData& d = shippedData();
  EXPECT_GE(d.sectors.size(), 20u);
  EXPECT_LE(d.sectors.size(), 24u);
  for (const char* id : {"cars", "trucks", "auto_parts", "other_vehicles", "machinery", "construction", "chip_tools",
                         "electrical", "optical", "pharma", "chemicals", "steel", "aluminum", "copper", "aircraft"})
    EXPECT_GE(d.sectorIndex(id), 0) << id;
  for (const char* id : {"energy", "corn", "soybeans", "wheat", "rice", "meat", "aircraft_x", "semis_x", "pharma_x",
                         "vehicles_x", "other_x"})
    EXPECT_GE(d.categoryIndex(id), 0) << id;
}

TEST(ShippedData, MatchesTheBriefsHeadlineFigures) {
  const TradeData& d = shippedData();
  EXPECT_EQ(d.totals.importsUsdM.value, 148200);
  EXPECT_EQ(d.totals.exportsUsdM.value, 79700);
  EXPECT_EQ(d.totals.deficitUsdM.value, 68500);
  EXPECT_EQ(d.sectors[sector(d, "cars")].units.value, 1388330);
  // Comtrade's CIF value of HS 8703 at chapter 87's customs-to-CIF ratio, scaled to the Census total.
  EXPECT_NEAR(d.sectors[sector(d, "cars")].importsUsdM.value, 40765.7 * 52125.2 / 53421.1 * 148200 / 151340, 0.1);
  EXPECT_EQ(d.sectors[sector(d, "cars")].mfnPct.value, 2.5);
  EXPECT_EQ(d.yenRate("yen_per_usd_may_2025")->yenPerUsd.value, 144.17);
}

TEST(ShippedData, EveryHsChapterIsALineAndLinesAddUpToTheirSectors) {
  const TradeData& d = shippedData();
  std::set<std::string> chapters;
  for (const HsLine& l : d.lines) chapters.insert(l.hs.substr(0, 2));
  EXPECT_EQ(chapters.size(), 98u);  // 01-99 but the reserved 77
  double total = 0;
  for (const ImportSector& s : d.sectors) {
    double sum = 0;
    for (int l : s.lines) sum += d.lines[l].importsUsdM.value;
    EXPECT_NEAR(sum, s.importsUsdM.value, 1e-6) << s.id;
    total += sum;
  }
  EXPECT_NEAR(total, 148200, 0.5);
}

TEST(ShippedData, CoverageSharesAreSharesAndRangesHoldTheirValue) {
  const TradeData& d = shippedData();
  for (const TariffLayer& l : d.layers)
    for (size_t s = 0; s < d.sectors.size(); ++s) {
      const Share& c = l.coverage[s];
      EXPECT_LE(0, c.low) << l.id;
      EXPECT_LE(c.low, c.value + 1e-12) << l.id << " " << d.sectors[s].id;
      EXPECT_LE(c.value, c.high + 1e-12) << l.id << " " << d.sectors[s].id;
      EXPECT_LE(c.high, 1 + 1e-9) << l.id << " " << d.sectors[s].id;
    }
}

TEST(ShippedData, EveryFigureCitesAKnownSourceAndDate) {
  const TradeData& d = shippedData();
  std::set<std::string> ids;
  for (const Source& s : d.sources) ids.insert(s.id);
  auto check = [&](const Sourced& f, const std::string& what) {
    EXPECT_TRUE(ids.count(f.source)) << what << " cites " << f.source;
    EXPECT_FALSE(f.asOf.empty()) << what;
    if (f.estimate) {
      EXPECT_FALSE(f.method.empty()) << what;
    }
  };
  for (const ImportSector& s : d.sectors) {
    check(s.importsUsdM, s.id);
    check(s.mfnPct, s.id);
  }
  for (const ExportCategory& c : d.categories) check(c.exportsUsdM, c.id);
  for (const TariffLayer& l : d.layers) check(l.ratePct, l.id);
  for (const Offer& o : d.offers) {
    check(o.amount, o.id);
    check(o.additionalShare, o.id);
  }
  for (size_t i = 0; i < d.sectorDefaults.size(); ++i) {
    check(d.sectorDefaults[i].passThrough, d.sectors[i].id);
    check(d.sectorDefaults[i].substitution, d.sectors[i].id);
    EXPECT_TRUE(d.sectorDefaults[i].passThrough.hasRange) << d.sectors[i].id;
  }
}

TEST(ShippedData, HasThePresetsTheStoryNeeds) {
  const TradeData& d = shippedData();
  for (const char* id : {"baseline", "apr2025", "country24", "jun2025", "may_offer", "sep2025", "sec122"})
    EXPECT_GE(d.presetIndex(id), 0) << id;
  const Scenario& may = d.presets[d.presetIndex("may_offer")].scenario;
  EXPECT_TRUE(may.offers[offer(d, "chips")].on);
  EXPECT_EQ(may.assumptions.yenPerUsd, 144.17);
}

TEST(ShippedData, EveryPresetEvaluatesToFiniteFigures) {
  const TradeData& d = shippedData();
  for (const Preset& p : d.presets) {
    const Results r = evaluate(d, p.scenario);
    EXPECT_TRUE(std::isfinite(r.deficitAfterUsd)) << p.id;
    EXPECT_GE(r.exporterCostUsd, 0) << p.id;
    EXPECT_GE(r.usBuyerCostUsd, 0) << p.id;
  }
  EXPECT_EQ(evaluate(d, d.presets[d.presetIndex("baseline")].scenario).deficitAfterUsd, 68.5e9);
}

TEST(ShippedData, TimelineEventsAreInOrderAndCiteSources) {
  const TradeData& d = shippedData();
  ASSERT_FALSE(d.events.empty());
  for (size_t i = 1; i < d.events.size(); ++i) EXPECT_LE(d.events[i - 1].date, d.events[i].date) << d.events[i].label;
  for (const TimelineEvent& e : d.events) EXPECT_NE(d.source(e.source), nullptr) << e.label;
}

}  // namespace
}  // namespace tariff::test
