// The text core writes (the law notice, a link's notices, the observed months, the compact
// waterfall, the static graphic, the CSV header) comes from data/i18n: in English exactly the
// words it had when they were written in code, in Japanese in Japanese with yen first.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "app.h"
#include "format.h"
#include "report.h"
#include "scenario_link.h"
#include "test_support.h"

namespace tariff::test {
namespace {

// Every kind of notice a link can get (the first reaches the limit of twenty and "...and more").
const char* const kEveryNotice =
    "v=9&v=1.5&p=nope&l=s232_autos@999999,bogus,ieepa_base@abc&o=chips@x;add:abc;yrs:9999;zz:1,farm;yrs:0.1;add:9,"
    "invest_550;yrs:x,moon&a=im:9999,el.cars:9999,pt.mars:1,q:1,fx:abc&d=2025-02-30&r=7&zz=1&noval";
const char* const kMoreNotices = "v=7&zz=1&noval&r=2&l=s232_autos&d=2025-02-30";

TEST(CoreWords, LinkNoticesInEnglishAreTheWordsTheyWere) {
  const TradeData& d = shippedData();
  const std::vector<std::string> every = {
      "part without a value \"noval\"",
      "an earlier \"v\" part (given twice: the last one is used)",
      "version \"1.5\"",
      "unknown preset \"nope\"",
      "rate for layer s232_autos \"999999\" is above the most the calculator allows: used 200",
      "unknown tariff layer \"bogus\"",
      "rate \"abc\" for layer ieepa_base (kept its own rate)",
      "share \"x\" for offer chips (kept 100%)",
      "additional share \"abc\" for offer chips",
      "years for offer chips \"9999\" is above the most the calculator allows: used 20",
      "unknown offer setting \"zz:1\" for offer chips",
      "years \"0.1\" for offer farm is below one year: used 1",
      "additional share \"9\" for offer farm",
      "years \"x\" for offer invest_550",
      "unknown offer \"moon\"",
      "switching to US-made goods \"9999\" is above the most the calculator allows: used 4",
      "switching between suppliers for cars \"9999\" is above the most the calculator allows: used 10",
      "unknown sector \"mars\"",
      "unknown assumption \"q\"",
      "value \"abc\" for assumption fx",
      "...and more"};
  EXPECT_EQ(decodeScenario(d, kEveryNotice, english()).ignored, every);
  const std::vector<std::string> more = {
      "part without a value \"noval\"",
      "this link was made by a newer version (v7); parts this version does not know are ignored", "unknown part \"zz\"",
      "refunds setting \"2\"", "date \"2025-02-30\""};
  EXPECT_EQ(decodeScenario(d, kMoreNotices, english()).ignored, more);
  const std::vector<std::string> tooLong = decodeScenario(d, std::string(5000, 'a'), english()).ignored;
  ASSERT_EQ(tooLong.size(), 2u);
  EXPECT_EQ(tooLong[0], "everything after the first 4096 characters");
}

TEST(CoreWords, LinkNoticesInJapaneseNameTheSameParts) {
  const TradeData& d = shippedData();
  for (const char* link : {kEveryNotice, kMoreNotices}) {
    const DecodedLink en = decodeScenario(d, link, english()), ja = decodeScenario(d, link, japanese());
    EXPECT_EQ(ja.ignored.size(), en.ignored.size()) << link;
    EXPECT_TRUE(ja.scenario == en.scenario) << link;
    for (const std::string& n : ja.ignored) EXPECT_EQ(n.find(" for "), std::string::npos) << n;
  }
  const DecodedLink ja = decodeScenario(d, "v=1&l=s232_autos,bogus&r=7", japanese());
  ASSERT_EQ(ja.ignored.size(), 2u);
  EXPECT_EQ(ja.ignored[0], "\u4E0D\u660E\u306A\u95A2\u7A0E\u63AA\u7F6E \"bogus\"");  // 不明な関税措置 "bogus"
  EXPECT_EQ(ja.ignored[1], "\u9084\u4ED8\u306E\u8A2D\u5B9A \"7\"");                  // 還付の設定 "7"
}

TEST(CoreWords, TheLawNoticeInEnglishAndInJapanese) {
  const TradeData& d = shippedData();
  EXPECT_EQ(lawNotice(d, d.lawAsOf, english()), "");
  EXPECT_EQ(lawNotice(d, d.lawAsOf, japanese()), "");
  const Day later = d.lawAsOf + 30;
  EXPECT_EQ(lawNotice(d, later, english()),
            formatDate(later) + " is after " + formatDate(d.lawAsOf) +
                ", the day the tariff records were last checked: the layers shown are the law known then, with the "
                "changes already scheduled, not later news.");
  const std::string ja = lawNotice(d, later, japanese());
  EXPECT_EQ(ja.rfind(formatDayJa(later), 0), 0u) << ja;  // 2026年12月30日は、…
  EXPECT_NE(ja.find(formatDayJa(d.lawAsOf)), std::string::npos) << ja;
  EXPECT_EQ(ja.find("is after"), std::string::npos) << ja;
}

TEST(CoreWords, ObservedMonthsWaterfallGraphicAndCsvInEnglishAreUnchanged) {
  const TradeData& d = shippedData();
  int observed = 0;
  for (const Preset& p : d.presets) {
    const Scenario& s = p.scenario;
    const Results r = evaluate(d, s);
    const ObservedBeside o = observedBeside(d, s, r, isTheLaw(d, s), modelPath(d, s.assumptions), english());
    if (o.available) {
      ++observed;
      const std::string months = formatMonth(o.fromYear, o.fromMonth) + "\u2013" + formatMonth(o.toYear, o.toMonth);
      EXPECT_TRUE(o.label == months + " against the same months of 2024" ||
                  o.label == months +
                                 ", the latest months with a tariff level within a point of this one, against the "
                                 "same months of 2024")
          << o.label;
    }
    // The compact waterfall: its fixed labels, or the one layer's or offer's own name.
    const std::vector<WaterfallBar> bars = compactWaterfall(d, s, r, english());
    ASSERT_GE(bars.size(), 2u);
    EXPECT_EQ(bars.front().label, "2024 deficit");
    EXPECT_EQ(bars.back().label, "Deficit after");
    for (const WaterfallBar& b : bars) {
      if (b.kind == BarKind::Others) {
        EXPECT_EQ(b.label, "Other suppliers' tariffs");
      } else if (b.kind == BarKind::Tariffs && b.measures > 1) {
        EXPECT_EQ(b.label, "US tariffs (" + std::to_string(b.measures) + " measures)");
      } else if (b.kind == BarKind::Offers && b.measures > 1) {
        EXPECT_EQ(b.label, "Japan's offers (" + std::to_string(b.measures) + ")");
      }
    }
    // The static graphic, every text as it was formatted in code.
    const nlohmann::json g = graphicJson(d, s, r, english());
    EXPECT_EQ(g["title"], "US\u2013Japan tariff calculator");
    EXPECT_EQ(g["scenario"], p.name);
    EXPECT_EQ(g["date"], formatDayLong(s.date));
    EXPECT_EQ(g["label"], "US goods trade deficit with Japan, a year");
    EXPECT_EQ(g["before"], formatUsd(r.deficitBeforeUsd));
    EXPECT_EQ(g["after"], formatUsd(r.deficitAfterUsd));
    EXPECT_EQ(g["change"], formatSignedUsd(r.deficitChangeUsd) + " (" + formatSignedPct(r.deficitChangePct) + ")");
    EXPECT_EQ(g["who_pays"], r.tariffBurdenUsd > 0
                                 ? "Who pays the " + formatUsd(r.tariffBurdenUsd) + " of duty added each year"
                                 : std::string());
    EXPECT_EQ(g["buyers"], "US buyers " + formatUsd(r.usBuyerCostUsd));
    EXPECT_EQ(g["exporters"], "Japanese exporters " + formatUsd(r.exporterCostUsd));
    EXPECT_EQ(g["as_of"], "Tariffs as of " + formatDayLong(d.lawAsOf));
    ASSERT_EQ(g["steps"].size(), bars.size());
    for (size_t i = 0; i < bars.size(); ++i) {
      const WaterfallBar& b = bars[i];
      EXPECT_EQ(g["steps"][i]["label"], b.label);
      EXPECT_EQ(g["steps"][i]["value"],
                b.kind == BarKind::Deficit ? formatUsd(b.toUsd) : formatSignedUsd(b.toUsd - b.fromUsd));
    }
    // The report: the data's own names, and the CSV's header.
    RangeWork work;
    HeadlineRanges ranges;
    evaluateRanges(d, s, r, work, ranges);
    const nlohmann::json report = reportJson(d, s, r, ranges, o, english());
    EXPECT_EQ(report["sectors"][0]["name"], d.sectors[0].name);
    EXPECT_EQ(report["layers"][0]["name"], d.layers[0].name);
    EXPECT_EQ(report["offers"][0]["name"], d.offers[0].name);
    EXPECT_EQ(reportCsv(report, english()).rfind("field,value\r\n/", 0), 0u);
  }
  EXPECT_GE(observed, 1);
  const char* const groups[kAssumptionGroups] = {"who absorbs the tariff",     "switching to other suppliers",
                                                 "switching to US-made goods", "how fast buyers adjust",
                                                 "other suppliers' tariffs",   "which goods the lists cover",
                                                 "share of offers counted"};
  for (int g = 0; g < kAssumptionGroups; ++g)
    EXPECT_EQ(assumptionGroupName(static_cast<AssumptionGroup>(g), english()), groups[g]);
}

// A data file's dates (as_of, a source's date) as each language writes them: the three forms the
// data uses, and anything else left as it is rather than guessed at; and signed percentages.
TEST(CoreWords, DataDatesAndSignedPercentagesInEachLanguage) {
  Language en, ja;
  en.code = "en";
  ja.code = "ja";
  for (const char* iso : {"2024", "2025-02", "2025-05-27", "FY2024", "2025-13", "2025-02-30", ""})
    EXPECT_EQ(formatDataDate(en, iso), iso);
  EXPECT_EQ(formatDataDate(ja, "2024"), "2024\u5E74");
  EXPECT_EQ(formatDataDate(ja, "2025-02"), "2025\u5E742\u6708");
  EXPECT_EQ(formatDataDate(ja, "2025-05-27"), "2025\u5E745\u670827\u65E5");
  for (const char* odd : {"FY2024", "2025-13", "2025-02-30", "20x5", "2025-2", ""}) EXPECT_EQ(formatDataDate(ja, odd), odd);
  // Percentages take the minus sign the language's amounts have: −3.12兆円（−30.1%）.
  EXPECT_EQ(formatSignedPct(en, -30.1), "-30.1%");
  EXPECT_EQ(formatSignedPct(ja, -30.1), "\u221230.1%");
  EXPECT_EQ(formatSignedPct(ja, 2.25, 2), "+2.25%");
}

TEST(CoreWords, TheGraphicAndTheReportInJapaneseHaveYenFirstAndJapaneseWords) {
  const TradeData& d = shippedData();
  const Preset& today = d.presets[d.presetIndex("today")];
  const Scenario& s = today.scenario;
  const Results r = evaluate(d, s);
  const double rate = s.assumptions.yenPerUsd;
  const nlohmann::json g = graphicJson(d, s, r, japanese());
  EXPECT_EQ(g["scenario"], japanese().name("preset", "today", today.name));
  EXPECT_EQ(g["date"], formatDayJa(s.date));
  EXPECT_EQ(g["before"], formatYenJa(r.deficitBeforeUsd * rate) + "\uFF08" + formatUsdJa(r.deficitBeforeUsd) + "\uFF09");
  EXPECT_EQ(g["steps"][0]["value"], formatYenJa(r.deficitBeforeUsd * rate));  // the bars' yen alone
  EXPECT_EQ(g["steps"][0]["label"], "2024\u5E74\u306E\u8D64\u5B57");          // 2024年の赤字
  EXPECT_NE(g["as_of"].get<std::string>().find(formatDayJa(d.lawAsOf)), std::string::npos);
  // The same shape in both languages: the page's script reads the same fields.
  const nlohmann::json en = graphicJson(d, s, r, english());
  for (const auto& [key, value] : en.items()) EXPECT_TRUE(g.contains(key)) << key;
  RangeWork work;
  HeadlineRanges ranges;
  evaluateRanges(d, s, r, work, ranges);
  const ObservedBeside o = observedBeside(d, s, r, isTheLaw(d, s), modelPath(d, s.assumptions), japanese());
  const nlohmann::json report = reportJson(d, s, r, ranges, o, japanese());
  EXPECT_EQ(reportCsv(report, japanese()).rfind("\u9805\u76EE,\u5024\r\n/", 0), 0u);  // 項目,値
  EXPECT_EQ(report["sectors"][0]["name"], japanese().name("sector", d.sectors[0].id, ""));
  // Field names are the machine's, the same as in English.
  const nlohmann::json english = reportJson(d, s, r, ranges, o, tariff::test::english());
  const nlohmann::json fields = report.flatten(), englishFields = english.flatten();
  EXPECT_EQ(fields.size(), englishFields.size());
  for (const auto& [key, value] : englishFields.items()) EXPECT_TRUE(fields.contains(key)) << key;
  if (o.available) {
    EXPECT_NE(o.label.find("\u5E74"), std::string::npos) << o.label;
  }
}

}  // namespace
}  // namespace tariff::test

namespace usjp {
namespace {

std::string wordsOf(const char* code) {
  std::ifstream in(std::string(USJP_DATA_DIR) + "/i18n/" + code + ".json");
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// The page caches what core wrote (the link's notices, the law notice, the observed months):
// switching the language writes them again in the new one, and a dismissed notice stays dismissed.
TEST(CoreWords, TheAppWritesCoresWordsAgainWhenTheLanguageChanges) {
  App app;
  ASSERT_TRUE(app.use(tariff::loadTradeDataFromDir(USJP_DATA_DIR)).empty());
  ASSERT_TRUE(app.addLanguage("en", "en.json", wordsOf("en")).empty());
  const std::string later = tariff::formatDate(app.data().lawAsOf + 10);
  app.start("#v=1&l=s232_autos,bogus&d=" + later);
  ASSERT_EQ(app.notices().size(), 1u);
  const std::vector<std::string> english = app.notices();
  const std::string englishLaw = app.lawNotice();
  EXPECT_EQ(english[0], "unknown tariff layer \"bogus\"");
  EXPECT_EQ(englishLaw.rfind(later + " is after ", 0), 0u) << englishLaw;
  ASSERT_TRUE(app.addLanguage("ja", "ja.json", wordsOf("ja")).empty());
  ASSERT_TRUE(app.setLanguage("ja"));
  ASSERT_EQ(app.notices().size(), 1u);
  EXPECT_EQ(app.notices()[0], "\u4E0D\u660E\u306A\u95A2\u7A0E\u63AA\u7F6E \"bogus\"");  // 不明な関税措置 "bogus"
  EXPECT_EQ(app.lawNotice().rfind(tariff::formatDayJa(app.data().lawAsOf + 10), 0), 0u) << app.lawNotice();
  ASSERT_TRUE(app.setLanguage("en"));
  EXPECT_EQ(app.notices(), english);
  EXPECT_EQ(app.lawNotice(), englishLaw);
  app.notices().clear();  // the reader dismissed them
  ASSERT_TRUE(app.setLanguage("ja"));
  EXPECT_TRUE(app.notices().empty());
  // The observed months of a scenario that is the law, in the language shown.
  app.applyPreset(app.data().presetIndex("sep2025"));
  app.refresh();
  if (app.observed().available) {
    EXPECT_NE(app.observed().label.find("\u5E74"), std::string::npos) << app.observed().label;
    ASSERT_TRUE(app.setLanguage("en"));
    EXPECT_NE(app.observed().label.find("against the same months of 2024"), std::string::npos) << app.observed().label;
  }
}

}  // namespace
}  // namespace usjp
