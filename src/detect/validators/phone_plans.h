#pragma once
// PhoneNumberUtil::IsValidNumber without ICU regular expressions, for the country codes whose
// numbers ParseDirect builds (detect/validators/phone_direct.h). The patterns are libphonenumber's
// own metadata (the copy compiled into the library, read once), compiled into one vectorscan
// database a region; the rules that combine them follow PhoneNumberUtil (region chosen by
// leading digits or by a matching type, then the general description, the number types and
// their possible lengths). Tests compare the answers with libphonenumber on many numbers.

#include <optional>
#include <string_view>

namespace deskbench {

// IsValidNumber for the national significant number `national` (digits only, as
// PhoneNumberUtil::GetNationalSignificantNumber writes it) under `country_code`; nullopt when
// the country code is not one of those compiled.
std::optional<bool> IsValidByCompiledPlan(int country_code, std::string_view national);

}  // namespace deskbench
