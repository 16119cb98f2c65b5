#pragma once
// glibc's allocator, tuned for a scrub: it returns freed memory at the top of the heap to the
// system as soon as 128 KiB are free there, and serves large blocks with mmap (freed with
// munmap). Scrubbing many documents allocates and frees buffers of part size for every file, so
// the kernel kept mapping, clearing and unmapping the same pages: 38,000 page faults and about
// 6 % of the CPU for 100 typical 50 KB documents (bench/RESULTS.md, Office documents). Kept at
// the top up to 256 MiB, with blocks from 32 MiB still mapped apart (so one huge part does not
// stay in the heap), the same run takes 10,400 faults. Peak memory does not grow: only what was
// already in use is kept instead of returned.

namespace deskbench {

// Call once at start-up, before threads start. Does nothing with other allocators.
void TuneAllocator();

}  // namespace deskbench
