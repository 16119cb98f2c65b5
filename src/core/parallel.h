#pragma once
// Runs fn(0..n-1) on up to `jobs` threads. Work is handed out one index at a time, so uneven items
// (one huge file among small ones) balance. The first exception thrown is rethrown after all stop.

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace deskbench {

inline void ParallelFor(size_t n, unsigned jobs, const std::function<void(size_t)>& fn) {
  jobs = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(n)));
  if (jobs <= 1) {
    for (size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  std::atomic<size_t> next{0};
  std::exception_ptr error;
  std::mutex error_mu;
  auto worker = [&] {
    for (size_t i; (i = next.fetch_add(1)) < n;) {
      try {
        fn(i);
      } catch (...) {
        std::lock_guard lock(error_mu);
        if (!error) error = std::current_exception();
        next.store(n);
      }
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(worker);
  worker();
  for (auto& t : threads) t.join();
  if (error) std::rethrow_exception(error);
}

// The indexes of items of these sizes, largest first (equal sizes in index order).
inline std::vector<size_t> LargestFirst(const std::vector<uint64_t>& sizes) {
  std::vector<size_t> order(sizes.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return sizes[a] > sizes[b]; });
  return order;
}

// ParallelFor over items of these sizes, the largest handed out first when there are several
// threads: a huge file started last would leave the other threads idle while it runs alone (a
// 7 MB file among 24 MB of small ones made two threads 1.35 times as fast as one, not 1.65).
// One thread takes them in index order, as ParallelFor does.
inline void ParallelForLargestFirst(const std::vector<uint64_t>& sizes, unsigned jobs,
                                    const std::function<void(size_t)>& fn) {
  if (jobs <= 1 || sizes.size() <= 1) {
    ParallelFor(sizes.size(), jobs, fn);
    return;
  }
  const std::vector<size_t> order = LargestFirst(sizes);
  ParallelFor(order.size(), jobs, [&](size_t k) { fn(order[k]); });
}

}  // namespace deskbench
