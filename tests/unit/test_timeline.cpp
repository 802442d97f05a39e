// The law by date on the shipped records: for every event, the layers in force the day before and
// on the day, and the rates of goods whose treatment the texts state outright (cars, civil aircraft).
#include <gtest/gtest.h>

#include <set>

#include "stacking.h"
#include "test_support.h"

namespace tariff::test {
namespace {

std::set<std::string> inForce(const char* date) {
  const TradeData& d = shippedData();
  const Scenario s = scenarioForDate(d, *parseDate(date));
  std::set<std::string> on;
  for (size_t l = 0; l < d.layers.size(); ++l)
    if (s.layers[l].on) on.insert(d.layers[l].id);
  return on;
}

double rateOn(const char* date, const char* sectorId) {
  const TradeData& d = shippedData();
  return stackedRatePct(d, scenarioForDate(d, *parseDate(date)), sector(d, sectorId));
}

// The layers that start on an event's day are off the day before and on that day.
void expectStarts(const char* before, const char* on, std::initializer_list<const char*> ids) {
  for (const char* id : ids) {
    EXPECT_FALSE(inForce(before).count(id)) << id << " on " << before;
    EXPECT_TRUE(inForce(on).count(id)) << id << " on " << on;
  }
}

void expectEnds(const char* lastDay, const char* after, std::initializer_list<const char*> ids) {
  for (const char* id : ids) {
    EXPECT_TRUE(inForce(lastDay).count(id)) << id << " on " << lastDay;
    EXPECT_FALSE(inForce(after).count(id)) << id << " on " << after;
  }
}

TEST(Timeline, NothingNewIn2024) { EXPECT_TRUE(inForce("2024-12-31").empty()); }

TEST(Timeline, Steel25FromMarch12) { expectStarts("2025-03-11", "2025-03-12", {"s232_metals_25"}); }

TEST(Timeline, CarsFromApril3PartsFromMay3) {
  expectStarts("2025-04-02", "2025-04-03", {"s232_autos"});
  expectStarts("2025-05-02", "2025-05-03", {"s232_parts"});
  EXPECT_DOUBLE_EQ(rateOn("2025-04-02", "cars"), 2.5);
  EXPECT_DOUBLE_EQ(rateOn("2025-04-03", "cars"), 27.5);
}

TEST(Timeline, BaselineFromApril5CountryRateOneDayThenPaused) {
  expectStarts("2025-04-04", "2025-04-05", {"ieepa_base"});
  expectStarts("2025-04-08", "2025-04-09", {"ieepa_japan"});
  EXPECT_FALSE(inForce("2025-04-10").count("ieepa_japan"));
  EXPECT_FALSE(inForce("2025-08-06").count("ieepa_japan"));
  // Civil aircraft had no exemption from the reciprocal tariff yet.
  EXPECT_NEAR(rateOn("2025-04-09", "aircraft"), 24, 1.0);
}

TEST(Timeline, MetalsTo50OnJune4) {
  expectEnds("2025-06-03", "2025-06-04", {"s232_metals_25"});
  expectStarts("2025-06-03", "2025-06-04", {"s232_metals_50"});
}

TEST(Timeline, CopperFromAugust1DerivativesFromAugust18) {
  expectStarts("2025-07-31", "2025-08-01", {"s232_copper"});
  expectStarts("2025-08-17", "2025-08-18", {"s232_derivatives_2025"});
}

TEST(Timeline, DealStackedFromAugust7ThenInclusiveFromSeptember4) {
  expectEnds("2025-08-06", "2025-08-07", {"ieepa_base"});
  expectStarts("2025-08-06", "2025-08-07", {"deal_stacked"});
  expectEnds("2025-09-03", "2025-09-04", {"deal_stacked"});
  expectStarts("2025-09-03", "2025-09-04", {"deal_15"});
  EXPECT_DOUBLE_EQ(rateOn("2025-09-04", "cars"), 27.5);  // Section 232 cars unaffected until the 16th
}

TEST(Timeline, CarsTo15InclusiveAndAircraftExemptFromSeptember16) {
  expectStarts("2025-09-15", "2025-09-16", {"deal_autos"});
  expectEnds("2025-09-15", "2025-09-16", {"s232_autos", "s232_parts"});
  EXPECT_DOUBLE_EQ(rateOn("2025-09-16", "cars"), 15);
  EXPECT_GT(rateOn("2025-09-15", "aircraft"), 14);
  EXPECT_LT(rateOn("2025-09-16", "aircraft"), 1);  // what is left: drones and parts off the list
}

TEST(Timeline, LumberAndFurnitureFromOctober14) {
  expectStarts("2025-10-13", "2025-10-14", {"s232_lumber", "s232_furniture_japan"});
}

TEST(Timeline, TrucksAndBusesFromNovember1) {
  expectStarts("2025-10-31", "2025-11-01", {"s232_trucks", "s232_buses"});
  EXPECT_GT(rateOn("2025-11-01", "trucks"), rateOn("2025-10-31", "trucks"));
}

TEST(Timeline, AiChipsFromJanuary15_2026) { expectStarts("2026-01-14", "2026-01-15", {"s232_semis"}); }

TEST(Timeline, CollectionOfIeepaEndsThenSection122For150Days) {
  expectEnds("2026-02-23", "2026-02-24", {"deal_15"});
  expectStarts("2026-02-23", "2026-02-24", {"s122"});
  EXPECT_DOUBLE_EQ(rateOn("2026-02-24", "cars"), 15);  // Section 232 unaffected, and not charged Section 122
  expectEnds("2026-07-23", "2026-07-24", {"s122"});
}

TEST(Timeline, MetalsOnFullValueFromApril6_2026) {
  expectEnds("2026-04-05", "2026-04-06", {"s232_metals_50", "s232_derivatives_2025", "s232_copper"});
  expectStarts("2026-04-05", "2026-04-06", {"s232_metals_2026_50", "s232_metals_2026_25", "s232_metals_2026_15"});
  expectStarts("2026-06-07", "2026-06-08", {"s232_mobile_japan"});
  EXPECT_NEAR(rateOn("2026-06-08", "construction"), 15, 1e-9);  // excavators: 15% in all
  EXPECT_NEAR(rateOn("2026-06-07", "construction"), 25, 1e-9);
}

TEST(Timeline, Section301From24July2026) {
  expectStarts("2026-07-23", "2026-07-24", {"s301_2026"});
  EXPECT_DOUBLE_EQ(rateOn("2026-07-24", "cars"), 15);
}

TEST(Timeline, DronesAndMedicinesFromSeptember2026) {
  expectStarts("2026-09-02", "2026-09-03", {"s232_drones_japan"});
  expectStarts("2026-09-28", "2026-09-29", {"s232_pharma_japan"});
}

TEST(Timeline, PolysiliconScheduledAfterTheRecordsDate) {
  const TradeData& d = shippedData();
  EXPECT_LT(d.lawAsOf, *parseDate("2026-12-04"));
  EXPECT_FALSE(inForce(formatDate(d.lawAsOf).c_str()).count("s232_polysilicon_japan"));
}

TEST(Timeline, EveryEventStartsOrEndsSomething) {
  // An event the records do not act on would mislead the timeline: each event's day is a day the
  // law changes, except announcements and rulings that changed nothing at the border that day.
  const TradeData& d = shippedData();
  const std::set<std::string> announcements = {"2025-07-22", "2026-02-20", "2026-03-04"};
  for (const TimelineEvent& e : d.events) {
    const std::string day = formatDate(e.date);
    if (announcements.count(day)) continue;
    EXPECT_NE(inForce(formatDate(e.date - 1).c_str()), inForce(day.c_str())) << e.label << " on " << day;
  }
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
