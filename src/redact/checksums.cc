#include "redact/checksums.h"

#include "core/ascii.h"

namespace deskbench::redact {

namespace {
bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!ascii::IsDigit(c)) return false;
  }
  return true;
}

int LuhnSum(std::string_view digits, bool double_last) {
  int sum = 0;
  bool dbl = double_last;
  for (size_t i = digits.size(); i-- > 0;) {
    int d = digits[i] - '0';
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return sum;
}

// Letters count as 10..35; the remainder is taken digit by digit so any length fits.
std::optional<int> Mod97(std::string_view s) {
  int r = 0;
  for (char c : s) {
    if (ascii::IsDigit(c)) {
      r = (r * 10 + (c - '0')) % 97;
    } else if (ascii::IsAlpha(c)) {
      int v = ascii::ToUpper(c) - 'A' + 10;
      r = (r * 100 + v) % 97;
    } else {
      return std::nullopt;
    }
  }
  return r;
}

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

int VerhoeffRun(std::string_view digits, int offset) {
  int c = 0;
  size_t n = digits.size();
  for (size_t i = 0; i < n; ++i) {
    int d = digits[n - 1 - i] - '0';
    c = kVerhoeffD[c][kVerhoeffP[(i + offset) % 8][d]];
  }
  return c;
}
}  // namespace

bool LuhnValid(std::string_view digits) {
  return AllDigits(digits) && digits.size() > 1 && LuhnSum(digits, false) % 10 == 0;
}

char LuhnCheckDigit(std::string_view payload) {
  int sum = LuhnSum(payload, true);
  return static_cast<char>('0' + (10 - sum % 10) % 10);
}

bool IbanValid(std::string_view iban) {
  if (iban.size() < 5) return false;
  std::string rearranged(iban.substr(4));
  rearranged.append(iban.substr(0, 4));
  auto r = Mod97(rearranged);
  return r && *r == 1;
}

std::optional<int> IbanCheck(std::string_view country, std::string_view bban) {
  std::string s(bban);
  s.append(country);
  s.append("00");
  auto r = Mod97(s);
  if (!r) return std::nullopt;
  return 98 - *r;
}

bool AbaValid(std::string_view d) {
  if (d.size() != 9 || !AllDigits(d)) return false;
  int sum = 0;
  static constexpr int kW[9] = {3, 7, 1, 3, 7, 1, 3, 7, 1};
  for (int i = 0; i < 9; ++i) sum += kW[i] * (d[i] - '0');
  return sum % 10 == 0;
}

char AbaCheckDigit(std::string_view d) {
  static constexpr int kW[8] = {3, 7, 1, 3, 7, 1, 3, 7};
  int sum = 0;
  for (int i = 0; i < 8 && i < static_cast<int>(d.size()); ++i) sum += kW[i] * (d[i] - '0');
  return static_cast<char>('0' + (10 - sum % 10) % 10);
}

std::optional<char> NhsCheckDigit(std::string_view d) {
  if (d.size() < 9) return std::nullopt;
  int sum = 0;
  for (int i = 0; i < 9; ++i) sum += (10 - i) * (d[i] - '0');
  int check = 11 - sum % 11;
  if (check == 11) check = 0;
  if (check == 10) return std::nullopt;
  return static_cast<char>('0' + check);
}

bool NhsValid(std::string_view d) {
  if (d.size() != 10 || !AllDigits(d)) return false;
  auto c = NhsCheckDigit(d);
  return c && *c == d[9];
}

char VerhoeffCheckDigit(std::string_view payload) {
  return static_cast<char>('0' + kVerhoeffInv[VerhoeffRun(payload, 1)]);
}

bool VerhoeffValid(std::string_view digits) {
  return AllDigits(digits) && VerhoeffRun(digits, 0) == 0;
}

char Mod11_10CheckDigit(std::string_view payload) {
  int product = 10;
  for (char c : payload) {
    int sum = (c - '0' + product) % 10;
    if (sum == 0) sum = 10;
    product = (sum * 2) % 11;
  }
  int check = 11 - product;
  if (check == 10) check = 0;
  return static_cast<char>('0' + check);
}

}  // namespace deskbench::redact
