#pragma once
// Which patterns need a digit. Most short texts (a cell, a title, a paragraph of prose) hold no
// digit, and the patterns that cannot match such a text are most of what vectorscan spends on it:
// the engine scans a text without digits with a database of the other patterns only.

#include <string_view>

namespace deskbench {

// True only when every match of `regex` (vectorscan syntax, without HS_FLAG_UTF8, in any case
// mode) holds an ASCII digit. False for any pattern that can match without one, and for any
// syntax this does not follow (a wrong false costs speed only; a wrong true would lose matches).
bool PatternNeedsDigit(std::string_view regex);

}  // namespace deskbench
