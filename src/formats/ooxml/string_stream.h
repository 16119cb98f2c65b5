#pragma once
// A shared strings part (xl/sharedStrings.xml) read as a stream, for parts too large to parse
// whole: expat reports elements with their byte positions, so the string items (si elements
// directly in the root) reach the caller in batches, each the bytes they were written with, from
// the first item's start tag to the last one's end tag, with where each item lies in them. A batch
// ends with the item that makes it 64 KiB, with a read chunk ending between items, or with an
// element of the root other than si, so memory stays about a batch, a chunk and one item, however
// many strings the workbook has. Written back, every byte is kept
// except the batches the caller replaces.
//
// The same refusals as for parts parsed whole (xml_part.h): malformed XML (an undefined entity
// too), a DOCTYPE (any) or an ENTITY declaration, nesting deeper than limits.max_xml_depth. Also
// refused: a part that is not UTF-8, and a string item, or XML between tags, over the bound given
// (an item is parsed whole).

#include <cstdint>
#include <filesystem>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/limits.h"
#include "formats/ooxml/expat_pass.h"

namespace deskbench::ooxml {

struct StringBatch {
  std::string_view bytes;  // from the first item's '<' to the last item's '>', as written
  // [begin, end) in bytes of each si element, in order.
  std::span<const std::pair<size_t, size_t>> items;
};

// The root element's start tag, as expat read it.
struct StringsRoot {
  std::string name;
  std::vector<std::pair<std::string, std::string>> attributes;
};

class StringStream {
 public:
  // part and file name refusals; max_item_bytes bounds each item, and what lies between tags.
  StringStream(std::string part, std::filesystem::path file, const Limits& limits,
               uint64_t max_item_bytes);

  // Reads the part: each batch of items goes to on_batch (in order); the root is kept when root is
  // not null. Throws Refusal (naming file and part) as above, or what on_batch throws.
  void Read(const ChunkSource& source, const std::function<void(const StringBatch&)>& on_batch,
            StringsRoot* root) const;

  // Writes the whole part to out: bytes as read, except batches for which rewrite returns true,
  // which are replaced by what it put in its string.
  using BatchRewriter = std::function<bool(const StringBatch&, std::string& replacement)>;
  void Write(const ChunkSource& source, const BatchRewriter& rewrite,
             const ChunkConsumer& out) const;

 private:
  std::string part_;
  std::filesystem::path file_;
  Limits limits_;
  uint64_t max_item_bytes_;
};

}  // namespace deskbench::ooxml
