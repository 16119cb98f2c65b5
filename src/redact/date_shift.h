#pragma once
// Date shifting for dates of birth: every date in a run moves by the same keyed number of days, so
// ages and intervals between people stay roughly true while the real dates are gone. The date is
// printed back in the format it came in ("1980-01-31", "31/01/1980", "Jan. 31, 1980", "31st
// January 1980").

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace deskbench::redact {

// The run's shift: keyed by HMAC(key, "date-shift"), in [-365, 365], never 0.
int DateShiftDays(std::string_view key);

// `text` shifted by `days` in its own format, or nullopt when it is not a date this understands.
std::optional<std::string> ShiftDate(std::string_view text, int days);

// Days since 1970-01-01 of a proleptic Gregorian date, and back.
int64_t DaysFromCivil(int64_t year, int month, int day);
void CivilFromDays(int64_t days, int64_t& year, int& month, int& day);

}  // namespace deskbench::redact
