#pragma once
// What every adapter fuzz target checks: opening hostile bytes either works or is refused, a write
// with no edits gives back the input, and a write with edits completes.

#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/limits.h"
#include "core/sink.h"
#include "formats/document.h"
#include "formats/options.h"

namespace deskbench::fuzz {

// Small limits so that short inputs exercise chunking, piece cutting and depth refusals.
inline Limits SmallLimits() {
  Limits limits;
  limits.chunk_bytes = 32;
  limits.max_segment_bytes = 48;
  limits.max_depth = 32;
  limits.max_document_bytes = 1 << 20;
  return limits;
}

// For containers that open their members through the registry: small limits, and members nested
// two deep at most, so one input cannot fan out into a long run.
inline FormatOptions ContainerOptions() {
  FormatOptions options;
  options.limits = SmallLimits();
  options.limits.max_nesting = 2;
  return options;
}

// Two edits per segment, with a replacement full of characters every format must escape.
inline std::vector<Edit> HostileEdits(const Segment& s) {
  std::vector<Edit> edits;
  size_t n = s.text.size();
  if (n >= 2) edits.push_back({n / 4, n / 2, "R\"<&'>,;\t|\n\r\\\xc3\xa9\xf0\x9f\x98\x80"});
  if (n >= 4) edits.push_back({3 * n / 4, n, ""});
  return edits;
}

inline void Check(bool ok) {
  if (!ok) std::abort();
}

// Scans, writes unchanged (returned), and writes with hostile edits (into *edited).
inline std::string Exercise(Document& doc, std::string* edited) {
  size_t segments = 0;
  doc.Scan([&](const Segment& s) {
    ++segments;
    for (size_t i = 0; i <= s.text.size(); ++i) (void)s.FileOffset(i);
  });
  StringSink same;
  doc.Write([](const Segment&) { return std::vector<Edit>{}; }, same);
  StringSink changed;
  size_t asked = 0;
  doc.Write(
      [&](const Segment& s) {
        ++asked;
        return HostileEdits(s);
      },
      changed);
  Check(asked == segments);  // Write visits the segments Scan did
  if (edited) *edited = changed.Take();
  return same.Take();
}

}  // namespace deskbench::fuzz
