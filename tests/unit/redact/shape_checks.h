#pragma once
// Shape checks shared by the redact tests.

#include <string>
#include <string_view>

namespace deskbench::testing {

// Each digit as '9', upper-case letter as 'A', lower-case letter as 'a'; other bytes unchanged.
inline std::string ShapeOf(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= '0' && c <= '9')
      c = '9';
    else if (c >= 'A' && c <= 'Z')
      c = 'A';
    else if (c >= 'a' && c <= 'z')
      c = 'a';
  }
  return out;
}

inline std::string DigitsOf(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c >= '0' && c <= '9') out.push_back(c);
  }
  return out;
}

inline std::string AlnumUpper(std::string_view s) {
  std::string out;
  for (char c : s) {
    if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) out.push_back(c);
    if (c >= 'a' && c <= 'z') out.push_back(static_cast<char>(c - 32));
  }
  return out;
}

}  // namespace deskbench::testing
