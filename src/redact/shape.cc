#include "redact/shape.h"

#include "core/ascii.h"

namespace deskbench::redact {

Case CaseOf(std::string_view word) {
  size_t upper = 0, lower = 0, letters = 0;
  bool first_upper = false, seen = false;
  for (char c : word) {
    if (!ascii::IsAlpha(c)) continue;
    if (!seen) first_upper = ascii::IsUpper(c);
    seen = true;
    ++letters;
    if (ascii::IsUpper(c))
      ++upper;
    else
      ++lower;
  }
  if (letters == 0) return Case::kOther;
  if (lower == 0) return letters == 1 ? Case::kTitle : Case::kUpper;
  if (upper == 0) return Case::kLower;
  if (first_upper && upper == 1) return Case::kTitle;
  return Case::kOther;
}

std::string ApplyCase(std::string_view word, Case c) {
  switch (c) {
    case Case::kLower:
      return ascii::Lower(word);
    case Case::kUpper:
      return ascii::Upper(word);
    case Case::kTitle: {
      std::string out = ascii::Lower(word);
      if (!out.empty()) out[0] = ascii::ToUpper(out[0]);
      return out;
    }
    case Case::kOther:
      break;
  }
  return std::string(word);
}

std::string PourDigits(std::string_view format, std::string_view digits) {
  std::string out(format);
  size_t next = 0;
  for (char& c : out) {
    if (ascii::IsDigit(c) && next < digits.size()) c = digits[next++];
  }
  return out;
}

std::string KeepShape(std::string_view value, Keyed& keyed, bool letters) {
  std::string out(value);
  bool first_digit = true;
  for (char& c : out) {
    if (ascii::IsDigit(c)) {
      c = first_digit && c != '0' ? keyed.DigitNonZero() : keyed.Digit();
      first_digit = false;
    } else if (letters && ascii::IsUpper(c)) {
      c = keyed.Upper();
    } else if (letters && ascii::IsLower(c)) {
      c = keyed.Lower();
    }
  }
  return out;
}

std::string NormalizeText(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  bool space = false;
  for (char c : ascii::Trim(value)) {
    if (ascii::IsSpace(c)) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(ascii::ToLower(c));
  }
  return out;
}

std::string PourAlnum(std::string_view format, std::string_view compact) {
  std::string out(format);
  size_t next = 0;
  for (char& c : out) {
    if (!ascii::IsAlnum(c) || next >= compact.size()) continue;
    char n = compact[next++];
    c = ascii::IsLower(c) ? ascii::ToLower(n) : n;
  }
  return out;
}

std::string CompactUpper(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (ascii::IsAlnum(c)) out.push_back(ascii::ToUpper(c));
  }
  return out;
}

}  // namespace deskbench::redact
