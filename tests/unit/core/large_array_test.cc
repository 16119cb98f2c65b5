#include "core/large_array.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <numeric>

namespace deskbench {
namespace {

// Grown from a few bytes to several huge pages, the array keeps every value it was given.
TEST(LargeArray, KeepsItsValuesAcrossGrowthPastAHugePage) {
  LargeArray<uint64_t> values;
  const size_t n = 3 * kHugePage / sizeof(uint64_t) + 17;
  for (size_t i = 0; i < n; ++i) values.push_back(i * 2654435761u);
  ASSERT_EQ(values.size(), n);
  for (size_t i = 0; i < n; i += 997) ASSERT_EQ(values[i], i * 2654435761u) << i;
  EXPECT_EQ(values.back(), (n - 1) * 2654435761u);
  LargeArray<uint64_t> copy = values;
  EXPECT_EQ(copy, values);
  values.clear();
  values.shrink_to_fit();
  EXPECT_EQ(copy[n / 2], (n / 2) * 2654435761u);
}

TEST(LargeArray, LargeBlocksStartOnAHugePageAndSmallOnesAreOrdinary) {
  void* large = AllocateLarge(kHugePage + 1);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(large) % kHugePage, 0u);
  // The whole rounded-up block is writable.
  static_cast<char*>(large)[2 * kHugePage - 1] = 1;
  FreeLarge(large, kHugePage + 1);
  void* small = AllocateLarge(100);
  static_cast<char*>(small)[99] = 1;
  FreeLarge(small, 100);
  FreeLarge(nullptr, kHugePage);
}

TEST(LargeArray, AnImpossibleSizeThrows) {
  LargeArrayAllocator<uint64_t> allocator;
  EXPECT_THROW(static_cast<void>(allocator.allocate(static_cast<size_t>(-1) / 4)),
               std::bad_array_new_length);
  EXPECT_THROW(AllocateLarge(static_cast<size_t>(-1) - 100), std::bad_alloc);
}

}  // namespace
}  // namespace deskbench
