#pragma once
// A shared strings part too large to parse whole (over Limits::stream_shared_strings_bytes
// inflated: nearly all the text of a large workbook), read as a stream (string_stream.h) each time
// it is needed, so memory stays about a batch of 64 KiB of items however many strings there are.
//
// Items are parsed a batch at a time with pugixml and given to the collector the whole-part path
// uses (SharedStringItemUnits), so segments, locations, hints and edits are the same. Opening
// reads the part once: it counts the items and keeps the texts of the few that header cells use
// (the adapter's column headers, whose shared strings it needs before the sheets' other rows give
// each string its hint). Written back, a batch whose items changed is spliced as the whole-part
// path splices a part (xml_splice.h: the changed elements serialised again, every other byte as
// written), or, where a splice would not read the same, its changed items are written as WriteXml
// writes them; other bytes are copied. The part is deflated as it is written (deflate_stream.h).
// A part that nothing changed is copied as it is.

#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/limits.h"
#include "formats/ooxml/deflate_stream.h"
#include "formats/ooxml/package.h"
#include "formats/ooxml/string_stream.h"
#include "formats/ooxml/xlsx_string_hints.h"
#include "formats/ooxml/xlsx_units.h"

namespace deskbench::ooxml {

class StreamedStrings {
 public:
  // Reads the part once: counts its items, keeps the texts of those in `wanted` and gives package
  // a stand-in for it (its root element, empty: Package::AdoptStreamed). Throws Refusal for what
  // StringStream refuses (items over max_item_bytes) and for more than max_items items.
  StreamedStrings(Package& package, std::string part, const Limits& limits, uint64_t max_item_bytes,
                  uint64_t max_items, const std::set<uint64_t>& wanted);

  const std::string& part() const { return part_; }
  size_t count() const { return count_; }
  // The texts of the wanted items (at most kMaxKeptTextBytes of each: headers are cut shorter).
  const std::map<uint64_t, std::string>& texts() const { return texts_; }
  void ForgetTexts() { texts_.clear(); }
  static constexpr size_t kMaxKeptTextBytes = 256;

  // The units of every item, in order.
  void ScanUnits(const StringHints& hints,
                 const std::function<void(const SheetUnit&)>& visit) const;
  // Writes the part: apply edits a unit (true when it changed). Empty when nothing changed (the
  // part is copied as it is).
  std::vector<DeflatedPiece> WriteUnits(const StringHints& hints,
                                        const std::function<bool(const SheetUnit&)>& apply) const;

 private:
  ChunkSource Source() const;

  const Package& package_;
  std::string part_;
  StringStream stream_;
  size_t count_ = 0;
  std::map<uint64_t, std::string> texts_;
};

}  // namespace deskbench::ooxml
