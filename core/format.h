// Numbers as a reader sees them ("$68.5B", "-4.2%", "¥1.00T"), shared by every front end.
#pragma once
#include <string>
#include <string_view>

namespace tariff {

std::string formatUsd(double usd);        // $68.5B, $850M, $29,400
std::string formatSignedUsd(double usd);  // +$1.2B, -$6.9B
std::string formatYen(double yen);        // ¥1.00T, ¥543B
// Figures as stored in data/ (US dollar millions, yen billions).
std::string formatUsdMillions(double usdM);
std::string formatYenBillions(double jpyBn);
std::string formatPct(double pct, int decimals = 1);
std::string formatSignedPct(double pct, int decimals = 1);
std::string formatCount(double n);                        // 1,388,330
std::string formatted(const char* format, double value);  // one number through a printf format
// The shortest plain text that reads back as the same double ("40", "144.17"): links and messages.
std::string formatNumber(double value);
std::string formatDayLong(int day);            // 30 Nov 2026, from a day number (core/date.h)
std::string formatMonth(int year, int month);  // Nov 2026
const char* monthAbbreviation(int month);      // Nov (1..12; anything else gives "")

// Japanese, as the trade press writes it: 10.4兆円, 2,345億円, 12.3億円, 850万円; dates 2026年11月30日.
std::string formatYenJa(double yen, bool sign = false);
std::string formatUsdJa(double usd, bool sign = false);  // 475億ドル, +12億ドル
std::string formatDayJa(int day);
// The UTF-8 code point that starts at byte `i`, with `i` moved past it; a broken sequence ends at
// the text's end rather than reading beyond it.
char32_t nextCodePoint(std::string_view utf8, size_t& i);
// Columns a terminal gives the text: East Asian wide characters (kanji, kana, full-width forms)
// take two, other characters one. For aligning tables that mix Japanese and ASCII.
size_t displayWidth(const std::string& utf8);
// `text` padded with spaces to `width` columns (left-aligned, or right-aligned when `right`).
std::string padTo(const std::string& text, size_t width, bool right = false);

}  // namespace tariff
