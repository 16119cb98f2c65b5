#include "formats/pdf/every_occurrence.h"

#include <algorithm>
#include <map>
#include <string>

#include "formats/pdf/value_match.h"

namespace deskbench::pdf {
namespace {

// Whether two units' lines are read as one text: lines of one page, lines of one OCR area.
bool SameText(const Unit& a, const Unit& b) {
  if (a.kind != b.kind) return false;
  if (a.kind == UnitKind::kPageLine) return a.page == b.page;
  if (a.kind == UnitKind::kOcrLine) return a.scanned == b.scanned;
  return false;
}

bool Overlaps(const std::vector<Edit>& edits, size_t begin, size_t end) {
  for (const Edit& e : edits) {
    if (e.begin < end && begin < e.end) return true;
  }
  return false;
}

}  // namespace

size_t EditEveryOccurrence(const std::vector<Unit>& units, std::vector<std::vector<Edit>>& edits,
                           const std::function<bool(UnitKind)>& stays) {
  // Value -> the replacement of its first edit; longest values first, so that "Great Britain"
  // is edited whole before "Britain" is looked for.
  std::map<std::string, std::string> replacement_of;
  for (size_t i = 0; i < units.size(); ++i) {
    if (!stays(units[i].kind)) continue;
    for (const Edit& e : edits[i]) {
      std::string value = NormalizeSpaces(units[i].text.substr(e.begin, e.end - e.begin));
      if (value.size() >= kMinValueBytes) replacement_of.emplace(std::move(value), e.replacement);
    }
  }
  if (replacement_of.empty()) return 0;
  std::vector<const std::pair<const std::string, std::string>*> values;
  for (const auto& entry : replacement_of) values.push_back(&entry);
  std::stable_sort(values.begin(), values.end(),
                   [](const auto* a, const auto* b) { return a->first.size() > b->first.size(); });

  size_t added = 0;
  for (size_t first = 0; first < units.size();) {
    size_t last = first + 1;
    while (last < units.size() && SameText(units[first], units[last])) ++last;
    if (!stays(units[first].kind)) {
      first = last;
      continue;
    }
    // The units' texts joined by single spaces, and where each one starts.
    std::string joined;
    std::vector<size_t> starts;
    for (size_t i = first; i < last; ++i) {
      if (i > first) joined += ' ';
      starts.push_back(joined.size());
      joined += units[i].text;
    }
    SpacedText text(joined);
    for (const auto* value : values) {
      for (const ByteRange& found : text.Find(value->first)) {
        // The pieces of the occurrence in each unit it touches.
        std::vector<std::pair<size_t, ByteRange>> pieces;
        bool clear = true;
        for (size_t i = first; i < last && clear; ++i) {
          size_t start = starts[i - first];
          size_t stop = start + units[i].text.size();
          if (found.end <= start || found.begin >= stop) continue;
          ByteRange piece{std::max(found.begin, start) - start, std::min(found.end, stop) - start};
          if (piece.begin == piece.end) continue;
          clear = !Overlaps(edits[i], piece.begin, piece.end);
          pieces.push_back({i, piece});
        }
        // Touching an edit already: that occurrence is no longer whole once it is applied.
        if (!clear || pieces.empty()) continue;
        for (const auto& [i, piece] : pieces) {
          std::vector<Edit>& unit_edits = edits[i];
          Edit edit{piece.begin, piece.end, value->second};
          auto at =
              std::lower_bound(unit_edits.begin(), unit_edits.end(), edit,
                               [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
          unit_edits.insert(at, std::move(edit));
        }
        ++added;
      }
    }
    first = last;
  }
  return added;
}

}  // namespace deskbench::pdf
