#include "detect/validators/eu_ids.h"

#include <cstdint>

#include "core/ascii.h"
#include "detect/validators/dates.h"
#include "detect/validators/luhn.h"

namespace deskbench::validators {

namespace {

int Two(std::string_view s, size_t at) {
  return (s[at] - '0') * 10 + (s[at + 1] - '0');
}

uint64_t Number(std::string_view digits) {
  uint64_t n = 0;
  for (char c : digits) n = n * 10 + static_cast<uint64_t>(c - '0');
  return n;
}

// A real date for some century of the two-digit year `yy`: the format does not always say which.
bool DateInSomeCentury(int yy, int month, int day) {
  return IsCalendarDate(1900 + yy, month, day) || IsCalendarDate(2000 + yy, month, day);
}

constexpr std::string_view kHetuChars = "0123456789ABCDEFHJKLMNPRSTUVWXY";

}  // namespace

int PlPeselCheckDigit(std::string_view first10) {
  if (first10.size() != 10 || !ascii::AllDigits(first10)) return -1;
  static constexpr int kWeights[] = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
  int sum = 0;
  for (size_t i = 0; i < 10; ++i) sum += kWeights[i] * (first10[i] - '0');
  return (10 - sum % 10) % 10;
}

bool PlPeselValid(std::string_view d) {
  if (d.size() != 11 || !ascii::AllDigits(d)) return false;
  const int yy = Two(d, 0);
  int month = Two(d, 2);
  static constexpr int kCenturies[] = {1900, 2000, 2100, 2200, 1800};
  const int century = kCenturies[month / 20];
  month %= 20;
  if (!IsCalendarDate(century + yy, month, Two(d, 4))) return false;
  return PlPeselCheckDigit(d.substr(0, 10)) == d[10] - '0';
}

char FiHetuCheckChar(std::string_view nine) {
  if (nine.size() != 9 || !ascii::AllDigits(nine)) return '\0';
  return kHetuChars[Number(nine) % 31];
}

bool FiHetuValid(std::string_view s) {
  if (s.size() != 11 || !ascii::AllDigits(s.substr(0, 6)) || !ascii::AllDigits(s.substr(7, 3)))
    return false;
  int century = 0;
  const char sign = s[6];
  if (sign == '+') {
    century = 1800;
  } else if (sign == '-' || (sign >= 'U' && sign <= 'Y')) {
    century = 1900;
  } else if (sign >= 'A' && sign <= 'F') {
    century = 2000;
  } else {
    return false;
  }
  if (!IsCalendarDate(century + Two(s, 4), Two(s, 2), Two(s, 0))) return false;
  if (Number(s.substr(7, 3)) < 2) return false;
  char nine[9];
  for (size_t i = 0; i < 6; ++i) nine[i] = s[i];
  for (size_t i = 0; i < 3; ++i) nine[6 + i] = s[7 + i];
  return FiHetuCheckChar({nine, 9}) == s[10];
}

int FrNirKey(std::string_view first13) {
  if (first13.size() != 13) return -1;
  char digits[13];
  for (size_t i = 0; i < 13; ++i) digits[i] = first13[i];
  // Corsica's départements count as 19 (2A) and 18 (2B) in the key.
  if (digits[6] == 'A' || digits[6] == 'B') {
    if (digits[5] != '2') return -1;
    digits[5] = '1';
    digits[6] = digits[6] == 'A' ? '9' : '8';
  }
  const std::string_view n(digits, 13);
  if (!ascii::AllDigits(n)) return -1;
  return static_cast<int>(97 - Number(n) % 97);
}

bool FrNirValid(std::string_view s) {
  if (s.size() != 15 || !ascii::AllDigits(s.substr(13))) return false;
  if (std::string_view("123478").find(s[0]) == std::string_view::npos) return false;
  const int month = ascii::AllDigits(s.substr(3, 2)) ? Two(s, 3) : -1;
  // 20-42 and 50-99 stand for a month nobody recorded.
  if (month < 1 || (month > 12 && month < 20) || (month > 42 && month < 50)) return false;
  const int key = FrNirKey(s.substr(0, 13));
  return key > 0 && key == Two(s, 13);
}

bool SePersonnummerValid(std::string_view d) {
  if (!ascii::AllDigits(d)) return false;
  if (d.size() == 12) {
    const int century = Two(d, 0);
    if (century != 19 && century != 20) return false;
    d.remove_prefix(2);
  }
  if (d.size() != 10) return false;
  int day = Two(d, 4);
  if (day > 60) day -= 60;  // samordningsnummer
  return DateInSomeCentury(Two(d, 0), Two(d, 2), day) && LuhnValid(d);
}

int NoFodselsnummerChecks(std::string_view first9) {
  if (first9.size() != 9 || !ascii::AllDigits(first9)) return -1;
  static constexpr int kW1[] = {3, 7, 6, 1, 8, 9, 4, 5, 2};
  static constexpr int kW2[] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
  int sum = 0;
  for (size_t i = 0; i < 9; ++i) sum += kW1[i] * (first9[i] - '0');
  int k1 = (11 - sum % 11) % 11;
  if (k1 == 10) return -1;
  sum = 0;
  for (size_t i = 0; i < 9; ++i) sum += kW2[i] * (first9[i] - '0');
  sum += kW2[9] * k1;
  int k2 = (11 - sum % 11) % 11;
  if (k2 == 10) return -1;
  return k1 * 10 + k2;
}

bool NoFodselsnummerValid(std::string_view d) {
  if (d.size() != 11 || !ascii::AllDigits(d)) return false;
  int day = Two(d, 0);
  int month = Two(d, 2);
  if (day > 40) day -= 40;      // D-number
  if (month > 80) month -= 80;  // test number
  if (month > 40) month -= 40;  // H-number
  if (!DateInSomeCentury(Two(d, 4), month, day)) return false;
  const int checks = NoFodselsnummerChecks(d.substr(0, 9));
  return checks >= 0 && checks == Two(d, 9);
}

bool BeNationalNumberValid(std::string_view d) {
  if (d.size() != 11 || !ascii::AllDigits(d)) return false;
  int month = Two(d, 2);
  if (month >= 40) {
    month -= 40;
  } else if (month >= 20) {
    month -= 20;  // bis numbers
  }
  const int day = Two(d, 4);
  if (month > 12 || day > 31) return false;
  if (month > 0 && day > 0 && !DateInSomeCentury(Two(d, 0), month, day)) return false;
  const uint64_t first9 = Number(d.substr(0, 9));
  const int check = Two(d, 9);
  return static_cast<int>(97 - first9 % 97) == check ||
         static_cast<int>(97 - (2000000000ull + first9) % 97) == check;
}

bool NlBsnValid(std::string_view d) {
  if (d.size() != 9 || !ascii::AllDigits(d) || Number(d) == 0) return false;
  int sum = 0;
  for (size_t i = 0; i < 8; ++i) sum += static_cast<int>(9 - i) * (d[i] - '0');
  sum -= d[8] - '0';
  return sum % 11 == 0;
}

bool DkCprValid(std::string_view d) {
  return d.size() == 10 && ascii::AllDigits(d) &&
         DateInSomeCentury(Two(d, 4), Two(d, 2), Two(d, 0));
}

int DeSvnrCheckDigit(std::string_view first11) {
  if (first11.size() != 11 || !ascii::AllDigits(first11.substr(0, 8)) ||
      !ascii::AllDigits(first11.substr(9)) || !ascii::IsUpper(first11[8])) {
    return -1;
  }
  // The letter counts as its place in the alphabet, two digits: J is 10.
  const int letter = first11[8] - 'A' + 1;
  const int digits[12] = {first11[0] - '0', first11[1] - '0', first11[2] - '0', first11[3] - '0',
                          first11[4] - '0', first11[5] - '0', first11[6] - '0', first11[7] - '0',
                          letter / 10,      letter % 10,      first11[9] - '0', first11[10] - '0'};
  static constexpr int kWeights[] = {2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1};
  int sum = 0;
  for (size_t i = 0; i < 12; ++i) {
    const int product = digits[i] * kWeights[i];
    sum += product / 10 + product % 10;
  }
  return sum % 10;
}

bool DeSvnrValid(std::string_view s) {
  if (s.size() != 12) return false;
  const int check = DeSvnrCheckDigit(s.substr(0, 11));
  if (check < 0 || check != s[11] - '0') return false;
  const int area = Two(s, 0);
  int day = Two(s, 2);
  if (day > 50) day -= 50;
  return area >= 2 && area <= 89 && DateInSomeCentury(Two(s, 6), Two(s, 4), day);
}

}  // namespace deskbench::validators
