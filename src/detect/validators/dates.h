#pragma once
// Reading calendar dates as people write them, to tell a date of birth from a date-shaped number.

#include <string_view>

namespace deskbench::validators {

struct Ymd {
  int year = 0;
  int month = 0;
  int day = 0;
};

bool IsCalendarDate(int year, int month, int day);

// 1 for "jan", "January", "Sept."...; 0 when word names no month. ASCII case is ignored.
int MonthFromName(std::string_view word);

// True when s is a date that could be someone's birth date, on or before `today` and not before
// 1900. Understood: ISO "1980-01-31", numeric "01/31/1980", "31/01/1980", "31.01.80" (either
// order is accepted when it gives a real date), and month names "31 Jan 1980", "January 31st,
// 1980", "31-Jan-1980". Two-digit years are read as the latest year not after `today`.
bool PlausibleBirthDate(std::string_view s, Ymd today);

// Today's date in UTC.
Ymd Today();

}  // namespace deskbench::validators
