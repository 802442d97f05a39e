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

}  // namespace tariff
