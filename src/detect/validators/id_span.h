#pragma once
// Helpers for validating an identifier candidate inside its text: does it stand alone (not a
// piece of a longer number, a phone number or a decimal), and what are its characters without
// the spaces and dashes people group them with.

#include <cstddef>
#include <initializer_list>
#include <string_view>

#include "core/ascii.h"

namespace deskbench::validators {

inline bool IsGroupSeparator(char c) {
  return c == ' ' || c == '-' || c == '.' || c == '/';
}

// The letters (upper-cased) and digits of an identifier, its group separators dropped. Empty when
// s holds any other byte or is too long to be an identifier.
class CompactId {
 public:
  explicit CompactId(std::string_view s) {
    for (char c : s) {
      if (IsGroupSeparator(c)) {
        separators_ = true;
        continue;
      }
      if (!ascii::IsAlnum(c) || len_ == sizeof(buf_)) {
        len_ = 0;
        return;
      }
      buf_[len_++] = ascii::ToUpper(c);
    }
  }
  std::string_view view() const { return {buf_, len_}; }
  bool separated() const { return separators_; }

 private:
  char buf_[32];
  size_t len_ = 0;
  bool separators_ = false;
};

// True when text[begin, end) is not glued to more of a number: no word byte either side, no
// "1-" / "-1" / ".5" continuation, and, when the candidate itself is spaced, no neighbouring
// digit group either ("+1 555 123 4567" holds no 3-3-4 NHS number).
inline bool StandaloneAt(std::string_view text, size_t begin, size_t end, bool spaced) {
  if (begin > end || end > text.size()) return false;
  if (begin > 0) {
    char b = text[begin - 1];
    if (ascii::IsWordByte(b) || b == '+' || b == '_') return false;
    if (begin > 1 && ascii::IsDigit(text[begin - 2]) &&
        (b == '-' || b == '.' || b == '/' || (spaced && b == ' '))) {
      return false;
    }
  }
  if (end < text.size()) {
    char a = text[end];
    if (ascii::IsWordByte(a) || a == '_') return false;
    if (end + 1 < text.size() && ascii::IsDigit(text[end + 1]) &&
        (a == '-' || a == '.' || a == '/' || (spaced && a == ' '))) {
      return false;
    }
  }
  return true;
}

// True when every separator in s is the same byte, so "123 456-7890" is not taken for a grouping.
inline bool ConsistentSeparators(std::string_view s) {
  char sep = 0;
  for (char c : s) {
    if (!IsGroupSeparator(c)) continue;
    if (sep == 0) sep = c;
    if (c != sep) return false;
  }
  return true;
}

// True when s is either only digits, as many as the groups add up to, or exactly those digit
// groups joined by one and the same separator: Grouped("123-45-6789", {3, 2, 4}).
inline bool Grouped(std::string_view s, std::initializer_list<size_t> groups) {
  size_t total = 0;
  for (size_t g : groups) total += g;
  if (s.size() == total) {
    for (char c : s) {
      if (!ascii::IsDigit(c)) return false;
    }
    return true;
  }
  if (s.size() != total + groups.size() - 1) return false;
  char sep = 0;
  size_t at = 0;
  for (size_t g : groups) {
    if (at > 0) {
      if (!IsGroupSeparator(s[at]) || (sep != 0 && s[at] != sep)) return false;
      sep = s[at++];
    }
    for (size_t i = 0; i < g; ++i, ++at) {
      if (!ascii::IsDigit(s[at])) return false;
    }
  }
  return true;
}

// "000000000", "111-11-1111": placeholders, never issued.
inline bool AllSameDigit(std::string_view s) {
  char first = 0;
  for (char c : s) {
    if (!ascii::IsDigit(c)) continue;
    if (first == 0) first = c;
    if (c != first) return false;
  }
  return true;
}

}  // namespace deskbench::validators
