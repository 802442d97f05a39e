#include "languages.h"

#include "embedded.h"
#include "theme.h"
#include "words.h"

namespace usjp {
namespace {

std::string g_japaneseFont;  // the atlas reads the glyphs from these bytes while it is built

// Every character a Japanese reader may see from the words: the atlas rasterises these glyphs.
std::string allWords(const tariff::Language& language) {
  std::string text;
  for (const auto& entry : language.strings) text += entry.second;
  for (const auto& entry : language.names) text += entry.second;
  return text;
}

}  // namespace

std::vector<std::string> addEnglish(App& app) {
  tariff::Language english;
  english.code = "en";
  for (int i = 0; i < kEnglishWordsCount; ++i)
    english.strings.emplace_hint(english.strings.end(), kEnglishWords[i].key, kEnglishWords[i].text);
  return app.addLanguage(std::move(english), "data/i18n/en.json");
}

std::vector<std::string> addJapanese(App& app, const std::string& words, std::string font) {
  std::vector<std::string> problems = app.addLanguage("ja", "data/i18n/ja.json", words);
  if (problems.empty() && font.size() < 1024) problems.push_back("lang-ja.js: the Japanese font is missing or cut short");
  if (problems.empty()) g_japaneseFont = std::move(font);
  return problems;
}

bool switchLanguage(App& app, const std::string& code) {
  if (!app.setLanguage(code)) return false;
  if (code == "ja")
    theme::useJapaneseFont(reinterpret_cast<const unsigned char*>(g_japaneseFont.data()), g_japaneseFont.size(),
                           allWords(language()));
  else
    theme::useJapaneseFont(nullptr, 0, {});
  return true;
}

}  // namespace usjp
