#pragma once
// Postal address parts: UK postcodes, US ZIP codes, and how complete a matched street address is.

#include <string_view>

namespace deskbench::validators {

// A UK postcode in one of the Royal Mail shapes (A9 9AA, A99 9AA, AA9 9AA, AA99 9AA, A9A 9AA,
// AA9A 9AA, and GIR 0AA), upper case, with or without the space.
bool UkPostcodeValid(std::string_view s);

// Two-letter USPS code of a state, DC or a territory.
bool IsUsStateCode(std::string_view s);

// Where the address whose street-type word ("Street", "Ave") begins at `type_begin` starts: back
// over one to three street-name words (capitalised, or an ordinal such as "5th"; a direction
// such as "W." counts as one) to the house number ("12", "221B", "10-12"). npos when no house
// number is there.
size_t StreetAddressStart(std::string_view text, size_t type_begin);

// Past a comma, a line break and the blanks around it ("Main Street,\n  Springfield"), or npos
// when no line break is there: an address block writes its town and code under the street.
size_t SkipLineBreak(std::string_view text, size_t i);

// Where an address that ends (after its street type) at `end` really ends: past a unit ("Apt
// 3B", "Suite 300", "#12"), then past a US "City, ST 12345-6789", a UK "Town, County POSTCODE" or
// a postal code before its town ("10115 Berlin", "01310-200 São Paulo") when one follows.
// Returns `end` when nothing follows.
size_t ExtendStreetAddress(std::string_view text, size_t end);

// How sure a matched street address is, from what follows the street: a ZIP code, a state code
// or a postcode at the end make it near certain; a unit (Apt, Suite, #) likelier; a house number
// and street alone stay modest.
float StreetAddressScore(std::string_view address);

// True when the address starting at `begin` is rather a copyright line: its house number is a
// year or a range of years ("1991-1998 Thomas G. Lane") and a copyright notice ("Copyright",
// "(c)", "©") comes before it on the same line.
bool IsCopyrightYears(std::string_view text, size_t begin);

// True when the address's house number is a range of years ("1991-1998"): a building's range
// of numbers seldom reads so, the years of a copyright line ("1991-1998 Thomas G. Lane" under
// a "Copyright:" field) often do.
bool StartsWithYearRange(std::string_view address);

}  // namespace deskbench::validators
