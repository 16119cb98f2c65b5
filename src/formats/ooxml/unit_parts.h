#pragma once
// Scan and Write of a package whose parts yield TextUnits (Word, PowerPoint): the metadata values
// (offered for the report, removed whatever is found), then each text part's units, then the
// embedded files. Write puts edits into copies of the parts, so a document can be written twice,
// unless told it is written in place (the last time: Document::WriteLast).

#include <cstddef>
#include <functional>
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

struct UnitPackage {
  Package& package;
  const std::vector<MetaValue>& metadata;
  const std::vector<std::string>& parts;  // text parts, in scan order
  const PartUnits& units;
  const EmbeddedParts& embedded;
  size_t max_segment_bytes;
};

void ScanUnitPackage(const UnitPackage& p, const SegmentVisitor& visit);
enum class PartEdits { kIntoCopies, kInPlace };
void WriteUnitPackage(const UnitPackage& p, const SegmentEditor& edits, Sink& out,
                      PartEdits where = PartEdits::kIntoCopies);

}  // namespace deskbench::ooxml
