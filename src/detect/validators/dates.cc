#include "detect/validators/dates.h"

#include <chrono>

#include "core/ascii.h"

namespace deskbench::validators {

namespace {

bool Before(const Ymd& a, const Ymd& b) {
  if (a.year != b.year) return a.year < b.year;
  if (a.month != b.month) return a.month < b.month;
  return a.day < b.day;
}

bool InBirthRange(const Ymd& d, const Ymd& today) {
  return IsCalendarDate(d.year, d.month, d.day) && d.year >= 1900 && !Before(today, d);
}

// A number as written: its value and how many digits it had (to tell "80" from "1980").
struct Number {
  int value = 0;
  int digits = 0;
};

int FullYear(const Number& n, const Ymd& today) {
  if (n.digits != 2) return n.value;
  int year = 2000 + n.value;
  return year <= today.year ? year : 1900 + n.value;
}

}  // namespace

bool IsCalendarDate(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int days = kDays[month - 1];
  if (month == 2 && year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) days = 29;
  return day <= days;
}

int MonthFromName(std::string_view word) {
  static constexpr std::string_view kNames[12] = {"january",   "february", "march",    "april",
                                                  "may",       "june",     "july",     "august",
                                                  "september", "october",  "november", "december"};
  if (word.size() < 3) return 0;
  for (int m = 0; m < 12; ++m) {
    std::string_view name = kNames[m];
    if (word.size() > name.size()) continue;
    bool same = true;
    for (size_t i = 0; i < word.size() && same; ++i) same = ascii::ToLower(word[i]) == name[i];
    // Abbreviations are the first three letters ("Sept" too); anything between must be whole.
    if (same && (word.size() == 3 || word.size() == name.size() || (m == 8 && word.size() == 4))) {
      return m + 1;
    }
  }
  // German, French, Spanish, Italian, Dutch and Portuguese names, written whole (UTF-8; the
  // accented ones also without their accents), month by month.
  static constexpr std::string_view kForeign[12][7] = {
      {"januar", "janvier", "enero", "gennaio", "januari", "janeiro"},
      {"februar", "f\xC3\xA9vrier", "fevrier", "febrero", "febbraio", "februari", "fevereiro"},
      {"m\xC3\xA4rz", "maerz", "mars", "marzo", "maart", "mar\xC3\xA7o", "marco"},
      {"avril", "abril", "aprile"},
      {"mai", "mayo", "maggio", "mei", "maio"},
      {"juni", "juin", "junio", "giugno", "junho"},
      {"juli", "juillet", "julio", "luglio", "julho"},
      {"ao\xC3\xBBt", "aout", "agosto", "augustus"},
      {"septembre", "septiembre", "setiembre", "settembre", "setembro"},
      {"oktober", "octobre", "octubre", "ottobre", "outubro"},
      {"novembre", "noviembre", "novembro"},
      {"dezember",
       "d\xC3\xA9"
       "cembre",
       "decembre", "diciembre", "dicembre", "dezembro"}};
  for (int m = 0; m < 12; ++m) {
    for (std::string_view name : kForeign[m]) {
      if (!name.empty() && ascii::EqualsIgnoreCase(word, name)) return m + 1;
    }
  }
  return 0;
}

bool PlausibleBirthDate(std::string_view s, Ymd today) {
  Number numbers[3];
  int count = 0;
  int month_name = 0;
  int numbers_before_month = 0;
  for (size_t i = 0; i < s.size();) {
    char c = s[i];
    if (ascii::IsDigit(c)) {
      Number n;
      while (i < s.size() && ascii::IsDigit(s[i])) {
        if (++n.digits > 4) return false;
        n.value = n.value * 10 + (s[i++] - '0');
      }
      if (count == 3) return false;
      numbers[count++] = n;
    } else if (ascii::IsAlpha(c) || static_cast<unsigned char>(c) >= 0x80) {
      size_t from = i;
      while (i < s.size() && (ascii::IsAlpha(s[i]) || static_cast<unsigned char>(s[i]) >= 0x80)) {
        ++i;
      }
      std::string_view word = s.substr(from, i - from);
      bool ordinal = from > 0 && ascii::IsDigit(s[from - 1]) && word.size() == 2 &&
                     (ascii::EqualsIgnoreCase(word, "st") || ascii::EqualsIgnoreCase(word, "nd") ||
                      ascii::EqualsIgnoreCase(word, "rd") || ascii::EqualsIgnoreCase(word, "th"));
      // "4th of May", "4 de mayo de 1980".
      if (ordinal || ascii::EqualsIgnoreCase(word, "of") || ascii::EqualsIgnoreCase(word, "de")) {
        continue;
      }
      int m = MonthFromName(word);
      if (m == 0 || month_name != 0) return false;
      month_name = m;
      numbers_before_month = count;
    } else {
      ++i;
    }
  }
  if (month_name != 0) {
    if (count != 2) return false;
    // "31 Jan 1980" or "Jan 31, 1980": the year is the number with four digits; in "4-May-80"
    // (day, month, year, as clinical records and spreadsheets write it) it has two.
    const Number& year = numbers[0].digits == 4 ? numbers[0] : numbers[1];
    const Number& day = numbers[0].digits == 4 ? numbers[1] : numbers[0];
    if (day.digits > 2) return false;
    if (year.digits == 2 && numbers_before_month == 1) {
      return InBirthRange({FullYear(year, today), month_name, day.value}, today);
    }
    if (year.digits != 4) return false;
    return InBirthRange({year.value, month_name, day.value}, today);
  }
  if (count != 3) return false;
  if (numbers[0].digits == 4) {
    if (numbers[1].digits > 2 || numbers[2].digits > 2) return false;
    return InBirthRange({numbers[0].value, numbers[1].value, numbers[2].value}, today);
  }
  if (numbers[0].digits > 2 || numbers[1].digits > 2 ||
      (numbers[2].digits != 2 && numbers[2].digits != 4)) {
    return false;
  }
  int year = FullYear(numbers[2], today);
  return InBirthRange({year, numbers[0].value, numbers[1].value}, today) ||
         InBirthRange({year, numbers[1].value, numbers[0].value}, today);
}

Ymd Today() {
  auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  std::chrono::year_month_day ymd{days};
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

}  // namespace deskbench::validators
