#include "redact/keyed.h"

#include <cstring>

namespace deskbench::redact {

namespace {
// The unit separator keeps ("ab", "c") and ("a", "bc") apart.
std::string Message(std::string_view domain, std::string_view value) {
  std::string m;
  m.reserve(domain.size() + value.size() + 1);
  m.append(domain);
  m.push_back('\x1f');
  m.append(value);
  return m;
}
}  // namespace

Keyed::Keyed(std::string_view key, std::string_view domain, std::string_view value)
    : key_(key), message_(Message(domain, value)) {}

void Keyed::Refill() {
  std::string m = message_;
  m.push_back('\x1f');
  for (int i = 0; i < 4; ++i) m.push_back(static_cast<char>((counter_ >> (8 * i)) & 0xff));
  ++counter_;
  block_ = HmacSha256(key_, m);
  used_ = 0;
}

uint32_t Keyed::Below(uint32_t n) {
  if (n <= 1) return 0;
  if (used_ + 4 > block_.size()) Refill();
  uint32_t v;
  std::memcpy(&v, block_.data() + used_, sizeof v);
  used_ += 4;
  return v % n;
}

std::string Keyed::Hex(size_t n) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(n);
  for (size_t i = 0; i < n; ++i) out.push_back(kHex[Below(16)]);
  return out;
}

std::string Keyed::Digits(size_t n) {
  std::string out;
  out.reserve(n);
  for (size_t i = 0; i < n; ++i) out.push_back(Digit());
  return out;
}

std::string KeyedToken(std::string_view key, std::string_view domain, std::string_view value,
                       size_t hex_digits) {
  std::string hex = ToHex(HmacSha256(key, Message(domain, value)));
  return hex.substr(0, hex_digits < hex.size() ? hex_digits : hex.size());
}

}  // namespace deskbench::redact
