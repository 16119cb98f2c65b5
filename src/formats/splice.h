#pragma once
// Applying edits given in segment coordinates to the original bytes of a file region, and cutting
// long segments into pieces for scanning. Shared by every adapter so that "untouched bytes are
// copied, edited bytes are re-encoded" is implemented once.

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "formats/document.h"

namespace deskbench {

// Turns a UTF-8 replacement into the bytes the format needs at that place (escaped, re-encoded).
using Encoder = std::function<std::string(std::string_view)>;

// Appends raw (the file bytes starting at file offset raw_base) to out with each edit's span of
// seg replaced by encode(replacement). Edit ends are snapped outwards to whole UTF-8 characters of
// seg.text so a character is never half replaced; malformed edits (unsorted, out of range) are
// clamped instead of trusted.
void SpliceEdits(const Segment& seg, std::string_view raw, uint64_t raw_base,
                 std::span<const Edit> edits, const Encoder& encode, std::string& out);

// Cuts text into pieces of at most max_bytes, preferring a cut after a newline, then after white
// space, and never inside a UTF-8 sequence. Returns the end offset of the first piece.
size_t CutPoint(std::string_view text, size_t max_bytes);

// Edits clamped to text, widened to whole UTF-8 characters, overlapping ones skipped: what an
// adapter applies when it maps edits back onto pieces of markup.
std::vector<Edit> SanitizeEdits(std::string_view text, std::span<const Edit> edits);

// Text made of pieces of markup (text nodes, attributes, elements that stand for a character):
// how sanitized edits change each piece. A replacement goes into the first editable piece its
// match touches and the rest of the match is trimmed from the pieces after it, so formatting
// (which piece is which run) is kept; a non-editable piece (a tab element) wholly inside a match
// is removed.
struct PieceSpan {
  size_t begin = 0;  // in the unit's text
  size_t end = 0;
  bool editable = true;
};
struct PieceChange {
  size_t piece = 0;
  bool remove = false;  // for a non-editable piece
  std::string text;     // the editable piece's new text
};
std::vector<PieceChange> DistributeEdits(std::string_view text, std::span<const PieceSpan> pieces,
                                         std::span<const Edit> edits);

// Visits seg whole, or in pieces of at most max_bytes when it is longer.
void VisitPieces(const Segment& seg, size_t max_bytes, const SegmentVisitor& visit);
// Asks editor for each piece (as VisitPieces cuts them) and returns the edits in seg coordinates.
std::vector<Edit> EditPieces(const Segment& seg, size_t max_bytes, const SegmentEditor& editor);

}  // namespace deskbench
