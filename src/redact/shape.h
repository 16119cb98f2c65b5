#pragma once
// Helpers that keep a value's shape: where its digits and letters sit, its separators, its case.

#include <string>
#include <string_view>

#include "redact/keyed.h"

namespace deskbench::redact {

enum class Case { kLower, kUpper, kTitle, kOther };

// The case pattern of a word, judged on its ASCII letters ("McDonald" is kOther).
Case CaseOf(std::string_view word);
// Renders a word written in title case in the given case (kOther leaves it as it is).
std::string ApplyCase(std::string_view word, Case c);

// Writes `digits` into the digit positions of `format`, keeping everything else
// ("(555) 123-4567", "5550100199" -> "(555) 010-0199"). The counts must match.
std::string PourDigits(std::string_view format, std::string_view digits);

// Every ASCII digit becomes a keyed digit and, when `letters`, every ASCII letter a keyed letter of
// the same case; separators and other bytes stay. The first digit stays non-zero when it was.
std::string KeepShape(std::string_view value, Keyed& keyed, bool letters = true);

// ASCII case-folded, whitespace runs collapsed to one space, trimmed: the key for text values.
std::string NormalizeText(std::string_view value);

// Writes `compact` (letters and digits) into the letter and digit positions of `format`; a letter
// that replaces a lower-case letter is written in lower case. The counts must match.
std::string PourAlnum(std::string_view format, std::string_view compact);
// The first of up to 16 draws of make() that differs from `original` (the last one otherwise):
// a keyed draw can, rarely, give the value back.
template <typename Make>
std::string Distinct(std::string_view original, Make make) {
  std::string fake;
  for (int attempt = 0; attempt < 16; ++attempt) {
    fake = make();
    if (fake != original) break;
  }
  return fake;
}

// Only the ASCII letters and digits, upper-cased ("gb29 nwbk" -> "GB29NWBK").
std::string CompactUpper(std::string_view s);

}  // namespace deskbench::redact
