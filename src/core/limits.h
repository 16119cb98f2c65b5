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
  // Zip packages (Office files): refused beyond these, so a small file cannot inflate without end.
  uint32_t max_zip_entries = 10000;
  uint64_t max_inflated_bytes = 1ull << 30;  // all entries together, inflated
  uint32_t max_entry_ratio = 200;            // inflated / compressed, for entries over 1 MiB
  // Worksheets (xlsx) larger than this, inflated, are read as a stream, a row at a time, instead of
  // parsed whole (which takes about 20 bytes of memory per byte of XML); smaller ones are faster
  // parsed whole. Tests lower it to read small sheets both ways.
  uint64_t stream_sheet_bytes = 8ull << 20;
  // Word stories (the body, headers, footnotes...) larger than this, inflated, are read as a
  // stream, an element of the body at a time, for the same reason. Tests lower it too.
  uint64_t stream_story_bytes = 8ull << 20;
  // Shared strings parts (xlsx, where nearly all of a workbook's text is) larger than this,
  // inflated, are read as a stream, a batch of string items at a time. Tests lower it too.
  uint64_t stream_shared_strings_bytes = 8ull << 20;
  // Nesting of XML elements inside a package part.
  uint32_t max_xml_depth = 256;
  // Files inside files (a docx in a zip in a tar, an attachment of an email in an mbox): each
  // container opens its members with one level less; at zero, members are refused.
  uint32_t max_nesting = 4;
  // Archives (zip, tar, 7z), mailboxes and other files made of files: refused beyond these.
  uint32_t max_archive_entries = 100000;
  uint64_t max_member_bytes = 256ull << 20;          // one member, inflated
  uint64_t max_archive_inflated_bytes = 2ull << 30;  // every member of a file, nested ones too
  // Inflated bytes may reach this many times the archive's own size (beyond the first MiB).
  uint32_t max_archive_ratio = 200;
  // Images (and scanned pages) are decoded only up to this many pixels, read from their headers
  // first, so a small file cannot claim gigabytes once decoded.
  uint64_t max_image_pixels = 100'000'000;
};

}  // namespace deskbench
