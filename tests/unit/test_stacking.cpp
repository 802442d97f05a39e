// The stacking rules (methodology §2) on tests/data/mini, where every rate is worked out by hand:
// machines are $300M of HS 84 (10% on the metals list, 20% exempt) and $100M of chip tools (exempt),
// so the exempt share is 0.4 and the metals share 0.075.
#include <gtest/gtest.h>

#include "stacking.h"
#include "test_support.h"

namespace tariff::test {
namespace {

double rate(const Scenario& s, const char* sectorId) {
  const TradeData& d = miniData();
  return stackedRatePct(d, s, sector(d, sectorId));
}

TEST(Stacking, CoverageIsTheListsShareOfTheSectorsImports) {
  const TradeData& d = miniData();
  const int machines = sector(d, "machines");
  EXPECT_DOUBLE_EQ(d.layers[layer(d, "metals")].coverage[machines].value, 0.075);
  EXPECT_DOUBLE_EQ(d.layers[layer(d, "metals")].coverage[machines].low, 0.0375);
  EXPECT_DOUBLE_EQ(d.layers[layer(d, "metals")].coverage[machines].high, 0.15);
  EXPECT_DOUBLE_EQ(d.lists[d.listIndex("exempt")].bySector[machines].value, 0.4);
  EXPECT_DOUBLE_EQ(d.layers[layer(d, "base")].coverage[machines].value, 1.0);
}

TEST(Stacking, ExemptGoodsPayOnlyMfn) {
  const TradeData& d = miniData();
  EXPECT_DOUBLE_EQ(rate(withLayers(d, {"base"}, "2025-06-01"), "machines"), 1 + 10 * 0.6);
  EXPECT_DOUBLE_EQ(rate(withLayers(d, {"base"}, "2025-06-01"), "steel"), 10);
}

TEST(Stacking, ExemptionsCountOnlyFromTheirDate) {
  const TradeData& d = miniData();
  EXPECT_DOUBLE_EQ(rate(withLayers(d, {"base"}, "2025-04-04"), "machines"), 1 + 10);
}

TEST(Stacking, Section232GoodsPayNoReciprocalTariff) {
  const TradeData& d = miniData();
  const Scenario s = withLayers(d, {"base", "metals", "autos"}, "2025-06-01");
  EXPECT_DOUBLE_EQ(rate(s, "steel"), 50);
  EXPECT_DOUBLE_EQ(rate(s, "cars"), 27.5);
  // The metal share pays 50%, the exempt share nothing, the rest 10%.
  EXPECT_DOUBLE_EQ(rate(s, "machines"), 1 + 50 * 0.075 + 10 * (1 - 0.4 - 0.075));
}

TEST(Stacking, ReciprocalReturnsWhenThe232LayerIsOff) {
  const TradeData& d = miniData();
  EXPECT_DOUBLE_EQ(rate(withLayers(d, {"base"}, "2025-06-01"), "cars"), 12.5);
}

TEST(Stacking, InclusiveRateAddsOnlyTheGapAboveMfn) {
  const TradeData& d = miniData();
  const Scenario s = withLayers(d, {"deal", "metals", "deal_autos"}, "2025-09-20");
  EXPECT_DOUBLE_EQ(rate(s, "cars"), 15);
  EXPECT_DOUBLE_EQ(rate(s, "machines"), 1 + 50 * 0.075 + (15 - 1) * (1 - 0.4 - 0.075));
  TradeData high = d;
  high.sectors[sector(d, "machines")].mfnPct.value = 20;  // an MFN above the deal's rate: nothing more
  EXPECT_DOUBLE_EQ(stackedRatePct(high, s, sector(d, "machines")), 20 + 50 * 0.075);
}

TEST(Stacking, ALayerSwitchedOnReplacesTheOnesItNames) {
  const TradeData& d = miniData();
  const Scenario s = withLayers(d, {"base", "deal", "autos", "deal_autos"}, "2025-09-20");
  EXPECT_DOUBLE_EQ(rate(s, "steel"), 15);
  EXPECT_DOUBLE_EQ(rate(s, "cars"), 15);
}

TEST(Stacking, OtherAuthoritiesStackOnTopOfExemptions) {
  const TradeData& d = miniData();
  // Chip tools are exempt from the base rate but not from the Section 301 layer naming them.
  const Scenario s = withLayers(d, {"base", "tools"}, "2025-12-02");
  EXPECT_DOUBLE_EQ(rate(s, "machines"), 1 + 10 * 0.6 + 20 * 0.25);
}

TEST(Stacking, CoverageCasesMoveTheSharesToTheirEnds) {
  const TradeData& d = miniData();
  Scenario s = withLayers(d, {"base", "metals"}, "2025-06-01");
  s.assumptions.coverage = CoverageCase::HighTariff;  // lists at their high ends, exemptions at their low
  const double exemptLow = (100 + 300 * 0.1) / 400.0, metalsHigh = 0.15;
  EXPECT_DOUBLE_EQ(rate(s, "machines"), 1 + 50 * metalsHigh + 10 * (1 - exemptLow - metalsHigh));
  s.assumptions.coverage = CoverageCase::LowTariff;  // and the other way round
  const double exemptHigh = (100 + 300 * 0.3) / 400.0, metalsLow = 0.0375;
  EXPECT_DOUBLE_EQ(rate(s, "machines"), 1 + 50 * metalsLow + 10 * (1 - exemptHigh - metalsLow));
}

TEST(Stacking, ReaderRateReplacesTheDataRate) {
  const TradeData& d = miniData();
  Scenario s = withLayers(d, {"autos"}, "2025-06-01");
  s.layers[layer(d, "autos")].ratePct = 10;
  EXPECT_DOUBLE_EQ(rate(s, "cars"), 12.5);
}

TEST(Stacking, LayerPointsSumToTheAddedTariff) {
  for (const TradeData* d : {&miniData(), &shippedData()}) {
    Scenario s = scenarioForDate(*d, *parseDate("2025-12-02"));
    for (LayerChoice& l : s.layers) l.on = true;
    std::vector<char> live(d->layers.size());
    std::vector<double> points(d->layers.size());
    markLiveLayers(*d, s, live.data());
    for (size_t i = 0; i < d->sectors.size(); ++i) {
      const double total = stackSector(*d, s, live.data(), static_cast<int>(i), points.data());
      double sum = 0;
      for (double p : points) sum += p;
      EXPECT_NEAR(sum, total - d->sectors[i].mfnPct.value, 1e-12) << d->sectors[i].id;
    }
  }
}

}  // namespace
}  // namespace tariff::test
