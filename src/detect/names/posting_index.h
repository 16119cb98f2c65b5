#pragma once
// Lists of numbers filed under string keys, each list in the order its numbers were added: the
// identity book's indexes of people by given name, surname and email local part. Flat arrays
// instead of a hash node and a vector a key: a large task files a dozen keys a person, and
// making those nodes, then freeing them at the end of the run, was a fifth of the single-threaded
// time between a scan's two passes.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/large_array.h"
#include "core/tag_table.h"

namespace deskbench::names {

class PostingIndex {
 public:
  // Appends `value` to the list of `key`, unless it already ends that list.
  void Add(std::string_view key, uint32_t value);
  // The list of `key`, empty when it has none.
  std::vector<uint32_t> Find(std::string_view key) const;
  // The first value filed under `key`, or kNone.
  uint32_t First(std::string_view key) const;
  // How many values are filed under `key`.
  size_t Count(std::string_view key) const;
  bool Contains(std::string_view key) const { return First(key) != kNone; }

  static constexpr uint32_t kNone = UINT32_MAX;

 private:
  struct Key {
    uint32_t offset;  // of the key's text in arena_
    uint32_t size;
    uint32_t first;  // postings_ index of the list's head
    uint32_t last;   // and of its tail
    uint32_t count;
  };
  struct Posting {
    uint32_t value;
    uint32_t next;  // kNone at the end of a list
  };
  // The index in keys_ of `key`, or kNone; `hash` is the low half of its hash.
  uint32_t KeyOf(uint32_t hash, std::string_view key) const;

  std::string arena_;
  LargeArray<Key> keys_;
  LargeArray<Posting> postings_;
  TagTable table_;  // indexes into keys_
};

}  // namespace deskbench::names
