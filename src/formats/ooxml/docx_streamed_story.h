#pragma once
// A Word story part too large to parse whole (over Limits::stream_story_bytes inflated: a long
// report's word/document.xml, footnotes, a header), read as a stream (story_stream.h) each time it
// is needed, so memory stays about one element of the body however long the document is.
//
// Each element of the body (w:p, w:tbl, w:sdt, bookmarks, w:sectPr...), with the white space
// written before it, is parsed alone with pugixml inside its root's start tag (so its namespace
// declarations are there), cleaned as the whole part is (CleanStory: tracked changes accepted,
// comment anchors, rsids and references to removed parts removed) and given to the collector the
// whole-part path uses (StoryCollector), so segments, locations, hints, notes and edits are the
// same. Nothing in that cleaning or collecting looks across the body's elements (a deleted
// paragraph mark is removed, not merged; a field's instructions belong to the paragraph they are
// in), so the pieces give what the whole part gives. What lies around the body (the skeleton:
// the root, w:background) is parsed whole and stands for the part in the Package.
//
// Written back, each element is serialised as WriteXml writes it and deflated as it is written
// (deflate_stream.h); the part is then the same bytes the whole-part path writes. A part that
// nothing changed is copied as it is.

#include <memory>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "core/limits.h"
#include "formats/ooxml/deflate_stream.h"
#include "formats/ooxml/docx_cleanup.h"
#include "formats/ooxml/package.h"
#include "formats/ooxml/story_stream.h"
#include "formats/ooxml/unit_parts.h"

namespace deskbench::ooxml {

class StreamedStory : public StreamedText {
 public:
  // Reads the part once with expat alone (what lies around the body, and every refusal of
  // StoryStream), and gives its skeleton (cleaned) to package (Package::AdoptStreamed). Throws
  // Refusal for what StoryStream refuses, and for an element or a skeleton over max_piece_bytes.
  StreamedStory(Package& package, std::string part, std::string hint, const Limits& limits,
                uint64_t max_piece_bytes, StoryCleaning how);

  const std::string& part() const { return part_; }
  // What cleaning removes from the whole part (the same each time it is read): counted by the
  // first pass that parses the pieces (ScanUnits, WriteUnits), or by a pass of its own when asked
  // before, so that opening costs one pass of expat and no parse.
  StoryCleaned cleaned() const;

  void ScanUnits(const std::function<void(const TextUnit&)>& visit) const override;
  std::vector<DeflatedPiece> WriteUnits(
      const std::function<bool(const TextUnit&)>& edit) const override;

 private:
  ChunkSource Source() const;
  // What a pass over the pieces gives: batches of elements (with the text between them) in their
  // parent (the wrapper's root, or a table of the body), and the tables of the body opened (the
  // table element alone) and closed around their rows.
  struct PieceVisits {
    std::function<void(pugi::xml_node parent)> elements;
    std::function<void(pugi::xml_node table)> table_start;
    std::function<void()> table_end;
  };
  // The pieces, in batches, parsed and cleaned; what cleaning found in them.
  StoryCleaned ForEachPiece(const PieceVisits& visit) const;
  // The container in a skeleton (its root, or its w:body), or null when it has none.
  pugi::xml_node Container(const pugi::xml_document& skeleton) const;

  Package& package_;
  std::string part_;
  std::string hint_;
  Limits limits_;
  StoryStream stream_;
  StoryCleaning how_;
  StoryOutline outline_;
  StoryCleaned skeleton_cleaned_;
  mutable std::optional<StoryCleaned> pieces_cleaned_;  // by the first pass over them
};

}  // namespace deskbench::ooxml
