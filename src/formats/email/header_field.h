#pragma once
// Where the text of a header lies in the file. GMime hands out header values unfolded (the line
// breaks of folded lines removed) with RFC 2047 encoded words decoded; a finding in them is
// reported at the file's bytes only when those bytes are the text itself, line breaks of folds
// aside.

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "formats/document.h"

namespace deskbench::email {

// Where a segment's text lies in the file: one offset when its bytes follow each other there, one
// per text byte (and one for the end) when fold line breaks fall inside it, or nowhere.
struct Placement {
  uint64_t origin = kNoOrigin;
  std::vector<uint64_t> origins;

  void PlaceIn(Segment& seg) const {
    seg.origin = origin;
    seg.origins = origins;
  }
};

// The value of one header field as it is in the file, unfolded, with the file offset of each byte.
// The blank that follows a fold's line break stands for the whole "CRLF blank": its offset is the
// line break's, so a finding that ends just before a fold ends before the line break too.
class HeaderField {
 public:
  // The field whose name starts at `offset` in `file` (GMime's g_mime_header_get_offset). Not
  // found() when the bytes there are not `name` and a colon.
  HeaderField(std::string_view file, int64_t offset, std::string_view name);

  bool found() const { return found_; }
  // Where `text` lies when it is the field's value as GMime gives it (from the first non-blank
  // byte on); nowhere when it is not those bytes (a value with encoded words decoded).
  Placement Value(std::string_view text) const;
  // Where the first occurrence of `text` at or after *cursor (a position in the unfolded value)
  // lies, outside RFC 2047 encoded words ("=?utf-8?q?Jane_Doe?=" holds "Doe", but that is not
  // where the decoded name's "Doe" is); the cursor moves past it. Nowhere, cursor unchanged,
  // when it does not occur.
  Placement Find(std::string_view text, size_t* cursor) const;
  // The unfolded value, for tests.
  std::string_view unfolded() const { return unfolded_; }

 private:
  Placement At(size_t at, size_t size) const;

  bool found_ = false;
  std::string unfolded_;
  std::vector<uint64_t> offsets_;  // file offset of each unfolded byte, and one past the last
  std::vector<std::pair<size_t, size_t>> encoded_;  // [begin, end) of encoded words in unfolded_
};

}  // namespace deskbench::email
