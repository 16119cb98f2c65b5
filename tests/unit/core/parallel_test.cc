#include "core/parallel.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <mutex>
#include <stdexcept>
#include <vector>

namespace deskbench {
namespace {

std::vector<size_t> StartOrder(const std::vector<uint64_t>& sizes, unsigned jobs) {
  std::mutex mu;
  std::vector<size_t> order;
  ParallelForLargestFirst(sizes, jobs, [&](size_t i) {
    std::lock_guard lock(mu);
    order.push_back(i);
  });
  return order;
}

TEST(Parallel, EveryIndexOnceWhateverTheThreads) {
  std::vector<uint64_t> sizes;
  for (uint64_t i = 0; i < 500; ++i) sizes.push_back((i * 7919) % 101);
  for (unsigned jobs : {1u, 2u, 3u, 8u}) {
    std::vector<size_t> order = StartOrder(sizes, jobs);
    std::sort(order.begin(), order.end());
    ASSERT_EQ(order.size(), sizes.size());
    for (size_t i = 0; i < order.size(); ++i) EXPECT_EQ(order[i], i);
  }
}

TEST(Parallel, SeveralThreadsAreHandedTheLargestFirst) {
  EXPECT_EQ(LargestFirst({5, 900, 5, 5, 700, 5, 800, 5}),
            (std::vector<size_t>{1, 6, 4, 0, 2, 3, 5, 7}));
  EXPECT_TRUE(LargestFirst({}).empty());
}

TEST(Parallel, OneThreadKeepsTheIndexOrder) {
  const std::vector<uint64_t> sizes = {5, 900, 5, 700};
  EXPECT_EQ(StartOrder(sizes, 1), (std::vector<size_t>{0, 1, 2, 3}));
}

TEST(Parallel, TheFirstErrorIsRethrownAfterAllStop) {
  const std::vector<uint64_t> sizes(50, 1);
  EXPECT_THROW(ParallelForLargestFirst(sizes, 2,
                                       [](size_t i) {
                                         if (i == 7) throw std::runtime_error("seven");
                                       }),
               std::runtime_error);
}

}  // namespace
}  // namespace deskbench
