// The words the UI shows, in the reader's language: every label, heading, tooltip and notice is
// asked for by key from data/i18n/<code>.json (core Language), never written in a panel. English
// is always there; another language once its file has arrived (App::addLanguage).
// Money follows the language too: dollars in English; in Japanese yen first, dollars beside.
#pragma once
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include "language.h"

namespace usjp {

// The language the UI draws in from the next call on (App::setLanguage calls it).
void useLanguage(const tariff::Language* language);
const tariff::Language& language();
bool japanese();

// The words for `key` (a literal), valid until the language changes.
const char* tr(const char* key);
// The words for `key` with each {name} replaced by its value.
std::string trf(const char* key, std::initializer_list<std::pair<const char*, std::string>> values);
// A layer's, sector's, offer's or preset's name (kind "layer", "sector", ...) in the reader's
// language: the data file's own English words unless the language file names it.
const std::string& nameOf(std::string_view kind, const std::string& id, const std::string& english);

// The rate money is shown at in yen (the evaluated scenario's assumption); App::refresh sets it.
void useYenPerUsd(double yenPerUsd);
// What a dollar shows as in the reader's currency: the yen rate in Japanese, 1 in English.
double shownPerUsd();
// $47.5B in English; 7.1兆円（475億ドル） in Japanese. `compact`: yen alone in Japanese (charts, tables).
std::string money(double usd, bool sign = false, bool compact = false);
// Dollars alone, as the language writes them: $47.5B / 475億ドル.
std::string dollars(double usd, bool sign = false);
// A day as the language writes dates: 2025-09-16 / 2025年9月16日.
std::string dayText(int day);
// +2.3% / −30.1% (the minus as the language writes it).
std::string signedPct(double pct, int decimals = 1);
// A data file's date (an as_of, a source's date): 2025-02 / 2025年2月.
std::string dataDateText(const std::string& iso);

}  // namespace usjp
