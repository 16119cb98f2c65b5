#include "redact/checksums.h"

#include "core/ascii.h"
#include "detect/validators/checksums.h"
#include "detect/validators/luhn.h"
#include "detect/validators/national_ids.h"

namespace deskbench::redact {

namespace {

// The validity checks are detection's (one implementation of each published rule); what only
// surrogates need, computing a check digit, lives here.
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

}  // namespace

bool LuhnValid(std::string_view digits) {
  return deskbench::LuhnValid(digits);
}

char LuhnCheckDigit(std::string_view payload) {
  int sum = LuhnSum(payload, true);
  return static_cast<char>('0' + (10 - sum % 10) % 10);
}

bool IbanValid(std::string_view iban) {
  return iban.size() >= 5 && IbanMod97Valid(iban);
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
  if (d.size() != 9 || !ascii::AllDigits(d)) return false;
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
  return validators::UkNhsValid(d);
}

char VerhoeffCheckDigit(std::string_view payload) {
  return static_cast<char>('0' + validators::VerhoeffCheckDigit(payload));
}

bool VerhoeffValid(std::string_view digits) {
  return validators::VerhoeffValid(digits);
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
