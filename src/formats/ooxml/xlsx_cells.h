#pragma once
// Small, allocation-light helpers for spreadsheet values: cell references, numbers that look like
// identifiers, date serials, string literals inside formulas, and names Excel accepts.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "formats/document.h"

namespace deskbench::ooxml {

// The zero-based column of a cell reference ("C12" -> 2); nullopt when it has no column letters.
std::optional<uint32_t> ColumnOf(std::string_view ref);

// A number cell's value that could be a phone, account, social security or card number: an
// integer of 7 to 19 digits, or of 4 or more under a header that names such a thing.
bool LooksLikeIdNumber(std::string_view value, std::string_view header);
// The same with the header's part decided beforehand (HeaderNamesIdNumber), for a column's cells.
bool LooksLikeIdNumberGiven(std::string_view value, bool header_names_id);
// True when a header names a phone, account, card, passport... number ("Phone", "Account no.").
bool HeaderNamesIdNumber(std::string_view header);
// The digits of a number cell's value when it is a whole number: "4155552671" as it is, and the
// exponent form Excel writes for 16 digits and more ("4.1111111111111E+15"); nullopt otherwise.
std::optional<std::string> IntegerDigits(std::string_view value);
// True when a header names a latitude, longitude or GPS position: its number cells are scanned
// as coordinates.
bool HeaderNamesCoordinate(std::string_view header);
// "-37.774929": an optional minus, one to three digits, a point and digits, as a spreadsheet
// writes a coordinate (no exponent, no thousands separator).
bool PlainDecimal(std::string_view value);
// True when the header names a date of birth ("DOB", "Birth date", "born").
bool IsBirthHeader(std::string_view header);

// Date serial (whole days; 1900 or 1904 system) <-> "YYYY-MM-DD". The 1900 system's fictitious
// 29 February 1900 (serial 60) has no date.
std::optional<std::string> SerialToIsoDate(int64_t serial, bool date1904);
std::optional<int64_t> IsoDateToSerial(std::string_view iso, bool date1904);

// A "..." literal in formula text: [begin, end) is its contents (quotes excluded), text is the
// contents with "" unescaped.
struct FormulaLiteral {
  size_t begin = 0;
  size_t end = 0;
  std::string text;
};
std::vector<FormulaLiteral> FindFormulaLiterals(std::string_view formula);
std::string EscapeFormulaLiteral(std::string_view text);

// text with edits applied (sorted, not overlapping; others skipped, ranges clamped).
std::string ApplyToString(std::string_view text, std::span<const Edit> edits);

// A sheet name Excel accepts: none of []:*?/\, not empty, at most 31 characters (whole UTF-8
// characters), not starting or ending with an apostrophe.
std::string ValidSheetName(std::string_view name);
// A defined name Excel accepts: letters, digits, '_' and '.', starting with a letter or '_'.
std::string ValidDefinedName(std::string_view name);

// True when a formula refers to another workbook ("[1]Sheet1!A1", "'[2]My sheet'!B2"), outside
// string literals.
bool RefersToExternalBook(std::string_view formula);

// "'Sheet name'" quoting used in references.
std::string QuoteSheetName(std::string_view name);
// Replaces references to sheet old_name (quoted or bare, followed by '!') with new_name, outside
// string literals. Returns true when formula changed.
bool RenameSheetReferences(std::string& formula, std::string_view old_name,
                           std::string_view new_name);

}  // namespace deskbench::ooxml
