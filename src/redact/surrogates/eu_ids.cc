#include "redact/surrogates/eu_ids.h"

#include "core/ascii.h"
#include "detect/validators/eu_ids.h"
#include "redact/checksums.h"

namespace deskbench::redact {

namespace {

std::string Two(uint32_t v) {
  return {static_cast<char>('0' + v / 10 % 10), static_cast<char>('0' + v % 10)};
}

std::string Three(uint32_t v) {
  return static_cast<char>('0' + v / 100 % 10) + Two(v);
}

struct Birth {
  uint32_t year;  // 1940..2005
  uint32_t month;
  uint32_t day;  // 1..28: a date in every month of every year
};

Birth DrawBirth(Keyed& k) {
  return {1940 + k.Below(66), 1 + k.Below(12), 1 + k.Below(28)};
}

std::string DayMonthYear(const Birth& b) {
  return Two(b.day) + Two(b.month) + Two(b.year % 100);
}

std::string YearMonthDay(const Birth& b) {
  return Two(b.year % 100) + Two(b.month) + Two(b.day);
}

std::optional<std::string> Pesel(Keyed& k) {
  Birth b = DrawBirth(k);
  std::string s =
      Two(b.year % 100) + Two(b.month + (b.year >= 2000 ? 20 : 0)) + Two(b.day) + k.Digits(4);
  return s + static_cast<char>('0' + validators::PlPeselCheckDigit(s));
}

// The century sign stays: a letter in the compact form when `real` had one, else '-' or '+'
// that the compact form dropped.
std::optional<std::string> Hetu(Keyed& k, std::string_view real) {
  const Birth b = DrawBirth(k);
  const std::string date = DayMonthYear(b);
  const std::string serial = Three(2 + k.Below(898));
  const char check = validators::FiHetuCheckChar(date + serial);
  if (real.size() == 11) return date + real[6] + serial + check;
  return date + serial + check;
}

std::optional<std::string> Nir(Keyed& k, std::string_view real) {
  const Birth b = DrawBirth(k);
  uint32_t department = 1 + k.Below(95);
  if (department == 20) department = 21;  // 20 was Corsica's, now 2A and 2B
  std::string s = std::string(1, real[0]) + Two(b.year % 100) + Two(b.month) + Two(department) +
                  Three(1 + k.Below(990)) + Three(1 + k.Below(999));
  const int key = validators::FrNirKey(s);
  if (key < 1) return std::nullopt;
  return s + Two(static_cast<uint32_t>(key));
}

std::optional<std::string> Personnummer(Keyed& k, size_t n) {
  const Birth b = DrawBirth(k);
  const std::string payload = YearMonthDay(b) + k.Digits(3);
  const std::string ten = payload + LuhnCheckDigit(payload);
  if (n == 12) return Two(b.year / 100) + ten;
  return ten;
}

std::optional<std::string> Fodselsnummer(Keyed& k) {
  const std::string first9 = DayMonthYear(DrawBirth(k)) + k.Digits(3);
  const int checks = validators::NoFodselsnummerChecks(first9);
  if (checks < 0) return std::nullopt;
  return first9 + Two(static_cast<uint32_t>(checks));
}

std::optional<std::string> BelgianNumber(Keyed& k) {
  Birth b = DrawBirth(k);
  if (b.year >= 2000) b.year -= 60;  // the check of the 2000s adds a 2 in front
  const std::string first9 = YearMonthDay(b) + Three(1 + k.Below(997));
  uint64_t n = 0;
  for (char c : first9) n = n * 10 + static_cast<uint64_t>(c - '0');
  return first9 + Two(static_cast<uint32_t>(97 - n % 97));
}

std::optional<std::string> Bsn(Keyed& k) {
  const std::string first8 = std::string(1, k.DigitNonZero()) + k.Digits(7);
  int sum = 0;
  for (size_t i = 0; i < 8; ++i) sum += static_cast<int>(9 - i) * (first8[i] - '0');
  const int last = sum % 11;
  if (last == 10) return std::nullopt;
  return first8 + static_cast<char>('0' + last);
}

std::optional<std::string> Cpr(Keyed& k) {
  return DayMonthYear(DrawBirth(k)) + k.Digits(4);
}

// The serial's half says the sex (00-49 men, 50-99 women) and stays.
std::optional<std::string> Svnr(Keyed& k, std::string_view real) {
  const uint32_t half = ascii::IsDigit(real[9]) && real[9] >= '5' ? 50 : 0;
  const std::string first11 =
      Two(10 + k.Below(80)) + DayMonthYear(DrawBirth(k)) + k.Upper() + Two(half + k.Below(50));
  const int check = validators::DeSvnrCheckDigit(first11);
  if (check < 0) return std::nullopt;
  return first11 + static_cast<char>('0' + check);
}

}  // namespace

bool IsEuId(Entity type) {
  switch (type) {
    case Entity::PL_PESEL:
    case Entity::FI_PERSONAL_ID:
    case Entity::FR_NIR:
    case Entity::SE_PERSONNUMMER:
    case Entity::NO_FODSELSNUMMER:
    case Entity::BE_NATIONAL_NUMBER:
    case Entity::NL_BSN:
    case Entity::DK_CPR:
    case Entity::DE_SOCIAL_SECURITY:
      return true;
    default:
      return false;
  }
}

std::optional<std::string> FakeEuId(Keyed& k, Entity type, std::string_view real) {
  const size_t n = real.size();
  const bool digits = ascii::AllDigits(real);
  switch (type) {
    case Entity::PL_PESEL:
      if (digits && n == 11) return Pesel(k);
      break;
    case Entity::FI_PERSONAL_ID:
      if (n == 10 || n == 11) return Hetu(k, real);
      break;
    case Entity::FR_NIR:
      if (n == 15) return Nir(k, real);
      break;
    case Entity::SE_PERSONNUMMER:
      if (digits && (n == 10 || n == 12)) return Personnummer(k, n);
      break;
    case Entity::NO_FODSELSNUMMER:
      if (digits && n == 11) return Fodselsnummer(k);
      break;
    case Entity::BE_NATIONAL_NUMBER:
      if (digits && n == 11) return BelgianNumber(k);
      break;
    case Entity::NL_BSN:
      if (digits && n == 9) return Bsn(k);
      break;
    case Entity::DK_CPR:
      if (digits && n == 10) return Cpr(k);
      break;
    case Entity::DE_SOCIAL_SECURITY:
      if (n == 12 && ascii::IsUpper(real[8])) return Svnr(k, real);
      break;
    default:
      break;
  }
  return std::nullopt;
}

}  // namespace deskbench::redact
