// The stacking rules of the BRIEF (methodology §2), on the shipped layer records.
#include <gtest/gtest.h>

#include "stacking.h"
#include "test_support.h"

namespace tariff::test {
namespace {

double rate(const TradeData& d, const Scenario& s, const char* sectorId) {
  return stackedRatePct(d, s, sector(d, sectorId));
}

TEST(Stacking, BaselineAndCountryRateAddTo24OnADutyFreeGood) {
  const TradeData& d = shippedData();
  const Scenario s = withLayers(d, {"ieepa_base", "ieepa_japan"});
  EXPECT_DOUBLE_EQ(rate(d, s, "pharma"), 24.0);  // MFN 0%
  EXPECT_DOUBLE_EQ(rate(d, s, "machinery"), 1.2 + 24.0);
}

TEST(Stacking, CarsPayMfnPlus232) {
  const TradeData& d = shippedData();
  const Scenario s = withLayers(d, {"s232_autos"});
  EXPECT_DOUBLE_EQ(rate(d, s, "cars"), 27.5);
  EXPECT_DOUBLE_EQ(rate(d, s, "trucks"), 50.0);  // the 25% chicken tax plus 25%
  EXPECT_DOUBLE_EQ(rate(d, s, "parts"), 2.5);    // parts have their own layer
}

TEST(Stacking, DealIsInclusiveOfMfn) {
  TradeData d = shippedData();
  d.sectors[sector(d, "chemicals")].mfnPct.value = 2.5;
  d.sectors[sector(d, "other")].mfnPct.value = 20.0;
  const Scenario s = withLayers(d, {"deal_15"}, "2025-09-10");
  EXPECT_DOUBLE_EQ(rate(d, s, "chemicals"), 15.0);  // 2.5% MFN good pays 15%
  EXPECT_DOUBLE_EQ(rate(d, s, "other"), 20.0);      // 20% MFN good pays its 20%, nothing more
  EXPECT_DOUBLE_EQ(rate(d, s, "pharma"), 15.0);
}

TEST(Stacking, DealAsFirstCollectedStackedOnMfn) {
  const TradeData& d = shippedData();
  const Scenario s = withLayers(d, {"deal_stacked"}, "2025-08-10");
  EXPECT_DOUBLE_EQ(rate(d, s, "chemicals"), 2.8 + 15.0);
}

TEST(Stacking, Section232GoodsPayNoReciprocalTariff) {
  const TradeData& d = shippedData();
  const Scenario s = withLayers(d, {"ieepa_base", "ieepa_japan", "s232_metals_50", "s232_autos", "s232_parts"});
  EXPECT_DOUBLE_EQ(rate(d, s, "steel"), 50.0);
  EXPECT_DOUBLE_EQ(rate(d, s, "nonferrous"), 1.8 + 50.0);
  EXPECT_DOUBLE_EQ(rate(d, s, "cars"), 27.5);
  EXPECT_DOUBLE_EQ(rate(d, s, "parts"), 27.5);
  EXPECT_DOUBLE_EQ(rate(d, s, "machinery"), 1.2 + 24.0);  // not a 232 good
}

TEST(Stacking, ReciprocalReturnsWhenThe232LayerIsOff) {
  const TradeData& d = shippedData();
  EXPECT_DOUBLE_EQ(rate(d, withLayers(d, {"ieepa_base"}), "steel"), 10.0);
  EXPECT_DOUBLE_EQ(rate(d, withLayers(d, {"ieepa_base", "s232_metals_25"}), "steel"), 25.0);
}

TEST(Stacking, DealReplacesTheIeepaRatesWhenBothAreOn) {
  const TradeData& d = shippedData();
  const Scenario s = withLayers(d, {"ieepa_base", "ieepa_japan", "deal_15"}, "2025-09-10");
  EXPECT_DOUBLE_EQ(rate(d, s, "pharma"), 15.0);
}

TEST(Stacking, DealAutosCutCarsTo15ButTrucksKeepTheirMfn) {
  const TradeData& d = shippedData();
  const Scenario s = withLayers(d, {"s232_autos", "s232_parts", "deal_autos", "deal_15"}, "2025-09-16");
  EXPECT_DOUBLE_EQ(rate(d, s, "cars"), 15.0);
  EXPECT_DOUBLE_EQ(rate(d, s, "parts"), 15.0);
  EXPECT_DOUBLE_EQ(rate(d, s, "trucks"), 25.0);
}

TEST(Stacking, CivilAircraftExemptFromTheDealFromSeptember16) {
  const TradeData& d = shippedData();
  EXPECT_DOUBLE_EQ(rate(d, withLayers(d, {"deal_15"}, "2025-09-15"), "aircraft"), 15.0);
  EXPECT_DOUBLE_EQ(rate(d, withLayers(d, {"deal_15"}, "2025-09-16"), "aircraft"), 0.0);
}

TEST(Stacking, PartialCoverageLayerAddsItsShareAndDoesNotExcludeOthers) {
  const TradeData& d = shippedData();
  const Scenario s = withLayers(d, {"s232_semis", "s122"}, "2026-03-01");
  const double coverage = d.layers[layer(d, "s232_semis")].coverageShare.value;
  EXPECT_DOUBLE_EQ(rate(d, s, "semis"), 10.0 + 25.0 * coverage);
}

TEST(Stacking, ReaderRateReplacesTheDataRate) {
  const TradeData& d = shippedData();
  Scenario s = withLayers(d, {"s232_autos"});
  s.layers[layer(d, "s232_autos")].ratePct = 10;
  EXPECT_DOUBLE_EQ(rate(d, s, "cars"), 12.5);
}

TEST(Stacking, LayerPointsSumToTheAddedTariff) {
  const TradeData& d = shippedData();
  const Scenario s = withLayers(d, {"ieepa_base", "ieepa_japan", "s232_semis", "s232_metals_50"}, "2026-01-20");
  std::vector<char> live(d.layers.size());
  std::vector<double> points(d.layers.size());
  markLiveLayers(d, s, live.data());
  for (size_t i = 0; i < d.sectors.size(); ++i) {
    const double total = stackSector(d, s, live.data(), static_cast<int>(i), points.data());
    double sum = 0;
    for (double p : points) sum += p;
    EXPECT_NEAR(sum, total - d.sectors[i].mfnPct.value, 1e-12) << d.sectors[i].id;
  }
}

}  // namespace
}  // namespace tariff::test
