#include "detect/validators/address_line.h"

#include <algorithm>
#include <array>

#include "core/ascii.h"

namespace deskbench::validators {

namespace {

constexpr size_t kMaxAddress = 160;

// A label such as "Tel:", "E-mail:", "Phone number:" starting at i: letters, dots, hyphens and
// at most one blank, then a colon followed by a blank or the end.
bool LabelAt(std::string_view text, size_t i) {
  if (i >= text.size() || !ascii::IsAlpha(text[i])) return false;
  int blanks = 0;
  for (size_t j = i; j < text.size() && j - i <= 24; ++j) {
    const char c = text[j];
    if (c == ':') return j + 1 == text.size() || text[j + 1] == ' ' || text[j + 1] == '\t';
    if (c == ' ' && ++blanks > 1) return false;
    if (!ascii::IsLetterByte(c) && c != '.' && c != '-' && c != ' ') return false;
  }
  return false;
}

// A sentence ends at the '.' at i when a blank and a capital follow and the word before it is no
// abbreviation of a street ("Blvd.", "St.", "Apt."): it holds a digit ("NY 70709.", "OX9 4ZF.")
// or has five letters or more.
bool SentenceEndsAt(std::string_view text, size_t begin, size_t i) {
  if (i + 2 >= text.size() || text[i + 1] != ' ' || !ascii::IsUpper(text[i + 2])) return false;
  if (text[i] != '.') return true;
  size_t w = i;
  bool digit = false;
  while (w > begin && ascii::IsAlnum(text[w - 1])) digit |= ascii::IsDigit(text[--w]);
  return digit || i - w >= 5;
}

}  // namespace

bool AddressLineShape(std::string_view s) {
  if (s.size() < 6 || s.size() > kMaxAddress) return false;
  if (s.find("://") != std::string_view::npos) return false;
  size_t digits = 0, letters = 0, letter_words = 0, capitalised = 0, commas = 0;
  bool blank = false;
  for (size_t i = 0; i < s.size();) {
    const char c = s[i];
    switch (c) {
      case '@':
      case ':':
      case '=':
      case '<':
      case '>':
      case '{':
      case '}':
      case '[':
      case ']':
      case '"':
      case '`':
      case '\\':
      case '$':
      case '*':
      case '_':
        return false;
      case ',':
      case '\n':
        ++commas;
        break;
      case ' ':
      case '\t':
        blank = true;
        break;
      default:
        break;
    }
    if (ascii::IsDigit(c)) {
      // "0x7ffd", "10.0.0.1", "v2.4.1": a machine's number, not a house's.
      if (c == '0' && i + 1 < s.size() && (s[i + 1] == 'x' || s[i + 1] == 'X')) return false;
      size_t j = i, dots = 0;
      while (j < s.size() && (ascii::IsDigit(s[j]) ||
                              (s[j] == '.' && j + 1 < s.size() && ascii::IsDigit(s[j + 1])))) {
        dots += s[j] == '.';
        ++j;
      }
      if (dots >= 2) return false;
      digits += j - i;
      i = j;
      continue;
    }
    if (ascii::IsLetterByte(c)) {
      size_t j = i;
      while (j < s.size() && ascii::IsLetterByte(s[j])) ++j;
      letters += j - i;
      ++letter_words;
      capitalised += !ascii::IsLower(c);
      i = j;
      continue;
    }
    ++i;
  }
  // "12 and 14 are both taken": prose after "address:" is lower case; names of streets and towns
  // are not.
  if (digits == 0 || !blank || letters < 3 || letters * 3 < digits ||
      capitalised * 2 < letter_words) {
    return false;
  }
  return letter_words >= 2 || (letter_words == 1 && commas > 0);
}

size_t AddressValueEnd(std::string_view text, size_t begin) {
  size_t i = begin;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n' || c == '\r' || c == ';' || c == '|' || c == '\t') break;
    if (c == ' ' && LabelAt(text, i + 1)) break;
    if ((c == '.' || c == '!' || c == '?') && SentenceEndsAt(text, begin, i)) break;
    if (i - begin > kMaxAddress) return begin;
  }
  while (i > begin && (text[i - 1] == ' ' || text[i - 1] == ',' || text[i - 1] == '.')) --i;
  return i;
}

bool MachineAddressWord(std::string_view word) {
  static constexpr std::array<std::string_view, 38> kMachine = {
      "ip",      "ipv4",     "ipv6",     "mac",     "email",     "web",       "server",  "host",
      "memory",  "base",     "wallet",   "bitcoin", "btc",       "ethereum",  "eth",     "contract",
      "network", "hardware", "gateway",  "proxy",   "broadcast", "multicast", "virtual", "bind",
      "listen",  "remote",   "local",    "source",  "start",     "end",       "load",    "entry",
      "jump",    "target",   "register", "device",  "peer",      "endpoint"};
  return std::find(kMachine.begin(), kMachine.end(), word) != kMachine.end();
}

}  // namespace deskbench::validators
