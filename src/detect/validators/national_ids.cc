#include "detect/validators/national_ids.h"

#include <array>
#include <span>

#include "core/ascii.h"
#include "detect/validators/luhn.h"

namespace deskbench::validators {

namespace {

int Num(std::string_view digits) {
  int n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}

int WeightedSum(std::string_view digits, std::span<const int> weights) {
  int sum = 0;
  for (size_t i = 0; i < weights.size() && i < digits.size(); ++i) {
    sum += (digits[i] - '0') * weights[i];
  }
  return sum;
}

bool In(char c, std::string_view set) {
  return set.find(c) != std::string_view::npos;
}

}  // namespace

bool UsSsnValid(std::string_view digits) {
  if (digits.size() != 9 || !ascii::AllDigits(digits)) return false;
  int area = Num(digits.substr(0, 3));
  int group = Num(digits.substr(3, 2));
  int serial = Num(digits.substr(5, 4));
  if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0) return false;
  // Printed on a sample card sold with wallets (1938) and in an SSA pamphlet: voided by the SSA.
  return digits != "078051120" && digits != "219099999";
}

bool UsItinValid(std::string_view digits) {
  if (digits.size() != 9 || !ascii::AllDigits(digits) || digits[0] != '9') return false;
  int group = Num(digits.substr(3, 2));
  bool group_ok = (group >= 50 && group <= 65) || (group >= 70 && group <= 88) ||
                  (group >= 90 && group <= 92) || (group >= 94 && group <= 99);
  return group_ok && Num(digits.substr(5, 4)) != 0;
}

bool UsEinValid(std::string_view digits) {
  if (digits.size() != 9 || !ascii::AllDigits(digits)) return false;
  // Prefixes the IRS assigns to its campuses and to online applications.
  int p = Num(digits.substr(0, 2));
  bool prefix_ok = (p >= 1 && p <= 6) || (p >= 10 && p <= 16) || (p >= 20 && p <= 27) ||
                   (p >= 30 && p <= 48) || (p >= 50 && p <= 68) || (p >= 71 && p <= 77) ||
                   (p >= 80 && p <= 88) || (p >= 90 && p <= 95) || p == 98 || p == 99;
  return prefix_ok && Num(digits.substr(2)) != 0;
}

bool UkNinoValid(std::string_view c) {
  if (c.size() != 9) return false;
  char a = c[0], b = c[1];
  if (!ascii::IsUpper(a) || !ascii::IsUpper(b)) return false;
  if (In(a, "DFIQUV") || In(b, "DFIQUVO")) return false;
  std::string_view prefix = c.substr(0, 2);
  for (std::string_view bad : {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}) {
    if (prefix == bad) return false;
  }
  return ascii::AllDigits(c.substr(2, 6)) && c[8] >= 'A' && c[8] <= 'D';
}

bool UkNhsValid(std::string_view digits) {
  if (digits.size() != 10 || !ascii::AllDigits(digits)) return false;
  static constexpr std::array<int, 9> kWeights = {10, 9, 8, 7, 6, 5, 4, 3, 2};
  int check = 11 - WeightedSum(digits, kWeights) % 11;
  if (check == 11) check = 0;
  if (check == 10) return false;
  return check == digits[9] - '0';
}

bool CaSinValid(std::string_view digits) {
  return digits.size() == 9 && digits[0] != '0' && digits[0] != '8' && LuhnValid(digits);
}

bool AuTfnValid(std::string_view digits) {
  if (!ascii::AllDigits(digits)) return false;
  static constexpr std::array<int, 9> kNine = {1, 4, 3, 7, 5, 8, 6, 9, 10};
  static constexpr std::array<int, 8> kEight = {10, 7, 8, 4, 6, 3, 5, 1};
  if (digits.size() == 9) return WeightedSum(digits, kNine) % 11 == 0;
  if (digits.size() == 8) return WeightedSum(digits, kEight) % 11 == 0;
  return false;
}

bool AuAbnValid(std::string_view digits) {
  if (digits.size() != 11 || !ascii::AllDigits(digits) || digits[0] == '0') return false;
  static constexpr std::array<int, 11> kWeights = {10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19};
  int sum = WeightedSum(digits, kWeights) - kWeights[0];  // the first digit counts one less
  return sum % 89 == 0;
}

bool AuMedicareValid(std::string_view digits) {
  if ((digits.size() != 10 && digits.size() != 11) || !ascii::AllDigits(digits)) return false;
  if (digits[0] < '2' || digits[0] > '6') return false;
  static constexpr std::array<int, 8> kWeights = {1, 3, 7, 9, 1, 3, 7, 9};
  if (WeightedSum(digits, kWeights) % 10 != digits[8] - '0') return false;
  // The individual reference number, when present, numbers the people on the card from 1.
  return digits.size() == 10 || digits[10] != '0';
}

bool InPanValid(std::string_view c) {
  if (c.size() != 10) return false;
  for (size_t i : {0u, 1u, 2u, 3u, 4u, 9u}) {
    if (!ascii::IsUpper(c[i])) return false;
  }
  // Holder type: Person, Company, HUF, Firm, AOP, Trust, BOI, Local authority, Juridical person,
  // Government.
  if (!In(c[3], "PCHFATBLJG")) return false;
  std::string_view serial = c.substr(5, 4);
  return ascii::AllDigits(serial) && serial != "0000";
}

namespace {

constexpr int kVerhoeffD[10][10] = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
                                    {2, 3, 4, 0, 1, 7, 8, 9, 5, 6}, {3, 4, 0, 1, 2, 8, 9, 5, 6, 7},
                                    {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
                                    {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
                                    {8, 7, 6, 5, 9, 3, 2, 1, 0, 4}, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
constexpr int kVerhoeffP[8][10] = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
                                   {5, 8, 0, 3, 7, 9, 6, 1, 4, 2}, {8, 9, 1, 6, 0, 4, 3, 5, 2, 7},
                                   {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
                                   {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};
constexpr int kVerhoeffInv[10] = {0, 4, 3, 2, 1, 5, 6, 7, 8, 9};

// Folds digits right to left; `shift` is 1 when the check digit is still to be appended.
int VerhoeffFold(std::string_view digits, size_t shift) {
  int c = 0;
  size_t pos = 0;
  for (size_t i = digits.size(); i-- > 0; ++pos) {
    c = kVerhoeffD[c][kVerhoeffP[(pos + shift) % 8][digits[i] - '0']];
  }
  return c;
}

}  // namespace

bool VerhoeffValid(std::string_view digits) {
  return ascii::AllDigits(digits) && VerhoeffFold(digits, 0) == 0;
}

int VerhoeffCheckDigit(std::string_view digits) {
  if (!ascii::AllDigits(digits)) return -1;
  return kVerhoeffInv[VerhoeffFold(digits, 1)];
}

bool InAadhaarValid(std::string_view digits) {
  return digits.size() == 12 && digits[0] >= '2' && VerhoeffValid(digits);
}

char SgNricCheckLetter(std::string_view c) {
  if (c.size() < 8 || !ascii::AllDigits(c.substr(1, 7))) return '\0';
  static constexpr std::array<int, 7> kWeights = {2, 7, 6, 5, 4, 3, 2};
  int sum = WeightedSum(c.substr(1, 7), kWeights);
  // Each prefix (century or issue series) offsets the sum and has its own letter table.
  switch (c[0]) {
    case 'S':
      return "JZIHGFEDCBA"[sum % 11];
    case 'T':
      return "JZIHGFEDCBA"[(sum + 4) % 11];
    case 'F':
      return "XWUTRQPNMLK"[sum % 11];
    case 'G':
      return "XWUTRQPNMLK"[(sum + 4) % 11];
    case 'M':
      return "XWUTRQPNJLK"[(sum + 3) % 11];
    default:
      return '\0';
  }
}

bool SgNricValid(std::string_view c) {
  if (c.size() != 9) return false;
  char want = SgNricCheckLetter(c);
  return want != '\0' && c[8] == want;
}

char EsNifLetter(unsigned number) {
  return "TRWAGMYFPDXBNJZSQVHLCKE"[number % 23];
}

bool EsNifValid(std::string_view c) {
  if (c.size() != 9 || !ascii::IsUpper(c[8])) return false;
  unsigned number = 0;
  size_t from = 0;
  if (c[0] == 'X' || c[0] == 'Y' || c[0] == 'Z') {
    number = static_cast<unsigned>(c[0] - 'X');  // NIE: X, Y, Z stand for 0, 1, 2
    from = 1;
  }
  std::string_view digits = c.substr(from, 8 - from);
  if (!ascii::AllDigits(digits)) return false;
  for (char d : digits) number = number * 10 + static_cast<unsigned>(d - '0');
  return EsNifLetter(number) == c[8];
}

namespace {

// Omocodia: when two people would share a code, digits are replaced by these letters, in order.
int OmocodiaDigit(char c) {
  if (ascii::IsDigit(c)) return c - '0';
  static constexpr std::string_view kLetters = "LMNPQRSTUV";
  size_t i = kLetters.find(c);
  return i == std::string_view::npos ? -1 : static_cast<int>(i);
}

}  // namespace

char ItFiscalCheckChar(std::string_view c) {
  if (c.size() < 15) return '\0';
  // Values of a character in an odd (1st, 3rd, ...) position; digits share their letter's value.
  static constexpr int kOdd[26] = {1,  0,  5, 7, 9, 13, 15, 17, 19, 21, 2,  4,  18,
                                   20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
  int sum = 0;
  for (size_t i = 0; i < 15; ++i) {
    int v;
    if (ascii::IsDigit(c[i])) {
      v = c[i] - '0';
    } else if (ascii::IsUpper(c[i])) {
      v = c[i] - 'A';
    } else {
      return '\0';
    }
    sum += (i % 2 == 0) ? kOdd[v] : v;
  }
  return static_cast<char>('A' + sum % 26);
}

bool ItFiscalCodeValid(std::string_view c) {
  if (c.size() != 16) return false;
  for (size_t i : {0u, 1u, 2u, 3u, 4u, 5u, 8u, 11u, 15u}) {
    if (!ascii::IsUpper(c[i])) return false;
  }
  for (size_t i : {6u, 7u, 9u, 10u, 12u, 13u, 14u}) {
    if (OmocodiaDigit(c[i]) < 0) return false;
  }
  if (!In(c[8], "ABCDEHLMPRST")) return false;  // month letters January..December
  int day = OmocodiaDigit(c[9]) * 10 + OmocodiaDigit(c[10]);
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return false;  // +40 for women
  return ItFiscalCheckChar(c) == c[15];
}

int DeTaxIdCheckDigit(std::string_view first10) {
  if (first10.size() < 10 || !ascii::AllDigits(first10.substr(0, 10))) return -1;
  int product = 10;
  for (size_t i = 0; i < 10; ++i) {
    int sum = (first10[i] - '0' + product) % 10;
    if (sum == 0) sum = 10;
    product = (sum * 2) % 11;
  }
  int check = 11 - product;
  return check == 10 ? 0 : check;
}

bool DeTaxIdValid(std::string_view digits) {
  if (digits.size() != 11 || !ascii::AllDigits(digits) || digits[0] == '0') return false;
  // Of the first ten digits exactly one occurs twice or three times (never three in a row); the
  // others at most once.
  std::array<int, 10> count{};
  for (size_t i = 0; i < 10; ++i) ++count[static_cast<size_t>(digits[i] - '0')];
  int repeated = 0;
  for (int n : count) {
    if (n > 3) return false;
    if (n >= 2) ++repeated;
  }
  if (repeated != 1) return false;
  for (size_t i = 0; i + 2 < 10; ++i) {
    if (digits[i] == digits[i + 1] && digits[i] == digits[i + 2]) return false;
  }
  return DeTaxIdCheckDigit(digits) == digits[10] - '0';
}

}  // namespace deskbench::validators
