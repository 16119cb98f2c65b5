#pragma once
// Vehicle identification numbers (ISO 3779; 49 CFR 565 in North America).

#include <optional>
#include <string_view>

namespace deskbench::validators {

// 17 characters of digits and capitals but I, O and Q, the last four digits (ISO 3779), and at
// least two letters (a manufacturer's code is letters and digits; a 17-digit number is no VIN).
bool VinShape(std::string_view vin);

// The check digit of North American VINs (the ninth character): letters transliterated, weighted
// 8 7 6 5 4 3 2 10 _ 9 8 7 6 5 4 3 2, summed mod 11, 10 written X. nullopt when `vin` is no
// VinShape. Other regions need not use it.
std::optional<char> VinCheckDigit(std::string_view vin);
bool VinCheckValid(std::string_view vin);

}  // namespace deskbench::validators
