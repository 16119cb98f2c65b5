#include "detect/context.h"

#include <algorithm>

#include "core/ascii.h"

namespace deskbench {

bool ContainsWord(std::string_view s, std::string_view word) {
  if (word.empty() || s.size() < word.size()) return false;
  const char first = word[0];
  for (size_t i = 0; i + word.size() <= s.size(); ++i) {
    if (ascii::ToLower(s[i]) != first) continue;
    if (i > 0 && ascii::IsAlnum(s[i - 1])) continue;
    size_t k = 1;
    while (k < word.size() && ascii::ToLower(s[i + k]) == word[k]) ++k;
    if (k != word.size()) continue;
    size_t after = i + word.size();
    if (after < s.size() && ascii::IsAlnum(s[after])) {
      // Allow a plural: "account numbers", "passports".
      if (!(ascii::ToLower(s[after]) == 's' &&
            (after + 1 == s.size() || !ascii::IsAlnum(s[after + 1])))) {
        continue;
      }
    }
    return true;
  }
  return false;
}

bool HasContext(std::string_view text, size_t begin, size_t end, std::string_view hint,
                std::span<const std::string_view> words, size_t before, size_t after) {
  if (words.empty()) return false;
  size_t lo = begin > before ? begin - before : 0;
  size_t hi = std::min(text.size(), end + after);
  std::string_view left = text.substr(lo, begin - lo);
  std::string_view right = text.substr(end, hi - end);
  for (std::string_view w : words) {
    if (ContainsWord(left, w) || ContainsWord(right, w) || ContainsWord(hint, w)) return true;
  }
  return false;
}

}  // namespace deskbench
