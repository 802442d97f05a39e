// The language files (data/i18n): the shipped ones load and agree; each way a translation can
// leave a reader with a gap is refused with the file, the pointer and the missing key.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "language.h"
#include "test_support.h"

namespace tariff::test {
namespace {

std::string readText(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

struct Files {
  std::string en = readText(std::string(USJP_DATA_DIR) + "/i18n/en.json");
  std::string ja = readText(std::string(USJP_DATA_DIR) + "/i18n/ja.json");
};

DataErrors refusals(const std::string& en, const std::string& ja) {
  std::vector<Language> languages;
  DataErrors errors;
  EXPECT_FALSE(parseLanguages({{"en.json", en}, {"ja.json", ja}}, shippedData(), languages, errors));
  return errors;
}

// The text with its first occurrence of `from` replaced.
std::string edited(std::string text, const std::string& from, const std::string& to) {
  const size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

TEST(Languages, ShippedFilesLoadAndNameEveryLayerSectorOfferAndPreset) {
  std::vector<Language> languages;
  DataErrors errors;
  ASSERT_TRUE(loadLanguages(USJP_DATA_DIR, shippedData(), languages, errors))
      << (errors.empty() ? "" : errors[0].message());
  const Language* ja = findLanguage(languages, "ja");
  ASSERT_NE(ja, nullptr);
  EXPECT_EQ(ja->name("layer", "s232_autos", "?"), "\u4E57\u7528\u8ECA\u30FB\u5C0F\u578B\u30C8\u30E9\u30C3\u30AF25%");
  EXPECT_EQ(ja->text("cli.short_run"), "\u77ED\u671F");
  const Language* en = findLanguage(languages, "en");
  ASSERT_NE(en, nullptr);
  EXPECT_EQ(en->name("layer", "s232_autos", "Cars and light trucks 25%"), "Cars and light trucks 25%");
  EXPECT_EQ(en->strings.size(), ja->strings.size());
}

TEST(Languages, AKeyMissingFromJapaneseIsNamed) {
  const Files f;
  const DataErrors errors = refusals(f.en, edited(f.ja, "\"cli.short_run\"", "\"cli.short_run_typo\""));
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].file, "ja.json");
  EXPECT_NE(errors[0].rule.find("\"cli.short_run\""), std::string::npos) << errors[0].rule;
  EXPECT_EQ(errors[1].file, "en.json");  // and the stray key is one English lacks
  EXPECT_NE(errors[1].rule.find("\"cli.short_run_typo\""), std::string::npos) << errors[1].rule;
}

TEST(Languages, ANameMissingOrForAnUnknownIdIsRefused) {
  const Files f;
  const DataErrors missing = refusals(f.en, edited(f.ja, "\"layer:s232_autos\"", "\"layer:s232_autoz\""));
  ASSERT_EQ(missing.size(), 2u);
  EXPECT_NE(missing[0].rule.find("\"layer:s232_autos\""), std::string::npos) << missing[0].rule;
  EXPECT_EQ(missing[1].pointer, "/names/layer:s232_autoz");
}

// A figure's reasoning is named by its English text ("method:<text>"), so that when the data's
// English changes the old translation is refused and the new text asked for: no reader is shown a
// translation of words the data no longer says.
TEST(Languages, AMethodIsNamedByItsEnglishTextAndAStaleTranslationIsRefused) {
  std::vector<Language> languages;
  DataErrors errors;
  ASSERT_TRUE(loadLanguages(USJP_DATA_DIR, shippedData(), languages, errors));
  const Language& ja = *findLanguage(languages, "ja");
  const TradeData& data = shippedData();
  const std::string& chickenTax = data.sectors[1].mfnPct.method;  // trucks
  ASSERT_EQ(chickenTax, "The 25% 'chicken tax' on trucks.");
  EXPECT_EQ(ja.name("method", chickenTax, chickenTax), "\u30C8\u30E9\u30C3\u30AF\u306B\u8AB2\u3055\u308C\u308B25%\u306E\u300C\u30C1\u30AD\u30F3\u7A0E\u300D\u3067\u3059\u3002");
  // Longer than the lookup's stack buffer.
  const std::string& cars = data.sectorDefaults[0].passThrough.method;
  ASSERT_GT(cars.size(), 200u);
  EXPECT_EQ(ja.name("method", cars, cars).rfind("\u65E5\u672C\u9280\u884C", 0), 0u);  // begins with 日本銀行

  const Files f;
  const DataErrors stale = refusals(f.en, edited(f.ja, "chicken tax' on trucks.\"", "chicken tax' on lorries.\""));
  ASSERT_EQ(stale.size(), 2u);
  EXPECT_NE(stale[0].rule.find("has no name for \"method:The 25% 'chicken tax' on trucks.\""), std::string::npos)
      << stale[0].rule;
  EXPECT_EQ(stale[1].pointer, "/names/method:The 25% 'chicken tax' on lorries.");
}

TEST(Languages, WrongCodeAndNonStringValuesAreRefused) {
  const Files f;
  DataErrors errors = refusals(f.en, edited(f.ja, "\"language\": \"ja\"", "\"language\": \"en\""));
  ASSERT_FALSE(errors.empty());
  EXPECT_EQ(errors[0].pointer, "/language");
  errors = refusals(f.en, edited(f.ja, "\"cli.long_run\": \"", "\"cli.long_run\": 7, \"x\": \""));
  ASSERT_FALSE(errors.empty());
  EXPECT_EQ(errors[0].pointer, "/strings/cli.long_run");
  errors = refusals(edited(f.en, "\"strings\"", "\"names\": {}, \"strings\""), f.ja);
  ASSERT_FALSE(errors.empty());
  EXPECT_EQ(errors[0].pointer, "/names");
}

TEST(Languages, FillInReplacesKnownPlaceholdersOnly) {
  EXPECT_EQ(fillIn("{a} and {b}, {c}", {{"a", "1"}, {"b", "{a}"}}), "1 and {a}, {c}");
  EXPECT_EQ(fillIn("{a_yen}({a_usd})", {{"a", "x"}, {"a_yen", "1\u5186"}, {"a_usd", "$1"}}), "1\u5186($1)");
  EXPECT_EQ(fillIn("{", {}), "{");
}

}  // namespace
}  // namespace tariff::test
