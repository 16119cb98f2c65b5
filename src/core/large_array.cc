#include "core/large_array.h"

#include <sys/mman.h>

#include <cstdint>

namespace deskbench {

namespace {

size_t RoundUp(size_t bytes) {
  return (bytes + kHugePage - 1) / kHugePage * kHugePage;
}

}  // namespace

void* AllocateLarge(size_t bytes) {
  if (bytes < kHugePage) return ::operator new(bytes);
  const size_t size = RoundUp(bytes);
  if (size < bytes || size + kHugePage < size) throw std::bad_alloc();
  // A huge page must start at a 2 MiB boundary: map one more, keep the aligned part.
  void* mapped =
      ::mmap(nullptr, size + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (mapped == MAP_FAILED) throw std::bad_alloc();
  char* const base = static_cast<char*>(mapped);
  const size_t skip = (kHugePage - reinterpret_cast<uintptr_t>(base) % kHugePage) % kHugePage;
  char* const aligned = base + skip;
  if (skip > 0) ::munmap(base, skip);
  if (skip < kHugePage) ::munmap(aligned + size, kHugePage - skip);
  // Advice only: without transparent huge pages the block is ordinary memory.
  ::madvise(aligned, size, MADV_HUGEPAGE);
  return aligned;
}

void FreeLarge(void* p, size_t bytes) noexcept {
  if (p == nullptr) return;
  if (bytes < kHugePage) {
    ::operator delete(p);
    return;
  }
  ::munmap(p, RoundUp(bytes));
}

}  // namespace deskbench
