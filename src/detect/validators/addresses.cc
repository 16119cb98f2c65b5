#include "detect/validators/addresses.h"

#include <algorithm>
#include <iterator>

#include "core/ascii.h"

namespace deskbench::validators {

namespace {

bool In(char c, std::string_view set) {
  return set.find(c) != std::string_view::npos;
}

// Letters allowed in each position of a postcode (Royal Mail's rules).
constexpr std::string_view kFirst = "ABCDEFGHIJKLMNOPRSTUWYZ";    // not Q, V, X
constexpr std::string_view kSecond = "ABCDEFGHKLMNOPQRSTUVWXY";   // not I, J, Z
constexpr std::string_view kThirdAfterDigit = "ABCDEFGHJKPSTUW";  // A9A
constexpr std::string_view kFourth = "ABEHMNPRVWXY";              // AA9A
constexpr std::string_view kInward = "ABDEFGHJLNPQRSTUWXYZ";      // not C, I, K, M, O, V

bool OutwardValid(std::string_view o) {
  auto d = [&](size_t i) { return ascii::IsDigit(o[i]); };
  if (o.empty() || !In(o[0], kFirst)) return false;
  switch (o.size()) {
    case 2:
      return d(1);  // A9
    case 3:
      return (d(1) && d(2)) ||                      // A99
             (In(o[1], kSecond) && d(2)) ||         // AA9
             (d(1) && In(o[2], kThirdAfterDigit));  // A9A
    case 4:
      return In(o[1], kSecond) && d(2) && (d(3) || In(o[3], kFourth));  // AA99, AA9A
    default:
      return false;
  }
}

bool PostcodeParts(std::string_view outward, std::string_view inward) {
  if (inward.size() != 3 || !ascii::IsDigit(inward[0]) || !In(inward[1], kInward) ||
      !In(inward[2], kInward)) {
    return false;
  }
  if (outward == "GIR") return inward == "0AA";  // Girobank's historic postcode
  return OutwardValid(outward);
}

}  // namespace

bool UkPostcodeValid(std::string_view s) {
  std::string_view outward, inward;
  size_t space = s.find(' ');
  if (space != std::string_view::npos) {
    outward = s.substr(0, space);
    inward = s.substr(space + 1);
  } else {
    if (s.size() < 5) return false;
    outward = s.substr(0, s.size() - 3);
    inward = s.substr(s.size() - 3);
  }
  return PostcodeParts(outward, inward);
}

bool IsUsStateCode(std::string_view s) {
  static constexpr std::string_view kCodes[] = {
      "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL",
      "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE",
      "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD",
      "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR", "GU", "VI", "AS", "MP"};
  for (std::string_view c : kCodes) {
    if (s == c) return true;
  }
  return false;
}

namespace {

bool WordByteAt(std::string_view text, size_t i) {
  return i < text.size() && ascii::IsAlnum(text[i]);
}

// ", " or " " (a "." may end an abbreviation first): the separator between address parts.
size_t SkipSeparator(std::string_view text, size_t i) {
  if (i < text.size() && text[i] == '.') ++i;
  if (i < text.size() && text[i] == ',') ++i;
  size_t spaces = 0;
  while (i < text.size() && text[i] == ' ' && spaces < 3) {
    ++i;
    ++spaces;
  }
  return spaces > 0 ? i : std::string_view::npos;
}

// A capitalised word ("Springfield", "O'Hare", "NW"); returns its end or npos.
size_t Word(std::string_view text, size_t i) {
  if (i >= text.size() || !ascii::IsUpper(text[i])) return std::string_view::npos;
  size_t j = i + 1;
  while (j < text.size() && j - i < 24 &&
         (ascii::IsAlpha(text[j]) || text[j] == '\'' || text[j] == '-')) {
    ++j;
  }
  return WordByteAt(text, j) ? std::string_view::npos : j;
}

size_t Unit(std::string_view text, size_t i) {
  static constexpr std::string_view kUnits[] = {"apartment", "apt", "suite", "ste", "unit",
                                                "floor",     "fl",  "room",  "rm",  "#"};
  for (std::string_view u : kUnits) {
    if (text.size() - i < u.size() || !ascii::EqualsIgnoreCase(text.substr(i, u.size()), u)) {
      continue;
    }
    size_t j = i + u.size();
    if (u != "#" && WordByteAt(text, j)) continue;
    if (j < text.size() && text[j] == '.') ++j;
    if (j < text.size() && text[j] == ' ') ++j;
    if (j < text.size() && text[j] == '#') ++j;
    size_t k = j;
    while (k < text.size() && k - j < 6 && (ascii::IsAlnum(text[k]) || text[k] == '-')) ++k;
    if (k == j || WordByteAt(text, k)) continue;
    return k;
  }
  return std::string_view::npos;
}

// "IL", "IL 62704", "IL 62704-1234".
size_t StateAndZip(std::string_view text, size_t i) {
  if (text.size() - i < 2 || !IsUsStateCode(text.substr(i, 2)) || WordByteAt(text, i + 2)) {
    return std::string_view::npos;
  }
  size_t end = i + 2;
  auto digits = [&](size_t from, size_t n) {
    for (size_t k = 0; k < n; ++k) {
      if (from + k >= text.size() || !ascii::IsDigit(text[from + k])) return false;
    }
    return !WordByteAt(text, from + n) || text[from + n] == '-';
  };
  if (end + 1 < text.size() && text[end] == ' ' && digits(end + 1, 5)) {
    end += 6;
    if (end < text.size() && text[end] == '-' && digits(end + 1, 4) && !WordByteAt(text, end + 5)) {
      end += 5;
    } else if (WordByteAt(text, end)) {
      end -= 6;
    }
  }
  return end;
}

// "VIC 3065", "NT, 0820": an Australian state or territory and its four-digit postcode.
size_t AuStateAndPostcode(std::string_view text, size_t i) {
  static constexpr std::string_view kStates[] = {"NSW", "VIC", "QLD", "WA",
                                                 "SA",  "TAS", "ACT", "NT"};
  for (std::string_view st : kStates) {
    if (text.size() - i < st.size() || text.substr(i, st.size()) != st ||
        WordByteAt(text, i + st.size())) {
      continue;
    }
    size_t j = i + st.size();
    if (j < text.size() && text[j] == ',') ++j;
    if (j >= text.size() || text[j] != ' ') return std::string_view::npos;
    ++j;
    for (size_t k = 0; k < 4; ++k) {
      if (j + k >= text.size() || !ascii::IsDigit(text[j + k])) return std::string_view::npos;
    }
    return WordByteAt(text, j + 4) ? std::string_view::npos : j + 4;
  }
  return std::string_view::npos;
}

// "ON M5V 3L9", "BC V6B4Y8": a Canadian province or territory and its postal code (Canada Post:
// letter, digit, letter, digit, letter, digit; never D, F, I, O, Q or U, nor W or Z first).
size_t CaProvinceAndPostalCode(std::string_view text, size_t i) {
  static constexpr std::string_view kProvinces[] = {"AB", "BC", "MB", "NB", "NL", "NS", "NT",
                                                    "NU", "ON", "PE", "QC", "SK", "YT"};
  if (text.size() - i < 9) return std::string_view::npos;
  bool province = false;
  for (std::string_view p : kProvinces) province |= text.substr(i, 2) == p;
  if (!province || text[i + 2] != ' ') return std::string_view::npos;
  auto letter = [&](size_t k, bool first) {
    const char c = k < text.size() ? text[k] : '\0';
    return ascii::IsUpper(c) &&
           std::string_view(first ? "DFIOQUWZ" : "DFIOQU").find(c) == std::string_view::npos;
  };
  auto digit = [&](size_t k) { return k < text.size() && ascii::IsDigit(text[k]); };
  size_t j = i + 3;
  if (!letter(j, true) || !digit(j + 1) || !letter(j + 2, false)) return std::string_view::npos;
  j += 3;
  if (j < text.size() && text[j] == ' ') ++j;
  if (!digit(j) || !letter(j + 1, false) || !digit(j + 2) || WordByteAt(text, j + 3)) {
    return std::string_view::npos;
  }
  return j + 3;
}

// "SW1A 2AA": a postcode written with its space.
size_t Postcode(std::string_view text, size_t i) {
  size_t space = i;
  while (space < text.size() && space - i < 4 && ascii::IsAlnum(text[space])) ++space;
  if (space >= text.size() || text[space] != ' ' || space + 4 > text.size()) {
    return std::string_view::npos;
  }
  if (WordByteAt(text, space + 4) || !UkPostcodeValid(text.substr(i, space + 4 - i))) {
    return std::string_view::npos;
  }
  return space + 4;
}

// "560001", "560 001", "1010", "048616", "01310-200": a postcode of digits after a town, as
// India, Singapore, New Zealand, South Africa, Brazil and most of Europe write them. Not a year
// ("Auckland 2019").
size_t NumericPostcode(std::string_view text, size_t i) {
  size_t j = i;
  while (j < text.size() && j - i < 7 && ascii::IsDigit(text[j])) ++j;
  const size_t digits = j - i;
  if (digits == 3 && ascii::ByteAt(text, j) == ' ') {  // India's "560 001"
    size_t k = j + 1;
    while (k < text.size() && k - j <= 4 && ascii::IsDigit(text[k])) ++k;
    if (k - j - 1 == 3 && !WordByteAt(text, k)) return k;
  }
  if (digits == 5 && ascii::ByteAt(text, j) == '-') {  // Brazil's "01310-200"
    size_t k = j + 1;
    while (k < text.size() && k - j <= 4 && ascii::IsDigit(text[k])) ++k;
    if (k - j - 1 == 3 && !WordByteAt(text, k)) return k;
  }
  if (digits < 4 || digits > 6 || WordByteAt(text, j)) return std::string_view::npos;
  if (digits == 4 && (text.substr(i, 2) == "19" || text.substr(i, 2) == "20")) {
    return std::string_view::npos;
  }
  // A decimal or a longer figure ("Auckland 1010.5", "Durban 8001,20") is no code.
  if ((ascii::ByteAt(text, j) == '.' || ascii::ByteAt(text, j) == ',') &&
      ascii::IsDigit(ascii::ByteAt(text, j + 1))) {
    return std::string_view::npos;
  }
  return j;
}

// A postal code written before its town, as continental Europe, Brazil and India write them and
// many forms do for every country: "10115", "72042-7636", "01310-200", "560 001", "1865 CQ",
// "SW1A 2AA", "A3Q 7N5". Returns its end or npos.
size_t CodeBeforeTown(std::string_view text, size_t i) {
  if (size_t p = Postcode(text, i); p != std::string_view::npos) return p;
  auto digits = [&](size_t from, size_t n) {
    for (size_t k = 0; k < n; ++k) {
      if (!ascii::IsDigit(ascii::ByteAt(text, from + k))) return false;
    }
    return true;
  };
  auto upper = [&](size_t k) { return ascii::IsUpper(ascii::ByteAt(text, k)); };
  // A ZIP+4 code, and the Dutch four digits and two letters.
  if (digits(i, 5) && ascii::ByteAt(text, i + 5) == '-' && digits(i + 6, 4) &&
      !WordByteAt(text, i + 10)) {
    return i + 10;
  }
  if (digits(i, 4) && ascii::ByteAt(text, i + 4) == ' ' && upper(i + 5) && upper(i + 6) &&
      !WordByteAt(text, i + 7)) {
    return i + 7;
  }
  // A Canadian postal code without its province.
  if (upper(i) && digits(i + 1, 1) && upper(i + 2) && ascii::ByteAt(text, i + 3) == ' ' &&
      digits(i + 4, 1) && upper(i + 5) && digits(i + 6, 1) && !WordByteAt(text, i + 7)) {
    return i + 7;
  }
  return NumericPostcode(text, i);
}

// ", 10115 Berlin", ", 74070-144 Moreira do Descoberto", ", S8J 6Z8 Lake Gérardburgh": a postal
// code, then the town: one to three capitalised words, joined by the particles of place names.
// Returns the town's end or npos.
size_t CodeThenTown(std::string_view text, size_t i) {
  const size_t code = CodeBeforeTown(text, i);
  if (code == std::string_view::npos || ascii::ByteAt(text, code) != ' ') {
    return std::string_view::npos;
  }
  static constexpr std::string_view kParticles[] = {"de",  "do",  "da",  "dos", "das", "du",
                                                    "des", "del", "di",  "la",  "le",  "sur",
                                                    "am",  "an",  "der", "en",  "upon"};
  static constexpr std::string_view kNotTown[] = {"The", "A",   "An", "In", "On", "At",  "To",
                                                  "For", "Our", "We", "I",  "It", "This"};
  auto word_end = [&](size_t k) {
    while (k < text.size() && (ascii::IsLetterByte(text[k]) || text[k] == '\'' || text[k] == '-')) {
      ++k;
    }
    return k;
  };
  size_t end = std::string_view::npos;
  size_t k = code + 1;
  for (int words = 0; words < 3 && k < text.size();) {
    const size_t w = word_end(k);
    const std::string_view word = text.substr(k, w - k);
    const bool capital = ascii::IsUpper(text[k]) || static_cast<unsigned char>(text[k]) >= 0xC3;
    const bool particle =
        end != std::string_view::npos &&
        std::find(std::begin(kParticles), std::end(kParticles), word) != std::end(kParticles);
    if (w == k || (!capital && !particle)) break;
    if (end == std::string_view::npos &&
        std::find(std::begin(kNotTown), std::end(kNotTown), word) != std::end(kNotTown)) {
      return std::string_view::npos;
    }
    if (!particle) {
      end = w;
      ++words;
    }
    if (ascii::ByteAt(text, w) != ' ') break;
    k = w + 1;
  }
  return end;
}

// ", Springfield, IL 62704", ", London SW1A 2AA", ", Fitzroy VIC 3065" or ", Toronto, ON M5V
// 3L9": up to three place words, then a state or province code (after at least one word) or a
// postcode. A postcode of digits alone ("Bengaluru, Karnataka 560001") only on the street's own
// line: on the lines under it, a word and a number are as likely a total or a date.
size_t PlaceTail(std::string_view text, size_t i, bool across_lines, bool digits_alone) {
  size_t words = 0;
  // After a state or province code the code has its country's form ("NSW 20001" is none).
  bool region_code = false;
  while (i != std::string_view::npos && i < text.size()) {
    if (words > 0) {
      // Australia's first: "WA 6000" and "SA 5000" are its states, with four digits.
      if (size_t s = AuStateAndPostcode(text, i); s != std::string_view::npos) return s;
      if (size_t s = CaProvinceAndPostalCode(text, i); s != std::string_view::npos) return s;
      if (size_t s = StateAndZip(text, i); s != std::string_view::npos) return s;
      if (digits_alone && !region_code) {
        if (size_t s = NumericPostcode(text, i); s != std::string_view::npos) return s;
      }
    }
    if (size_t p = Postcode(text, i); p != std::string_view::npos) return p;
    if (words == 3) break;
    size_t w = Word(text, i);
    if (w == std::string_view::npos) break;
    ++words;
    const std::string_view word = text.substr(i, w - i);
    region_code = word.size() >= 2 && word.size() <= 3 &&
                  std::all_of(word.begin(), word.end(), ascii::IsUpper);
    i = SkipSeparator(text, w);
    // "London\nSW1A 2AA": the town on a line of its own, the code on the next.
    if (i == std::string_view::npos && across_lines) {
      i = SkipLineBreak(text, w);
      digits_alone = false;
    }
  }
  return std::string_view::npos;
}

bool IsHouseNumber(std::string_view t) {
  size_t i = 0;
  while (i < t.size() && i < 6 && ascii::IsDigit(t[i])) ++i;
  if (i == 0) return false;
  if (i < t.size() && t[i] == '-') {  // a range: "10-12"
    size_t j = i + 1;
    while (j < t.size() && j - i <= 4 && ascii::IsDigit(t[j])) ++j;
    return j > i + 1 && j == t.size();
  }
  if (i < t.size() && ascii::IsAlpha(t[i])) ++i;  // "221B"
  return i == t.size();
}

bool IsStreetNameWord(std::string_view t) {
  if (t.empty()) return false;
  if (ascii::IsUpper(t[0])) {
    for (size_t i = 1; i < t.size(); ++i) {
      char c = t[i];
      if (!ascii::IsAlpha(c) && c != '\'' && c != '-' && !(c == '.' && i + 1 == t.size())) {
        return false;
      }
    }
    return true;
  }
  // An ordinal: "5th", "42nd", "101ST".
  size_t i = 0;
  while (i < t.size() && i < 3 && ascii::IsDigit(t[i])) ++i;
  if (i == 0 || t.size() != i + 2) return false;
  std::string_view suffix = t.substr(i);
  for (std::string_view s : {"st", "nd", "rd", "th"}) {
    if (ascii::EqualsIgnoreCase(suffix, s)) return true;
  }
  return false;
}

// Back over a flat, unit or floor written before the house number, as Britain and Australia do
// ("Flat 3, 22 Baker Street", "Unit 4, 15 Harbour Esplanade", "Level 5, 1 Martin Place");
// `number` when none is there.
size_t UnitBefore(std::string_view text, size_t number) {
  size_t i = number;
  size_t blanks = 0;
  while (i > 0 && text[i - 1] == ' ' && blanks < 2) {
    --i;
    ++blanks;
  }
  if (blanks == 0 || i == 0 || text[i - 1] != ',') return number;
  --i;
  size_t id = i;
  while (id > 0 && i - id < 5 && ascii::IsAlnum(text[id - 1])) --id;
  if (id == i || !ascii::IsDigit(text[id]) || id < 2 || text[id - 1] != ' ') return number;
  size_t word = id - 1;
  while (word > 0 && ascii::IsAlpha(text[word - 1])) --word;
  std::string_view unit = text.substr(word, id - 1 - word);
  if (word > 0 && ascii::IsWordByte(text[word - 1])) return number;
  for (std::string_view u : {"Flat", "Unit", "Apartment", "Apt", "Suite", "Studio", "Level",
                             "Floor", "Shop", "FLAT", "UNIT", "LEVEL"}) {
    if (unit == u) return word;
  }
  return number;
}

}  // namespace

size_t SkipLineBreak(std::string_view text, size_t i) {
  if (i < text.size() && text[i] == ',') ++i;
  while (i < text.size() && text[i] == ' ') ++i;
  if (i < text.size() && text[i] == '\r') ++i;
  if (i >= text.size() || text[i] != '\n') return std::string_view::npos;
  ++i;
  for (size_t blanks = 0; i < text.size() && (text[i] == ' ' || text[i] == '\t') && blanks < 8;
       ++blanks) {
    ++i;
  }
  return i;
}

size_t StreetAddressStart(std::string_view text, size_t type_begin) {
  if (type_begin > text.size()) return std::string_view::npos;
  size_t i = type_begin;
  int words = 0;
  while (words <= 3) {
    if (i == 0 || text[i - 1] != ' ') return std::string_view::npos;
    --i;
    size_t j = i;
    while (j > 0 && i - j < 24 &&
           (ascii::IsAlnum(text[j - 1]) || text[j - 1] == '\'' || text[j - 1] == '-' ||
            text[j - 1] == '.')) {
      --j;
    }
    std::string_view token = text.substr(j, i - j);
    if (words > 0 && IsHouseNumber(token)) {
      if (j > 0 && ascii::IsWordByte(text[j - 1])) return std::string_view::npos;
      return UnitBefore(text, j);
    }
    if (!IsStreetNameWord(token)) return std::string_view::npos;
    ++words;
    i = j;
  }
  return std::string_view::npos;
}

size_t ExtendStreetAddress(std::string_view text, size_t end) {
  if (end > text.size()) return end;
  if (size_t s = SkipSeparator(text, end); s != std::string_view::npos) {
    if (size_t u = Unit(text, s); u != std::string_view::npos) end = u;
  }
  if (size_t s = SkipSeparator(text, end); s != std::string_view::npos) {
    if (size_t t = CodeThenTown(text, s); t != std::string_view::npos) return t;
    if (size_t t = PlaceTail(text, s, true, true); t != std::string_view::npos) return t;
  }
  // The lines under it, when they end in a ZIP code or postcode: a tail that ends in none is
  // another line of the text.
  if (size_t s = SkipLineBreak(text, end); s != std::string_view::npos) {
    if (size_t t = PlaceTail(text, s, true, false); t != std::string_view::npos) return t;
  }
  return end;
}

float StreetAddressScore(std::string_view address) {
  address = ascii::Trim(address);
  size_t last_space = address.rfind(' ');
  std::string_view last =
      last_space == std::string_view::npos ? address : address.substr(last_space + 1);
  std::string_view before_last =
      last_space == std::string_view::npos ? std::string_view{} : address.substr(0, last_space);
  size_t prev_space = before_last.rfind(' ');
  std::string_view prev =
      prev_space == std::string_view::npos ? before_last : before_last.substr(prev_space + 1);
  bool zip = (last.size() == 5 || last.size() == 10) && ascii::IsDigit(last[0]) &&
             ascii::IsDigit(last[4]) && (last.size() == 5 || last[5] == '-');
  bool postcode = UkPostcodeValid(last) || PostcodeParts(prev, last);
  bool state = IsUsStateCode(last);
  if (zip || postcode || state) return 0.9f;
  // A postal code before the town that ends it: "..., 10115 Berlin".
  for (size_t at = address.find(", "); at != std::string_view::npos;
       at = address.find(", ", at + 1)) {
    if (CodeThenTown(address, at + 2) == address.size()) return 0.9f;
  }
  // An Australian state and postcode, or a Canadian province and postal code, end it.
  for (size_t at = address.find(' '); at != std::string_view::npos;
       at = address.find(' ', at + 1)) {
    if (AuStateAndPostcode(address, at + 1) == address.size() ||
        CaProvinceAndPostalCode(address, at + 1) == address.size()) {
      return 0.9f;
    }
  }
  for (std::string_view unit :
       {"Apt", "Apartment", "Suite", "Ste", "Unit", "#", "Floor", "Fl", "Room", "Rm", "APT",
        "SUITE", "STE", "UNIT", "Flat", "Studio", "FLAT"}) {
    for (size_t at = address.find(unit); at != std::string_view::npos;
         at = address.find(unit, at + 1)) {
      size_t after = at + unit.size();
      if (at > 0 && address[at - 1] == ' ' &&
          (after == address.size() || !ascii::IsAlpha(address[after]))) {
        return 0.8f;
      }
    }
  }
  // "chapter 3 The Road Ahead": a number, a function word and a street type is more often prose
  // than an address ("3 The Avenue" exists, but then context or a town has to say so).
  size_t first_space = address.find(' ');
  if (first_space != std::string_view::npos && first_space < last_space) {
    std::string_view name = address.substr(first_space + 1, last_space - first_space - 1);
    static constexpr std::string_view kFunctionWords[] = {
        "The", "A",   "An", "Of",   "In",   "On",    "At",   "To", "And", "For",
        "By",  "Our", "My", "This", "That", "Every", "Each", "No", "THE"};
    for (std::string_view w : kFunctionWords) {
      if (name == w) return 0.45f;
    }
  }
  return 0.6f;
}

namespace {

bool YearAt(std::string_view text, size_t i) {
  return i + 4 <= text.size() && (text.substr(i, 2) == "19" || text.substr(i, 2) == "20") &&
         ascii::IsDigit(text[i + 2]) && ascii::IsDigit(text[i + 3]);
}

}  // namespace

bool StartsWithYearRange(std::string_view address) {
  return YearAt(address, 0) && address.size() > 9 && address[4] == '-' && YearAt(address, 5) &&
         !ascii::IsDigit(address[9]) && address.substr(5, 4) >= address.substr(0, 4);
}

bool IsCopyrightYears(std::string_view text, size_t begin) {
  if (begin > text.size()) return false;
  auto year = [&](size_t i) { return YearAt(text, i); };
  if (!year(begin)) return false;
  size_t end = begin + 4;
  if (end < text.size() && text[end] == '-') {
    if (!year(end + 1)) return false;
    end += 5;
  }
  if (end < text.size() && ascii::IsDigit(text[end])) return false;
  // A notice starts the line, or follows a comment marker: look back over the line.
  constexpr size_t kLookBack = 80;
  size_t from = begin;
  while (from > 0 && text[from - 1] != '\n' && begin - from < kLookBack) --from;
  const std::string line = ascii::Lower(text.substr(from, begin - from));
  for (std::string_view notice : {"copyright", "(c)", "\xC2\xA9"}) {
    if (line.find(notice) != std::string::npos) return true;
  }
  return false;
}

}  // namespace deskbench::validators
