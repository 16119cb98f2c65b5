#include "detect/validators/document_number.h"

#include <algorithm>

#include "core/ascii.h"
#include "detect/validators/id_span.h"

namespace deskbench::validators {

bool DateOrDecimal(std::string_view s) {
  size_t groups = 1, seps = 0;
  char sep = 0;
  for (char c : s) {
    if (ascii::IsDigit(c)) continue;
    if (c != '.' && c != '/' && c != '-') return false;
    if (sep != 0 && c != sep) return false;
    sep = c;
    ++seps;
    ++groups;
  }
  if (seps == 0) return false;
  if (groups == 2) return sep == '.';
  return groups == 3 && (s.size() == 10 || s.size() == 8);
}

bool PlausibleDocumentNumber(std::string_view s) {
  size_t letters = 0;
  bool digit_in_word = false;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == ' ' || s[i] == '-') {
      if (letters >= 3 && !digit_in_word) return false;
      letters = 0;
      digit_in_word = false;
    } else if (ascii::IsDigit(s[i])) {
      digit_in_word = true;
    } else {
      ++letters;
    }
  }
  const auto digits = static_cast<size_t>(std::count_if(s.begin(), s.end(), ascii::IsDigit));
  const bool masked = s.find("XXX") != s.npos || s.find("xxx") != s.npos;
  return digits >= 3 && digits <= 20 && !AllSameDigit(s) && !masked && !DateOrDecimal(s);
}

}  // namespace deskbench::validators
