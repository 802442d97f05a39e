// Calendar dates as day numbers, so that "is this layer in force" is an integer comparison.
#pragma once
#include <optional>
#include <string>

namespace tariff {

// Days since 1970-01-01 in the proleptic Gregorian calendar.
using Day = int;

constexpr Day kNoEnd = 1 << 30;  // an open-ended layer

Day dayFromCivil(int year, int month, int dayOfMonth);
// Accepts exactly YYYY-MM-DD with a real calendar day; nothing else.
std::optional<Day> parseDate(const std::string& text);
std::string formatDate(Day day);

}  // namespace tariff
