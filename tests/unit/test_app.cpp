// The calculator's state without any drawing (web/app.h): where it opens, the date rule, presets,
// links and when it re-evaluates. web/README.md, "The date rule", says what is tested here.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "app.h"
#include "test_support.h"

namespace usjp {
namespace {

using tariff::Day;
using tariff::parseDate;

Day day(const char* text) { return *parseDate(text); }

App loaded() {
  App app;
  EXPECT_TRUE(app.use(tariff::loadTradeDataFromDir(USJP_DATA_DIR)).empty());
  return app;
}

bool on(const App& app, const char* layer) { return app.scenario.layers[tariff::test::layer(app.data(), layer)].on; }

TEST(AppState, OpensOnTheLawTodayAndFollowsTheDate) {
  App app = loaded();
  app.start("");
  EXPECT_EQ(app.evaluated().presetId, "today");
  EXPECT_EQ(app.evaluated().date, app.data().lawAsOf);
  EXPECT_TRUE(app.layersFollowDate());
  EXPECT_TRUE(app.layersAreTheLaw());
  EXPECT_EQ(app.lastDay(), app.data().lawAsOf);
  app.setDate(day("2025-06-04"));
  EXPECT_TRUE(on(app, "s232_metals_50"));
  EXPECT_FALSE(on(app, "s301_2026"));
  EXPECT_TRUE(app.refresh());
  EXPECT_TRUE(app.layersAreTheLaw());
}

TEST(AppState, ALayerSetByHandStaysWhenTheDateMoves) {
  App app = loaded();
  app.start("");
  app.setDate(day("2025-06-04"));
  app.scenario.layers[tariff::test::layer(app.data(), "s122")].on = true;
  app.layersEdited();
  EXPECT_FALSE(app.layersFollowDate());
  EXPECT_TRUE(app.layersSetByHand());
  app.setDate(day("2025-09-16"));
  EXPECT_EQ(app.scenario.date, day("2025-09-16"));
  EXPECT_TRUE(on(app, "s122"));            // kept
  EXPECT_TRUE(on(app, "s232_metals_50"));  // the old date's layers kept too
  EXPECT_FALSE(on(app, "deal_autos"));     // not switched on by the date
  app.refresh();
  EXPECT_FALSE(app.layersAreTheLaw());
  app.followLaw();
  EXPECT_TRUE(app.layersFollowDate());
  EXPECT_FALSE(on(app, "s122"));
  EXPECT_TRUE(on(app, "deal_autos"));
  app.refresh();
  EXPECT_TRUE(app.layersAreTheLaw());
}

TEST(AppState, APresetFollowsTheDateOnlyWhenItIsTheLaw) {
  App app = loaded();
  app.start("");
  app.applyPreset(app.data().presetIndex("sep2025"));
  EXPECT_TRUE(app.layersFollowDate());
  app.applyPreset(app.data().presetIndex("country24"));  // 24% in force: never the law
  EXPECT_FALSE(app.layersFollowDate());
  EXPECT_FALSE(app.layersSetByHand());
}

TEST(AppState, ALinkOpensItsScenarioWithItsNoticesAndANewLinkReplacesThem) {
  App app = loaded();
  app.start("#v=1&p=sep2025&bogus=1");
  EXPECT_EQ(app.evaluated().presetId, "sep2025");
  ASSERT_EQ(app.notices().size(), 1u);
  app.start("v=1&p=apr2025");
  EXPECT_TRUE(app.notices().empty());
  EXPECT_EQ(app.evaluated().presetId, "apr2025");
}

TEST(AppState, ReEvaluatesOnlyWhenTheScenarioChanges) {
  App app = loaded();
  app.start("");
  const int before = app.evaluations();
  EXPECT_FALSE(app.refresh());
  EXPECT_EQ(app.evaluations(), before);
  app.scenario.offers[tariff::test::offer(app.data(), "farm")].sharePct = 50;
  app.edited();
  EXPECT_TRUE(app.refresh());
  EXPECT_EQ(app.evaluations(), before + 1);
  EXPECT_EQ(app.evaluated().presetId, "");  // edited: the reader's own settings
}

TEST(AppState, ADateAfterTheRecordsIsSaidOnThePage) {
  App app = loaded();
  app.start("v=1&d=2027-01-01&l=");
  EXPECT_FALSE(app.lawNotice().empty());
  app.start("");
  EXPECT_TRUE(app.lawNotice().empty());
}

TEST(AppState, CompactSwitchesAreTheLawsBiggestMeasuresAndStayPut) {
  App app = loaded();
  app.start("");
  const std::vector<size_t> first = app.mainLayers(5);
  ASSERT_EQ(first.size(), 5u);
  for (size_t l : first) EXPECT_TRUE(app.evaluated().layers[l].on) << app.data().layers[l].id;
  // Largest effect first: switching the first off changes the deficit more than the last.
  const double base = app.results().deficitAfterUsd;
  auto without = [&](size_t l) {
    App other = loaded();
    other.start("");
    other.scenario.layers[l].on = false;
    other.layersEdited();
    other.refresh();
    return std::fabs(other.results().deficitAfterUsd - base);
  };
  EXPECT_GE(without(first.front()), without(first.back()));
  // The reader switches the first off: the list stays as it was, so the switch stays where it is.
  app.scenario.layers[first.front()].on = false;
  app.layersEdited();
  app.refresh();
  EXPECT_EQ(app.mainLayers(5), first);
}

TEST(AppState, OffersSwitchTurnsAllOffAndBringsBackTheStartingOnes) {
  App app = loaded();
  app.start("");
  ASSERT_TRUE(app.anyOfferOn());
  const auto start = app.scenario.offers;
  app.setOffers(false);
  EXPECT_FALSE(app.anyOfferOn());
  app.setOffers(true);
  for (size_t o = 0; o < start.size(); ++o) EXPECT_EQ(app.scenario.offers[o].on, start[o].on) << o;
}

}  // namespace
}  // namespace usjp

namespace usjp {
namespace {

std::string wordsFile(const char* code) {
  std::ifstream in(std::string(USJP_DATA_DIR) + "/i18n/" + code + ".json");
  return std::string(std::istreambuf_iterator<char>(in), {});
}

App inEnglish() {
  App app = loaded();
  EXPECT_TRUE(app.addLanguage("en", "data/i18n/en.json", wordsFile("en")).empty());
  app.start("");
  return app;
}

TEST(AppLanguage, JapaneseArrivesLaterAndTheSummaryFollowsTheSwitch) {
  App app = inEnglish();
  const std::string english = app.summary();
  EXPECT_EQ(english.rfind("US goods deficit with Japan: $", 0), 0u) << english;
  EXPECT_FALSE(app.setLanguage("ja")) << "Japanese has not arrived yet";
  EXPECT_EQ(app.languageCode(), "en");
  const std::vector<std::string> problems = app.addLanguage("ja", "data/i18n/ja.json", wordsFile("ja"));
  ASSERT_TRUE(problems.empty()) << problems.front();
  ASSERT_TRUE(app.setLanguage("ja"));
  EXPECT_EQ(app.summary().rfind("米国の対日貿易赤字", 0), 0u) << app.summary();
  EXPECT_NE(app.summary().find("兆円"), std::string::npos) << "yen first: " << app.summary();
  EXPECT_NE(app.summary().find("ドル"), std::string::npos) << "dollars beside: " << app.summary();
  ASSERT_TRUE(app.setLanguage("en"));
  EXPECT_EQ(app.summary(), english);
  EXPECT_EQ(app.languageChanges(), 2);
}

TEST(AppLanguage, AJapaneseFileThatLacksAKeyIsRefusedNamingTheKey) {
  App app = inEnglish();
  nlohmann::json ja = nlohmann::json::parse(wordsFile("ja"));
  ja["strings"].erase("summary.line");
  const std::vector<std::string> problems = app.addLanguage("ja", "data/i18n/ja.json", ja.dump());
  ASSERT_FALSE(problems.empty());
  EXPECT_NE(problems.front().find("data/i18n/ja.json: /strings: lacks the key \"summary.line\""), std::string::npos)
      << problems.front();
  EXPECT_FALSE(app.setLanguage("ja"));
}

TEST(AppLanguage, AnotherLanguageBeforeEnglishOrAnUnknownOneIsRefused) {
  App app = loaded();
  EXPECT_FALSE(app.addLanguage("ja", "data/i18n/ja.json", wordsFile("ja")).empty());
  EXPECT_FALSE(app.addLanguage("fr", "data/i18n/fr.json", "{}").empty());
  EXPECT_FALSE(app.hasLanguage("ja"));
}

}  // namespace
}  // namespace usjp
