// Table tests for what a reader reads: money, percentages, counts, dates; and for the date parser
// every data file and link goes through.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "date.h"
#include "format.h"

namespace tariff::test {
namespace {

struct Case {
  double value;
  const char* text;
};

TEST(Format, Dollars) {
  const Case cases[] = {
      {0, "$0"},
      {29400, "$29,400"},
      {99999.4, "$99,999"},
      {813157, "$813,000"},
      {999.4e3, "$999,000"},
      {999.6e3, "$1M"},
      {850e6, "$850M"},
      {999.4e6, "$999M"},
      {999.6e6, "$1.0B"},
      {68.54e9, "$68.5B"},
      {999.94e9, "$999.9B"},
      {999.96e9, "$1.00T"},
      {1.234e12, "$1.23T"},
      {-6.9e9, "-$6.9B"},
  };
  for (const Case& c : cases) EXPECT_EQ(formatUsd(c.value), c.text) << c.value;
}

TEST(Format, SignedDollarsAndYen) {
  EXPECT_EQ(formatSignedUsd(1.2e9), "+$1.2B");
  EXPECT_EQ(formatSignedUsd(-6.9e9), "-$6.9B");
  EXPECT_EQ(formatSignedUsd(0), "+$0");
  EXPECT_EQ(formatYen(1e12),
            "\xC2\xA5"
            "1.00T");
  EXPECT_EQ(formatYen(543e9),
            "\xC2\xA5"
            "543.0B");
  EXPECT_EQ(formatUsdMillions(148199.6), "$148.2B");  // data/ stores dollar millions ...
  EXPECT_EQ(formatYenBillions(80000),
            "\xC2\xA5"
            "80.00T");  // ... and yen billions
}

TEST(Format, YenAsTheJapanesePressWritesIt) {
  const Case cases[] = {
      {0, "0\u5186"},
      {9999, "9999\u5186"},  // no thousands separators in Japanese amounts
      {4.2e6, "420\u4E07\u5186"},
      {1.234e9, "12.3\u5104\u5186"},
      {9.99e9, "99.9\u5104\u5186"},
      {3.0e9, "30\u5104\u5186"},  // no trailing zeros
      {2.3456e11, "2346\u5104\u5186"},
      {9.9994e11, "9999\u5104\u5186"},
      {9.9996e11, "1\u5146\u5186"},  // a unit from the value that rounds to 1 of it
      {2.1e12, "2.1\u5146\u5186"},
      {7.26e12, "7.26\u5146\u5186"},
      {1.0378e13, "10.4\u5146\u5186"},
      {-3.18e12, "\u22123.18\u5146\u5186"},  // a true minus sign
  };
  for (const Case& c : cases) EXPECT_EQ(formatYenJa(c.value), c.text) << c.value;
  EXPECT_EQ(formatUsdJa(4.75e10), "475\u5104\u30C9\u30EB");  // 475億ドル
  EXPECT_EQ(formatYenJa(2.43e12, true), "+2.43\u5146\u5186");
  EXPECT_EQ(formatDayJa(dayFromCivil(2026, 11, 30)), "2026\u5E7411\u670830\u65E5");
}

TEST(Format, ColumnsCountWideCharactersTwice) {
  EXPECT_EQ(displayWidth("Cars 25%"), 8u);
  EXPECT_EQ(displayWidth("\u4E57\u7528\u8ECA"), 6u);            // kanji
  EXPECT_EQ(displayWidth("\u30C8\u30E9\u30C3\u30AF25%"), 11u);  // katakana and ASCII
  EXPECT_EQ(displayWidth("\uFF08$1\uFF09"), 6u);                // full-width parentheses
  EXPECT_EQ(padTo("\u9285", 5), "\u9285   ");
  EXPECT_EQ(padTo("$1", 4, true), "  $1");
  EXPECT_EQ(padTo("longer", 2), "longer");
}

TEST(Format, Percentages) {
  const struct {
    double pct;
    int decimals;
    const char* plain;
    const char* signedText;
  } cases[] = {
      {15, 1, "15.0%", "+15.0%"}, {12.345, 2, "12.35%", "+12.35%"}, {-4.25, 1, "-4.2%", "-4.2%"},
      {0, 0, "0%", "+0%"},        {27.5, 0, "28%", "+28%"},         {100, 1, "100.0%", "+100.0%"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(formatPct(c.pct, c.decimals), c.plain) << c.pct;
    EXPECT_EQ(formatSignedPct(c.pct, c.decimals), c.signedText) << c.pct;
  }
}

TEST(Format, Counts) {
  const Case cases[] = {
      {0, "0"}, {7, "7"}, {999, "999"}, {1000, "1,000"}, {1388330, "1,388,330"}, {-12345.6, "-12,346"}, {-0.4, "0"}};
  for (const Case& c : cases) EXPECT_EQ(formatCount(c.value), c.text) << c.value;
}

TEST(Format, NumbersReadBackExactly) {
  const Case cases[] = {{40, "40"}, {144.17, "144.17"}, {0.1, "0.1"}, {-2.5, "-2.5"}, {0, "0"}, {1e20, "1e+20"}};
  for (const Case& c : cases) EXPECT_EQ(formatNumber(c.value), c.text) << c.value;
  for (double v : {1.0 / 3, 2e-7, 123456.789, -9.87654321e-3, 6.02e23, std::numeric_limits<double>::denorm_min()})
    EXPECT_EQ(std::strtod(formatNumber(v).c_str(), nullptr), v) << formatNumber(v);
}

TEST(Format, MonthsAndDays) {
  EXPECT_EQ(formatMonth(2026, 11), "Nov 2026");
  EXPECT_EQ(formatMonth(2025, 1), "Jan 2025");
  EXPECT_EQ(formatMonth(2025, 13), " 2025");  // never out of the table
  EXPECT_STREQ(monthAbbreviation(12), "Dec");
  EXPECT_STREQ(monthAbbreviation(0), "");
  EXPECT_EQ(formatDayLong(*parseDate("2026-11-30")), "30 Nov 2026");
  EXPECT_EQ(formatDayLong(*parseDate("2024-02-29")), "29 Feb 2024");
}

TEST(Dates, ParseAcceptsExactlyRealCalendarDays) {
  const struct {
    const char* text;
    bool ok;
  } cases[] = {
      {"2025-04-05", true},   {"2024-02-29", true},  {"2000-02-29", true},      {"1900-01-01", true},
      {"2200-12-31", true},   {"2025-02-29", false}, {"1900-02-29", false},     {"2025-04-31", false},
      {"2025-13-01", false},  {"2025-00-10", false}, {"2025-01-00", false},     {"1899-12-31", false},
      {"2201-01-01", false},  {"2025-4-05", false},  {"2025/04/05", false},     {"2025-04-05 ", false},
      {" 2025-04-05", false}, {"", false},           {"２０２５-04-05", false}, {"+025-04-05", false},
      {"2025-04-0a", false},  {"20250405", false},
  };
  for (const auto& c : cases) EXPECT_EQ(parseDate(c.text).has_value(), c.ok) << '"' << c.text << '"';
}

TEST(Dates, CivilDaysRoundTripAndMonthStarts) {
  EXPECT_EQ(dayFromCivil(1970, 1, 1), 0);
  EXPECT_EQ(*parseDate("2025-04-05") - *parseDate("2025-04-04"), 1);
  for (Day d = dayFromCivil(1990, 1, 1); d <= dayFromCivil(2100, 12, 31); d += 7) {
    const CivilDate c = civilFromDay(d);
    ASSERT_EQ(dayFromCivil(c.year, c.month, c.day), d);
    ASSERT_EQ(parseDate(formatDate(d)), d);
  }
  EXPECT_EQ(formatDate(firstOfMonth(2026, 2)), "2026-02-01");
  EXPECT_EQ(formatDate(firstOfNextMonth(2026, 12)), "2027-01-01");
  EXPECT_EQ(firstOfNextMonth(2024, 2) - firstOfMonth(2024, 2), 29);
  EXPECT_EQ(firstOfNextMonth(2025, 2) - firstOfMonth(2025, 2), 28);
}

}  // namespace
}  // namespace tariff::test
