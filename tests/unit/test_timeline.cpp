// Layers in force by date reproduce the BRIEF's table, just before and just after each event.
#include <gtest/gtest.h>

#include "stacking.h"
#include "test_support.h"

namespace tariff::test {
namespace {

double rateOn(const char* date, const char* sectorId) {
  const TradeData& d = shippedData();
  return stackedRatePct(d, scenarioForDate(d, *parseDate(date)), sector(d, sectorId));
}

TEST(Timeline, Steel25FromMarch12) {
  EXPECT_DOUBLE_EQ(rateOn("2025-03-11", "steel"), 0);
  EXPECT_DOUBLE_EQ(rateOn("2025-03-12", "steel"), 25);
}

TEST(Timeline, AutosFromApril3PartsFromMay3) {
  EXPECT_DOUBLE_EQ(rateOn("2025-04-02", "cars"), 2.5);
  EXPECT_DOUBLE_EQ(rateOn("2025-04-03", "cars"), 27.5);
  EXPECT_DOUBLE_EQ(rateOn("2025-05-02", "parts"), 2.5 + 10);  // the baseline, until 232 takes over
  EXPECT_DOUBLE_EQ(rateOn("2025-05-03", "parts"), 27.5);
}

TEST(Timeline, BaselineFromApril5CountryRateOneDayThenPaused) {
  EXPECT_DOUBLE_EQ(rateOn("2025-04-04", "pharma"), 0);
  EXPECT_DOUBLE_EQ(rateOn("2025-04-05", "pharma"), 10);
  EXPECT_DOUBLE_EQ(rateOn("2025-04-09", "pharma"), 24);
  EXPECT_DOUBLE_EQ(rateOn("2025-04-10", "pharma"), 10);
  EXPECT_DOUBLE_EQ(rateOn("2025-07-31", "pharma"), 10);
}

TEST(Timeline, MetalsTo50OnJune4) {
  EXPECT_DOUBLE_EQ(rateOn("2025-06-03", "steel"), 25);
  EXPECT_DOUBLE_EQ(rateOn("2025-06-04", "steel"), 50);
  EXPECT_DOUBLE_EQ(rateOn("2025-06-04", "machinery"), 1.2 + 10);  // reciprocal still on non-232 goods
}

TEST(Timeline, DealStackedFromAugust7ThenInclusiveFromSeptember4) {
  EXPECT_DOUBLE_EQ(rateOn("2025-08-06", "chemicals"), 2.8 + 10);
  EXPECT_DOUBLE_EQ(rateOn("2025-08-07", "chemicals"), 2.8 + 15);
  EXPECT_DOUBLE_EQ(rateOn("2025-09-03", "chemicals"), 2.8 + 15);
  EXPECT_DOUBLE_EQ(rateOn("2025-09-04", "chemicals"), 15);
  EXPECT_DOUBLE_EQ(rateOn("2025-09-04", "trucks"), 50);  // 232 autos still apply until the 16th
}

TEST(Timeline, AutosTo15InclusiveAndAircraftExemptFromSeptember16) {
  EXPECT_DOUBLE_EQ(rateOn("2025-09-15", "cars"), 27.5);
  EXPECT_DOUBLE_EQ(rateOn("2025-09-16", "cars"), 15);
  EXPECT_DOUBLE_EQ(rateOn("2025-09-16", "trucks"), 25);
  EXPECT_DOUBLE_EQ(rateOn("2025-09-15", "aircraft"), 15);
  EXPECT_DOUBLE_EQ(rateOn("2025-09-16", "aircraft"), 0);
  EXPECT_DOUBLE_EQ(rateOn("2025-09-16", "steel"), 50);
}

TEST(Timeline, AiChipsFromJanuary15_2026) {
  const TradeData& d = shippedData();
  const double coverage = d.layers[layer(d, "s232_semis")].coverageShare.value;
  EXPECT_DOUBLE_EQ(rateOn("2026-01-14", "semis"), 15);
  EXPECT_DOUBLE_EQ(rateOn("2026-01-15", "semis"), 15 + 25 * coverage);
}

TEST(Timeline, CourtRulingEndsIeepaThenSection122For150Days) {
  EXPECT_DOUBLE_EQ(rateOn("2026-02-19", "pharma"), 15);
  EXPECT_DOUBLE_EQ(rateOn("2026-02-20", "pharma"), 0);
  EXPECT_DOUBLE_EQ(rateOn("2026-02-23", "pharma"), 0);
  EXPECT_DOUBLE_EQ(rateOn("2026-02-24", "pharma"), 10);
  EXPECT_DOUBLE_EQ(rateOn("2026-02-24", "cars"), 15);   // 232 layers unaffected
  EXPECT_DOUBLE_EQ(rateOn("2026-02-24", "steel"), 50);  // and 232 goods excluded from 122
  EXPECT_DOUBLE_EQ(rateOn("2026-07-23", "pharma"), 10);
  EXPECT_DOUBLE_EQ(rateOn("2026-07-24", "pharma"), 0);
}

TEST(Timeline, ApplyDateKeepsOffersAndAssumptions) {
  const TradeData& d = shippedData();
  Scenario s = defaultScenario(d);
  s.offers[offer(d, "farm")].on = true;
  s.assumptions.yenPerUsd = 140;
  applyDate(d, *parseDate("2025-06-04"), s);
  EXPECT_TRUE(s.offers[offer(d, "farm")].on);
  EXPECT_EQ(s.assumptions.yenPerUsd, 140);
  EXPECT_TRUE(s.layers[layer(d, "s232_metals_50")].on);
  EXPECT_FALSE(s.layers[layer(d, "s232_metals_25")].on);
}

}  // namespace
}  // namespace tariff::test
