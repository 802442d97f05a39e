#include "words.h"

#include <vector>

#include "date.h"
#include "format.h"

namespace usjp {
namespace {

const tariff::Language kNoWords{"en", {}, {}};
const tariff::Language* g_language = &kNoWords;
double g_yenPerUsd = 150;

}  // namespace

void useLanguage(const tariff::Language* language) { g_language = language ? language : &kNoWords; }
const tariff::Language& language() { return *g_language; }
bool japanese() { return g_language->code == "ja"; }

const char* tr(const char* key) {
  const auto it = g_language->strings.find(std::string_view(key));
  return it == g_language->strings.end() ? key : it->second.c_str();
}

std::string trf(const char* key, std::initializer_list<std::pair<const char*, std::string>> values) {
  std::vector<std::pair<std::string, std::string>> named;
  named.reserve(values.size());
  for (const auto& [name, value] : values) named.emplace_back(name, value);
  return tariff::fillIn(tr(key), named);
}

const std::string& nameOf(std::string_view kind, const std::string& id, const std::string& english) {
  return g_language->name(kind, id, english);
}

void useYenPerUsd(double yenPerUsd) { g_yenPerUsd = yenPerUsd; }
double shownPerUsd() { return japanese() ? g_yenPerUsd : 1; }

std::string money(double usd, bool sign, bool compact) {
  return tariff::formatMoney(*g_language, usd, g_yenPerUsd, sign, compact);
}

std::string dollars(double usd, bool sign) { return tariff::formatDollars(*g_language, usd, sign); }

std::string dayText(int day) { return tariff::formatDay(*g_language, day); }
std::string signedPct(double pct, int decimals) { return tariff::formatSignedPct(*g_language, pct, decimals); }
std::string dataDateText(const std::string& iso) { return tariff::formatDataDate(*g_language, iso); }

}  // namespace usjp
