#pragma once
// Scan and Write of a package whose parts yield TextUnits (Word, PowerPoint): the metadata values
// (offered for the report, removed whatever is found), then each text part's units, then the
// embedded files. Write puts edits into copies of the parts, so a document can be written twice,
// unless told it is written in place (the last time: Document::WriteLast).

#include <cstddef>
#include <functional>
#include <map>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "core/sink.h"
#include "formats/document.h"
#include "formats/ooxml/docx_metadata.h"
#include "formats/ooxml/docx_text.h"
#include "formats/ooxml/office_parts.h"
#include "formats/ooxml/package.h"

namespace deskbench::ooxml {

// The units of text part i (of the parts passed along) read from doc.
using PartUnits = std::function<std::vector<TextUnit>(size_t i, const pugi::xml_document& doc)>;

// A text part its adapter reads as a stream (too large to parse whole): it gives its units
// itself, in the order the part's collector gives them, and writes itself, deflated.
class StreamedText {
 public:
  virtual ~StreamedText() = default;
  virtual void ScanUnits(const std::function<void(const TextUnit&)>& visit) const = 0;
  // Gives each unit to edit (true when that changed it); the part's new bytes in pieces, or none
  // when it is copied as it is.
  virtual std::vector<DeflatedPiece> WriteUnits(
      const std::function<bool(const TextUnit&)>& edit) const = 0;
};
using StreamedTexts = std::map<std::string, const StreamedText*, std::less<>>;

struct UnitPackage {
  Package& package;
  const std::vector<MetaValue>& metadata;
  const std::vector<std::string>& parts;  // text parts, in scan order
  const PartUnits& units;
  const EmbeddedParts& embedded;
  size_t max_segment_bytes;
  const StreamedTexts* streamed = nullptr;  // text parts read as a stream, by name
};

void ScanUnitPackage(const UnitPackage& p, const SegmentVisitor& visit);
enum class PartEdits { kIntoCopies, kInPlace };
void WriteUnitPackage(const UnitPackage& p, const SegmentEditor& edits, Sink& out,
                      PartEdits where = PartEdits::kIntoCopies);

}  // namespace deskbench::ooxml
