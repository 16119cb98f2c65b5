#pragma once
// The names pass 1 found in each segment of a file, in the order the segments came, for pass 2 to
// take instead of looking again (the name finder is an eighth of a scan of real text, in each
// pass). Each segment's key (a hash of its text and hint) lets pass 2 check that it reads the same
// text under the same hint; where it does not, pass 2 looks for itself.
//
// Three flat arrays: a dense file has a segment every 23 bytes, most of them without a name, and
// a key and a vector a segment was most of a dense scan's page faults.

#include <cstdint>
#include <span>

#include "core/large_array.h"
#include "detect/finding.h"

namespace deskbench {

class SegmentNames {
 public:
  void Add(uint64_t key, std::span<const Finding> names) {
    keys_.push_back(key);
    names_.insert(names_.end(), names.begin(), names.end());
    ends_.push_back(static_cast<uint32_t>(names_.size()));
  }
  size_t size() const { return keys_.size(); }
  uint64_t Key(size_t segment) const { return keys_[segment]; }
  std::span<const Finding> Names(size_t segment) const {
    const uint32_t begin = segment == 0 ? 0 : ends_[segment - 1];
    return std::span<const Finding>(names_).subspan(begin, ends_[segment] - begin);
  }
  // What a segment with these many names adds to what this holds, in bytes.
  static uint64_t BytesOf(size_t names) {
    return sizeof(uint64_t) + sizeof(uint32_t) + names * sizeof(Finding);
  }
  void Clear() {
    LargeArray<uint64_t>().swap(keys_);
    LargeArray<uint32_t>().swap(ends_);
    LargeArray<Finding>().swap(names_);
  }

 private:
  LargeArray<uint64_t> keys_;
  LargeArray<uint32_t> ends_;  // names_[ends_[i - 1], ends_[i]) are segment i's
  LargeArray<Finding> names_;
};

}  // namespace deskbench
