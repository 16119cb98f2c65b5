#include "detect/term_index.h"

#include "core/ascii.h"

namespace deskbench {

namespace {

constexpr size_t kLongestFirstWord = 254;

size_t WordEnd(std::string_view s, size_t i) {
  while (i < s.size() && ascii::IsWordByte(s[i])) ++i;
  return i;
}

bool EqualsLower(std::string_view text, std::string_view lower) {
  for (size_t i = 0; i < lower.size(); ++i) {
    if (ascii::ToLower(text[i]) != lower[i]) return false;
  }
  return true;
}

}  // namespace

size_t TermIndex::PrefixBit(std::string_view w) {
  uint64_t h = w.size() * 0x9E3779B97F4A7C15ull;
  for (size_t i = 0; i < w.size() && i < 3; ++i) {
    h = (h ^ static_cast<unsigned char>(w[i])) * 0x100000001B3ull;
  }
  return static_cast<size_t>((h ^ (h >> 29)) & (kPrefixBits - 1));
}

bool TermIndex::Indexable(std::string_view term) {
  return !term.empty() && ascii::IsWordByte(term[0]) && WordEnd(term, 0) <= kLongestFirstWord;
}

void TermIndex::Add(std::string_view term, unsigned id) {
  std::string lower = ascii::Lower(term);
  std::string first = lower.substr(0, WordEnd(lower, 0));
  longest_first_word_ = std::max(longest_first_word_, first.size());
  size_t b = PrefixBit(first);
  prefix_bits_[b >> 6] |= uint64_t{1} << (b & 63);
  // A term of several words is filed under its first word and the (up to) two bytes after it
  // ("john d" for "John Doe"), so a common first name does not bring every person who has it.
  std::string key = lower.substr(0, std::min(lower.size(), first.size() + 2));
  by_first_word_[std::move(key)].push_back({std::move(lower), id});
}

void TermIndex::Find(std::string_view text, std::vector<Hit>& out) const {
  if (by_first_word_.empty()) return;
  char word[kLongestFirstWord + 4];  // a first word and the two bytes after it
  size_t i = 0;
  while (i < text.size()) {
    if (!ascii::IsWordByte(text[i])) {
      ++i;
      continue;
    }
    const size_t end = WordEnd(text, i);
    const size_t len = end - i;
    // The word itself, or the word less a plural ending ("acmes", "globexes").
    if (len <= longest_first_word_ + 2 && len + 2 <= sizeof word) {
      for (size_t k = 0; k < len; ++k) word[k] = ascii::ToLower(text[i + k]);
      const std::string_view w(word, len);
      auto check = [&](std::string_view key) {
        auto it = by_first_word_.find(key);
        if (it == by_first_word_.end()) return;
        for (const Candidate& c : it->second) {
          if (text.size() - i >= c.lower.size() && EqualsLower(text.substr(i), c.lower)) {
            out.push_back({c.id, i, i + c.lower.size()});
          }
        }
      };
      for (size_t cut = 0; cut <= 2 && cut < len; ++cut) {
        if (cut == 1 && w.back() != 's') continue;
        if (cut == 2 && !w.ends_with("es")) continue;
        if (!MaybeFirstWord(w.substr(0, len - cut))) continue;
        check(w.substr(0, len - cut));
        // Terms of several words follow the whole first word only.
        for (size_t more = 1; cut == 0 && more <= 2 && end + more <= text.size(); ++more) {
          word[len + more - 1] = ascii::ToLower(text[end + more - 1]);
          check(std::string_view(word, len + more));
        }
      }
    }
    i = end;
  }
}

}  // namespace deskbench
