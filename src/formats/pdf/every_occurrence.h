#pragma once
// A value redacted in one place of a PDF is redacted wherever else it occurs. The engine judges
// each occurrence in its context (an acronym in a line of capitals is a place, the same acronym in
// a sentence is not), but the output check refuses the file when a redacted value can still be
// extracted anywhere, and a reader who sees a value blacked out once and printed plainly on the
// next page learns it anyway.

#include <cstddef>
#include <functional>
#include <vector>

#include "formats/document.h"
#include "formats/pdf/pdf_units.h"

namespace deskbench::pdf {

// edits[i] holds the engine's edits of units[i] (sanitised: sorted, not overlapping). Each value
// edited in a unit that stays in the output (`stays`) is looked for, as value_match.h finds it,
// in the text of every such unit; each occurrence that does not overlap an edit gets one, with the
// replacement the value's first edit has. Page lines of one page, and the lines of one area read
// with OCR, are searched as one text joined by spaces (as the output check reads them), so an
// occurrence cut over two lines gets an edit on each. Returns how many edits were added; every
// edits[i] stays sorted and free of overlaps.
size_t EditEveryOccurrence(const std::vector<Unit>& units, std::vector<std::vector<Edit>>& edits,
                           const std::function<bool(UnitKind)>& stays);

}  // namespace deskbench::pdf
