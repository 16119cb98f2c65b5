#include "detect/validators/coordinates.h"

#include <span>

#include "core/ascii.h"

namespace deskbench::validators {

namespace {

// The marks after degrees, minutes and seconds, ASCII and typographic ("º" is the ordinal
// indicator many keyboards give for a degree sign).
constexpr std::string_view kDegreeMarks[] = {"\xC2\xB0", "\xC2\xBA"};
constexpr std::string_view kMinuteMarks[] = {"'", "\xE2\x80\xB2", "\xE2\x80\x99"};
constexpr std::string_view kSecondMarks[] = {"\"", "''", "\xE2\x80\xB3", "\xE2\x80\x9D"};

// The length of the first of `marks` written at i, or 0.
size_t MarkAt(std::string_view text, size_t i, std::span<const std::string_view> marks) {
  for (std::string_view m : marks) {
    if (text.substr(i).starts_with(m)) return m.size();
  }
  return 0;
}

size_t DigitsFrom(std::string_view text, size_t i) {
  while (i < text.size() && ascii::IsDigit(text[i])) ++i;
  return i;
}

unsigned ValueOf(std::string_view digits) {
  unsigned v = 0;
  for (char c : digits) v = v * 10 + static_cast<unsigned>(c - '0');
  return v;
}

// Minutes or seconds: one or two digits below 60, decimals allowed, then their mark.
size_t Sexagesimal(std::string_view text, size_t i, std::span<const std::string_view> marks) {
  if (i < text.size() && text[i] == ' ') ++i;
  const size_t end = DigitsFrom(text, i);
  if (end == i || end - i > 2 || ValueOf(text.substr(i, end - i)) >= 60) return 0;
  size_t j = end;
  if (j + 1 < text.size() && text[j] == '.' && ascii::IsDigit(text[j + 1]))
    j = DigitsFrom(text, j + 1);
  const size_t mark = MarkAt(text, j, marks);
  return mark == 0 ? 0 : j + mark;
}

}  // namespace

size_t CoordinateStart(std::string_view text, size_t digit) {
  size_t i = digit;
  bool point = false;
  while (i > 0 && (ascii::IsDigit(text[i - 1]) || (text[i - 1] == '.' && !point))) {
    point |= text[i - 1] == '.';
    --i;
  }
  if (i < text.size() && text[i] == '.') return std::string_view::npos;
  if (i > 0 && (text[i - 1] == '-' || text[i - 1] == '+')) --i;
  if (i > 0 && (ascii::IsWordByte(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == ',')) {
    return std::string_view::npos;
  }
  return i;
}

std::optional<Coordinate> ReadCoordinate(std::string_view text, size_t begin, bool latitude) {
  Coordinate c;
  c.begin = begin;
  size_t i = begin;
  const bool negative = i < text.size() && text[i] == '-';
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
  const size_t int_end = DigitsFrom(text, i);
  if (int_end == i || int_end - i > 3) return std::nullopt;
  const unsigned degrees = ValueOf(text.substr(i, int_end - i));
  const unsigned limit = latitude ? 90 : 180;
  if (degrees > limit) return std::nullopt;
  i = int_end;
  if (i + 1 < text.size() && text[i] == '.' && ascii::IsDigit(text[i + 1])) {
    const size_t frac_end = DigitsFrom(text, i + 1);
    c.decimals = frac_end - i - 1;
    if (degrees == limit &&
        text.substr(i + 1, c.decimals).find_first_not_of('0') != std::string_view::npos) {
      return std::nullopt;
    }
    i = frac_end;
  }
  if (size_t mark = MarkAt(text, i, kDegreeMarks); mark != 0) {
    c.degree_sign = true;
    i += mark;
    if (c.decimals == 0) {
      if (size_t m = Sexagesimal(text, i, kMinuteMarks); m != 0) {
        c.minutes = true;
        const size_t from = i;
        i = m;
        if (size_t s = Sexagesimal(text, i, kSecondMarks); s != 0) i = s;
        // At the limit nothing more: 90°00′ is a latitude, 90°30′ none.
        if (degrees == limit &&
            text.substr(from, i - from).find_first_of("123456789") != std::string_view::npos) {
          return std::nullopt;
        }
      }
    }
  }
  c.end = i;
  // The hemisphere letter, glued or after one blank, and never the start of a word ("5 North").
  size_t h = i < text.size() && text[i] == ' ' ? i + 1 : i;
  if (h < text.size() && !negative) {
    const char l = text[h];
    const bool axis = latitude ? (l == 'N' || l == 'S') : (l == 'E' || l == 'W');
    if (axis && (h + 1 == text.size() || !ascii::IsWordByte(text[h + 1]))) {
      c.hemisphere = true;
      c.end = h + 1;
    }
  }
  if (c.end < text.size() && ascii::IsWordByte(text[c.end]) && !c.hemisphere) return std::nullopt;
  return c;
}

bool CoordinatePair::Marked() const {
  // Whole numbers with letters ("12 S 14 E") are as often a grid reference or a list.
  auto fine = [](const Coordinate& c) { return c.decimals > 0 || c.minutes; };
  if (!fine(latitude) || !fine(longitude)) return false;
  return (latitude.hemisphere && longitude.hemisphere) ||
         (latitude.degree_sign && longitude.degree_sign);
}

std::optional<CoordinatePair> ReadCoordinatePair(std::string_view text, size_t begin) {
  auto latitude = ReadCoordinate(text, begin, true);
  if (!latitude) return std::nullopt;
  size_t i = latitude->end;
  if (i < text.size() && (text[i] == ',' || text[i] == ';' || text[i] == '/')) ++i;
  size_t blanks = 0;
  while (i < text.size() && text[i] == ' ' && blanks < 2) {
    ++i;
    ++blanks;
  }
  if (i == latitude->end) return std::nullopt;
  auto longitude = ReadCoordinate(text, i, false);
  if (!longitude) return std::nullopt;
  // Both written alike: a hemisphere letter on one only, or a degree sign on one only, is two
  // numbers that happen to meet.
  if (latitude->hemisphere != longitude->hemisphere ||
      latitude->degree_sign != longitude->degree_sign) {
    return std::nullopt;
  }
  return CoordinatePair{*latitude, *longitude};
}

}  // namespace deskbench::validators
