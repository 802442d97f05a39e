// Calendar dates as day numbers, so that "is this layer in force" is an integer comparison.
#pragma once
#include <optional>
#include <string>

namespace tariff {

// Days since 1970-01-01 in the proleptic Gregorian calendar.
using Day = int;

constexpr Day kNoEnd = 1 << 30;  // an open-ended layer

Day dayFromCivil(int year, int month, int dayOfMonth);

struct CivilDate {
  int year = 0, month = 0, day = 0;
};
CivilDate civilFromDay(Day day);
// The first day of a month, and of the month after it.
Day firstOfMonth(int year, int month);
Day firstOfNextMonth(int year, int month);
// Accepts exactly YYYY-MM-DD with a real calendar day; nothing else.
std::optional<Day> parseDate(const std::string& text);
std::string formatDate(Day day);

}  // namespace tariff
