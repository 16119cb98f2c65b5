#pragma once
// An allocator for the large flat arrays of a big task (the term index's tables, the names kept
// for each segment, the identity book's indexes): a block of 2 MiB or more is mapped on its own,
// aligned to 2 MiB and advised as huge pages, so that the kernel fills it 2 MiB at a time instead
// of 4 KiB. On the 2-core VM of bench/RESULTS.md a page fault costs 15 us and those arrays took
// a third of a dense scan's 20,000; natively, huge pages also spare random lookups in tables of
// many megabytes most of their TLB misses. Smaller blocks come from operator new as usual.

#include <cstddef>
#include <new>
#include <vector>

namespace deskbench {

inline constexpr size_t kHugePage = size_t{2} << 20;

// `bytes` of memory aligned for any type; from a mapping of its own at and above kHugePage.
// Throws std::bad_alloc.
void* AllocateLarge(size_t bytes);
// Frees what AllocateLarge(bytes) gave.
void FreeLarge(void* p, size_t bytes) noexcept;

template <class T>
struct LargeArrayAllocator {
  using value_type = T;
  LargeArrayAllocator() = default;
  template <class U>
  explicit LargeArrayAllocator(const LargeArrayAllocator<U>& /*other*/) noexcept {}
  T* allocate(size_t n) {
    if (n > static_cast<size_t>(-1) / sizeof(T)) throw std::bad_array_new_length();
    return static_cast<T*>(AllocateLarge(n * sizeof(T)));
  }
  void deallocate(T* p, size_t n) noexcept { FreeLarge(p, n * sizeof(T)); }
  friend bool operator==(const LargeArrayAllocator&, const LargeArrayAllocator&) { return true; }
};

template <class T>
using LargeArray = std::vector<T, LargeArrayAllocator<T>>;

}  // namespace deskbench
