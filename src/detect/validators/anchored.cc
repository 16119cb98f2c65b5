#include "detect/validators/anchored.h"

#include "core/ascii.h"

namespace deskbench::validators {

std::string KeywordAlternation(std::span<const std::string_view> keywords) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "(?:";
  for (size_t i = 0; i < keywords.size(); ++i) {
    if (i > 0) out += '|';
    for (char c : keywords[i]) {
      auto u = static_cast<unsigned char>(c);
      if (ascii::IsAlnum(c)) {
        out.push_back(c);
      } else {
        out += "\\x";
        out.push_back(kHex[u >> 4]);
        out.push_back(kHex[u & 15]);
      }
    }
  }
  out += ')';
  return out;
}

std::string KeywordThenValue(std::span<const std::string_view> keywords, std::string_view value) {
  return R"(\b)" + KeywordAlternation(keywords) +
         R"((?:[^A-Za-z0-9\n]{1,8}(?:no|nr|num|number|is|id|card|was|of|n|nummer|numero|num\xc3\xa9ro|n\xc3\xbamero)){0,3}[^A-Za-z0-9\n]{0,8}(?:)" +
         std::string(value) + R"()\b)";
}

std::string WholeSegment(std::string_view value) {
  return R"(^[ \t]*(?:)" + std::string(value) + R"()[ \t]*$)";
}

bool NarrowToLastToken(std::string_view text, Match& m) {
  if (m.end > text.size() || m.begin >= m.end) return false;
  size_t b = m.end;
  while (b > m.begin && (ascii::IsAlnum(text[b - 1]) || text[b - 1] == '-')) --b;
  while (b < m.end && text[b] == '-') ++b;
  if (b == m.end) return false;
  m.begin = b;
  return true;
}

bool TrimBlanks(std::string_view text, Match& m) {
  if (m.end > text.size() || m.begin >= m.end) return false;
  while (m.begin < m.end && ascii::IsSpace(text[m.begin])) ++m.begin;
  while (m.end > m.begin && ascii::IsSpace(text[m.end - 1])) --m.end;
  return m.begin < m.end;
}

}  // namespace deskbench::validators
