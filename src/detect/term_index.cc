#include "detect/term_index.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <stdexcept>

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

// FNV-1a, one byte at a time, so the hash of every prefix of a word is a step of one loop.
constexpr uint64_t kHashStart = 0xcbf29ce484222325ull;
constexpr uint64_t Step(uint64_t h, char c) {
  return (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
}
// Spreads FNV's weak low bits before they pick a slot or a filter bit; never 0 (an empty slot).
constexpr uint64_t Finish(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return h | 1;
}

// Five bits of a byte, the same whatever its case: a letter, a digit, or one of a few classes of
// other word bytes. A table: it is read for every word of every text.
constexpr std::array<uint8_t, 256> kShapeBytes = [] {
  std::array<uint8_t, 256> t{};
  for (size_t b = 0; b < 256; ++b) {
    const char l = ascii::ToLower(static_cast<char>(b));
    if (l >= 'a' && l <= 'z') {
      t[b] = static_cast<uint8_t>(l - 'a' + 1);
    } else if (ascii::IsDigit(l)) {
      t[b] = 27;
    } else {
      t[b] = static_cast<uint8_t>(28 + (b & 3));
    }
  }
  return t;
}();

// A word's shape: its first three bytes (fewer in a shorter word) and its length, up to 15; 19
// bits, an index into TermIndex::shapes_.
inline size_t ShapeKey(const char* word, size_t len) {
  auto at = [&](size_t k) -> size_t {
    return k < len ? kShapeBytes[static_cast<unsigned char>(word[k])] : 0;
  };
  return (((at(0) << 10) | (at(1) << 5) | at(2)) << 4) | std::min<size_t>(len, 15);
}

}  // namespace

bool TermIndex::Indexable(std::string_view term) {
  return !term.empty() && ascii::IsWordByte(term[0]) && WordEnd(term, 0) <= kLongestFirstWord;
}

uint32_t TermIndex::Lookup(uint64_t hash, std::string_view key) const {
  return table_.Find(Tag(hash), [&](uint32_t b) {
    return std::string_view(arena_).substr(buckets_[b].key_offset, buckets_[b].key_size) == key;
  });
}

void TermIndex::Reserve(size_t terms, size_t bytes) {
  if (terms == 0) return;
  arena_.reserve(arena_.size() + bytes);
  candidates_.reserve(candidates_.size() + terms);
  // Terms share a bucket only when they start alike: room for one each.
  buckets_.reserve(buckets_.size() + terms);
  table_.Reserve(buckets_.capacity());
}

void TermIndex::Add(std::string_view term, unsigned id) {
  if (arena_.size() + term.size() > UINT32_MAX || candidates_.size() >= kNone - 1) {
    throw std::length_error("too many terms for the term index");
  }
  const auto offset = static_cast<uint32_t>(arena_.size());
  arena_.append(term);
  for (size_t k = offset; k < arena_.size(); ++k) arena_[k] = ascii::ToLower(arena_[k]);
  const std::string_view lower = std::string_view(arena_).substr(offset, term.size());
  const size_t first = WordEnd(lower, 0);
  longest_first_word_ = std::max(longest_first_word_, first);
  const std::string_view key = lower.substr(0, std::min(lower.size(), first + 2));
  // The first word's hash is a step of the key's.
  uint64_t running = kHashStart;
  for (size_t k = 0; k < first; ++k) running = Step(running, key[k]);
  const uint64_t first_hash = Finish(running);
  for (size_t k = first; k < key.size(); ++k) running = Step(running, key[k]);
  const uint64_t hash = Finish(running);
  const auto index = static_cast<uint32_t>(candidates_.size());
  candidates_.push_back({offset, static_cast<uint32_t>(term.size()), id, kNone});
  if (uint32_t found = Lookup(hash, key); found != kEmpty) {
    Bucket& bucket = buckets_[found];
    candidates_[bucket.last].next = index;
    bucket.last = index;
    return;
  }
  table_.Insert(Tag(hash), static_cast<uint32_t>(buckets_.size()));
  buckets_.push_back({offset, static_cast<uint32_t>(key.size()), index, index});
  // The filter holds the hash of the first word alone, so that only a word that is some term's
  // first word goes on to the table, and that of the key, so that the word and the bytes after
  // it go on only where some term starts so: a common given name is the first word of many
  // terms, and each key looked up in a large table is a cache miss.
  for (const uint64_t h : {first_hash, hash}) {
    const size_t bit = h & (kFilterBits - 1);
    filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
  }
  const size_t shape = ShapeKey(lower.data(), first);
  shapes_[shape >> 6] |= uint64_t{1} << (shape & 63);
}

void TermIndex::Find(std::string_view text, std::vector<Hit>& out) const {
  if (buckets_.empty()) return;
  char word[kLongestFirstWord + 4];        // a first word and the two bytes after it
  uint64_t prefix[kLongestFirstWord + 4];  // prefix[k]: the running hash after k bytes
  size_t i = 0;
  while (i < text.size()) {
    if (!ascii::IsWordByte(text[i])) {
      ++i;
      continue;
    }
    const size_t end = WordEnd(text, i);
    const size_t len = end - i;
    // The word itself, or the word less a plural ending ("acmes", "globexes").
    const char* w = text.data() + i;
    const bool shaped =
        MaybeShape(ShapeKey(w, len)) ||
        (len > 1 && ascii::ToLower(w[len - 1]) == 's' &&
         (MaybeShape(ShapeKey(w, len - 1)) ||
          (len > 2 && ascii::ToLower(w[len - 2]) == 'e' && MaybeShape(ShapeKey(w, len - 2)))));
    if (shaped && len <= longest_first_word_ + 2) {
      uint64_t h = kHashStart;
      for (size_t k = 0; k < len; ++k) {
        word[k] = ascii::ToLower(text[i + k]);
        h = Step(h, word[k]);
        prefix[k + 1] = h;
      }
      auto check = [&](size_t key_len, uint64_t hash) {
        const uint32_t b = Lookup(hash, std::string_view(word, key_len));
        if (b == kEmpty) return;
        for (uint32_t k = buckets_[b].first; k != kNone; k = candidates_[k].next) {
          const Candidate& c = candidates_[k];
          const std::string_view lower = std::string_view(arena_).substr(c.offset, c.size);
          if (text.size() - i >= lower.size() && EqualsLower(text.substr(i), lower)) {
            out.push_back({c.id, i, i + lower.size()});
          }
        }
      };
      for (size_t cut = 0; cut <= 2 && cut < len; ++cut) {
        if (cut == 1 && word[len - 1] != 's') continue;
        if (cut == 2 && (word[len - 2] != 'e' || word[len - 1] != 's')) continue;
        const uint64_t hash = Finish(prefix[len - cut]);
        if (!MaybeKey(hash)) continue;
        check(len - cut, hash);
        // Terms of several words follow the whole first word only.
        uint64_t more_hash = prefix[len];
        for (size_t more = 1; cut == 0 && more <= 2 && end + more <= text.size(); ++more) {
          word[len + more - 1] = ascii::ToLower(text[end + more - 1]);
          more_hash = Step(more_hash, word[len + more - 1]);
          if (const uint64_t key_hash = Finish(more_hash); MaybeKey(key_hash)) {
            check(len + more, key_hash);
          }
        }
      }
    }
    i = end;
  }
}

}  // namespace deskbench
