// Fake emails, URLs and network addresses, all in ranges reserved for documentation
// (RFC 2606 example domains, RFC 5737 and RFC 3849 address blocks), so no surrogate reaches a real
// mailbox, site or host.

#include <array>

#include "core/ascii.h"
#include "detect/validators/spelled_email.h"
#include "redact/keyed.h"
#include "redact/shape.h"
#include "redact/surrogates/surrogates.h"

namespace deskbench::redact {

namespace {

bool IsHex(char c) {
  return ascii::IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool HasUpper(std::string_view s) {
  for (char c : s) {
    if (ascii::IsUpper(c)) return true;
  }
  return false;
}

std::string FakeLocalPart(const SurrogateKey& sk, std::string_view local) {
  // A sub-address ("jane+news") keeps its tag's shape.
  size_t plus = local.find('+');
  std::string_view base = local.substr(0, plus);
  std::string out;
  if (auto user = FakeUserName(sk, base)) {
    out = *user;
  } else {
    out = "user-" + KeyedToken(sk.key, "email.local", ascii::Lower(base), 6);
    if (CaseOf(base) == Case::kUpper) out = ascii::Upper(out);
  }
  if (plus != std::string_view::npos) {
    Keyed keyed(sk.key, "email.tag", ascii::Lower(local));
    out += KeepShape(local.substr(plus), keyed);
  }
  return out;
}

}  // namespace

std::string FakeEmail(const SurrogateKey& sk, std::string_view value) {
  std::string_view prefix;
  if (value.size() > 7 && ascii::EqualsIgnoreCase(value.substr(0, 7), "mailto:")) {
    prefix = value.substr(0, 7);
    value.remove_prefix(7);
  }
  size_t at = value.rfind('@');
  if (at == std::string_view::npos) {
    // "jane.doe [at] acme [dot] com": the fake address of the same address, spelled the same way.
    if (auto spelled = validators::ParseSpelledEmail(value)) {
      std::string fake = FakeEmail(sk, spelled->address);
      const size_t fake_at = fake.find('@');
      std::string out;
      for (char c : fake.substr(0, fake_at)) {
        if (c == '.' && !spelled->local_dot.empty()) {
          out += spelled->local_dot;
        } else {
          out.push_back(c);
        }
      }
      out += spelled->at;
      for (char c : fake.substr(fake_at + 1)) {
        if (c == '.' && !spelled->dot.empty()) {
          out += spelled->dot;
        } else {
          out.push_back(c);
        }
      }
      return std::string(prefix) + out;
    }
    return std::string(prefix) + FakeLocalPart(sk, value);
  }
  std::string_view domain = value.substr(at + 1);
  static constexpr std::array<std::string_view, 3> kDomains = {"example.com", "example.org",
                                                               "example.net"};
  // The same real domain always gets the same example domain, so colleagues stay colleagues.
  Keyed keyed(sk.key, "email.domain", ascii::Lower(domain));
  std::string fake_domain(keyed.Pick(kDomains));
  if (CaseOf(domain) == Case::kUpper) fake_domain = ascii::Upper(fake_domain);
  return std::string(prefix) + FakeLocalPart(sk, value.substr(0, at)) + "@" + fake_domain;
}

std::string FakeUrl(const SurrogateKey& sk, std::string_view value) {
  std::string out;
  size_t scheme_end = value.find("://");
  if (scheme_end != std::string_view::npos && scheme_end > 0 && scheme_end < 16) {
    out.append(value.substr(0, scheme_end + 3));
  } else if (value.size() > 4 && ascii::EqualsIgnoreCase(value.substr(0, 4), "www.")) {
    out.append(value.substr(0, 4));
  }
  std::string_view key_text = value;
  while (!key_text.empty() && key_text.back() == '/') key_text.remove_suffix(1);
  out += "example.com/";
  out += KeyedToken(sk.key, "url", key_text, 10);
  return out;
}

std::string FakeIpAddress(const SurrogateKey& sk, std::string_view value) {
  size_t colons = 0, dots = 0;
  for (char c : value) {
    colons += c == ':';
    dots += c == '.';
  }
  bool v4 = dots == 3 && colons <= 1;
  // The address proper; a port, prefix length or zone after it stays.
  size_t end = 0;
  while (end < value.size() &&
         (v4 ? (ascii::IsDigit(value[end]) || value[end] == '.')
             : (IsHex(value[end]) || value[end] == ':' || value[end] == '.'))) {
    ++end;
  }
  std::string_view address = value.substr(0, end);
  std::string_view rest = value.substr(end);
  Keyed keyed(sk.key, v4 ? "ip.v4" : "ip.v6", ascii::Lower(address));
  if (v4) {
    static constexpr std::array<std::string_view, 3> kBlocks = {"192.0.2.", "198.51.100.",
                                                                "203.0.113."};
    for (;;) {
      std::string fake = std::string(keyed.Pick(kBlocks)) + std::to_string(1 + keyed.Below(254));
      if (fake != address) return fake + std::string(rest);
    }
  }
  size_t groups = 1;
  for (char c : address) groups += c == ':';
  bool compressed = address.find("::") != std::string_view::npos;
  size_t tail = compressed ? (groups > 4 ? groups - 4 : 1) : 6;
  std::string fake = compressed ? "2001:db8::" : "2001:db8:";
  for (size_t i = 0; i < tail; ++i) {
    if (i > 0) fake.push_back(':');
    // Drop leading zeros like the canonical form does.
    std::string group = keyed.Hex(4);
    size_t nz = group.find_first_not_of('0');
    fake += nz == std::string::npos ? "0" : group.substr(nz);
  }
  if (HasUpper(address)) fake = ascii::Upper(fake);
  return fake + std::string(rest);
}

std::string FakeMacAddress(const SurrogateKey& sk, std::string_view value) {
  // Keyed on the hex digits alone, so every notation of one address agrees.
  std::string hex;
  for (char c : value) {
    if (IsHex(c)) hex.push_back(ascii::ToLower(c));
  }
  Keyed keyed(sk.key, "mac", hex);
  if (hex.size() != 12) return KeepShape(value, keyed, false);
  // First octet 02: locally administered, unicast, so never a vendor-assigned address.
  std::string digits = "02" + keyed.Hex(10);
  bool upper = HasUpper(value);
  std::string out(value);
  size_t next = 0;
  for (char& c : out) {
    if (IsHex(c)) {
      c = digits[next++];
      if (upper) c = ascii::ToUpper(c);
    }
  }
  return out;
}

}  // namespace deskbench::redact
