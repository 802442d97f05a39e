// Ranges over the assumptions (methodology §5.1), company costs (§3.7) and the timeline series.
#include <gtest/gtest.h>

#include <random>

#include "ranges.h"
#include "test_support.h"
#include "timeline.h"

namespace tariff::test {
namespace {

void expectOrdered(const OutputRange& r, const char* what) {
  EXPECT_LE(r.low, r.central) << what;
  EXPECT_LE(r.central, r.high) << what;
}

TEST(Ranges, LowCentralHighAreOrderedForEveryOutputIn10000Scenarios) {
  const TradeData& d = shippedData();
  std::mt19937 rng(23);
  RangeWork work;
  HeadlineRanges ranges;
  Results central;
  for (int i = 0; i < 10000; ++i) {
    const Scenario s = randomScenario(d, rng);
    evaluate(d, s, central);
    evaluateRanges(d, s, central, work, ranges);
    expectOrdered(ranges.deficitAfterUsd, "deficit");
    expectOrdered(ranges.exporterCostUsd, "exporter cost");
    expectOrdered(ranges.usBuyerCostUsd, "buyer cost");
    expectOrdered(ranges.tariffRevenueUsd, "revenue");
    ASSERT_EQ(ranges.deficitAfterUsd.central, central.deficitAfterUsd);
    if (HasFailure()) return;
  }
}

// The range must come from real re-evaluations: recompute the hull here, independently.
TEST(Ranges, EndsAreTheExtremesOfTheVariantScenarios) {
  const TradeData& d = shippedData();
  const Scenario s = d.presets[d.presetIndex("sep2025")].scenario;
  const Results central = evaluate(d, s);
  RangeWork work;
  HeadlineRanges ranges;
  evaluateRanges(d, s, central, work, ranges);
  double low = central.usBuyerCostUsd, high = low;
  for (int g = 0; g < kAssumptionGroups; ++g)
    for (bool up : {false, true}) {
      Scenario v;
      assumptionVariant(d, s, static_cast<AssumptionGroup>(g), up, v);
      const double x = evaluate(d, v).usBuyerCostUsd;
      low = std::min(low, x);
      high = std::max(high, x);
    }
  EXPECT_EQ(ranges.usBuyerCostUsd.low, low);
  EXPECT_EQ(ranges.usBuyerCostUsd.high, high);
  EXPECT_LT(ranges.usBuyerCostUsd.low, ranges.usBuyerCostUsd.high);
}

TEST(Ranges, PassThroughDrivesTheBuyerCostAndOffersDriveTheDeficitWhenOnlyOffersAreOn) {
  const TradeData& d = shippedData();
  Scenario s = defaultScenario(d);
  for (OfferChoice& o : s.offers) o.on = true;
  RangeWork work;
  HeadlineRanges r;
  evaluateRanges(d, s, evaluate(d, s), work, r);
  EXPECT_EQ(r.deficitAfterUsd.driver, static_cast<int>(AssumptionGroup::OfferAdditionality));
  EXPECT_EQ(r.usBuyerCostUsd.driver, -1);  // no tariff, no buyer cost, nothing moves it

  const Scenario tariffs = d.presets[d.presetIndex("apr2025")].scenario;
  evaluateRanges(d, tariffs, evaluate(d, tariffs), work, r);
  EXPECT_EQ(r.usBuyerCostUsd.driver, static_cast<int>(AssumptionGroup::PassThrough));
}

TEST(Ranges, VariantShiftsByTheEvidenceRangeAndClamps) {
  const TradeData& d = shippedData();
  Scenario s = defaultScenario(d);
  const int cars = sector(d, "cars");
  s.assumptions.sectors[cars].passThrough = 0.95;
  Scenario high, low;
  assumptionVariant(d, s, AssumptionGroup::PassThrough, true, high);
  assumptionVariant(d, s, AssumptionGroup::PassThrough, false, low);
  // The evidence for cars: 0.1, from 0 to 0.4. A reader's 0.95 moves by the same -0.1 and +0.3.
  EXPECT_EQ(high.assumptions.sectors[cars].passThrough, 1.0);           // 0.95 + 0.3 clamped
  EXPECT_NEAR(low.assumptions.sectors[cars].passThrough, 0.85, 1e-12);  // 0.95 - 0.1
}

TEST(Carmakers, CompanyCostsAddUpToThePassengerCarSectorsExporterCost) {
  const TradeData& d = shippedData();
  ASSERT_GE(d.carmakers.size(), 4u);
  std::mt19937 rng(29);
  for (int i = 0; i < 200; ++i) {
    const Results r = evaluate(d, randomScenario(d, rng));
    double cost = 0, units = 0;
    for (const CarmakerResult& m : r.carmakers) {
      cost += m.exporterCostUsd;
      units += m.unitsAfter;
    }
    const SectorResult& cars = r.sectors[sector(d, "cars")];
    EXPECT_NEAR(cost, cars.exporterCostUsd, 1e-6 * std::max(1.0, cars.exporterCostUsd));
    EXPECT_NEAR(units, cars.unitsAfter, 1e-6);
  }
}

TEST(Carmakers, ToyotaBearsItsShareInYenAndDollars) {
  const TradeData& d = shippedData();
  const Scenario s = d.presets[d.presetIndex("apr2025")].scenario;
  const Results r = evaluate(d, s);
  int toyota = -1;
  for (size_t i = 0; i < d.carmakers.size(); ++i)
    if (d.carmakers[i].id == "toyota") toyota = static_cast<int>(i);
  ASSERT_GE(toyota, 0);
  const CarmakerResult& t = r.carmakers[toyota];
  EXPECT_NEAR(t.exporterCostUsd, r.sectors[sector(d, "cars")].exporterCostUsd * 550000.0 / 1388330.0, 1);
  EXPECT_NEAR(t.exporterCostJpy, t.exporterCostUsd * s.assumptions.yenPerUsd, 1);
}

TEST(TimelineSeries, StepsFollowTheLawAndNameTheirEvents) {
  const TradeData& d = shippedData();
  const Day first = *parseDate("2025-01-01"), last = lastRecordDay(d);
  EXPECT_EQ(last, d.lawAsOf);
  const Timeline t = buildTimeline(d, defaultScenario(d), first, last);
  ASSERT_GE(t.steps.size(), 12u);
  EXPECT_EQ(t.steps.front().from, first);
  EXPECT_EQ(t.steps.back().to, last);
  for (size_t i = 1; i < t.steps.size(); ++i) EXPECT_EQ(t.steps[i].from, t.steps[i - 1].to + 1);
  // Each step's rate is the rate evaluate() gives for a day inside it.
  for (const TimelineStep& s : t.steps) {
    const Results r = evaluate(d, scenarioForDate(d, s.to));
    EXPECT_NEAR(s.effectiveRatePct, r.effectiveTariffRatePct, 1e-9) << formatDate(s.from);
  }
  EXPECT_NEAR(t.steps.front().effectiveRatePct, evaluate(d, defaultScenario(d)).effectiveTariffRatePct, 1e-12);
  bool namedCourt = false;
  for (const TimelineStep& s : t.steps)
    if (s.event >= 0 && d.events[s.event].date == *parseDate("2026-02-20")) namedCourt = true;
  EXPECT_TRUE(namedCourt);
}

TEST(TimelineSeries, MonthlyCostsSumToTheStepsProRata) {
  const TradeData& d = shippedData();
  const Timeline t = buildTimeline(d, defaultScenario(d), *parseDate("2025-01-01"), *parseDate("2025-12-31"));
  ASSERT_EQ(t.months.size(), 12u);
  double months = 0, steps = 0;
  for (const TimelineMonth& m : t.months) months += m.exporterCostUsd;
  for (const TimelineStep& s : t.steps) steps += s.exporterCostUsdPerYear * (s.to - s.from + 1) / 365.0;
  EXPECT_NEAR(months, steps, 1);
  EXPECT_EQ(t.months[0].exporterCostUsd, 0);                            // January 2025: MFN only
  EXPECT_GT(t.months[4].exporterCostUsd, t.months[2].exporterCostUsd);  // May has autos and the baseline
}

}  // namespace
}  // namespace tariff::test
