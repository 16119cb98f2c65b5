#include "formats/pdf/value_match.h"

#include "core/ascii.h"
#include "core/utf8.h"

namespace deskbench::pdf {
namespace {

// Letters, digits and the characters of other scripts: what a value must not run into to be a
// whole word. Punctuation, spaces and symbols outside ASCII (curly quotes, dashes, no-break
// spaces, bullets, arrows, CJK and full-width punctuation, U+FFFD) are not: "“Jane Roe”" holds
// "Jane Roe".
bool IsWordChar(char32_t c) {
  if (c < 0x80) return ascii::IsAlnum(static_cast<char>(c));
  if (c <= 0xBF) return c == 0xAA || c == 0xB5 || c == 0xBA;  // ª µ º
  if (c == 0xD7 || c == 0xF7) return false;                   // × ÷
  static constexpr char32_t kNotWords[][2] = {
      {0x2000, 0x206F},  // general punctuation
      {0x20A0, 0x20CF},  // currency signs
      {0x2190, 0x23FF},  // arrows, mathematical operators, technical symbols
      {0x2500, 0x27BF},  // box drawing, shapes, dingbats
      {0x2E00, 0x2E7F},  // supplemental punctuation
      {0x3000, 0x303F},  // CJK punctuation
      {0xFE10, 0xFE1F},  // vertical forms
      {0xFE30, 0xFE6F},  // compatibility and small forms
      {0xFF01, 0xFF0F},  // full-width punctuation
      {0xFF1A, 0xFF20}, {0xFF3B, 0xFF40},
      {0xFF5B, 0xFF65}, {0xFFF0, 0xFFFF},  // specials, the replacement character among them
  };
  for (const auto& range : kNotWords) {
    if (c >= range[0] && c <= range[1]) return false;
  }
  return true;
}

// Whether the character that ends just before `at` is a word character. Bytes that are not
// UTF-8 (a string operand in a single-byte encoding: WinAnsi's curly quotes are 0x93 and 0x94)
// are not: a value next to them is found.
bool WordCharBefore(std::string_view text, size_t at) {
  if (at == 0) return false;
  size_t start = at - 1;
  while (start > 0 && at - start < 4 &&
         utf8::IsContinuation(static_cast<unsigned char>(text[start]))) {
    --start;
  }
  size_t i = start;
  char32_t c = utf8::Decode(text, i);
  return i == at && IsWordChar(c);
}

// Whether the character that starts at `at` is a word character (not UTF-8: no).
bool WordCharAt(std::string_view text, size_t at) {
  if (at >= text.size()) return false;
  return IsWordChar(utf8::Decode(text, at));
}

// Whether the needle found at `at` of text stands as a whole word there: where needle starts
// (ends) with a word character, the character before (after) it is not one.
bool WholeWordAt(std::string_view text, size_t at, std::string_view needle) {
  size_t end = at + needle.size();
  bool starts = !WordCharAt(needle, 0) || !WordCharBefore(text, at);
  bool ends = !WordCharBefore(needle, needle.size()) || !WordCharAt(text, end);
  return starts && ends;
}

}  // namespace

bool ContainsWord(std::string_view text, std::string_view needle) {
  if (needle.empty()) return false;
  for (size_t at = text.find(needle); at != std::string_view::npos;
       at = text.find(needle, at + 1)) {
    if (WholeWordAt(text, at, needle)) return true;
  }
  return false;
}

SpacedText::SpacedText(std::string_view raw) {
  normalized_.reserve(raw.size());
  raw_at_.reserve(raw.size());
  size_t pending = std::string_view::npos;  // where the white space before this byte began
  for (size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    if (ascii::IsSpace(c)) {
      if (pending == std::string_view::npos && !normalized_.empty()) pending = i;
      continue;
    }
    if (pending != std::string_view::npos) {
      normalized_.push_back(' ');
      raw_at_.push_back(pending);
      pending = std::string_view::npos;
    }
    normalized_.push_back(c);
    raw_at_.push_back(i);
  }
}

std::vector<ByteRange> SpacedText::Find(std::string_view value) const {
  std::vector<ByteRange> found;
  if (value.empty()) return found;
  std::string_view text = normalized_;
  for (size_t at = text.find(value); at != std::string_view::npos; at = text.find(value, at + 1)) {
    if (!WholeWordAt(text, at, value)) continue;
    // A normalised value neither starts nor ends with a space, so both ends are raw bytes.
    found.push_back({raw_at_[at], raw_at_[at + value.size() - 1] + 1});
  }
  return found;
}

std::string NormalizeSpaces(std::string_view text) {
  return SpacedText(text).normalized();
}

}  // namespace deskbench::pdf
