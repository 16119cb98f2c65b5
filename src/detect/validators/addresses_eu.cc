#include "detect/validators/addresses_eu.h"

#include <algorithm>
#include <initializer_list>

#include "core/ascii.h"
#include "detect/validators/addresses.h"

namespace deskbench::validators {

namespace {

constexpr size_t kMaxNameWords = 4;

// An upper-case letter starts at i: A-Z, or À-Þ of Latin-1 in UTF-8 (but not ×).
bool UpperAt(std::string_view text, size_t i) {
  if (i >= text.size()) return false;
  if (ascii::IsUpper(text[i])) return true;
  if (i + 1 >= text.size() || static_cast<unsigned char>(text[i]) != 0xC3) return false;
  auto next = static_cast<unsigned char>(text[i + 1]);
  return next >= 0x80 && next <= 0x9E && next != 0x97;
}

// The end of the word of letters, apostrophes and hyphens that starts at i.
size_t WordEnd(std::string_view text, size_t i) {
  while (i < text.size() && (ascii::IsLetterByte(text[i]) ||
                             ((text[i] == '-' || text[i] == '\'') && i + 1 < text.size() &&
                              ascii::IsLetterByte(text[i + 1])))) {
    ++i;
  }
  return i;
}

bool StartsWithAt(std::string_view text, size_t i, std::string_view word) {
  return text.size() - i >= word.size() &&
         ascii::EqualsIgnoreCase(text.substr(i, word.size()), word);
}

// Past one lower-case particle of a street's name ("de la ", "d'", "della "), or i.
size_t SkipParticle(std::string_view text, size_t i) {
  for (std::string_view p :
       {"de la ", "de las ", "de los ", "de l'", "della ", "dello ", "delle ", "degli ", "dei ",
        "del ",   "des ",    "dos ",    "das ",  "dal ",   "du ",    "de ",    "di ",    "da ",
        "do ",    "d'",      "l'",      "la ",   "le ",    "les ",   "aux ",   "au "}) {
    if (text.compare(i < text.size() ? i : text.size(), p.size(), p) == 0) return i + p.size();
  }
  return i;
}

// Past the capitalised words of a street's name, with particles between and before them ("de la
// Paix", "Victor Hugo", "della Signoria", "Saint-Honoré"); i when there is none.
size_t NameAfter(std::string_view text, size_t i) {
  size_t end = i;
  size_t at = i;
  for (size_t words = 0; words < kMaxNameWords;) {
    size_t p = SkipParticle(text, at);
    while (p != at) {
      at = p;
      p = SkipParticle(text, at);
    }
    if (!UpperAt(text, at)) break;
    size_t w = WordEnd(text, at);
    if (w == at) break;
    end = w;
    ++words;
    if (w + 1 < text.size() && text[w] == ' ' &&
        (UpperAt(text, w + 1) || SkipParticle(text, w + 1) != w + 1)) {
      at = w + 1;
      continue;
    }
    break;
  }
  return end;
}

// The end of a house number at i ("12", "5a", "12-14", "2/8", "3 bis"), or i when none is there.
size_t HouseNumberAt(std::string_view text, size_t i) {
  size_t j = i;
  while (j < text.size() && j - i < 4 && ascii::IsDigit(text[j])) ++j;
  if (j == i || (j < text.size() && ascii::IsDigit(text[j]))) return i;
  if (j + 1 < text.size() && (text[j] == '-' || text[j] == '/') && ascii::IsDigit(text[j + 1])) {
    // "12-14", and the Austrian staircase or door after the house: "Ehlertgasse 4/7".
    size_t k = j + 1;
    while (k < text.size() && k - j <= 4 && ascii::IsDigit(text[k])) ++k;
    j = k;
  } else if (j < text.size() && ascii::IsAlpha(text[j]) &&
             (j + 1 == text.size() || !ascii::IsAlnum(text[j + 1]))) {
    ++j;  // "5a"
  } else if (StartsWithAt(text, j, " bis") || StartsWithAt(text, j, " ter")) {
    j += 4;
  }
  // "Platz 1.5", "Via Roma 12:30": a number that goes on is no house number.
  if (j + 1 < text.size() && (text[j] == '.' || text[j] == ',' || text[j] == ':') &&
      ascii::IsDigit(text[j + 1])) {
    return i;
  }
  if (j < text.size() && (ascii::IsAlnum(text[j]) || text[j] == '%')) return i;
  return j;
}

// "Calle Rosenquist, 2016-2018" is a person and the years of a copyright line: a house number
// that reads as a year or a range of years takes a postal code and town.
bool YearLike(std::string_view number) {
  auto year = [](std::string_view y) {
    return y.size() == 4 && (y.starts_with("19") || y.starts_with("20")) && ascii::IsDigit(y[2]) &&
           ascii::IsDigit(y[3]);
  };
  return year(number.substr(0, 4)) &&
         (number.size() == 4 || (number.size() == 9 && number[4] == '-' && year(number.substr(5))));
}

// Past ", 10115 Berlin", " 75002 Paris", ", 1016 GV Amsterdam", "- 00184 Roma" after an address;
// `end` when no postal code and town follow.
size_t PostalTownAfter(std::string_view text, size_t end) {
  size_t i = end;
  if (i + 1 < text.size() && text[i] == ' ' && text[i + 1] == ',') ++i;  // "Piso 6 , 28013"
  if (i < text.size() && (text[i] == ',' || text[i] == '-')) ++i;
  // Letters and signatures put the postal code and town on the next line ("Crüsemannallee 3\n
  // D-28213 Bremen"); there a four-digit year starts a line of something else.
  const size_t below = SkipLineBreak(text, i);
  const bool next_line = below != std::string_view::npos;
  if (next_line) {
    i = below;
  } else {
    if (i >= text.size() || text[i] != ' ') return end;
    while (i < text.size() && text[i] == ' ' && i - end < 4) ++i;
  }
  if (i + 1 < text.size() && text[i] == '-' && text[i + 1] == ' ') i += 2;  // "Roma, 5 - 00184"

  if (StartsWithAt(text, i, "D-") || StartsWithAt(text, i, "F-") || StartsWithAt(text, i, "I-") ||
      StartsWithAt(text, i, "A-") || StartsWithAt(text, i, "CH-")) {
    i = text.find('-', i) + 1;
  }
  size_t digits = i;
  while (digits < text.size() && ascii::IsDigit(text[digits]) && digits - i < 6) ++digits;
  size_t j = digits;
  // Three digits and two, spaced (Czech, Slovak, Swedish, Greek: "137 69"); two and three joined
  // by a hyphen (Polish: "66-332") or spaced (a French code with its department apart, "59 210",
  // as older letters write it).
  if (digits - i == 3 && j + 3 <= text.size() && text[j] == ' ' && ascii::IsDigit(text[j + 1]) &&
      ascii::IsDigit(text[j + 2]) && !ascii::IsDigit(ascii::ByteAt(text, j + 3))) {
    j += 3;
    digits = i + 5;
  } else if (digits - i == 2 && j + 4 <= text.size() && (text[j] == '-' || text[j] == ' ') &&
             ascii::IsDigit(text[j + 1]) && ascii::IsDigit(text[j + 2]) &&
             ascii::IsDigit(text[j + 3]) && !ascii::IsDigit(ascii::ByteAt(text, j + 4))) {
    j += 4;
    digits = i + 5;
  }
  if (digits - i != 4 && digits - i != 5) return end;
  if (next_line && digits - i == 4 && YearLike(text.substr(i, 4))) return end;
  // A Brazilian CEP: five digits, a hyphen and three ("04341-030").
  if (j == digits && digits - i == 5 && j + 4 <= text.size() && text[j] == '-' &&
      ascii::IsDigit(text[j + 1]) && ascii::IsDigit(text[j + 2]) && ascii::IsDigit(text[j + 3])) {
    j += 4;
  }
  // A Portuguese postcode: four digits, a hyphen and three ("1100-053").
  if (j == digits && digits - i == 4 && j + 4 <= text.size() && text[j] == '-' &&
      ascii::IsDigit(text[j + 1]) && ascii::IsDigit(text[j + 2]) && ascii::IsDigit(text[j + 3])) {
    j += 4;
  }
  // A Dutch postcode: four digits and two capitals, spaced or not ("1016 GV", "2159NL").
  if (j == digits && digits - i == 4 && j + 3 < text.size() && text[j] == ' ' &&
      ascii::IsUpper(text[j + 1]) && ascii::IsUpper(text[j + 2]) &&
      (text[j + 3] == ' ' || text[j + 3] == ',')) {
    j += 3;
  } else if (j == digits && digits - i == 4 && j + 2 < text.size() && ascii::IsUpper(text[j]) &&
             ascii::IsUpper(text[j + 1]) && (text[j + 2] == ' ' || text[j + 2] == ',')) {
    j += 2;
  }
  if (j < text.size() && text[j] == ',') ++j;  // "4166 AS, Zevenbergen"
  if (j >= text.size() || text[j] != ' ' || !UpperAt(text, j + 1)) return end;
  size_t town = WordEnd(text, j + 1);
  // "Frankfurt am Main", "Châlons-en-Champagne", "Villeneuve d'Ascq": a town's further words.
  if (town + 1 < text.size() && text[town] == ' ') {
    bool glued = false;
    for (std::string_view glue : {"am ", "an der ", "sur ", "en ", "de ", "del ", "di ", "d'",
                                  "do ", "da ", "bei ", "nad ", "pod "}) {
      size_t p = town + 1 + glue.size();
      if (text.compare(town + 1, glue.size(), glue) == 0 && UpperAt(text, p)) {
        town = WordEnd(text, p);
        glued = true;
        break;
      }
    }
    // "Nørre Åby", "San Sebastián": a second capitalised word that ends the address.
    if (!glued && UpperAt(text, town + 1)) {
      const size_t second = WordEnd(text, town + 1);
      const char after = ascii::ByteAt(text, second);
      if (second > town + 1 && (after == '\0' || after == '\n' || after == ',' || after == '.' ||
                                after == ';' || after == ')')) {
        town = second;
      }
    }
  }
  // The Italian province after the town: "00184 Roma (RM)".
  if (town + 5 <= text.size() && text.compare(town, 2, " (") == 0 &&
      ascii::IsUpper(text[town + 2]) && ascii::IsUpper(text[town + 3]) && text[town + 4] == ')') {
    town += 5;
  }
  return town;
}

// A locality between the street and its postal code (", Settimo Milanese, 20019 Settimo", ",
// Sevilla, 41001"): one to three words, the first capitalised, then a comma and a postal code
// with its town, or a five-digit code that ends the address. `end` when none of that follows.
size_t LocalityThenPostal(std::string_view text, size_t end) {
  size_t i = end;
  if (i + 1 < text.size() && text[i] == ' ' && text[i + 1] == ',') ++i;  // "Piso 6 , Sevilla"
  if (i + 2 >= text.size() || text[i] != ',' || text[i + 1] != ' ' || !UpperAt(text, i + 2)) {
    return end;
  }
  size_t words_end = WordEnd(text, i + 2);
  for (int words = 1; words < 3 && words_end + 1 < text.size() && text[words_end] == ' ' &&
                      ascii::IsLetterByte(text[words_end + 1]);
       ++words) {
    words_end = WordEnd(text, words_end + 1);
  }
  if (words_end >= text.size() || text[words_end] != ',') return end;
  if (size_t tail = PostalTownAfter(text, words_end); tail > words_end) return tail;
  size_t code = words_end + 1;
  if (code >= text.size() || text[code] != ' ') return end;
  ++code;
  size_t code_end = code;
  while (code_end < text.size() && ascii::IsDigit(text[code_end]) && code_end - code < 6) {
    ++code_end;
  }
  const char after = ascii::ByteAt(text, code_end);
  if (code_end - code != 5 || ascii::IsAlnum(after) || after == '-' || after == '/') return end;
  return code_end;
}

// A floor, staircase, door or flat written after the house number, before the postal code: "Via
// Roma 5 Scala B", "Calle Mayor 12, Piso 3", "Rua Augusta 10, Andar 2", "Carrer Gran 7 Puerta 2".
size_t UnitAfter(std::string_view text, size_t end) {
  static constexpr std::string_view kUnits[] = {
      "Piano",  "Scala", "Interno", "Int.",     "Appartamento", "App.",   "Piso",
      "Puerta", "Pta.",  "Planta",  "Escalera", "Esc.",         "Portal", "Apt.",
      "Apto.",  "Andar", "Bloque",  "Edificio", "Lotto",        "Porta"};
  size_t i = end;
  if (i < text.size() && text[i] == ',') ++i;
  if (i >= text.size() || text[i] != ' ') return end;
  ++i;
  for (std::string_view unit : kUnits) {
    if (!StartsWithAt(text, i, unit) || !StartsWithAt(text, i + unit.size(), " ")) continue;
    size_t j = i + unit.size() + 1;
    size_t k = j;
    while (k < text.size() && k - j < 4 && ascii::IsAlnum(text[k])) ++k;
    if (k == j || (k < text.size() && ascii::IsAlnum(text[k]))) return end;
    // One letter ("Scala B") or a number with at most a letter ("Interno 7", "Piso 3A").
    const size_t digits = static_cast<size_t>(std::count_if(
        text.begin() + static_cast<std::ptrdiff_t>(j),
        text.begin() + static_cast<std::ptrdiff_t>(k), [](char c) { return ascii::IsDigit(c); }));
    if (!(k - j == 1 || (digits > 0 && k - j - digits <= 1))) return end;
    return k;
  }
  return end;
}

// Sets the score (and takes in a unit, a postal code and a town after the number); false when the
// address is too doubtful to report.
bool Finish(std::string_view text, Match& m, size_t number, size_t number_end) {
  const size_t unit_end = UnitAfter(text, number_end);
  size_t tail = PostalTownAfter(text, unit_end);
  if (tail == unit_end) tail = LocalityThenPostal(text, unit_end);
  if (tail == unit_end && unit_end == number_end &&
      YearLike(text.substr(number, number_end - number))) {
    return false;
  }
  m.end = tail;
  m.score = tail > unit_end ? 0.9f : 0.75f;
  return true;
}

}  // namespace

bool StreetSuffixAddress(std::string_view text, Match& m) {
  if (m.begin >= m.end || m.end > text.size()) return false;
  // The match ends after the number's first digits: find where the number starts.
  size_t number = m.begin;
  while (number < m.end && !ascii::IsDigit(text[number])) ++number;
  if (number == m.end) return false;
  size_t number_end = HouseNumberAt(text, number);
  if (number_end == number) return false;
  // Back over the street's name: the word the type ends, or the word before a type written alone
  // ("Berliner Straße 12", "Unter den Linden" is not read).
  size_t start = m.begin;
  while (start > 0 && (ascii::IsLetterByte(text[start - 1]) || text[start - 1] == '-')) --start;
  if (start == m.begin) {
    if (start < 2 || text[start - 1] != ' ') return false;
    size_t prev = start - 1;
    while (prev > 0 && ascii::IsLetterByte(text[prev - 1])) --prev;
    if (prev == start - 1) return false;
    start = prev;
  }
  // Continuing UTF-8 bytes were taken as letters: start at a lead byte.
  while (start < m.begin && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) ++start;
  if (!UpperAt(text, start)) return false;
  if (start > 0 && (ascii::IsAlnum(text[start - 1]) || text[start - 1] == '_')) return false;
  m.begin = start;
  return Finish(text, m, number, number_end);
}

bool NumberTypeNameAddress(std::string_view text, Match& m) {
  if (m.begin >= m.end || m.end > text.size()) return false;
  if (m.begin > 0 &&
      (ascii::IsAlnum(text[m.begin - 1]) || text[m.begin - 1] == '.' || text[m.begin - 1] == ',')) {
    return false;  // "1.5 route", "12,3 rue": part of another number
  }
  size_t number_end = HouseNumberAt(text, m.begin);
  if (number_end == m.begin) return false;
  size_t name_end = NameAfter(text, m.end);
  if (name_end == m.end) return false;
  size_t tail = PostalTownAfter(text, name_end);
  // "In 2019 Place Vendôme reopened": a year, not a house number, without a postal code after.
  if (tail == name_end && YearLike(text.substr(m.begin, number_end - m.begin))) return false;
  m.end = tail;
  m.score = tail > name_end ? 0.9f : 0.75f;
  return true;
}

// "rue de Guillon, 59210 Bonnin", "chemin des Vignes, 17830 Tessier": a French street named
// without a house number, as lanes and hamlets are, is an address with a postal code and a town
// after it. `comma` is the comma after the street's name.
bool UnnumberedFrenchStreet(std::string_view text, Match& m, size_t comma) {
  static constexpr std::string_view kTypes[] = {
      "rue",    "chemin",  "avenue",    "boulevard", "impasse", "route", "place",
      "quai",   "cours",   "passage",   "square",    "sentier", "allée", "Rue",
      "Chemin", "Avenue",  "Boulevard", "Impasse",   "Route",   "Place", "Quai",
      "Cours",  "Passage", "Square",    "Sentier",   "Allée"};
  size_t at = comma;
  int names = 0;
  for (int words = 0; words < 6 && at > 1 && text[at - 1] != '\n';) {
    size_t w = at;
    while (w > 0 && (ascii::IsLetterByte(text[w - 1]) || text[w - 1] == '\'' || text[w - 1] == '-'))
      --w;
    if (w == at) return false;
    const std::string_view word = text.substr(w, at - w);
    for (std::string_view type : kTypes) {
      if (word != type) continue;
      if (names == 0 || (w > 0 && ascii::IsLetterByte(text[w - 1]))) return false;
      const size_t tail = PostalTownAfter(text, comma);
      if (tail == comma || !ascii::IsDigit(text[comma + 2])) return false;
      m.begin = w;
      m.end = tail;
      m.score = 0.8f;
      return true;
    }
    if (UpperAt(text, w)) {
      ++names;
    } else if (SkipParticle(text, w) == w && !StartsWithAt(text, w, "d'")) {
      return false;  // a lower-case word that is no particle: the sentence's own
    }
    ++words;
    if (w == 0 || text[w - 1] != ' ') return false;
    at = w - 1;
  }
  return false;
}

bool NamedStreetPostcodeAddress(std::string_view text, Match& m) {
  if (m.begin >= m.end || m.end > text.size()) return false;
  size_t token = m.begin + 1;
  while (token > 0 && ascii::IsAlnum(text[token - 1])) --token;
  if (!ascii::IsDigit(text[token])) return UnnumberedFrenchStreet(text, m, m.begin + 1);
  // The match is the number's last character, ", " and two digits: back to the number's start
  // ("824", "46B", "6/6").
  const size_t comma = m.begin + 1;
  size_t number = m.begin + 1;
  while (number > 0 && comma - number < 9 &&
         (ascii::IsAlnum(text[number - 1]) || text[number - 1] == '/')) {
    --number;
  }
  if (number < 2 || text[number - 1] != ' ' || !ascii::IsDigit(text[number])) return false;
  const size_t number_end = HouseNumberAt(text, number);
  // A code of four digits or more after ", ".
  if (number_end != comma || number_end + 6 > text.size()) return false;
  // "Windows 10, 2004 Update": a year is too common a number to be a postcode here.
  if (YearLike(text.substr(number_end + 2, 4)) &&
      !ascii::IsDigit(ascii::ByteAt(text, number_end + 6))) {
    return false;
  }
  const size_t tail = PostalTownAfter(text, number_end);
  if (tail == number_end) return false;
  // The town is written in capitals and small letters, as a name is ("Pori", not "USD").
  bool small = false;
  for (size_t i = tail; i > number_end && ascii::IsLetterByte(text[i - 1]); --i) {
    small = small || ascii::IsLower(text[i - 1]);
  }
  if (!small) return false;
  // Back over the street's name: up to four words, each capitalised or a particle ("Na
  // Pramenech", "An den Rheinauen", "Holmbergs Gata"), from the start of a line or after
  // punctuation.
  size_t start = number;  // where the name's earliest word starts
  int words = 0;
  bool capital = false;
  for (size_t space = number - 1; words < 4 && text[space] == ' ';) {
    size_t w = space;
    while (w > 0 && (ascii::IsLetterByte(text[w - 1]) || text[w - 1] == '-' || text[w - 1] == '.'))
      --w;
    while (w < space && (static_cast<unsigned char>(text[w]) & 0xC0) == 0x80) ++w;
    if (w == space) break;
    const std::string_view word = text.substr(w, space - w);
    const bool upper = UpperAt(text, w);
    bool particle = false;
    for (std::string_view p :
         {"an", "am", "auf", "bei", "im",  "in",  "na",  "nad", "pod", "u",
          "v",  "ve", "van", "de",  "den", "der", "des", "del", "la",  "le",
          "di", "da", "do",  "dos", "das", "du",  "op",  "ter", "ten", "wyb."}) {
      particle = particle || word == p;
    }
    if (!upper && !particle) break;
    capital = capital || upper;
    start = w;
    ++words;
    if (w == 0) break;
    space = w - 1;
  }
  if (words == 0 || !capital) return false;
  // Nothing but a line's start, a label or punctuation before the name.
  if (start > 0) {
    const char before = text[start - 1];
    if (before != '\n' && before != ' ' && before != '\t' && before != '(' && before != '"') {
      return false;
    }
    if (before == ' ' && start > 1 && ascii::IsAlnum(text[start - 2])) {
      // "to Hannasvei 9, ...", "at Graneggen 3, ...": a lower-case word before is the sentence's.
      size_t p = start - 1;
      while (p > 0 && ascii::IsAlpha(text[p - 1])) --p;
      if (!ascii::IsLower(text[p])) return false;
    }
  }
  m.begin = start;
  m.end = tail;
  m.score = 0.8f;
  return true;
}

bool TypeNameNumberAddress(std::string_view text, Match& m) {
  if (m.begin >= m.end || m.end > text.size()) return false;
  if (m.begin > 0 && ascii::IsLetterByte(text[m.begin - 1])) return false;
  size_t name_end = NameAfter(text, m.end);
  if (name_end == m.end) return false;
  size_t i = name_end;
  if (i < text.size() && text[i] == ',') ++i;
  if (i >= text.size() || text[i] != ' ') return false;
  ++i;
  if (StartsWithAt(text, i, "n. ") || StartsWithAt(text, i, "nº ") ||
      StartsWithAt(text, i, "no. ")) {
    i = text.find(' ', i) + 1;
  }
  size_t number_end = HouseNumberAt(text, i);
  if (number_end == i) return false;
  return Finish(text, m, i, number_end);
}

}  // namespace deskbench::validators
