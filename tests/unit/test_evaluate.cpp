// evaluate(): the baseline is exact, tariffs never raise imports, costs add up (methodology §3).
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <new>
#include <random>

#include "observed.h"
#include "ranges.h"
#include "stacking.h"
#include "test_support.h"

// Counts heap allocations so that a test can show evaluate() makes none once results are sized.
static size_t g_allocations = 0;
void* operator new(std::size_t n) {
  ++g_allocations;
  if (void* p = std::malloc(n ? n : 1)) return p;
  throw std::bad_alloc();
}
// The nothrow form too (std::stable_sort's buffer uses it): every new must pair with this delete.
void* operator new(std::size_t n, const std::nothrow_t&) noexcept {
  ++g_allocations;
  return std::malloc(n ? n : 1);
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }

namespace tariff::test {
namespace {

TEST(Evaluate, EverythingOffEqualsThe2024BaselineExactly) {
  const TradeData& d = shippedData();
  const Results r = evaluate(d, defaultScenario(d));
  EXPECT_EQ(r.deficitBeforeUsd, 68.5e9);
  EXPECT_EQ(r.deficitAfterUsd, r.deficitBeforeUsd);
  EXPECT_EQ(r.importsAfterUsd, 148.2e9);
  EXPECT_EQ(r.exportsAfterUsd, 79.7e9);
  EXPECT_EQ(r.exporterCostUsd, 0);
  EXPECT_EQ(r.usBuyerCostUsd, 0);
  EXPECT_EQ(r.addedTariffRevenueUsd, 0);
  EXPECT_EQ(r.effectiveTariffRatePct, r.effectiveTariffRateBeforePct);
  for (size_t i = 0; i < d.sectors.size(); ++i) {
    EXPECT_EQ(r.sectors[i].importsAfterUsd, r.sectors[i].importsBeforeUsd) << d.sectors[i].id;
    EXPECT_EQ(r.sectors[i].unitsAfter, r.sectors[i].unitsBefore);
  }
}

TEST(Evaluate, RaisingAnyTariffNeverRaisesThatSectorsImports) {
  const TradeData& d = shippedData();
  std::mt19937 rng(7);
  for (int trial = 0; trial < 200; ++trial) {
    Scenario s = randomScenario(d, rng);
    const size_t l = rng() % d.layers.size();
    s.layers[l].on = true;
    s.layers[l].ratePct = 5;
    const Results lower = evaluate(d, s);
    s.layers[l].ratePct = 40;
    const Results higher = evaluate(d, s);
    for (size_t i = 0; i < d.sectors.size(); ++i)
      EXPECT_LE(higher.sectors[i].importsAfterUsd, lower.sectors[i].importsAfterUsd * (1 + 1e-12))
          << d.layers[l].id << " on " << d.sectors[i].id;
  }
}

TEST(Evaluate, ExporterAndBuyerCostsAddUpToTheTariffBurden) {
  const TradeData& d = shippedData();
  std::mt19937 rng(11);
  for (int trial = 0; trial < 200; ++trial) {
    const Results r = evaluate(d, randomScenario(d, rng));
    for (size_t i = 0; i < d.sectors.size(); ++i) {
      const SectorResult& x = r.sectors[i];
      // The burden measured independently: duties now minus MFN duties on what still trades.
      const double stillTraded = x.importsBeforeUsd * (1 + x.volumeChangePct / 100);
      // Refunds, when counted, go back to US importers: off the duties and off what buyers paid.
      const double burden = x.dutiesAfterUsd - x.refundUsd - x.mfnPct / 100 * stillTraded;
      EXPECT_NEAR(x.exporterPriceCostUsd + x.buyerCostUsd, burden, 1e-6 * x.importsBeforeUsd) << d.sectors[i].id;
      EXPECT_GE(x.exporterPriceCostUsd, -1e-6);
      EXPECT_GE(x.buyerCostUsd + x.refundUsd, -1e-6);
      EXPECT_GE(x.deadweightUsd, -1e-6);
    }
    EXPECT_NEAR(r.exporterPriceCostUsd + r.usBuyerCostUsd, r.tariffBurdenUsd, 1.0);
  }
}

TEST(Evaluate, WaterfallBarsAddUpToTheResult) {
  const TradeData& d = shippedData();
  std::mt19937 rng(13);
  for (int trial = 0; trial < 200; ++trial) {
    const Results r = evaluate(d, randomScenario(d, rng));
    double sum = r.deficitBeforeUsd + r.othersDeficitChangeUsd;
    for (const LayerEffect& e : r.layers) sum += e.deficitChangeUsd;
    for (const OfferEffect& e : r.offers) sum += e.deficitChangeUsd;
    EXPECT_NEAR(sum, r.deficitAfterUsd, 1.0);
  }
}

TEST(Evaluate, FullPassThroughLeavesExporterPricesUnchanged) {
  const TradeData& d = shippedData();
  Scenario s = withLayers(d, {"ieepa_base"});
  for (SectorAssumption& a : s.assumptions.sectors) a.passThrough = 1;
  const Results r = evaluate(d, s);
  const SectorResult& m = r.sectors[sector(d, "cars")];  // no Section 232 layer on: the 10% reaches every car
  EXPECT_NEAR(m.exporterPriceChangePct, 0, 1e-12);
  EXPECT_NEAR(m.exporterPriceCostUsd, 0, 1e-3);
  EXPECT_NEAR(m.buyerPriceChangePct, 100 * 0.10 / 1.025, 1e-9);  // the 10 points on a 2.5% MFN price
}

TEST(Evaluate, ZeroPassThroughMeansExportersAbsorbTheWholeTariff) {
  const TradeData& d = shippedData();
  Scenario s = withLayers(d, {"s232_autos"});
  s.assumptions.sectors[sector(d, "cars")].passThrough = 0;
  const Results r = evaluate(d, s);
  const SectorResult& c = r.sectors[sector(d, "cars")];
  EXPECT_NEAR(c.buyerCostUsd, 0, 1e-6);
  EXPECT_NEAR(c.volumeChangePct, 0, 1e-12);
  EXPECT_NEAR(c.exporterPriceChangePct, 100 * (1.025 / 1.275 - 1), 1e-9);
}

TEST(Evaluate, CarsAreCountedInUnits) {
  const TradeData& d = shippedData();
  const Results r = evaluate(d, withLayers(d, {"s232_autos"}));
  const SectorResult& c = r.sectors[sector(d, "cars")];
  EXPECT_EQ(c.unitsBefore, 1388330);
  EXPECT_LT(c.unitsAfter, c.unitsBefore);
  EXPECT_NEAR(c.exporterPriceCostPerUnitUsd * c.unitsAfter, c.exporterPriceCostUsd, 1e-3);
}

TEST(Evaluate, LongRunRespondsMoreThanShortRun) {
  const TradeData& d = shippedData();
  Scenario s = withLayers(d, {"ieepa_base"});
  const Results shortRun = evaluate(d, s);
  s.assumptions.horizon = Horizon::LongRun;
  const Results longRun = evaluate(d, s);
  EXPECT_LT(longRun.importsAfterUsd, shortRun.importsAfterUsd);
}

TEST(Evaluate, EffectiveRateIsTradeWeightedBy2024Imports) {
  const TradeData& d = shippedData();
  const Scenario s = withLayers(d, {"ieepa_base", "s232_autos"});
  const Results r = evaluate(d, s);
  double weighted = 0;
  for (size_t i = 0; i < d.sectors.size(); ++i)
    weighted += stackedRatePct(d, s, static_cast<int>(i)) * d.sectors[i].importsUsdM.value;
  EXPECT_NEAR(r.effectiveTariffRatePct, weighted / 148200.0, 1e-9);
}

TEST(Evaluate, MakesNoAllocationOnceResultsAreSized) {
  const TradeData& d = shippedData();
  const Scenario s = d.presets[d.presetIndex("sep2025")].scenario;
  Results r;
  prepareResults(d, r);
  const size_t before = g_allocations;
  for (int i = 0; i < 100; ++i) evaluate(d, s, r);
  EXPECT_EQ(g_allocations, before);
}

TEST(Evaluate, IsDeterministic) {
  const TradeData& d = shippedData();
  std::mt19937 rng(17);
  const Scenario s = randomScenario(d, rng);
  const Results a = evaluate(d, s), b = evaluate(d, s);
  EXPECT_EQ(a.deficitAfterUsd, b.deficitAfterUsd);
  EXPECT_EQ(a.exporterCostUsd, b.exporterCostUsd);
}

}  // namespace
}  // namespace tariff::test

namespace tariff::test {
namespace {

// Nested demand (methodology §3.2) on the mini data: other suppliers pay the same added tariff as
// Japan (ratio 1) from 2025-04-05, and Japan holds 20% of each sector's imports.
TEST(NestedDemand, WhenEverySupplierPaysTheSameJapansShareHolds) {
  const TradeData& d = miniData();
  Scenario s = scenarioForDate(d, *parseDate("2025-06-01"));  // rivals pay the law's rates: so does Japan
  s.assumptions.importDemand = 0;                             // no switching to US-made goods: only shares can move
  const Results r = evaluate(d, s);
  for (const SectorResult& x : r.sectors) {
    EXPECT_NEAR(x.othersAddedPct, x.tariffPct - x.mfnPct, 1e-9);
    EXPECT_NEAR(x.volumeChangePct, 0, 1e-9);
  }
}

TEST(NestedDemand, JapanGainsSalesWhenOnlyItsRivalsPay) {
  const TradeData& d = miniData();
  Scenario s = withLayers(d, {}, "2025-06-01");  // Japan's layers off; its rivals still pay the law's tariff
  const Results r = evaluate(d, s);
  const SectorResult& steel = r.sectors[sector(d, "steel")];
  EXPECT_GT(steel.othersAddedPct, 0);
  EXPECT_GT(steel.volumeChangePct, 0);
  EXPECT_GT(r.othersDeficitChangeUsd, 0);  // more imports from Japan: a larger deficit
}

TEST(NestedDemand, ImportsNeverRiseWithJapansOwnTariff) {
  const TradeData& d = shippedData();
  for (const char* date : {"2025-06-01", "2025-10-01", "2026-11-30"}) {
    Scenario s = scenarioForDate(d, *parseDate(date));
    double last = 1e300;
    for (double rate = 0; rate <= 60; rate += 5) {
      s.layers[layer(d, "s232_autos")].on = true;
      s.layers[layer(d, "s232_autos")].ratePct = rate;
      const double cars = evaluate(d, s).sectors[sector(d, "cars")].importsAfterUsd;
      EXPECT_LE(cars, last * (1 + 1e-12)) << date << " at " << rate;
      last = cars;
    }
  }
}

TEST(Incidence, DeadweightIsHalfTheWedgeTimesTheTradeLost) {
  const TradeData& d = shippedData();
  const Results r = evaluate(d, scenarioForDate(d, *parseDate("2025-07-01")));
  for (size_t i = 0; i < d.sectors.size(); ++i) {
    const SectorResult& x = r.sectors[i];
    const double wedge = x.buyerPriceChangePct / 100 * (1 + x.mfnPct / 100) - x.exporterPriceChangePct / 100;
    EXPECT_NEAR(x.deadweightUsd, 0.5 * wedge * std::max(0.0, x.tradeLostUsd), 1e-6 * x.importsBeforeUsd)
        << d.sectors[i].id;
    EXPECT_NEAR(x.tradeLostUsd, -x.volumeChangePct / 100 * x.importsBeforeUsd, 1e-6 * x.importsBeforeUsd);
    EXPECT_NEAR(x.exporterCostUsd, x.exporterPriceCostUsd, 1e-9);  // lost sales are not a cost
  }
}

TEST(Incidence, RefundsComeOffTheTreasuryAndGoToImporters) {
  const TradeData& d = shippedData();
  Scenario s = d.presets[d.presetIndex("sep2025")].scenario;
  const Results kept = evaluate(d, s);
  s.countRefunds = true;
  const Results refunded = evaluate(d, s);
  EXPECT_GT(refunded.refundUsd, 1e9);
  EXPECT_NEAR(kept.tariffRevenueUsd - refunded.tariffRevenueUsd, refunded.refundUsd, 1);
  EXPECT_NEAR(kept.usBuyerCostUsd - refunded.usBuyerCostUsd, refunded.refundUsd, 1);
  EXPECT_NEAR(kept.exporterCostUsd, refunded.exporterCostUsd, 1e-6);  // price cuts are not refunded
  // Only IEEPA layers are refunded: the Section 232 cars pay the same.
  const int cars = sector(d, "cars");
  EXPECT_NEAR(refunded.sectors[cars].refundUsd, 0, 1e-6);
}

TEST(Offers, DefaultScenariosCountOnlyPublishedAmounts) {
  const TradeData& d = shippedData();
  for (const Preset& p : d.presets) {
    if (p.id == "may_offer") continue;  // May 2025: offers named without amounts, labelled illustrative
    for (size_t o = 0; o < d.offers.size(); ++o)
      if (p.scenario.offers[o].on) {
        EXPECT_FALSE(d.offers[o].illustrative) << p.id << " " << d.offers[o].id;
      }
  }
  EXPECT_TRUE(d.offers[offer(d, "us_cars")].illustrative);
}

TEST(Observed, ARangeForAnObservedPeriodHoldsWhatWasObserved) {
  const TradeData& d = shippedData();
  int checked = 0;
  for (const Preset& p : d.presets) {
    const Results r = evaluate(d, p.scenario);
    const ObservedBeside o =
        observedBeside(d, p.scenario, r, isTheLaw(d, p.scenario), modelPath(d, p.scenario.assumptions), english());
    if (!o.available) continue;
    RangeWork work;
    HeadlineRanges ranges;
    evaluateRanges(d, p.scenario, r, work, ranges);
    EXPECT_LE(ranges.deficitAfterUsd.low, o.deficitUsdPerYear) << p.id;
    EXPECT_GE(ranges.deficitAfterUsd.high, o.deficitUsdPerYear) << p.id;
    ++checked;
  }
  EXPECT_GE(checked, 1);
}

TEST(Observed, ThePathStartsInJanuary2025AndUsesTheSameMonthOf2024) {
  const TradeData& d = shippedData();
  const std::vector<MonthFit> path = modelPath(d, defaultAssumptions(d));
  ASSERT_GE(path.size(), 12u);
  EXPECT_EQ(path.front().year, 2025);
  EXPECT_EQ(path.front().month, 1);
  EXPECT_NEAR(path.front().modelRatio, 1, 0.02);  // January 2025: MFN only
  for (const MonthFit& f : path) EXPECT_NEAR(f.modelUsd, f.baseUsd * f.modelRatio, 1e-3);
}

}  // namespace
}  // namespace tariff::test
