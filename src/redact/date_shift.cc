#include "redact/date_shift.h"

#include <array>
#include <vector>

#include "core/ascii.h"
#include "core/hash.h"
#include "redact/shape.h"

namespace deskbench::redact {

namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<std::string_view, 7> kWeekdays = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                       "Thursday", "Friday", "Saturday"};

enum class Kind { kDigits, kLetters, kOther };

struct Token {
  size_t begin, end;
  Kind kind;
};

// The month a word names (full name, three-letter abbreviation or "Sept"), 1-12, or 0.
int MonthOf(std::string_view w) {
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (ascii::EqualsIgnoreCase(w, kMonths[i]) ||
        (w.size() == 3 && ascii::EqualsIgnoreCase(w, kMonths[i].substr(0, 3)))) {
      return static_cast<int>(i) + 1;
    }
  }
  return ascii::EqualsIgnoreCase(w, "sept") ? 9 : 0;
}

bool IsWeekday(std::string_view w) {
  for (auto d : kWeekdays) {
    if (ascii::EqualsIgnoreCase(w, d) ||
        (w.size() == 3 && ascii::EqualsIgnoreCase(w, d.substr(0, 3)))) {
      return true;
    }
  }
  return false;
}

bool IsOrdinal(std::string_view w) {
  return ascii::EqualsIgnoreCase(w, "st") || ascii::EqualsIgnoreCase(w, "nd") ||
         ascii::EqualsIgnoreCase(w, "rd") || ascii::EqualsIgnoreCase(w, "th");
}

std::string_view OrdinalFor(int day) {
  if (day >= 11 && day <= 13) return "th";
  switch (day % 10) {
    case 1:
      return "st";
    case 2:
      return "nd";
    case 3:
      return "rd";
    default:
      return "th";
  }
}

int DaysInMonth(int64_t year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

int ToInt(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

std::string Pad(int64_t v, size_t width) {
  std::string s = std::to_string(v);
  while (s.size() < width) s.insert(s.begin(), '0');
  return s;
}

// A name in the style of the original word: full or abbreviated, and its case.
std::string NameLike(std::string_view full, std::string_view original, bool original_full) {
  std::string_view name = original_full ? full : full.substr(0, 3);
  Case c = CaseOf(original);
  return ApplyCase(name, c == Case::kOther ? Case::kTitle : c);
}

}  // namespace

int DateShiftDays(std::string_view key) {
  uint64_t v = HmacU64(key, "date-shift") % 730;
  return v < 365 ? -static_cast<int>(v + 1) : static_cast<int>(v - 364);
}

int64_t DaysFromCivil(int64_t y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void CivilFromDays(int64_t z, int64_t& year, int& month, int& day) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  year = yoe + era * 400 + (month <= 2);
}

std::optional<std::string> ShiftDate(std::string_view text, int days) {
  std::vector<Token> tokens;
  for (size_t i = 0; i < text.size();) {
    Kind kind = ascii::IsDigit(text[i])   ? Kind::kDigits
                : ascii::IsAlpha(text[i]) ? Kind::kLetters
                                          : Kind::kOther;
    size_t j = i + 1;
    if (kind != Kind::kOther) {
      while (j < text.size() &&
             (kind == Kind::kDigits ? ascii::IsDigit(text[j]) : ascii::IsAlpha(text[j]))) {
        ++j;
      }
    } else if (static_cast<unsigned char>(text[i]) >= 0x80) {
      return std::nullopt;
    }
    tokens.push_back({i, j, kind});
    i = j;
  }
  auto str = [&](size_t k) {
    return text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin);
  };

  std::vector<size_t> numbers;
  int month_word = -1, weekday_word = -1, ordinal_word = -1;
  for (size_t k = 0; k < tokens.size(); ++k) {
    std::string_view s = str(k);
    if (tokens[k].kind == Kind::kDigits) {
      numbers.push_back(k);
    } else if (tokens[k].kind == Kind::kLetters) {
      if (MonthOf(s) != 0 && month_word < 0) {
        month_word = static_cast<int>(k);
      } else if (IsWeekday(s) && weekday_word < 0) {
        weekday_word = static_cast<int>(k);
      } else if (IsOrdinal(s) && k > 0 && tokens[k - 1].kind == Kind::kDigits) {
        ordinal_word = static_cast<int>(k);
      } else if (!ascii::EqualsIgnoreCase(s, "of")) {
        return std::nullopt;
      }
    }
  }

  // Which token holds the year, the month and the day.
  int year_tok = -1, month_tok = -1, day_tok = -1;
  if (month_word >= 0) {
    if (numbers.size() != 2) return std::nullopt;
    bool first_is_year = str(numbers[0]).size() == 4 || ToInt(str(numbers[0])) > 31;
    year_tok = static_cast<int>(first_is_year ? numbers[0] : numbers[1]);
    day_tok = static_cast<int>(first_is_year ? numbers[1] : numbers[0]);
  } else if (numbers.size() == 1 && str(numbers[0]).size() == 8 && tokens.size() == 1) {
    // Compact ISO 8601: 19800131.
  } else if (numbers.size() == 3) {
    std::string_view sep = text.substr(tokens[numbers[0]].end, 1);
    if (str(numbers[0]).size() == 4) {
      year_tok = static_cast<int>(numbers[0]);
      month_tok = static_cast<int>(numbers[1]);
      day_tok = static_cast<int>(numbers[2]);
    } else {
      year_tok = static_cast<int>(numbers[2]);
      int a = ToInt(str(numbers[0])), b = ToInt(str(numbers[1]));
      // Day first when the first number cannot be a month, or when written with dots or dashes
      // (European style); month first for US slashes.
      bool day_first = a > 12 || (b <= 12 && sep != "/");
      month_tok = static_cast<int>(day_first ? numbers[1] : numbers[0]);
      day_tok = static_cast<int>(day_first ? numbers[0] : numbers[1]);
    }
  } else {
    return std::nullopt;
  }

  int64_t year;
  int month, day;
  bool compact = year_tok < 0;
  if (compact) {
    std::string_view s = str(0);
    year = ToInt(s.substr(0, 4));
    month = ToInt(s.substr(4, 2));
    day = ToInt(s.substr(6, 2));
  } else {
    std::string_view y = str(year_tok);
    if (y.size() != 4 && y.size() != 2) return std::nullopt;
    year = ToInt(y);
    if (y.size() == 2) year += year >= 30 ? 1900 : 2000;
    month = month_word >= 0 ? MonthOf(str(month_word)) : ToInt(str(month_tok));
    if (str(day_tok).size() > 2) return std::nullopt;
    day = ToInt(str(day_tok));
  }
  if (month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month)) return std::nullopt;

  int64_t shifted = DaysFromCivil(year, month, day) + days;
  int64_t ny;
  int nm, nd;
  CivilFromDays(shifted, ny, nm, nd);
  if (ny < 1000 || ny > 9999) return std::nullopt;
  if (compact) return Pad(ny, 4) + Pad(nm, 2) + Pad(nd, 2);

  // Zero-padded when the day or month was written with a leading zero, or both with two digits.
  size_t width = 1;
  if (day_tok >= 0) {
    std::string_view d = str(day_tok);
    std::string_view m = month_tok >= 0 ? str(month_tok) : std::string_view();
    if (d[0] == '0' || (!m.empty() && m[0] == '0') || (d.size() == 2 && m.size() == 2)) width = 2;
  }

  std::string out;
  for (size_t k = 0; k < tokens.size(); ++k) {
    std::string_view s = str(k);
    int ki = static_cast<int>(k);
    if (ki == year_tok) {
      out += s.size() == 4 ? Pad(ny, 4) : Pad(ny % 100, 2);
    } else if (ki == month_tok) {
      out += Pad(nm, width);
    } else if (ki == day_tok) {
      out += Pad(nd, width);
    } else if (ki == month_word) {
      bool full = s.size() > 3 && !ascii::EqualsIgnoreCase(s, "sept");
      out += NameLike(kMonths[nm - 1], s, full);
    } else if (ki == weekday_word) {
      int64_t wd = ((shifted % 7) + 7 + 4) % 7;  // 1970-01-01 was a Thursday
      out += NameLike(kWeekdays[wd], s, s.size() > 3);
    } else if (ki == ordinal_word) {
      out += ApplyCase(OrdinalFor(nd), CaseOf(s) == Case::kUpper ? Case::kUpper : Case::kLower);
    } else {
      out += s;
    }
  }
  return out;
}

}  // namespace deskbench::redact
