#include "formats/ooxml/xlsx_cells.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "core/ascii.h"

namespace deskbench::ooxml {
namespace {

// Called for every number and date cell (with its column's header): no lower-case copy.
bool Mentions(std::string_view header, std::string_view word) {
  return ascii::ContainsIgnoreCase(header, word);
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

void CivilFromDays(int64_t z, int64_t& y, unsigned& m, unsigned& d) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
}

unsigned DaysInMonth(int64_t y, unsigned m) {
  static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

// Excel's largest date serial (9999-12-31 in the 1900 system).
constexpr int64_t kMaxSerial = 2958465;

bool IsSheetNameForbidden(char c) {
  return c == '[' || c == ']' || c == ':' || c == '*' || c == '?' || c == '/' || c == '\\';
}

bool IsBareNameByte(char c) {
  return ascii::IsWordByte(c) || c == '.' || static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace

std::optional<uint32_t> ColumnOf(std::string_view ref) {
  uint64_t col = 0;
  size_t i = 0;
  if (i < ref.size() && ref[i] == '$') ++i;
  size_t start = i;
  for (; i < ref.size() && i - start < 3; ++i) {
    char c = ref[i];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c < 'A' || c > 'Z') break;
    col = col * 26 + static_cast<uint64_t>(c - 'A' + 1);
  }
  if (i == start) return std::nullopt;
  return static_cast<uint32_t>(col - 1);
}

std::optional<std::string> IntegerDigits(std::string_view value) {
  if (ascii::AllDigits(value)) return std::string(value);
  size_t e = value.find_first_of("eE");
  if (e == std::string_view::npos || e + 2 > value.size()) return std::nullopt;
  std::string_view mantissa = value.substr(0, e);
  std::string_view exponent = value.substr(e + 1);
  if (exponent.front() == '+') exponent.remove_prefix(1);
  if (!ascii::AllDigits(exponent) || exponent.size() > 2) return std::nullopt;
  size_t dot = mantissa.find('.');
  std::string_view whole = mantissa.substr(0, dot);
  std::string_view fraction = dot == std::string_view::npos ? "" : mantissa.substr(dot + 1);
  if (!ascii::AllDigits(whole) || (!fraction.empty() && !ascii::AllDigits(fraction)))
    return std::nullopt;
  size_t shift = static_cast<size_t>(std::atoi(std::string(exponent).c_str()));
  if (fraction.size() > shift) return std::nullopt;  // not a whole number
  std::string digits = std::string(whole) + std::string(fraction);
  digits.append(shift - fraction.size(), '0');
  return digits;
}

bool IsBirthHeader(std::string_view header) {
  return Mentions(header, "birth") || Mentions(header, "born") ||
         ascii::EqualsIgnoreCase(header, "dob") || Mentions(header, "dob ") ||
         Mentions(header, " dob") || Mentions(header, "d.o.b");
}

bool HeaderNamesIdNumber(std::string_view header) {
  static constexpr std::string_view kWords[] = {"phone", "tel", "mobile", "fax", "ssn", "social",
                                                "account", "acct", "card", "iban", "passport",
                                                "licen", "id", "number", "no.",
                                                // Postal codes: "ZIP", "Postal code", "PLZ".
                                                "zip", "postal", "postcode", "plz"};
  for (std::string_view w : kWords) {
    if (Mentions(header, w)) return true;
  }
  return false;
}

bool HeaderNamesCoordinate(std::string_view header) {
  for (std::string_view w : {"latitude", "longitude", "coordinates", "gps"}) {
    if (Mentions(header, w)) return true;
  }
  // Short words only as the whole header: "lat" is in "Translation".
  for (std::string_view w : {"lat", "lng", "lon", "geo", "coords"}) {
    if (ascii::EqualsIgnoreCase(ascii::Trim(header), w)) return true;
  }
  return false;
}

bool PlainDecimal(std::string_view value) {
  if (!value.empty() && value[0] == '-') value.remove_prefix(1);
  const size_t point = value.find('.');
  if (point == std::string_view::npos || point == 0 || point > 3 || point + 1 == value.size()) {
    return false;
  }
  return ascii::AllDigits(value.substr(0, point)) && ascii::AllDigits(value.substr(point + 1));
}

namespace {

// The value's part: nullopt when the header decides.
std::optional<bool> IdNumberByValue(std::string_view value) {
  if (!ascii::AllDigits(value) || value.size() > 19) return false;
  if (value.size() >= 7) return true;
  if (value.size() < 4) return false;
  return std::nullopt;
}

}  // namespace

bool LooksLikeIdNumber(std::string_view value, std::string_view header) {
  return IdNumberByValue(value).value_or(HeaderNamesIdNumber(header));
}

bool LooksLikeIdNumberGiven(std::string_view value, bool header_names_id) {
  return IdNumberByValue(value).value_or(header_names_id);
}

std::optional<std::string> SerialToIsoDate(int64_t serial, bool date1904) {
  if (serial < 1 || serial > kMaxSerial) return std::nullopt;
  int64_t days;
  if (date1904) {
    days = DaysFromCivil(1904, 1, 1) + serial;
  } else if (serial < 60) {
    days = DaysFromCivil(1899, 12, 31) + serial;
  } else if (serial == 60) {
    return std::nullopt;
  } else {
    days = DaysFromCivil(1899, 12, 30) + serial;
  }
  int64_t y;
  unsigned m, d;
  CivilFromDays(days, y, m, d);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u", static_cast<long long>(y), m, d);
  return std::string(buf);
}

std::optional<int64_t> IsoDateToSerial(std::string_view iso, bool date1904) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  if (!ascii::AllDigits(iso.substr(0, 4)) || !ascii::AllDigits(iso.substr(5, 2)) ||
      !ascii::AllDigits(iso.substr(8))) {
    return std::nullopt;
  }
  int64_t y = (iso[0] - '0') * 1000 + (iso[1] - '0') * 100 + (iso[2] - '0') * 10 + (iso[3] - '0');
  unsigned m = static_cast<unsigned>((iso[5] - '0') * 10 + (iso[6] - '0'));
  unsigned d = static_cast<unsigned>((iso[8] - '0') * 10 + (iso[9] - '0'));
  if (m < 1 || m > 12 || d < 1 || d > DaysInMonth(y, m)) return std::nullopt;
  int64_t days = DaysFromCivil(y, m, d);
  int64_t serial;
  if (date1904) {
    serial = days - DaysFromCivil(1904, 1, 1);
  } else {
    serial = days - DaysFromCivil(1899, 12, 30);
    if (serial < 61) serial = days - DaysFromCivil(1899, 12, 31);
  }
  if (serial < 1 || serial > kMaxSerial) return std::nullopt;
  return serial;
}

std::vector<FormulaLiteral> FindFormulaLiterals(std::string_view f) {
  std::vector<FormulaLiteral> out;
  size_t i = 0;
  while (i < f.size()) {
    char c = f[i];
    if (c == '\'') {  // a quoted sheet name: '' escapes an apostrophe
      for (++i; i < f.size(); ++i) {
        if (f[i] != '\'') continue;
        if (i + 1 < f.size() && f[i + 1] == '\'') {
          ++i;
          continue;
        }
        break;
      }
      ++i;
      continue;
    }
    if (c != '"') {
      ++i;
      continue;
    }
    FormulaLiteral lit;
    lit.begin = ++i;
    bool closed = false;
    while (i < f.size()) {
      if (f[i] == '"') {
        if (i + 1 < f.size() && f[i + 1] == '"') {
          lit.text.push_back('"');
          i += 2;
          continue;
        }
        closed = true;
        break;
      }
      lit.text.push_back(f[i++]);
    }
    lit.end = i;
    if (closed) ++i;
    if (!closed) break;  // unbalanced: not a formula we understand, leave it alone
    if (!lit.text.empty()) out.push_back(std::move(lit));
  }
  return out;
}

std::string EscapeFormulaLiteral(std::string_view text) {
  std::string out;
  for (char c : text) {
    out.push_back(c);
    if (c == '"') out.push_back('"');
  }
  return out;
}

std::string ApplyToString(std::string_view text, std::span<const Edit> edits) {
  std::string out;
  size_t pos = 0;
  for (const Edit& e : edits) {
    size_t b = std::min(e.begin, text.size());
    size_t end = std::min(std::max(e.end, b), text.size());
    if (b < pos) continue;
    out.append(text.substr(pos, b - pos));
    out += e.replacement;
    pos = end;
  }
  out.append(text.substr(pos));
  return out;
}

std::string ValidSheetName(std::string_view name) {
  std::string out;
  size_t chars = 0;
  for (size_t i = 0; i < name.size() && chars < 31;) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    len = std::min(len, name.size() - i);
    if (len == 1) {
      char ch = name[i];
      if (IsSheetNameForbidden(ch)) {
        out.push_back(ch == '[' ? '(' : ch == ']' ? ')' : '_');
      } else if (static_cast<unsigned char>(ch) >= 0x20) {
        out.push_back(ch);
      }
    } else {
      out.append(name.substr(i, len));
    }
    i += len;
    ++chars;
  }
  while (!out.empty() && out.front() == '\'') out.erase(out.begin());
  while (!out.empty() && out.back() == '\'') out.pop_back();
  if (out.empty()) out = "Sheet";
  return out;
}

std::string ValidDefinedName(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (ascii::IsWordByte(c) || c == '.' || c == '\\') {
      out.push_back(c);
    } else if (!out.empty() && out.back() != '_') {
      out.push_back('_');
    }
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  if (out.empty() || ascii::IsDigit(out.front()) || out.front() == '.') out.insert(0, "_");
  return out;
}

bool RefersToExternalBook(std::string_view f) {
  bool in_literal = false;
  for (size_t i = 0; i < f.size(); ++i) {
    if (f[i] == '"') in_literal = !in_literal;  // "" inside a literal toggles twice
    if (in_literal || f[i] != '[') continue;
    size_t j = i + 1;
    while (j < f.size() && ascii::IsDigit(f[j])) ++j;
    if (j > i + 1 && j < f.size() && f[j] == ']') return true;
  }
  return false;
}

std::string QuoteSheetName(std::string_view name) {
  std::string out = "'";
  for (char c : name) {
    out.push_back(c);
    if (c == '\'') out.push_back('\'');
  }
  return out + "'";
}

bool RenameSheetReferences(std::string& f, std::string_view old_name, std::string_view new_name) {
  std::string quoted_old = QuoteSheetName(old_name) + "!";
  std::string replacement = QuoteSheetName(new_name) + "!";
  std::string bare_old = std::string(old_name) + "!";
  std::string out;
  bool changed = false;
  size_t i = 0;
  while (i < f.size()) {
    char c = f[i];
    if (c == '"') {  // copy string literals untouched
      size_t j = i + 1;
      while (j < f.size()) {
        if (f[j] == '"' && j + 1 < f.size() && f[j + 1] == '"') {
          j += 2;
          continue;
        }
        if (f[j] == '"') break;
        ++j;
      }
      j = std::min(j + 1, f.size());
      out.append(f, i, j - i);
      i = j;
      continue;
    }
    bool boundary = i == 0 || !IsBareNameByte(f[i - 1]);
    if (c == '\'' && f.compare(i, quoted_old.size(), quoted_old) == 0 && boundary) {
      out += replacement;
      i += quoted_old.size();
      changed = true;
      continue;
    }
    if (boundary && f.compare(i, bare_old.size(), bare_old) == 0) {
      out += replacement;
      i += bare_old.size();
      changed = true;
      continue;
    }
    out.push_back(c);
    ++i;
  }
  if (changed) f = std::move(out);
  return changed;
}

}  // namespace deskbench::ooxml
