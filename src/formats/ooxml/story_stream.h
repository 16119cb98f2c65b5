#pragma once
// A Word story part (the main document, a header, the footnotes...) read as a stream, for parts
// too large to parse whole: expat reports elements with their byte positions, so the story comes
// to the caller in pieces, each the bytes of one element of its container (w:body in the main
// document, the root element in the others) together with what was written before it since the
// previous one (white space, mostly). A table of the container comes in pieces too: its start
// tag, each of its elements (rows, its properties and grid) with what precedes it, its end tag,
// so a document that is one long table is read a row at a time. What lies around the container
// is kept as written (the outline). Memory stays about one piece and a read chunk, whatever the
// number of paragraphs or rows.
//
// The same refusals as for parts parsed whole (xml_part.h): malformed XML (an undefined entity
// too), a DOCTYPE (any) or an ENTITY declaration, nesting deeper than limits.max_xml_depth. Also
// refused: a part that is not UTF-8, a main document with two bodies, and a piece or an outline
// larger than the bound given (each is parsed whole).

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

#include "core/limits.h"
#include "formats/ooxml/sheet_stream.h"

namespace deskbench::ooxml {

// What lies around the container, as written.
struct StoryOutline {
  std::string prefix;         // from the part's first byte to the container's start tag
  std::string container_tag;  // the container's start tag ("<w:body>"); "" when there is none
  std::string container;      // its qualified name
  std::string root_tag;       // the root element's start tag (with its namespace declarations)
  std::string root;           // its qualified name
  std::string suffix;         // from after the container's end tag to the last byte
  // The part without its pieces: the container is left empty.
  std::string Skeleton() const;
  // A piece as a document of its own: inside the root's start and end tags.
  std::string Wrap(std::string_view piece) const;
};

enum class PieceKind {
  kElement,     // an element of the container with what precedes it (or what follows the last)
  kTableStart,  // a table's start tag ("<w:tbl>", or "<w:tbl/>" for an empty one)
  kInTable,     // an element of that table with what precedes it (or what follows the last)
  kTableEnd,    // its end tag ("" for an empty-element tag)
};
using PieceVisitor = std::function<void(PieceKind, std::string_view)>;

class StoryStream {
 public:
  // part and file name refusals; piece_limit bounds each piece and the outline.
  StoryStream(std::string part, std::filesystem::path file, const Limits& limits,
              uint64_t piece_limit);

  // Reads the part: each piece goes to on_piece, in order; the outline is kept when outline is
  // not null. Throws Refusal (naming file and part) as above, or what on_piece throws.
  void Read(const ChunkSource& source, const PieceVisitor& on_piece, StoryOutline* outline) const;

 private:
  std::string part_;
  std::filesystem::path file_;
  Limits limits_;
  uint64_t piece_limit_;
};

}  // namespace deskbench::ooxml
