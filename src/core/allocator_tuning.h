#pragma once
// glibc's allocator, tuned for a scrub: by default it returns freed memory at the top of the heap
// to the system as soon as 128 KiB are free there, and serves large blocks with mmap (freed with
// munmap). Scrubbing many documents allocates and frees buffers of part size for every file, so
// the kernel kept mapping, clearing and unmapping the same pages: 37,000 page faults for 100
// typical 50 KB documents. Kept at the top up to 256 MiB, with blocks from 32 MiB still mapped
// apart (so one huge part does not stay in the heap), the same run takes 10,000 faults and about
// 5 % less CPU; the price is a peak about 17 MB higher on that run (memory kept for reuse rather
// than returned), which large documents do not notice (bench/RESULTS.md, Office documents).

namespace deskbench {

// Call once at start-up, before threads start. Does nothing with other allocators.
void TuneAllocator();

}  // namespace deskbench
