// Japan's offers add to US exports (methodology §4).
#include <gtest/gtest.h>

#include "test_support.h"

namespace tariff::test {
namespace {

TEST(Offers, ChipOfferOfOneTrillionYenIsAbout694BillionDollars) {
  const TradeData& d = shippedData();
  const Offer& chips = d.offers[offer(d, "chips")];
  const double usd = offerAmountUsd(chips, 144.17);
  EXPECT_NEAR(usd, 6.94e9, 0.005e9);
  EXPECT_NEAR(usd / 68.5e9, 0.10, 0.005);  // "about 10% of the deficit"
}

TEST(Offers, ChipOfferCountedInFullCutsTheDeficitByItsDollarValue) {
  const TradeData& d = shippedData();
  Scenario s = defaultScenario(d);
  s.assumptions.yenPerUsd = 144.17;
  OfferChoice& c = s.offers[offer(d, "chips")];
  c.on = true;
  c.additionalShare = 1;
  const Results r = evaluate(d, s);
  EXPECT_NEAR(r.exportsAfterUsd - r.exportsBeforeUsd, 1e12 / 144.17, 1);
  EXPECT_NEAR(r.deficitAfterUsd, 68.5e9 - 1e12 / 144.17, 1);
  const int semis = d.categoryIndex("semis_x");
  EXPECT_NEAR(r.exportsAfterUsd_byCategory[semis], 1e12 / 144.17, 1);
}

TEST(Offers, DefaultCountsOnlyTheShareThatShowsUpInUsExports) {
  const TradeData& d = shippedData();
  Scenario s = defaultScenario(d);
  s.offers[offer(d, "chips")].on = true;
  const Results r = evaluate(d, s);
  const OfferEffect& e = r.offers[offer(d, "chips")];
  EXPECT_NEAR(e.countedUsdPerYear, e.pledgedUsdPerYear * d.offers[offer(d, "chips")].additionalShare.value, 1e-6);
  EXPECT_LT(e.countedUsdPerYear, e.pledgedUsdPerYear);
}

TEST(Offers, YenAmountsFollowTheScenarioRate) {
  const TradeData& d = shippedData();
  const Offer& chips = d.offers[offer(d, "chips")];
  EXPECT_GT(offerAmountUsd(chips, 140), offerAmountUsd(chips, 160));
}

TEST(Offers, OneOffAmountsSpreadOverTheirYears) {
  const TradeData& d = shippedData();
  const Offer& boeing = d.offers[offer(d, "boeing")];
  OfferChoice c;
  c.on = true;
  c.spreadYears = 5;
  EXPECT_NEAR(offerPledgeUsdPerYear(boeing, c, 150), boeing.amount.value * 1e6 / 5, 1e-3);
  c.spreadYears = 2;
  EXPECT_NEAR(offerPledgeUsdPerYear(boeing, c, 150), boeing.amount.value * 1e6 / 2, 1e-3);
}

TEST(Offers, InvestmentHasAnExplicitNonZeroEffect) {
  const TradeData& d = shippedData();
  Scenario s = defaultScenario(d);
  s.offers[offer(d, "invest_550")].on = true;
  const Results r = evaluate(d, s);
  EXPECT_LT(r.offers[offer(d, "invest_550")].deficitChangeUsd, 0);
  EXPECT_NEAR(r.offers[offer(d, "invest_550")].pledgedUsdPerYear, 550e9 / 3.4, 1e3);
}

TEST(Offers, ReaderShareScalesTheOffer) {
  const TradeData& d = shippedData();
  Scenario s = defaultScenario(d);
  OfferChoice& farm = s.offers[offer(d, "farm")];
  farm.on = true;
  farm.sharePct = 50;
  const Results half = evaluate(d, s);
  farm.sharePct = 100;
  const Results full = evaluate(d, s);
  EXPECT_NEAR(2 * half.offers[offer(d, "farm")].countedUsdPerYear, full.offers[offer(d, "farm")].countedUsdPerYear,
              1e-3);
}

TEST(Offers, SplitAcrossCategoriesAddsUpToTheCountedAmount) {
  const TradeData& d = shippedData();
  Scenario s = defaultScenario(d);
  for (OfferChoice& o : s.offers) o.on = true;
  const Results r = evaluate(d, s);
  double byCategory = 0;
  for (double v : r.exportsAfterUsd_byCategory) byCategory += v;
  EXPECT_NEAR(byCategory, r.exportsAfterUsd, 1);
}

}  // namespace
}  // namespace tariff::test
