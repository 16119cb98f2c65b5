#include "detect/validators/vin.h"

#include "core/ascii.h"

namespace deskbench::validators {

namespace {

// A..Z transliterated; I, O and Q never appear (0 marks them).
constexpr int kLetterValues[26] = {1, 2, 3, 4, 5, 6, 7, 8, 0, 1, 2, 3, 4,
                                   5, 0, 7, 0, 9, 2, 3, 4, 5, 6, 7, 8, 9};
constexpr int kWeights[17] = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

bool VinByte(char c) {
  return ascii::IsDigit(c) || (ascii::IsUpper(c) && c != 'I' && c != 'O' && c != 'Q');
}

}  // namespace

bool VinShape(std::string_view vin) {
  if (vin.size() != 17) return false;
  size_t letters = 0;
  for (size_t i = 0; i < vin.size(); ++i) {
    if (!VinByte(vin[i]) || (i >= 13 && !ascii::IsDigit(vin[i]))) return false;
    letters += ascii::IsUpper(vin[i]);
  }
  return letters >= 2;
}

std::optional<char> VinCheckDigit(std::string_view vin) {
  if (!VinShape(vin)) return std::nullopt;
  int sum = 0;
  for (size_t i = 0; i < vin.size(); ++i) {
    const char c = vin[i];
    const int value = ascii::IsDigit(c) ? c - '0' : kLetterValues[c - 'A'];
    sum += value * kWeights[i];
  }
  const int check = sum % 11;
  return check == 10 ? 'X' : static_cast<char>('0' + check);
}

bool VinCheckValid(std::string_view vin) {
  const auto check = VinCheckDigit(vin);
  return check && *check == vin[8];
}

}  // namespace deskbench::validators
