#include "format.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "date.h"

namespace tariff {

static std::string scaled(const char* symbol, double v, bool sign) {
  const double a = std::fabs(v);
  char buf[48];
  const char* s = v < 0 ? "-" : (sign ? "+" : "");
  // Each unit from the value that rounds to 1 of it, so that $999.96B reads $1.00T, not $1000.0B.
  if (a >= 0.99995e12)
    std::snprintf(buf, sizeof buf, "%s%s%.2fT", s, symbol, a / 1e12);
  else if (a >= 0.9995e9)
    std::snprintf(buf, sizeof buf, "%s%s%.1fB", s, symbol, a / 1e9);
  else if (a >= 0.9995e6)
    std::snprintf(buf, sizeof buf, "%s%s%.0fM", s, symbol, a / 1e6);
  else if (a >= 1e5)  // three figures, as for the units above: $813,000, not $813,157
    std::snprintf(buf, sizeof buf, "%s%s%s", s, symbol, formatCount(std::round(a / 1e3) * 1e3).c_str());
  else
    std::snprintf(buf, sizeof buf, "%s%s%s", s, symbol, formatCount(a).c_str());
  return buf;
}

std::string formatUsd(double usd) { return scaled("$", usd, false); }
std::string formatSignedUsd(double usd) { return scaled("$", usd, true); }
std::string formatYen(double yen) { return scaled("\xC2\xA5", yen, false); }

std::string formatted(const char* format, double value) {
  char buf[64];
  std::snprintf(buf, sizeof buf, format, value);
  return buf;
}

std::string formatUsdMillions(double usdM) { return formatUsd(usdM * 1e6); }
std::string formatYenBillions(double jpyBn) { return formatYen(jpyBn * 1e9); }

std::string formatPct(double pct, int decimals) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f%%", decimals, pct);
  return buf;
}

std::string formatSignedPct(double pct, int decimals) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%+.*f%%", decimals, pct);
  return buf;
}

std::string formatCount(double n) {
  char digits[32];
  std::snprintf(digits, sizeof digits, "%.0f", std::fabs(n));
  std::string out;
  const std::string d = digits;
  for (size_t i = 0; i < d.size(); ++i) {
    if (i > 0 && (d.size() - i) % 3 == 0) out += ',';
    out += d[i];
  }
  return (n < 0 && std::round(n) != 0 ? "-" : "") + out;
}

static const char* const kMonths[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

const char* monthAbbreviation(int month) { return month >= 1 && month <= 12 ? kMonths[month - 1] : ""; }

std::string formatMonth(int year, int month) { return monthAbbreviation(month) + (" " + std::to_string(year)); }

std::string formatDayLong(int day) {
  const CivilDate c = civilFromDay(day);
  return std::to_string(c.day) + " " + kMonths[c.month - 1] + " " + std::to_string(c.year);
}

std::string formatNumber(double value) {
  char buf[64];
  // Plain decimals read best in links and messages ("40", "144.17"); exponents only for extremes.
  const double magnitude = std::fabs(value);
  if (magnitude == 0 || (magnitude >= 1e-6 && magnitude < 1e15)) {
    for (int decimals = 0; decimals <= 20; ++decimals) {
      std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
      if (std::strtod(buf, nullptr) == value) return buf;
    }
  }
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*g", precision, value);
    if (std::strtod(buf, nullptr) == value) break;
  }
  return buf;
}

// Each unit from the value that rounds to 1 of it, as scaled() does: 9,999.6億円 reads 1.00兆円.
namespace {

// 兆/億/万 with `unit` (円, ドル), as the Japanese press writes amounts: counted in myriads, no
// thousands separators (7630億円), no trailing zeros (1兆円, 66億ドル), and a true minus sign.
std::string formatMyriads(double value, bool sign, const char* unit) {
  const double a = std::fabs(value);
  const char* s = value < 0 ? "\u2212" : (sign ? "+" : "");
  const auto decimals = [](double x, int places) {
    std::string text = formatted(places == 2 ? "%.2f" : "%.1f", x);
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
    return text;
  };
  const auto whole = [](double x) { return std::to_string(static_cast<long long>(std::llround(x))); };
  std::string number, myriad;
  if (a >= 9.9995e12) {
    number = decimals(a / 1e12, 1), myriad = "\u5146";  // 兆
  } else if (a >= 0.99995e12) {
    number = decimals(a / 1e12, 2), myriad = "\u5146";
  } else if (a >= 0.9995e10) {
    number = whole(a / 1e8), myriad = "\u5104";  // 億
  } else if (a >= 0.99995e8) {
    number = decimals(a / 1e8, 1), myriad = "\u5104";
  } else if (a >= 1e4) {
    number = whole(a / 1e4), myriad = "\u4E07";  // 万
  } else {
    number = whole(a);
  }
  return s + number + myriad + unit;
}

}  // namespace

std::string formatYenJa(double yen, bool sign) { return formatMyriads(yen, sign, "\u5186"); }
std::string formatUsdJa(double usd, bool sign) { return formatMyriads(usd, sign, "\u30C9\u30EB"); }

std::string formatDayJa(int day) {
  const CivilDate c = civilFromDay(day);
  return std::to_string(c.year) + "\u5E74" + std::to_string(c.month) + "\u6708" + std::to_string(c.day) + "\u65E5";
}

namespace {

// Unicode East Asian Width W and F, the ranges Japanese text uses.
bool isWide(char32_t cp) {
  return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF) ||
         (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) ||
         (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
         (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6);
}

}  // namespace

char32_t nextCodePoint(std::string_view s, size_t& i) {
  const unsigned char c = static_cast<unsigned char>(s[i++]);
  const int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
  char32_t cp = extra == 3 ? c & 0x07 : extra == 2 ? c & 0x0F : extra == 1 ? c & 0x1F : c;
  for (int k = 0; k < extra && i < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
  return cp;
}

size_t displayWidth(const std::string& utf8) {
  size_t width = 0;
  for (size_t i = 0; i < utf8.size();) width += isWide(nextCodePoint(utf8, i)) ? 2 : 1;
  return width;
}

std::string padTo(const std::string& text, size_t width, bool right) {
  const size_t has = displayWidth(text);
  if (has >= width) return text;
  const std::string spaces(width - has, ' ');
  return right ? spaces + text : text + spaces;
}

}  // namespace tariff
