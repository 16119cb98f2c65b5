#pragma once
// The contract between the scrub pipeline and a format adapter.
//
// An adapter opens one file and exposes its text as segments in logical units (a line or chunk of
// a text file, a CSV cell, a JSON string, an HTML text node or attribute), then writes the same
// format back with edits applied in segment coordinates, keeping every byte it was not asked to
// change. Anything it cannot represent faithfully is refused (Refusal) or dropped and noted.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/sink.h"

namespace deskbench {

inline constexpr uint64_t kNoOrigin = ~uint64_t{0};

struct Segment {
  std::string_view text;      // what is scanned; UTF-8 where the file is text (any bytes allowed)
  std::string_view location;  // for people: "line 12", "row 4, column email", "$.users[0].email"
  std::string_view hint;      // context for detection: the column header, JSON key, attribute name
  // Byte offset in the original file of text[0] when text maps onto the file byte for byte.
  uint64_t origin = kNoOrigin;
  // When not empty, origins[i] is the file offset of text byte i (size text.size() + 1): for text
  // that was unescaped or decoded on the way in.
  std::span<const uint64_t> origins = {};

  // File offset of text byte i, or kNoOrigin when unknown.
  uint64_t FileOffset(size_t i) const {
    if (!origins.empty()) return i < origins.size() ? origins[i] : kNoOrigin;
    return origin == kNoOrigin ? kNoOrigin : origin + i;
  }
};

// Replace segment text [begin, end) with replacement (UTF-8; the adapter escapes or re-encodes it
// for its format). Edits of one segment are sorted and do not overlap.
struct Edit {
  size_t begin;
  size_t end;
  std::string replacement;
};

// Something the adapter removed or changed on its own: metadata, comments, scripts.
struct Note {
  std::string part;    // "<meta name=\"author\">", "HTML comment", "BOM"
  std::string action;  // "removed", "re-encoded as UTF-8"
};

using SegmentVisitor = std::function<void(const Segment&)>;
using SegmentEditor = std::function<std::vector<Edit>(const Segment&)>;

class Document {
 public:
  virtual ~Document() = default;
  // Visits every text segment in document order. May be called more than once; the views are
  // valid only during the call.
  virtual void Scan(const SegmentVisitor& visit) = 0;
  // Writes the scrubbed document: `edits` is asked for each segment, in the order of Scan.
  virtual void Write(const SegmentEditor& edits, Sink& out) = 0;
  // Write when the document will not be scanned or written again (only Notes follows): an adapter
  // may then put edits into what it parsed instead of a copy. Scan and Write throw
  // std::logic_error afterwards where it did.
  virtual void WriteLast(const SegmentEditor& edits, Sink& out) { Write(edits, out); }
  // What the adapter removed or changed by itself (complete after Write).
  virtual std::vector<Note> Notes() const { return {}; }

  // A document whose output is a folder (a git repository) says so; the pipeline then calls
  // WriteTree with an empty temporary folder and moves it into place when it returns, instead of
  // calling Write.
  virtual bool WritesTree() const { return false; }
  virtual void WriteTree(const SegmentEditor& /*edits*/, const std::filesystem::path& /*dir*/) {
    throw std::logic_error("this document is written to a file, not a folder");
  }
  // Bytes of content behind a document that is not one file (a repository's distinct blobs), for
  // the report's totals; 0 when the file's size says it.
  virtual uint64_t ContentBytes() const { return 0; }
  // Memory the open document holds (bytes, an estimate) when a Write after any number of Scans
  // writes what a Write of a freshly opened copy writes; 0 when that is not so or not known. The
  // pipeline keeps the documents pass 1 scanned for pass 2 by this, within a budget, instead of
  // opening them again.
  virtual uint64_t ReusableBytes() const { return 0; }
};

}  // namespace deskbench
