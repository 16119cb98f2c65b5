#pragma once
// Locale-free ASCII helpers for hot paths (std::tolower and friends consult the locale).

#include <cstring>
#include <string>
#include <string_view>

namespace deskbench::ascii {

constexpr bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}
constexpr bool IsUpper(char c) {
  return c >= 'A' && c <= 'Z';
}
constexpr bool IsLower(char c) {
  return c >= 'a' && c <= 'z';
}
constexpr bool IsAlpha(char c) {
  return IsUpper(c) || IsLower(c);
}
constexpr bool IsAlnum(char c) {
  return IsAlpha(c) || IsDigit(c);
}
constexpr bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
// The value of a hexadecimal digit, either case; -1 for any other byte.
constexpr int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
constexpr char ToLower(char c) {
  return IsUpper(c) ? static_cast<char>(c + 32) : c;
}
constexpr char ToUpper(char c) {
  return IsLower(c) ? static_cast<char>(c - 32) : c;
}
// A byte that can be part of a word: ASCII letters and digits, and any non-ASCII byte (letters of
// other scripts are UTF-8 multi-byte sequences).
constexpr bool IsWordByte(char c) {
  return IsAlnum(c) || static_cast<unsigned char>(c) >= 0x80;
}
// A byte that can be part of a word of letters: ASCII letters and any non-ASCII byte (é, ß, ñ).
constexpr bool IsLetterByte(char c) {
  return IsAlpha(c) || static_cast<unsigned char>(c) >= 0x80;
}

inline std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ToLower(c);
  return out;
}

inline std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ToUpper(c);
  return out;
}

inline bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (ToLower(a[i]) != ToLower(b[i])) return false;
  }
  return true;
}

// True when s contains lower_word ignoring the case of s (lower_word is given in lower case):
// what Lower(s).find(lower_word) says, without building the lower-case copy.
inline bool ContainsIgnoreCase(std::string_view s, std::string_view lower_word) {
  if (lower_word.empty()) return true;
  if (s.size() < lower_word.size()) return false;
  for (size_t i = 0; i + lower_word.size() <= s.size(); ++i) {
    if (ToLower(s[i]) != lower_word[0]) continue;
    size_t k = 1;
    while (k < lower_word.size() && ToLower(s[i + k]) == lower_word[k]) ++k;
    if (k == lower_word.size()) return true;
  }
  return false;
}

// How many '\n' s holds. memchr from one to the next: std::count went byte by byte (not
// vectorised at -O2), several instructions a byte on every text scanned.
inline size_t CountNewlines(std::string_view s) {
  size_t n = 0;
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end && (p = static_cast<const char*>(std::memchr(p, '\n', end - p))) != nullptr) {
    ++n;
    ++p;
  }
  return n;
}

// The byte at i, or NUL past the end: lets a validator look ahead without a bounds check each.
inline char ByteAt(std::string_view text, size_t i) {
  return i < text.size() ? text[i] : '\0';
}

inline std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

// True when s is one or more ASCII digits and nothing else.
inline bool AllDigits(std::string_view s) {
  for (char c : s) {
    if (!IsDigit(c)) return false;
  }
  return !s.empty();
}

// Only the digits of s ("123-45-6789" -> "123456789").
inline std::string Digits(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (IsDigit(c)) out.push_back(c);
  }
  return out;
}

}  // namespace deskbench::ascii
