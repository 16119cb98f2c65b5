// Fake national identifiers. Where a range is reserved or never issued the surrogate comes from it
// (SSN area 9xx, NHS 999, SIN 0, NINO prefix QQ), so it cannot be a real person's; check digits
// are recomputed where the algorithm is published, so surrogates still pass validation.

#include <array>
#include <functional>

#include "core/ascii.h"
#include "redact/checksums.h"
#include "redact/keyed.h"
#include "redact/shape.h"
#include "redact/surrogates/eu_ids.h"
#include "redact/surrogates/surrogates.h"

namespace deskbench::redact {

namespace {

using Maker = std::function<std::optional<std::string>(Keyed&)>;

std::string TwoDigits(uint32_t v) {
  return {static_cast<char>('0' + v / 10), static_cast<char>('0' + v % 10)};
}

std::optional<std::string> Ssn(Keyed& k) {
  // Area 900-999 has never been issued, and group 00 / serial 0000 are never used.
  return "9" + k.Digits(2) + TwoDigits(1 + k.Below(99)) + std::to_string(1000 + k.Below(9000));
}

std::optional<std::string> Itin(Keyed& k) {
  static constexpr std::array<uint32_t, 4> kLow = {50, 70, 90, 94};
  static constexpr std::array<uint32_t, 4> kHigh = {65, 88, 92, 99};
  uint32_t band = k.Below(4);
  uint32_t group = kLow[band] + k.Below(kHigh[band] - kLow[band] + 1);
  return "9" + k.Digits(2) + TwoDigits(group) + k.Digits(4);
}

std::optional<std::string> Ein(Keyed& k) {
  static constexpr std::array<std::string_view, 12> kPrefixes = {
      "10", "12", "20", "27", "45", "46", "47", "81", "82", "83", "84", "85"};
  return std::string(k.Pick(kPrefixes)) + k.Digits(7);
}

std::optional<std::string> Nhs(Keyed& k) {
  // NHS numbers starting 999 are reserved for testing.
  std::string s = "999" + k.Digits(6);
  auto check = NhsCheckDigit(s);
  if (!check) return std::nullopt;
  return s + *check;
}

std::optional<std::string> Sin(Keyed& k) {
  // No province is given SINs starting with 0; the CRA's own specimen uses it.
  std::string s = "0" + k.Digits(7);
  return s + LuhnCheckDigit(s);
}

std::optional<std::string> Tfn(Keyed& k, size_t n) {
  static constexpr std::array<int, 9> kW9 = {1, 4, 3, 7, 5, 8, 6, 9, 10};
  static constexpr std::array<int, 8> kW8 = {10, 7, 8, 4, 6, 3, 5, 1};
  std::string s = std::string(1, k.DigitNonZero()) + k.Digits(n - 2);
  int sum = 0;
  for (size_t i = 0; i + 1 < n; ++i) sum += (n == 9 ? kW9[i] : kW8[i]) * (s[i] - '0');
  int last_weight = n == 9 ? kW9[8] : kW8[7];
  for (int d = 0; d < 10; ++d) {
    if ((sum + last_weight * d) % 11 == 0) return s + static_cast<char>('0' + d);
  }
  return std::nullopt;
}

std::optional<std::string> Abn(Keyed& k) {
  static constexpr std::array<int, 11> kW = {10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19};
  std::string rest = k.Digits(9);
  int sum = 0;
  for (int i = 0; i < 9; ++i) sum += kW[i + 2] * (rest[i] - '0');
  uint32_t start = k.Below(90);  // a keyed starting point, so the leading pair varies
  for (uint32_t i = 0; i < 90; ++i) {
    int pair = 10 + static_cast<int>((start + i) % 90);
    int d1 = pair / 10, d2 = pair % 10;
    if ((sum + kW[0] * (d1 - 1) + kW[1] * d2) % 89 == 0) {
      return std::to_string(pair) + rest;
    }
  }
  return std::nullopt;
}

std::optional<std::string> Medicare(Keyed& k, size_t n) {
  static constexpr std::array<int, 8> kW = {1, 3, 7, 9, 1, 3, 7, 9};
  std::string s = std::string(1, static_cast<char>('2' + k.Below(5))) + k.Digits(7);
  int sum = 0;
  for (int i = 0; i < 8; ++i) sum += kW[i] * (s[i] - '0');
  s.push_back(static_cast<char>('0' + sum % 10));
  while (s.size() < n) s.push_back(k.DigitNonZero());
  return s;
}

std::optional<std::string> Aadhaar(Keyed& k) {
  std::string s = std::string(1, static_cast<char>('2' + k.Below(8))) + k.Digits(10);
  return s + VerhoeffCheckDigit(s);
}

std::optional<std::string> Pan(Keyed& k, std::string_view real) {
  // The fourth letter says what kind of holder it is (P: a person); it stays.
  std::string s;
  for (int i = 0; i < 5; ++i) s.push_back(i == 3 ? real[3] : k.Upper());
  s += k.Digits(4);
  s.push_back(k.Upper());
  return s;
}

std::optional<std::string> Nric(Keyed& k, std::string_view real) {
  static constexpr std::array<int, 7> kW = {2, 7, 6, 5, 4, 3, 2};
  char prefix = real[0];
  std::string digits = k.Digits(7);
  int sum = (prefix == 'T' || prefix == 'G') ? 4 : 0;
  for (int i = 0; i < 7; ++i) sum += kW[i] * (digits[i] - '0');
  std::string_view table = (prefix == 'S' || prefix == 'T') ? "JZIHGFEDCBA" : "XWUTRQPNMLK";
  return std::string(1, prefix) + digits + table[sum % 11];
}

std::optional<std::string> Nif(Keyed& k, std::string_view real) {
  static constexpr std::string_view kLetters = "TRWAGMYFPDXBNJZSQVHLCKE";
  if (ascii::IsDigit(real[0])) {
    std::string digits = k.Digits(8);
    return digits + kLetters[std::stoul(digits) % 23];
  }
  // NIE: X, Y or Z stand for 0, 1 or 2 in front of the number.
  char prefix = real[0];
  std::string digits = k.Digits(7);
  std::string number = std::to_string(prefix - 'X') + digits;
  return std::string(1, prefix) + digits + kLetters[std::stoul(number) % 23];
}

std::optional<std::string> Nino(Keyed& k, size_t n) {
  // QQ is never issued; HMRC uses it in examples.
  std::string s = "QQ" + k.Digits(6);
  if (n == 9) s.push_back(static_cast<char>('A' + k.Below(4)));
  return s;
}

std::optional<std::string> SteuerId(Keyed& k) {
  // Ten digits where exactly one digit appears twice, then ISO 7064 MOD 11,10.
  std::string pool = "0123456789";
  for (size_t i = pool.size() - 1; i > 0; --i) std::swap(pool[i], pool[k.Below(i + 1)]);
  if (pool[0] == '0') std::swap(pool[0], pool[1]);
  std::string s = pool.substr(0, 9);
  size_t from = 1 + k.Below(8);
  s.insert(s.begin() + 1 + k.Below(9), s[from]);
  return s + Mod11_10CheckDigit(s);
}

std::optional<std::string> FiscalCode(Keyed& k, std::string_view real) {
  static constexpr std::string_view kMonths = "ABCDEHLMPRST";
  static constexpr std::array<int, 26> kOddLetters = {
      1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
  static constexpr std::array<int, 10> kOddDigits = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21};
  std::string s;
  for (int i = 0; i < 6; ++i) s.push_back(k.Upper());
  s += k.Digits(2);
  s.push_back(k.From(kMonths));
  int day = 1 + static_cast<int>(k.Below(28));
  if (real[9] >= '4') day += 40;  // women's codes add 40 to the day
  s += std::to_string(day / 10) + std::to_string(day % 10);
  s.push_back(k.Upper());
  s += k.Digits(3);
  int sum = 0;
  for (int i = 0; i < 15; ++i) {
    char c = s[i];
    bool odd = i % 2 == 0;  // positions count from 1
    if (ascii::IsDigit(c)) {
      sum += odd ? kOddDigits[c - '0'] : c - '0';
    } else {
      sum += odd ? kOddLetters[c - 'A'] : c - 'A';
    }
  }
  s.push_back(static_cast<char>('A' + sum % 26));
  return s;
}

bool Shape(std::string_view compact, std::string_view pattern) {
  // pattern: 'A' a letter, '9' a digit, anything else that exact character.
  if (compact.size() != pattern.size()) return false;
  for (size_t i = 0; i < pattern.size(); ++i) {
    char p = pattern[i], c = compact[i];
    if (p == 'A' ? !ascii::IsAlpha(c) : p == '9' ? !ascii::IsDigit(c) : c != p) return false;
  }
  return true;
}

// The maker for a value of this type and compact form, or null to keep the shape only.
Maker MakerFor(Entity type, const std::string& c) {
  size_t n = c.size();
  bool digits = ascii::AllDigits(c);
  switch (type) {
    case Entity::US_SSN:
      if (digits && n == 9) return Ssn;
      break;
    case Entity::US_ITIN:
      if (digits && n == 9) return Itin;
      break;
    case Entity::US_EIN:
      if (digits && n == 9) return Ein;
      break;
    case Entity::UK_NHS:
      if (digits && n == 10) return Nhs;
      break;
    case Entity::CA_SIN:
      if (digits && n == 9) return Sin;
      break;
    case Entity::AU_TFN:
      if (digits && (n == 8 || n == 9)) return [n](Keyed& k) { return Tfn(k, n); };
      break;
    case Entity::AU_ABN:
      if (digits && n == 11) return Abn;
      break;
    case Entity::AU_MEDICARE:
      if (digits && (n == 10 || n == 11)) return [n](Keyed& k) { return Medicare(k, n); };
      break;
    case Entity::IN_AADHAAR:
      if (digits && n == 12) return Aadhaar;
      break;
    case Entity::IN_PAN:
      if (Shape(c, "AAAAA9999A")) return [c](Keyed& k) { return Pan(k, c); };
      break;
    case Entity::SG_NRIC:
      if (Shape(c, "A9999999A") && std::string_view("STFG").find(c[0]) != std::string_view::npos) {
        return [c](Keyed& k) { return Nric(k, c); };
      }
      break;
    case Entity::ES_NIF:
      if (Shape(c, "99999999A") || Shape(c, "X9999999A") || Shape(c, "Y9999999A") ||
          Shape(c, "Z9999999A")) {
        return [c](Keyed& k) { return Nif(k, c); };
      }
      break;
    case Entity::UK_NINO:
      if (Shape(c, "AA999999A") || Shape(c, "AA999999")) {
        return [n](Keyed& k) { return Nino(k, n); };
      }
      break;
    case Entity::DE_TAX_ID:
      if (digits && n == 11) return SteuerId;
      break;
    case Entity::IT_FISCAL_CODE:
      if (Shape(c, "AAAAAA99A99A999A")) return [c](Keyed& k) { return FiscalCode(k, c); };
      break;
    default:
      if (IsEuId(type)) return [type, c](Keyed& k) { return FakeEuId(k, type, c); };
      break;
  }
  return nullptr;
}

}  // namespace

std::string FakeIdentifier(const SurrogateKey& sk, Entity type, std::string_view value) {
  if (type == Entity::US_BANK_ROUTING) return FakeRoutingNumber(sk, value);
  std::string compact = CompactUpper(value);
  Keyed keyed(sk.key, EntityName(type), compact);
  Maker make = MakerFor(type, compact);
  std::string fake;
  for (int attempt = 0; attempt < 16; ++attempt) {
    if (make) {
      auto made = make(keyed);
      if (!made) continue;
      fake = PourAlnum(value, *made);
    } else {
      fake = KeepShape(value, keyed);
    }
    if (fake != value) break;
  }
  if (fake.empty()) fake = KeepShape(value, keyed);
  return fake;
}

}  // namespace deskbench::redact
