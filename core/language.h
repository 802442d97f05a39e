// The calculator's words in each language, from data/i18n/<code>.json: its own strings by key
// (every language has the same keys) and, for languages other than English, the names of the
// data set's layers, sectors, offers and presets, and the presets' descriptions, by id (English
// ones live in their data files).
// Loading checks what a reader would otherwise find as a gap: a key one language lacks, a name
// missing for an id the data has, or a name for an id it does not.
#pragma once
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "data_error.h"
#include "model.h"

namespace tariff {

struct Language {
  std::string code;                            // "en", "ja"
  // std::less<> looks keys up by string_view: the UI asks by literal every frame, unallocated.
  std::map<std::string, std::string, std::less<>> strings;  // "cli.deficit" -> the words
  std::map<std::string, std::string, std::less<>> names;    // "layer:s232_autos" -> the name; empty for English

  // The words for `key`; the key itself if it is missing (the loader has refused such a file).
  std::string_view text(std::string_view key) const;
  // An entity's name in this language, or `english` (the data file's own name) when there is none.
  const std::string& name(std::string_view kind, const std::string& id, const std::string& english) const;
};

constexpr const char* kLanguageCodes[] = {"en", "ja"};

// Reads data/i18n/<code>.json for every code in kLanguageCodes and checks them against each other
// and against `data`; on any problem returns false with each one as file: pointer: rule.
bool loadLanguages(const std::string& dataDir, const TradeData& data, std::vector<Language>& out, DataErrors& errors);
// The same checks on texts already read (tests, and the browser's embedded copies).
bool parseLanguages(const std::vector<std::pair<std::string, std::string>>& files, const TradeData& data,
                    std::vector<Language>& out, DataErrors& errors);
// One file alone (a language that arrives later, as in the browser), and the checks of another
// language against English: the same keys both ways, and a name for every id the data has.
bool parseLanguage(const std::string& file, const std::string& text, const std::string& code, Language& out,
                   DataErrors& errors);
bool checkLanguage(const Language& english, const std::string& englishFile, const Language& other,
                   const std::string& otherFile, const TradeData& data, DataErrors& errors);
bool isLanguageCode(const std::string& code);
const Language* findLanguage(const std::vector<Language>& languages, const std::string& code);

// "{name}" in `pattern` replaced by the value given for it; an unknown placeholder stays as it is.
std::string fillIn(const std::string& pattern, const std::vector<std::pair<std::string, std::string>>& values);

// Dates and money as the language writes them, for text core builds (notices, the static graphic,
// link notices). A day: 2025-09-16, or 16 Sep 2025 when `longForm`; in Japanese 2025年9月16日.
std::string formatDay(const Language& lang, Day day, bool longForm = false);
// A month: Sep 2025 / 2025年9月.
std::string formatMonth(const Language& lang, int year, int month);
// Dollars alone as the language writes them: $47.5B / 475億ドル (+ when `sign`).
std::string formatDollars(const Language& lang, double usd, bool sign = false);
// A signed percentage, +2.3% / -30.1%; in Japanese with the true minus sign its amounts have
// (−30.1%), so that a line such as −3.12兆円（−30.1%） has one minus.
std::string formatSignedPct(const Language& lang, double pct, int decimals = 1);
// A data file's date ("2024", "2025-02", "2025-05-27": its as_of and source dates) as written in
// English, and 2024年, 2025年2月, 2025年5月27日 in Japanese; any other text as it is.
std::string formatDataDate(const Language& lang, const std::string& iso);
// Dollars in English ($47.5B, +$1.2B when `sign`); in Japanese yen first at `yenPerUsd` with the
// dollars beside, 7.1兆円（475億ドル）, or the yen alone when `compact` (bar labels, table cells).
std::string formatMoney(const Language& lang, double usd, double yenPerUsd, bool sign = false, bool compact = false);

// formatMoney at one rate, with the placeholders a template fills: {name} as formatMoney writes it,
// and {name_yen} and {name_usd} for a Japanese template that places the yen and the dollars apart.
struct Money {
  const Language& lang;
  double yenPerUsd;
  using Values = std::vector<std::pair<std::string, std::string>>;
  bool japanese() const { return lang.code == "ja"; }
  std::string operator()(double usd, bool sign = false) const { return formatMoney(lang, usd, yenPerUsd, sign); }
  std::string column(double usd, bool sign = false) const { return formatMoney(lang, usd, yenPerUsd, sign, true); }
  void add(Values& values, const std::string& name, double usd, bool sign = false) const;
  Values values(std::initializer_list<std::pair<const char*, double>> amounts, bool sign = false) const;
};

}  // namespace tariff
