#pragma once
// Numbers of identity documents (passports, identity cards, driving licences, residence permits)
// differ by country and state; what they share is read here for every recognizer that takes a
// value its keyword or column calls a document number.

#include <string_view>

namespace deskbench::validators {

// A date ("2024.01.31", "31/01/2024") or a decimal ("12345.678").
bool DateOrDecimal(std::string_view s);

// Letters and digits that can be a document's number: 3 to 20 digits, not all the same, not
// masked ("XXXXX1234"), no word of three letters or more without a digit ("Not issued", "GB
// 2031"), and no date or decimal: "C01X00T47", "S530-4609-1234", "MORGA753116SM9IJ".
bool PlausibleDocumentNumber(std::string_view s);

}  // namespace deskbench::validators
