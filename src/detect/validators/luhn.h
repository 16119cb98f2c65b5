#pragma once
// The Luhn (mod 10) check digit used by payment cards (ISO/IEC 7812) and by Canada's SIN.

#include <string_view>

namespace deskbench {

// True when `digits` (ASCII digits only, at least two) ends in a correct Luhn check digit.
// Any non-digit byte makes it false.
inline bool LuhnValid(std::string_view digits) {
  if (digits.size() < 2) return false;
  int sum = 0;
  bool twice = false;
  for (size_t i = digits.size(); i-- > 0;) {
    char c = digits[i];
    if (c < '0' || c > '9') return false;
    int d = c - '0';
    if (twice) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    twice = !twice;
  }
  return sum % 10 == 0;
}

}  // namespace deskbench
