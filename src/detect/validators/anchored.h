#pragma once
// Keyword-anchored patterns. A value that looks like any other number (a bare 9-digit SSN, a
// driving licence, a record number, a date) is only a finding next to its keyword. Rather than
// matching every number and then looking around it for a keyword, the pattern starts with the
// keyword ("SSN", "passport no.", "MRN:") so vectorscan's literal search finds the few places
// worth checking, and the validator narrows the match to the value. A second, anchored pattern
// takes a segment that is only the value, for a keyword in the segment's hint (a column header).

#include <span>
#include <string>
#include <string_view>

#include "detect/recognizer.h"

namespace deskbench::validators {

// "(?:kw1|kw2)", keywords escaped byte for byte, to compile caseless.
std::string KeywordAlternation(std::span<const std::string_view> keywords);

// keyword, then up to three filler words ("no", "number", "is", "#"...) and punctuation, then the
// value: "SSN: 536221234", "Passport No. C12345678", "DL# 12345678". Digits never occur between
// keyword and value, so the value found is the first one after the keyword.
std::string KeywordThenValue(std::span<const std::string_view> keywords, std::string_view value);

// A segment holding only the value, blanks around it allowed.
std::string WholeSegment(std::string_view value);

// Narrows m to the token that ends it: letters, digits and inner dashes, back to the previous
// blank or punctuation. False when nothing is left.
bool NarrowToLastToken(std::string_view text, Match& m);

// Narrows m to its text without leading and trailing blanks.
bool TrimBlanks(std::string_view text, Match& m);

// The value after its keyword ("SSN: 536221234"), then checked like the value on its own.
template <Validator Check>
bool AfterKeyword(std::string_view text, Match& m, const Policy& policy) {
  return NarrowToLastToken(text, m) && Check(text, m, policy);
}

// A segment that is only the value, its keyword in the hint (a column header such as "SSN").
template <Validator Check>
bool WholeCell(std::string_view text, Match& m, const Policy& policy) {
  return TrimBlanks(text, m) && Check(text, m, policy);
}

}  // namespace deskbench::validators
