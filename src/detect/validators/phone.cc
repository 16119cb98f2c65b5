#include "detect/validators/phone.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <functional>

#include "core/ascii.h"
#include "detect/validators/phone_direct.h"

namespace deskbench {

namespace {

using ascii::ByteAt;

bool IsSeparator(char c) {
  return c == ' ' || c == '.' || c == '-';
}

bool LooksLikeYear(std::string_view digits) {
  return digits.size() == 4 && (digits.starts_with("19") || digits.starts_with("20"));
}

}  // namespace

namespace {

// "ext. 12", " x12", "#12", ", extension 12" after a number, and the same in other languages
// (", poste 796", "Durchwahl 12", "DW 12", "interno 12", "toestel 12", "anexo 12"): the end of the
// extension, or `end`.
size_t ExtensionEnd(std::string_view text, size_t end) {
  size_t i = end;
  if (ByteAt(text, i) == ',') ++i;
  if (ByteAt(text, i) == ' ') ++i;
  bool marker = false;
  for (std::string_view word :
       {"extension", "ext", "poste", "durchwahl", "dw", "interno", "toestel", "anexo", "x", "#"}) {
    if (text.size() - std::min(text.size(), i) >= word.size() &&
        ascii::EqualsIgnoreCase(text.substr(i, word.size()), word)) {
      i += word.size();
      marker = true;
      break;
    }
  }
  if (!marker) return end;
  if (ByteAt(text, i) == '.') ++i;
  if (ByteAt(text, i) == ' ') ++i;
  size_t digits = 0;
  while (ascii::IsDigit(ByteAt(text, i)) && digits <= 6) {
    ++i;
    ++digits;
  }
  if (digits == 0 || digits > 6 || ascii::IsAlnum(ByteAt(text, i))) return end;
  return i;
}

}  // namespace

size_t PhoneCandidateEnd(std::string_view text, size_t begin) {
  const size_t end = PhoneNumberEnd(text, begin);
  return end == begin ? begin : PhoneExtensionEnd(text, end);
}

size_t PhoneExtensionEnd(std::string_view text, size_t end) {
  return ExtensionEnd(text, end);
}

size_t PhoneNumberEnd(std::string_view text, size_t begin) {
  const size_t n = text.size();
  size_t i = begin, digits = 0, group_end = begin;
  if (i < n && text[i] == '+') ++i;
  while (i < n) {
    const char c = text[i];
    if (ascii::IsDigit(c)) {
      if (++digits > 15) return begin;
      group_end = ++i;
      continue;
    }
    // A group in parentheses starts the number, follows a separator or a country code: "(415)",
    // "+44 (0)20", "+44(0)20" (the trunk prefix that callers from inside the country dial).
    const bool after_country_code = text[begin] == '+' && digits == i - begin - 1 && digits <= 3;
    if (c == '(' && (i == begin || group_end != i || after_country_code)) {
      size_t j = i + 1;
      while (j < n && j - i <= 6 && ascii::IsDigit(text[j])) ++j;
      const size_t inside = j - i - 1;  // one to five digits: "(0)", "(415)", "(01632)"
      if (inside == 0 || inside > 5 || ByteAt(text, j) != ')') break;
      digits += inside;
      if (digits > 15) return begin;
      i = group_end = j + 1;
      continue;
    }
    // One separator between groups.
    if (group_end == i && IsSeparator(c) &&
        (ascii::IsDigit(ByteAt(text, i + 1)) || ByteAt(text, i + 1) == '(')) {
      ++i;
      continue;
    }
    break;
  }
  if (digits == 0) return begin;
  return group_end;
}

bool PhoneShapePlausible(std::string_view text, size_t begin, size_t end) {
  if (begin >= end || end > text.size()) return false;
  const char prev = begin > 0 ? text[begin - 1] : '\0';
  const char prev2 = begin > 1 ? text[begin - 2] : '\0';
  // Glued to a word, an identifier ("INV-", "#", "/"), an amount ("$") or a longer number.
  if (ascii::IsWordByte(prev)) return false;
  // A comma ends a list item or a CSV field ("...,+1 415 ..."), but after a digit a group of
  // exactly three digits is the thousands of an amount ("1,234,567").
  if (prev == ',' && ascii::IsDigit(prev2) && begin + 3 <= text.size() &&
      ascii::IsDigit(text[begin]) && ascii::IsDigit(text[begin + 1]) &&
      ascii::IsDigit(text[begin + 2]) && !ascii::IsDigit(ByteAt(text, begin + 3))) {
    return false;
  }
  for (char c : std::string_view("._/$#@=+-\\")) {
    if (prev == c && !(c == '+' && text[begin] == '+')) return false;
  }
  if (IsSeparator(prev) && ascii::IsDigit(prev2)) return false;
  const char next = ByteAt(text, end);
  const char next2 = ByteAt(text, end + 1);
  if (ascii::IsWordByte(next) || next == '@' || next == '/' || next == '%') return false;
  if ((IsSeparator(next) || next == ',' || next == ':') && ascii::IsDigit(next2)) return false;

  // Digit groups of the number itself; an extension ("ext. 12", "x12", "#12") ends it.
  std::string_view candidate = text.substr(begin, end - begin);
  size_t digits = 0, groups = 0, dots = 0, others = 0;
  std::string_view group_text[8];
  size_t group_start = std::string_view::npos;
  for (size_t i = 0; i <= candidate.size(); ++i) {
    char c = i < candidate.size() ? candidate[i] : ' ';
    if (ascii::IsDigit(c)) {
      ++digits;
      if (group_start == std::string_view::npos) group_start = i;
      continue;
    }
    if (group_start != std::string_view::npos) {
      if (groups < 8) group_text[groups] = candidate.substr(group_start, i - group_start);
      ++groups;
      group_start = std::string_view::npos;
    }
    if (ascii::IsAlpha(c) || c == '#') break;
    if (c == '.') {
      ++dots;
    } else if (i < candidate.size() && c != '+') {
      ++others;
    }
  }
  if (digits < 7 || digits > 15) return false;
  // Dates with the year first or last: 2024-01-15, 15.01.2024, 2024 01 15.
  if (groups == 3 && candidate[0] != '+' && candidate[0] != '(') {
    bool small_first = group_text[0].size() <= 2 && group_text[1].size() <= 2;
    bool small_last = group_text[1].size() <= 2 && group_text[2].size() <= 2;
    if ((LooksLikeYear(group_text[0]) && small_last) ||
        (LooksLikeYear(group_text[2]) && small_first)) {
      return false;
    }
  }
  // A year in parentheses and a page or article number: a citation ("J. Appl. Phys. 97 (2005)
  // 084903"). Parenthesised area codes of four digits start with the trunk prefix 0.
  if (candidate[0] == '(' && groups >= 2 && group_text[0].size() == 4 &&
      LooksLikeYear(group_text[0])) {
    return false;
  }
  // Runs of one- and two-digit groups are tables and lists ("10 20 30 40 50"), unless written
  // the French way with a trunk prefix ("01 23 45 67 89").
  if (candidate[0] != '+' && candidate[0] != '(' && group_text[0][0] != '0') {
    bool all_short = true;
    for (size_t g = 0; g < std::min<size_t>(groups, 8); ++g) all_short &= group_text[g].size() <= 2;
    if (all_short) return false;
  }
  // A dotted quad is an IPv4 address or a version, not a phone number; with a '+' it is an
  // international number written with dots ("+61.481.456.054").
  if (groups == 4 && others == 0 && dots == 3 && candidate[0] != '+') {
    bool short_groups = true;
    for (size_t g = 0; g < 4; ++g) short_groups &= group_text[g].size() <= 3;
    if (short_groups) return false;
  }
  return true;
}

namespace {

bool ParseAndValidate(std::string_view candidate, std::span<const std::string> regions) {
  using i18n::phonenumbers::PhoneNumber;
  using i18n::phonenumbers::PhoneNumberUtil;
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  PhoneNumber parsed;
  if (candidate.starts_with('+') || candidate.starts_with("00")) {
    switch (ParseDirect(candidate, {}, parsed)) {
      case DirectParse::kBuilt:
        return IsValidBuiltNumber(parsed);
      case DirectParse::kInvalid:
        return false;
      case DirectParse::kAskParse:
        break;
    }
    // "00" is the international call prefix of most countries: the same as "+".
    std::string number = "+";
    number.append(candidate.substr(candidate[0] == '+' ? 1 : 2));
    parsed.Clear();
    return util.Parse(number, "ZZ", &parsed) == PhoneNumberUtil::NO_PARSING_ERROR &&
           util.IsValidNumber(parsed);
  }
  std::string number;
  for (const std::string& region : regions) {
    switch (ParseDirect(candidate, region, parsed)) {
      case DirectParse::kBuilt:
        if (IsValidBuiltNumber(parsed)) return true;
        continue;
      case DirectParse::kInvalid:
        continue;
      case DirectParse::kAskParse:
        break;
    }
    if (number.empty()) number.assign(candidate);
    parsed.Clear();
    if (util.Parse(number, region, &parsed) == PhoneNumberUtil::NO_PARSING_ERROR &&
        util.IsValidNumber(parsed)) {
      return true;
    }
  }
  return false;
}

// libphonenumber takes tens of microseconds a number, and documents repeat their numbers and
// number blocks (page footers, signatures, a contact column): each thread remembers its recent
// answers, keyed as AppendKey says.
struct PhoneVerdicts {
  struct Slot {
    std::string key;
    bool valid = false;
  };
  static constexpr size_t kSlots = 4096;
  Slot slots[kSlots];
};

// Whether a number is valid depends on its country, its length and its leading digits (area
// code, exchange, mobile prefix): numbering plans leave the last digits free. So the key keeps the
// shape and every digit but the last four (the last two of short numbers), and one answer serves
// a whole block of numbers, as in a contact list where the numbers share their area codes.
void AppendKey(std::string& key, std::string_view candidate, std::span<const std::string> regions) {
  key.assign(candidate);
  size_t digits = 0;
  for (char c : key) digits += ascii::IsDigit(c);
  size_t free_digits = digits >= 10 ? 4 : 2;
  for (size_t i = key.size(); i-- > 0 && free_digits > 0;) {
    if (ascii::IsDigit(key[i])) {
      key[i] = '5';
      --free_digits;
    }
  }
  for (const std::string& r : regions) {
    key.push_back('\0');
    key += r;
  }
}

}  // namespace

bool PhoneNumberPossible(std::string_view candidate) {
  using i18n::phonenumbers::PhoneNumber;
  using i18n::phonenumbers::PhoneNumberUtil;
  if (!candidate.starts_with('+')) return false;
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  PhoneNumber parsed;
  return util.Parse(std::string(candidate), "ZZ", &parsed) == PhoneNumberUtil::NO_PARSING_ERROR &&
         util.IsPossibleNumber(parsed);
}

bool PhoneNumberValid(std::string_view candidate, std::span<const std::string> regions) {
  thread_local PhoneVerdicts verdicts;
  thread_local std::string key;
  AppendKey(key, candidate, regions);
  PhoneVerdicts::Slot& slot = verdicts.slots[std::hash<std::string>{}(key) % PhoneVerdicts::kSlots];
  if (slot.key == key) return slot.valid;
  const bool valid = ParseAndValidate(candidate, regions);
  slot.key = key;
  slot.valid = valid;
  return valid;
}

}  // namespace deskbench
