#include "detect/validators/spelled_email.h"

#include "core/ascii.h"

namespace deskbench::validators {

namespace {

constexpr std::string_view kOpen = "[({<";
constexpr std::string_view kClose = "])}>";

size_t SkipSpaces(std::string_view s, size_t i) {
  for (int n = 0; n < 2 && i < s.size() && s[i] == ' '; ++n) ++i;
  return i;
}

// The end of a bracketed word at `open` ("[at]", "( dot )") and the word, lower case; 0 when none.
size_t BracketedWord(std::string_view s, size_t open, std::string& word) {
  if (open >= s.size()) return 0;
  const size_t kind = kOpen.find(s[open]);
  if (kind == std::string_view::npos) return 0;
  size_t i = SkipSpaces(s, open + 1);
  const size_t from = i;
  while (i < s.size() && i - from < 3 && ascii::IsAlpha(s[i])) ++i;
  word = ascii::Lower(s.substr(from, i - from));
  i = SkipSpaces(s, i);
  if (i >= s.size() || s[i] != kClose[kind] || (word != "at" && word != "dot")) return 0;
  return i + 1;
}

bool LocalByte(char c) {
  return ascii::IsAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

bool LabelByte(char c) {
  return ascii::IsAlnum(c) || c == '-';
}

}  // namespace

std::optional<SpelledEmail> SpelledEmailAround(std::string_view text, size_t open) {
  std::string word;
  const size_t close = BracketedWord(text, open, word);
  if (close == 0 || word != "at") return std::nullopt;
  SpelledEmail out;
  // The local part, a space or two before the bracket allowed.
  size_t local_end = open;
  while (local_end > 0 && open - local_end < 2 && text[local_end - 1] == ' ') --local_end;
  size_t begin = local_end;
  while (begin > 0 && local_end - begin < 64 && LocalByte(text[begin - 1])) --begin;
  while (begin < local_end && !ascii::IsAlnum(text[begin])) ++begin;
  if (begin == local_end || (begin > 0 && (LocalByte(text[begin - 1]) ||
                                           static_cast<unsigned char>(text[begin - 1]) >= 0x80))) {
    return std::nullopt;
  }
  // A dot spelled in the local part too: "nick(dot)treleaven(at)...".
  std::string local(text.substr(begin, local_end - begin));
  for (;;) {
    const size_t close_at = begin;
    if (close_at == 0 || kClose.find(text[close_at - 1]) == std::string_view::npos) break;
    const size_t open_at = text.rfind(kOpen[kClose.find(text[close_at - 1])], close_at - 1);
    if (open_at == std::string_view::npos || close_at - open_at > 7 ||
        BracketedWord(text, open_at, word) != close_at || word != "dot") {
      break;
    }
    size_t before = open_at;
    while (before > 0 && LocalByte(text[before - 1]) && open_at - before < 64) --before;
    if (before == open_at || !ascii::IsAlnum(text[before])) break;
    local.insert(0, 1, '.');
    local.insert(0, text.substr(before, open_at - before));
    out.local_dot = text.substr(open_at, close_at - open_at);
    begin = before;
  }
  if (begin > 0 && static_cast<unsigned char>(text[begin - 1]) >= 0x80) return std::nullopt;
  const size_t at_end = SkipSpaces(text, close);
  out.begin = begin;
  out.at = text.substr(local_end, at_end - local_end);
  out.address = local + "@";
  // Labels joined by "." or a spelled "dot".
  size_t i = at_end;
  size_t labels = 0;
  size_t last_label = 0;
  for (;;) {
    const size_t label = i;
    while (i < text.size() && i - label < 63 && LabelByte(text[i])) ++i;
    if (i == label || text[label] == '-' || text[i - 1] == '-') return std::nullopt;
    out.address += text.substr(label, i - label);
    last_label = label;
    ++labels;
    out.end = i;
    if (i + 1 < text.size() && text[i] == '.' && ascii::IsAlnum(text[i + 1])) {
      out.address += '.';
      ++i;
      continue;
    }
    const size_t spelled = SkipSpaces(text, i);
    const size_t after = BracketedWord(text, spelled, word);
    if (after == 0 || word != "dot") break;
    const size_t next = SkipSpaces(text, after);
    if (next >= text.size() || !ascii::IsAlnum(text[next])) break;
    out.dot = text.substr(i, next - i);
    out.address += '.';
    i = next;
  }
  const std::string_view tld = text.substr(last_label, out.end - last_label);
  if (labels < 2 || tld.size() < 2 || tld.size() > 24) return std::nullopt;
  for (char c : tld) {
    if (!ascii::IsAlpha(c)) return std::nullopt;
  }
  if (out.end < text.size() && (ascii::IsWordByte(text[out.end]) || text[out.end] == '@')) {
    return std::nullopt;
  }
  return out;
}

std::optional<SpelledEmail> ParseSpelledEmail(std::string_view value) {
  for (size_t open = value.find_first_of(kOpen); open != std::string_view::npos;
       open = value.find_first_of(kOpen, open + 1)) {
    auto email = SpelledEmailAround(value, open);
    if (email) return email->begin == 0 && email->end == value.size() ? email : std::nullopt;
  }
  return std::nullopt;
}

}  // namespace deskbench::validators
