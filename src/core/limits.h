#pragma once
// Bounds on untrusted input. Every parser takes these instead of trusting sizes it reads.

#include <cstdint>

namespace deskbench {

struct Limits {
  // Streamed formats (plain text, CSV, code) may be this large.
  uint64_t max_stream_bytes = 64ull << 30;
  // Formats parsed whole in memory (JSON, HTML, XML) may be this large.
  uint64_t max_document_bytes = 256ull << 20;
  // Nesting of JSON arrays/objects, HTML/XML elements.
  uint32_t max_depth = 512;
  // Text is scanned in chunks of about this size, cut at a line end (or white space) when possible.
  uint32_t chunk_bytes = 1u << 20;
  // Segments longer than this are cut into several for scanning.
  uint32_t max_segment_bytes = 4u << 20;
};

}  // namespace deskbench
