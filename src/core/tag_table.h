#pragma once
// An open-addressing table of 32-bit indexes into an array of the caller's, each filed under a
// 32-bit tag (bits of its entry's hash): eight bytes a slot, at most half full, on huge pages when
// large. The term index's table, the identity book's indexes and its variant table are each one;
// the caller keeps the entries and says which index filed under a tag is the one it looks for.

#include <cstddef>
#include <cstdint>

#include "core/large_array.h"

namespace deskbench {

class TagTable {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  // The first index filed under `tag` for which is(index) holds, or kNone.
  template <class Is>
  uint32_t Find(uint32_t tag, Is is) const {
    if (slots_.empty()) return kNone;
    const size_t mask = slots_.size() - 1;
    for (size_t i = tag & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.index == kNone) return kNone;
      if (s.tag == tag && is(s.index)) return s.index;
    }
  }
  // Files `index` (not kNone) under `tag`.
  void Insert(uint32_t tag, uint32_t index) {
    if ((used_ + 1) * 2 > slots_.size()) Rehash(slots_.empty() ? 64 : slots_.size() * 2);
    Place({tag, index});
    ++used_;
  }
  // Makes room for `entries` in all, so that filing them rehashes nothing.
  void Reserve(size_t entries) {
    size_t size = slots_.empty() ? 64 : slots_.size();
    while (size < entries * 2) size *= 2;
    if (size > slots_.size()) Rehash(size);
  }

 private:
  struct Slot {
    uint32_t tag = 0;
    uint32_t index = kNone;
  };

  void Place(Slot slot) {
    const size_t mask = slots_.size() - 1;
    size_t i = slot.tag & mask;
    while (slots_[i].index != kNone) i = (i + 1) & mask;
    slots_[i] = slot;
  }
  void Rehash(size_t size) {  // a power of two
    LargeArray<Slot> old(size);
    old.swap(slots_);
    for (const Slot& s : old) {
      if (s.index != kNone) Place(s);
    }
  }

  LargeArray<Slot> slots_;
  size_t used_ = 0;
};

}  // namespace deskbench
