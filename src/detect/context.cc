#include "detect/context.h"

#include <algorithm>
#include <cstdint>
#include <string>

#include "core/ascii.h"

namespace deskbench {

namespace {

// `word` at s[i] is a whole word: no letter or digit before it, and none after it but a plural s.
bool WholeWordAt(std::string_view s, size_t i, size_t len) {
  if (i > 0 && ascii::IsAlnum(s[i - 1])) return false;
  size_t after = i + len;
  if (after >= s.size() || !ascii::IsAlnum(s[after])) return true;
  // Allow a plural: "account numbers", "passports".
  return ascii::ToLower(s[after]) == 's' &&
         (after + 1 == s.size() || !ascii::IsAlnum(s[after + 1]));
}

// ContainsWord for text already lower-cased: the library's find (memchr and memcmp) does the work.
bool ContainsLowerWord(std::string_view lower, std::string_view word) {
  if (word.empty()) return false;
  for (size_t i = lower.find(word); i != std::string_view::npos; i = lower.find(word, i + 1)) {
    if (WholeWordAt(lower, i, word.size())) return true;
  }
  return false;
}

// Which pairs of adjacent bytes a text holds, hashed to 1,024 bits. Most context words cannot be
// in a window of ~100 bytes, and one bit test for a word's first two bytes says so before any
// search (a search for each of a recognizer's ~25 words was most of HasContext's cost).
class BytePairs {
 public:
  explicit BytePairs(std::string_view s) {
    for (size_t i = 1; i < s.size(); ++i) {
      const size_t h = Hash(s[i - 1], s[i]);
      bits_[h / 64] |= uint64_t{1} << (h % 64);
    }
  }
  // False only when no occurrence of word can be in the text.
  bool MayHold(std::string_view word) const {
    if (word.size() < 2) return true;
    const size_t h = Hash(word[0], word[1]);
    return (bits_[h / 64] >> (h % 64) & 1) != 0;
  }

 private:
  static size_t Hash(char a, char b) {
    return ((static_cast<size_t>(static_cast<unsigned char>(a)) << 3) ^
            static_cast<unsigned char>(b)) &
           1023;
  }
  uint64_t bits_[16] = {};
};

}  // namespace

bool ContainsWord(std::string_view s, std::string_view word) {
  if (word.empty() || s.size() < word.size()) return false;
  const char first = word[0];
  for (size_t i = 0; i + word.size() <= s.size(); ++i) {
    if (ascii::ToLower(s[i]) != first) continue;
    size_t k = 1;
    while (k < word.size() && ascii::ToLower(s[i + k]) == word[k]) ++k;
    if (k != word.size()) continue;
    if (WholeWordAt(s, i, word.size())) return true;
  }
  return false;
}

bool HasContext(std::string_view text, size_t begin, size_t end, std::string_view hint,
                std::span<const std::string_view> words, size_t before, size_t after) {
  if (words.empty()) return false;
  size_t lo = begin > before ? begin - before : 0;
  size_t hi = std::min(text.size(), end + after);
  std::string_view left = text.substr(lo, begin - lo);
  std::string_view right = end < hi ? text.substr(end, hi - end) : std::string_view();
  // A label names the value after it, on its line or on the line above; what comes after a value
  // on the next line is the next field's label ("passcode 552199\nAccount balance: ...").
  right = right.substr(0, std::min(right.size(), right.find('\n')));
  // One lower-cased copy of the three places, joined by NUL bytes: a NUL is not a word byte, so a
  // word never runs from one place into the next and each place keeps its own word boundaries.
  thread_local std::string lower;
  lower.resize(left.size() + right.size() + hint.size() + 3);
  char* out = lower.data();
  for (std::string_view part : {left, right, hint}) {
    for (char ch : part) *out++ = ascii::ToLower(ch);
    *out++ = '\0';
  }
  const BytePairs pairs(lower);
  for (std::string_view w : words) {
    // A word in any of the places is in `lower`, so the filter holds for every word.
    if (!pairs.MayHold(w)) continue;
    if (w.find('\0') != std::string_view::npos) {  // it could run from one place into the next
      if (ContainsWord(left, w) || ContainsWord(right, w) || ContainsWord(hint, w)) return true;
      continue;
    }
    if (ContainsLowerWord(lower, w)) return true;
  }
  return false;
}

}  // namespace deskbench
