#pragma once
// The policy's terms (deny list, names propagated across a task: tens of thousands of variants in
// a large task) found without compiling them into a vectorscan database, which takes seconds at
// that size. A term is only ever reported where it starts a word (engine.cc's boundary rule), so
// the index is keyed by a term's first word and consulted once per word of the text.

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace deskbench {

class TermIndex {
 public:
  struct Hit {
    unsigned id;
    size_t begin;
    size_t end;
  };

  // True when the term can be indexed: it starts with a word byte (core/ascii.h IsWordByte) and
  // its first word is not absurdly long.
  static bool Indexable(std::string_view term);
  // Adds an indexable term; matching ignores ASCII case.
  void Add(std::string_view term, unsigned id);
  bool empty() const { return by_first_word_.empty(); }

  // Appends every occurrence of a term that starts where a word of `text` starts, including where
  // the word is the term's first word plus a plural ending ("Acmes", "Globexes").
  void Find(std::string_view text, std::vector<Hit>& out) const;

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  struct Candidate {
    std::string lower;  // the whole term, ASCII lower-cased
    unsigned id;
  };
  // A quick no: one bit per hash of a first word's length and first (up to) three bytes, so most
  // words of a text are dismissed without a hash-table lookup.
  static size_t PrefixBit(std::string_view lower_word);
  bool MaybeFirstWord(std::string_view lower_word) const {
    size_t b = PrefixBit(lower_word);
    return (prefix_bits_[b >> 6] >> (b & 63)) & 1;
  }
  std::unordered_map<std::string, std::vector<Candidate>, Hash, std::equal_to<>> by_first_word_;
  std::vector<uint64_t> prefix_bits_ = std::vector<uint64_t>(kPrefixBits / 64, 0);
  static constexpr size_t kPrefixBits = size_t{1} << 18;
  size_t longest_first_word_ = 0;
};

}  // namespace deskbench
