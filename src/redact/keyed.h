#pragma once
// A deterministic stream of choices drawn from HMAC(key, domain, value): the same inputs give the
// same surrogate on every run that shares the key, and nothing about the value can be recovered
// from the surrogate without the key. Each instance is local to one call, so the Replacer itself
// stays free of mutable state.

#include <cstdint>
#include <string>
#include <string_view>

#include "core/hash.h"

namespace deskbench::redact {

class Keyed {
 public:
  Keyed(std::string_view key, std::string_view domain, std::string_view value);

  // Uniform enough in [0, n) for surrogates (32 bits per draw; the bias is below 2^-20).
  uint32_t Below(uint32_t n);
  char Digit() { return static_cast<char>('0' + Below(10)); }
  char DigitNonZero() { return static_cast<char>('1' + Below(9)); }
  char Upper() { return static_cast<char>('A' + Below(26)); }
  char Lower() { return static_cast<char>('a' + Below(26)); }
  char From(std::string_view alphabet) { return alphabet[Below(alphabet.size())]; }
  template <typename List>
  auto Pick(const List& list) -> decltype(list[0]) {
    return list[Below(static_cast<uint32_t>(list.size()))];
  }
  // n lowercase hex digits.
  std::string Hex(size_t n);
  // n decimal digits.
  std::string Digits(size_t n);

 private:
  void Refill();

  std::string_view key_;
  std::string message_;
  Digest block_{};
  size_t used_ = sizeof(Digest);
  uint32_t counter_ = 0;
};

// The first 8 hex digits of HMAC(key, type, value): the kHash operator and short tokens.
std::string KeyedToken(std::string_view key, std::string_view domain, std::string_view value,
                       size_t hex_digits = 8);

}  // namespace deskbench::redact
