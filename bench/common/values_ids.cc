// Financial and national identifiers with check digits computed from their specifications.

#include <array>
#include <string_view>

#include "common/checksums.h"
#include "common/values.h"

namespace bench {

namespace {

// Groups digits for print: "4111111111111111" with {4,4,4,4} and sep ' ' -> "4111 1111 1111 1111".
std::string Group(std::string_view s, std::initializer_list<int> sizes, char sep) {
  std::string out;
  size_t pos = 0;
  for (int n : sizes) {
    if (!out.empty()) out.push_back(sep);
    out += s.substr(pos, static_cast<size_t>(n));
    pos += static_cast<size_t>(n);
  }
  return out;
}

std::string GroupsOf4(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); i += 4) {
    if (i) out.push_back(' ');
    out += s.substr(i, 4);
  }
  return out;
}

constexpr std::string_view kConsonants = "BCDFGHJKLMNPQRSTVWXYZ";

}  // namespace

std::string Faker::CreditCard() {
  std::string prefix;
  size_t length = 16;
  switch (rng_.Below(6)) {
    case 0:
    case 1:
      prefix = "4";
      break;  // Visa
    case 2:
      prefix = std::to_string(rng_.Range(51, 55));
      break;  // Mastercard
    case 3:
      prefix = std::to_string(rng_.Range(2221, 2720));
      break;  // Mastercard 2-series
    case 4:
      prefix = rng_.Chance(0.5) ? "34" : "37";
      length = 15;
      break;  // American Express
    default:
      prefix = rng_.Chance(0.5) ? "6011" : std::to_string(rng_.Range(3528, 3589));  // Discover, JCB
  }
  std::string payload = prefix + rng_.Digits(length - 1 - prefix.size());
  std::string number = payload + check::LuhnDigit(payload);
  switch (rng_.Below(3)) {
    case 0:
      return number;
    case 1:
      return length == 15 ? Group(number, {4, 6, 5}, ' ') : Group(number, {4, 4, 4, 4}, ' ');
    default:
      return length == 15 ? Group(number, {4, 6, 5}, '-') : Group(number, {4, 4, 4, 4}, '-');
  }
}

std::string Faker::Iban() {
  static constexpr std::string_view kUpper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static constexpr std::string_view kAlnum = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  std::string country, bban;
  switch (rng_.Below(8)) {
    case 0:
      country = "DE";
      bban = rng_.Digits(18);
      break;
    case 1:
      country = "GB";
      bban = rng_.Of(kUpper, 4) + rng_.Digits(14);
      break;
    case 2:
      country = "FR";
      bban = rng_.Digits(23);
      break;
    case 3:
      country = "ES";
      bban = rng_.Digits(20);
      break;
    case 4:
      country = "NL";
      bban = rng_.Of(kUpper, 4) + rng_.Digits(10);
      break;
    case 5:
      country = "IT";
      bban = std::string(1, rng_.Upper()) + rng_.Digits(10) + rng_.Digits(12);
      break;
    case 6:
      country = "CH";
      bban = rng_.Digits(5) + rng_.Of(kAlnum, 12);
      break;
    default: {  // Belgium: the account's last two digits are its first ten modulo 97
      std::string ten = rng_.Digits(10);
      uint64_t v = std::stoull(ten) % 97;
      if (v == 0) v = 97;
      country = "BE";
      bban = ten + (v < 10 ? "0" : "") + std::to_string(v);
    }
  }
  std::string iban = country + check::IbanCheckDigits(country, bban) + bban;
  return rng_.Chance(0.6) ? GroupsOf4(iban) : iban;
}

std::string Faker::UsSsn() {
  int area;
  do {
    area = rng_.Range(1, 899);
  } while (area == 666);
  std::string a = std::to_string(area), g = std::to_string(rng_.Range(1, 99)),
              s = std::to_string(rng_.Range(1, 9999));
  while (a.size() < 3) a.insert(a.begin(), '0');
  while (g.size() < 2) g.insert(g.begin(), '0');
  while (s.size() < 4) s.insert(s.begin(), '0');
  return rng_.Chance(0.85) ? a + "-" + g + "-" + s : a + " " + g + " " + s;
}

std::string Faker::UsItin() {
  static constexpr int kGroups[] = {70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,
                                    84, 85, 86, 87, 88, 90, 91, 92, 94, 95, 96, 97, 98, 99};
  return "9" + rng_.Digits(2) + "-" + std::to_string(rng_.Pick(kGroups)) + "-" + rng_.Digits(4);
}

std::string Faker::UsEin() {
  // Prefixes the IRS assigns to its campuses and internet applications.
  static constexpr int kPrefix[] = {
      1,  2,  3,  4,  5,  6,  10, 11, 12, 13, 14, 15, 16, 20, 21, 22, 23, 24, 25, 26, 27,
      30, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 50, 51, 52,
      53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 71, 72, 73, 74, 75,
      76, 77, 80, 81, 82, 83, 84, 85, 86, 87, 88, 90, 91, 92, 93, 94, 95, 98, 99};
  int p = rng_.Pick(kPrefix);
  return std::string(p < 10 ? "0" : "") + std::to_string(p) + "-" + rng_.Digits(7);
}

std::string Faker::UsPassport() {
  return rng_.Chance(0.6) ? std::string(1, "123456789"[rng_.Below(9)]) + rng_.Digits(8)
                          : std::string(1, rng_.Upper()) + rng_.Digits(8);
}

std::string Faker::UsDriverLicense() {
  switch (rng_.Below(4)) {
    case 0:
      return std::string(1, rng_.Upper()) + rng_.Digits(7);  // California
    case 1:
      return rng_.Digits(9);  // New York
    case 2: {                 // Florida
      std::string d = rng_.Digits(12);
      return std::string(1, rng_.Upper()) + d.substr(0, 3) + "-" + d.substr(3, 3) + "-" +
             d.substr(6, 2) + "-" + d.substr(8, 3) + "-" + d.substr(11);
    }
    default:
      return std::string(1, "123456789"[rng_.Below(9)]) + rng_.Digits(7);  // Texas
  }
}

std::string Faker::AbaRouting() {
  static constexpr int kDistrict[] = {1,  2,  3,  4,  5,  6,  7,  8,  9,  10, 11, 12,
                                      21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32};
  int p = rng_.Pick(kDistrict);
  std::string eight = std::string(p < 10 ? "0" : "") + std::to_string(p) + rng_.Digits(6);
  return eight + check::AbaDigit(eight);
}

std::string Faker::BankAccount() {
  return std::string(1, "123456789"[rng_.Below(9)]) +
         rng_.Digits(static_cast<size_t>(rng_.Range(7, 11)));
}

std::string Faker::UkNino() {
  static constexpr std::string_view kFirst = "ABCEGHJKLMNOPRSTWXYZ";
  static constexpr std::string_view kSecond = "ABCEGHJKLMNPRSTWXYZ";
  std::string prefix;
  do {
    prefix =
        std::string(1, kFirst[rng_.Below(kFirst.size())]) + kSecond[rng_.Below(kSecond.size())];
  } while (prefix == "BG" || prefix == "GB" || prefix == "KN" || prefix == "NK" || prefix == "NT" ||
           prefix == "TN" || prefix == "ZZ");
  std::string d = rng_.Digits(6);
  char suffix = "ABCD"[rng_.Below(4)];
  return rng_.Chance(0.5) ? prefix + d + suffix
                          : prefix + " " + Group(d, {2, 2, 2}, ' ') + " " + suffix;
}

std::string Faker::UkNhs() {
  for (;;) {
    std::string nine = std::string(1, "456789"[rng_.Below(6)]) + rng_.Digits(8);
    int c = check::NhsDigit(nine);
    if (c < 0) continue;
    std::string ten = nine + static_cast<char>('0' + c);
    return rng_.Chance(0.7) ? Group(ten, {3, 3, 4}, ' ') : ten;
  }
}

std::string Faker::CaSin() {
  std::string payload = std::string(1, "1234567"[rng_.Below(7)]) + rng_.Digits(7);
  std::string sin = payload + check::LuhnDigit(payload);
  return rng_.Chance(0.5) ? Group(sin, {3, 3, 3}, ' ') : Group(sin, {3, 3, 3}, '-');
}

std::string Faker::AuTfn() {
  for (;;) {
    std::string eight = rng_.Digits(8);
    int c = check::TfnDigit(eight);
    if (c < 0) continue;
    std::string tfn = eight + static_cast<char>('0' + c);
    return rng_.Chance(0.6) ? Group(tfn, {3, 3, 3}, ' ') : tfn;
  }
}

std::string Faker::AuAbn() {
  std::string abn = check::AbnFromNine(rng_.Digits(9));
  return rng_.Chance(0.7) ? Group(abn, {2, 3, 3, 3}, ' ') : abn;
}

std::string Faker::AuMedicare() {
  std::string eight = std::string(1, "23456"[rng_.Below(5)]) + rng_.Digits(7);
  std::string ten = eight + check::MedicareDigit(eight) + static_cast<char>('1' + rng_.Below(9));
  return rng_.Chance(0.6) ? Group(ten, {4, 5, 1}, ' ') : ten;
}

std::string Faker::InPan() {
  static constexpr std::string_view kHolder = "PCHFATBLJG";
  static constexpr std::string_view kUpper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  return rng_.Of(kUpper, 3) + kHolder[rng_.Below(kHolder.size())] + rng_.Upper() + rng_.Digits(4) +
         rng_.Upper();
}

std::string Faker::InAadhaar() {
  std::string eleven = std::string(1, "23456789"[rng_.Below(8)]) + rng_.Digits(10);
  std::string n = eleven + check::VerhoeffDigit(eleven);
  return rng_.Chance(0.7) ? Group(n, {4, 4, 4}, ' ') : n;
}

std::string Faker::SgNric() {
  char prefix = "STFG"[rng_.Below(4)];
  std::string seven = rng_.Digits(7);
  return prefix + seven + check::NricLetter(prefix, seven);
}

std::string Faker::EsNif() {
  if (rng_.Chance(0.7)) {
    std::string eight = rng_.Digits(8);
    return eight + check::NifLetter(static_cast<uint32_t>(std::stoul(eight)));
  }
  int lead = static_cast<int>(rng_.Below(3));
  std::string seven = rng_.Digits(7);
  return std::string(1, "XYZ"[lead]) + seven +
         check::NifLetter(static_cast<uint32_t>(std::stoul(std::to_string(lead) + seven)));
}

std::string Faker::ItFiscalCode(const Person& p) {
  // Three letters from the surname, then the given name: consonants first, then vowels, X pads.
  auto code = [&](std::string_view name) {
    std::string cons, vow;
    for (char c : name) {
      char u = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
      if (u < 'A' || u > 'Z') continue;
      (kConsonants.find(u) != std::string_view::npos ? cons : vow).push_back(u);
    }
    std::string s = (cons + vow + "XXX").substr(0, 3);
    return s;
  };
  static constexpr std::string_view kMonth = "ABCDEHLMPRST";
  int day = rng_.Range(1, 28) + (rng_.Chance(0.5) ? 40 : 0);
  std::string fifteen = code(p.last) + code(p.first) + rng_.Digits(2) + kMonth[rng_.Below(12)] +
                        (day < 10 ? "0" : "") + std::to_string(day) +
                        std::string(1, "ABCDEFGHLM"[rng_.Below(10)]) +
                        std::to_string(rng_.Range(100, 999));
  return fifteen + check::FiscalCodeLetter(fifteen);
}

std::string Faker::DeTaxId() {
  // Ten digits, first not 0, in which exactly one digit appears twice and the rest once.
  std::string digits = "0123456789";
  for (size_t i = digits.size(); i > 1; --i) std::swap(digits[i - 1], digits[rng_.Below(i)]);
  if (digits[0] == '0') std::swap(digits[0], digits[1 + rng_.Below(8)]);
  std::string ten = digits.substr(0, 9);
  char dup = ten[rng_.Below(9)];
  ten.insert(ten.begin() + static_cast<long>(1 + rng_.Below(9)), dup);
  std::string id = ten + check::DeTaxIdDigit(ten);
  return rng_.Chance(0.5) ? id : Group(id, {2, 3, 3, 3}, ' ');
}

namespace {

std::string TwoDigits(int v) {
  return {static_cast<char>('0' + v / 10 % 10), static_cast<char>('0' + v % 10)};
}

}  // namespace

// The European numbers hold a birth date (days 1-28 are in every month) and their checks.
std::string Faker::PlPesel() {
  const int year = 1950 + static_cast<int>(rng_.Below(60));
  const int month = 1 + static_cast<int>(rng_.Below(12)) + (year >= 2000 ? 20 : 0);
  const std::string ten = TwoDigits(year % 100) + TwoDigits(month) +
                          TwoDigits(1 + static_cast<int>(rng_.Below(28))) + rng_.Digits(4);
  return ten + check::PeselDigit(ten);
}

std::string Faker::FiHetu() {
  const int year = 1950 + static_cast<int>(rng_.Below(60));
  const std::string date = TwoDigits(1 + static_cast<int>(rng_.Below(28))) +
                           TwoDigits(1 + static_cast<int>(rng_.Below(12))) + TwoDigits(year % 100);
  // The individual number, 002-899, three digits with their leading zeros.
  const std::string number = std::to_string(1002 + rng_.Below(898)).substr(1);
  const char sign = year >= 2000 ? "ABCDEF"[rng_.Below(6)] : "-YXWVU"[rng_.Below(6)];
  return date + sign + number + check::HetuChar(date + number);
}

std::string Faker::FrNir() {
  std::string s = std::string(1, "12"[rng_.Below(2)]) + rng_.Digits(2) +
                  TwoDigits(1 + static_cast<int>(rng_.Below(12)));
  const int department = 1 + static_cast<int>(rng_.Below(95));
  s += department == 20 ? std::string(rng_.Chance(0.5) ? "2A" : "2B") : TwoDigits(department);
  s += std::to_string(1001 + rng_.Below(990)).substr(1) +
       std::to_string(1001 + rng_.Below(998)).substr(1);
  const std::string id = s + TwoDigits(check::NirKey(s));
  return rng_.Chance(0.6) ? Group(id, {1, 2, 2, 2, 3, 3, 2}, ' ') : id;
}

std::string Faker::SePersonnummer() {
  const int year = 1950 + static_cast<int>(rng_.Below(60));
  const std::string nine = TwoDigits(year % 100) + TwoDigits(1 + static_cast<int>(rng_.Below(12))) +
                           TwoDigits(1 + static_cast<int>(rng_.Below(28))) + rng_.Digits(3);
  const std::string ten = nine + check::LuhnDigit(nine);
  const std::string dashed = ten.substr(0, 6) + "-" + ten.substr(6);
  return rng_.Chance(0.5) ? dashed : TwoDigits(year / 100) + dashed;
}

std::string Faker::NoFodselsnummer() {
  for (;;) {
    const std::string nine = TwoDigits(1 + static_cast<int>(rng_.Below(28))) +
                             TwoDigits(1 + static_cast<int>(rng_.Below(12))) + rng_.Digits(2) +
                             rng_.Digits(3);
    const int checks = check::FodselsnummerChecks(nine);
    if (checks < 0) continue;
    const std::string id = nine + TwoDigits(checks);
    return rng_.Chance(0.5) ? id : id.substr(0, 6) + " " + id.substr(6);
  }
}

std::string Faker::BeNationalNumber() {
  const int year = 1950 + static_cast<int>(rng_.Below(60));
  const std::string nine = TwoDigits(year % 100) + TwoDigits(1 + static_cast<int>(rng_.Below(12))) +
                           TwoDigits(1 + static_cast<int>(rng_.Below(28))) +
                           std::to_string(1001 + rng_.Below(997)).substr(1);
  const std::string id = nine + TwoDigits(check::BelgianCheck(nine, year >= 2000));
  if (rng_.Chance(0.5)) return id;
  return id.substr(0, 2) + "." + id.substr(2, 2) + "." + id.substr(4, 2) + "-" + id.substr(6, 3) +
         "." + id.substr(9);
}

std::string Faker::NlBsn() {
  for (;;) {
    const std::string eight = std::string(1, "123456789"[rng_.Below(9)]) + rng_.Digits(7);
    const int last = check::BsnDigit(eight);
    if (last >= 0) return eight + static_cast<char>('0' + last);
  }
}

std::string Faker::DkCpr() {
  return TwoDigits(1 + static_cast<int>(rng_.Below(28))) +
         TwoDigits(1 + static_cast<int>(rng_.Below(12))) + rng_.Digits(2) + "-" + rng_.Digits(4);
}

std::string Faker::DeSvnr() {
  const std::string eleven = TwoDigits(2 + static_cast<int>(rng_.Below(88))) +
                             TwoDigits(1 + static_cast<int>(rng_.Below(28))) +
                             TwoDigits(1 + static_cast<int>(rng_.Below(12))) + rng_.Digits(2) +
                             static_cast<char>('A' + rng_.Below(26)) + rng_.Digits(2);
  const std::string id = eleven + check::SvnrDigit(eleven);
  if (rng_.Chance(0.5)) return id;
  return id.substr(0, 2) + " " + id.substr(2, 6) + " " + id.substr(8, 1) + " " + id.substr(9);
}

// Passports, identity cards and licences of other countries: a letter and eight letters or
// digits (German), two digits, two letters and five digits (French), three letters and six digits
// (Spanish), or a British licence's surname letters, date and initials.
std::string Faker::IdDocument() {
  static constexpr std::string_view kAlnum = "CFGHJKLMNPRTVWXYZ0123456789";
  std::string s;
  switch (rng_.Below(4)) {
    case 0:
      s.push_back("CFGHJKLMNPRTVWXYZ"[rng_.Below(17)]);
      for (int i = 0; i < 8; ++i) s.push_back(kAlnum[rng_.Below(kAlnum.size())]);
      s[1] = static_cast<char>('0' + rng_.Below(10));  // at least three digits
      s[2] = static_cast<char>('0' + rng_.Below(10));
      s[8] = static_cast<char>('0' + rng_.Below(10));
      return s;
    case 1:
      return rng_.Digits(2) + static_cast<char>('A' + rng_.Below(26)) +
             static_cast<char>('A' + rng_.Below(26)) + rng_.Digits(5);
    case 2:
      return std::string(1, static_cast<char>('A' + rng_.Below(26))) +
             static_cast<char>('A' + rng_.Below(26)) + static_cast<char>('A' + rng_.Below(26)) +
             rng_.Digits(6);
    default:
      for (int i = 0; i < 5; ++i) s.push_back(static_cast<char>('A' + rng_.Below(26)));
      s += rng_.Digits(6);
      s.push_back(static_cast<char>('A' + rng_.Below(26)));
      s.push_back(static_cast<char>('A' + rng_.Below(26)));
      s += rng_.Digits(1);
      s.push_back(static_cast<char>('A' + rng_.Below(26)));
      s.push_back(static_cast<char>('A' + rng_.Below(26)));
      return s;
  }
}

std::string Faker::CryptoWallet() {
  std::array<uint8_t, 20> bytes;
  for (auto& b : bytes) b = static_cast<uint8_t>(rng_.Below(256));
  switch (rng_.Below(7)) {
    case 0:
      return check::Base58Check(0x00, bytes);  // P2PKH, "1..."
    case 1:
      return check::Base58Check(0x05, bytes);  // P2SH, "3..."
    case 2:
      return check::SegwitAddress("bc", 0, bytes);
    case 3:
      return check::Base58Check(0x30, bytes);  // Litecoin, "L..."
    case 4:
      return check::Base58Check(0x1e, bytes);  // Dogecoin, "D..."
    case 5:
      return check::SegwitAddress("ltc", 0, bytes);
    default: {  // Ethereum, all lower case (valid without the EIP-55 mixed-case checksum)
      static constexpr char kHex[] = "0123456789abcdef";
      std::string s = "0x";
      for (uint8_t b : bytes) {
        s.push_back(kHex[b >> 4]);
        s.push_back(kHex[b & 15]);
      }
      return s;
    }
  }
}

// A North American VIN (its check digit right) or, as often, a European one (none).
std::string Faker::Vin() {
  static constexpr std::string_view kMakers[] = {"1HG", "2T1", "3VW", "5YJ", "JN1", "KMH",
                                                 "WVW", "WBA", "VF1", "ZFA", "YV1", "SAL"};
  static constexpr std::string_view kChars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
  std::string s(kMakers[rng_.Below(std::size(kMakers))]);
  while (s.size() < 13) s.push_back(kChars[rng_.Below(kChars.size())]);
  s += rng_.Digits(4);
  if (s[0] <= '5') s[8] = check::VinDigit(s);  // North America
  return s;
}

std::string Faker::Imei() {
  std::string s = rng_.Digits(14);
  s.push_back(check::LuhnDigit(s));
  if (rng_.Chance(0.5)) return s;
  return s.substr(0, 2) + "-" + s.substr(2, 6) + "-" + s.substr(8, 6) + "-" + s.substr(14);
}

// Decimal degrees with hemisphere letters, or degrees, minutes and seconds.
std::string Faker::Coordinates() {
  const int lat = static_cast<int>(rng_.Below(80)), lon = static_cast<int>(rng_.Below(180));
  const char ns = rng_.Chance(0.5) ? 'N' : 'S', ew = rng_.Chance(0.5) ? 'E' : 'W';
  if (rng_.Chance(0.5)) {
    return std::to_string(lat) + "." + rng_.Digits(4) + "\xC2\xB0 " + ns + ", " +
           std::to_string(lon) + "." + rng_.Digits(4) + "\xC2\xB0 " + ew;
  }
  auto sixty = [&] { return TwoDigits(static_cast<int>(rng_.Below(60))); };
  return std::to_string(lat) + "\xC2\xB0" + sixty() + "'" + sixty() + "\"" + ns + " " +
         std::to_string(lon) + "\xC2\xB0" + sixty() + "'" + sixty() + "\"" + ew;
}

std::string Faker::MedicalRecordNumber() {
  switch (rng_.Below(3)) {
    case 0:
      return rng_.Digits(8);
    case 1:
      return "MRN-" + rng_.Digits(7);
    default:
      return std::string(1, rng_.Upper()) + rng_.Upper() + rng_.Digits(6);
  }
}

}  // namespace bench
