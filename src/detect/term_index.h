#pragma once
// The policy's terms (deny list, names propagated across a task: tens of thousands of variants in
// a large task) found without compiling them into a vectorscan database, which takes seconds at
// that size. A term is only ever reported where it starts a word (engine.cc's boundary rule), so
// the index is keyed by a term's first word and consulted once per word of the text.
//
// Every word of every scanned text is looked up, so the lookup is the hot path of a task with
// many people: keys live in one open-addressing table of 64-bit hashes computed while the word
// is lower-cased (the hashes of the word less a plural ending, and of the word plus the bytes
// after it, fall out of the same pass), behind a bit set that dismisses most words in one probe.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/large_array.h"
#include "core/tag_table.h"

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
  // Makes room for `terms` more terms of `bytes` in all, so that adding a large task's hundreds
  // of thousands of variants neither grows the table step by step nor copies what it holds.
  void Reserve(size_t terms, size_t bytes);
  // Adds an indexable term; matching ignores ASCII case.
  void Add(std::string_view term, unsigned id);
  bool empty() const { return buckets_.empty(); }

  // Appends every occurrence of a term that starts where a word of `text` starts, including where
  // the word is the term's first word plus a plural ending ("Acmes", "Globexes").
  void Find(std::string_view text, std::vector<Hit>& out) const;

 private:
  // Every term lives once, lower-cased, in arena_: a task with a hundred thousand people has
  // over a million variants, and a std::string each cost more than the text itself.
  struct Candidate {
    uint32_t offset;  // of the whole term, ASCII lower-cased, in arena_
    uint32_t size;
    unsigned id;
    uint32_t next;  // the next candidate of the same key, or kNone
  };
  // The terms filed under one key: a first word, or a first word and the (up to) two bytes
  // after it ("john d" for "John Doe"), so a common first name does not bring every person who
  // has it. The key is the start of its first candidate's text.
  struct Bucket {
    uint32_t key_offset;
    uint32_t key_size;
    uint32_t first;  // candidates in the order they were added
    uint32_t last;
  };
  // A key's tag in table_ is the high half of its hash (the filter takes the low half).
  static uint32_t Tag(uint64_t hash) { return static_cast<uint32_t>(hash >> 32); }
  static constexpr uint32_t kEmpty = TagTable::kNone;
  static constexpr uint32_t kNone = UINT32_MAX;
  static constexpr size_t kFilterBits = size_t{1} << 20;
  static constexpr size_t kShapeBits = size_t{1} << 19;

  // The index of the bucket filed under key, or kEmpty.
  uint32_t Lookup(uint64_t hash, std::string_view key) const;
  bool MaybeShape(size_t key) const { return (shapes_[key >> 6] >> (key & 63)) & 1; }
  bool MaybeKey(uint64_t hash) const {
    size_t b = hash & (kFilterBits - 1);
    return (filter_[b >> 6] >> (b & 63)) & 1;
  }

  std::string arena_;
  LargeArray<Candidate> candidates_;
  LargeArray<Bucket> buckets_;
  TagTable table_;  // indexes into buckets_
  std::vector<uint64_t> filter_ = std::vector<uint64_t>(kFilterBits / 64, 0);
  // The shapes (ShapeKey: first three bytes and length) of the terms' first words: most words of
  // a text ("the", "software") have a shape no term has, and are dismissed before being hashed.
  std::vector<uint64_t> shapes_ = std::vector<uint64_t>(kShapeBits / 64, 0);
  size_t longest_first_word_ = 0;
};

}  // namespace deskbench
