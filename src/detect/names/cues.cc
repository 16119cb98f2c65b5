#include "detect/names/cues.h"

#include "core/ascii.h"

namespace deskbench::names {

std::string_view PrevWord(std::string_view text, size_t begin, char* buf, size_t cap,
                          bool cross_lines) {
  size_t i = begin;
  size_t skipped = 0;
  while (i > 0 && skipped < 6) {
    char c = text[i - 1];
    if ((c == '\r' || c == '\n') && !cross_lines) return {};
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',' || c == ':' || c == '(' ||
        c == '"' || c == '-' || c == '*' || c == '>' || c == '@') {
      --i;
      ++skipped;
    } else {
      break;
    }
  }
  size_t end = i;
  while (i > 0 && ascii::IsAlpha(text[i - 1]) && end - i < cap) --i;
  if (i > 0 && ascii::IsWordByte(text[i - 1])) return {};
  size_t n = end - i;
  for (size_t k = 0; k < n; ++k) buf[k] = ascii::ToLower(text[i + k]);
  return {buf, n};
}

std::string_view NextWord(std::string_view text, size_t end, char* buf, size_t cap) {
  size_t i = end;
  while (i < text.size() && (text[i] == ' ' || text[i] == ',') && i - end < 3) ++i;
  size_t start = i;
  while (i < text.size() && ascii::IsAlpha(text[i]) && i - start < cap) ++i;
  size_t n = i - start;
  for (size_t k = 0; k < n; ++k) buf[k] = ascii::ToLower(text[start + k]);
  return {buf, n};
}

bool MentionBefore(std::string_view text, size_t begin) {
  return begin > 0 && text[begin - 1] == '@' && (begin < 2 || !ascii::IsWordByte(text[begin - 2]));
}

bool SentenceStart(std::string_view text, size_t begin) {
  size_t i = begin;
  while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t' || text[i - 1] == '"' ||
                   text[i - 1] == '\'' || text[i - 1] == '(')) {
    --i;
  }
  if (i == 0) return true;
  char c = text[i - 1];
  return c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r' || c == ':' || c == ';' ||
         c == '*' || c == '-' || c == '>' || c == '#';
}

}  // namespace deskbench::names
