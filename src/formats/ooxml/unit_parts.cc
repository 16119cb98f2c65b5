#include "formats/ooxml/unit_parts.h"

#include <memory>

#include "formats/splice.h"

namespace deskbench::ooxml {
namespace {

Segment SegmentOf(const std::string& text, const std::string& location, const std::string& hint) {
  Segment seg;
  seg.text = text;
  seg.location = location;
  seg.hint = hint;
  return seg;
}

const StreamedText* StreamedOf(const UnitPackage& p, size_t i) {
  if (p.streamed == nullptr) return nullptr;
  auto it = p.streamed->find(p.parts[i]);
  return it == p.streamed->end() ? nullptr : it->second;
}

}  // namespace

void ScanUnitPackage(const UnitPackage& p, const SegmentVisitor& visit) {
  const size_t max = p.max_segment_bytes;
  for (const MetaValue& m : p.metadata) {
    VisitPieces(SegmentOf(m.text, m.location, m.hint), max, visit);
  }
  for (size_t i = 0; i < p.parts.size(); ++i) {
    if (const StreamedText* streamed = StreamedOf(p, i)) {
      streamed->ScanUnits([&](const TextUnit& u) {
        VisitPieces(SegmentOf(u.text, u.location, u.hint), max, visit);
      });
      continue;
    }
    for (const TextUnit& u : p.units(i, p.package.Xml(p.parts[i]))) {
      VisitPieces(SegmentOf(u.text, u.location, u.hint), max, visit);
    }
  }
  p.embedded.Scan(visit);
}

void WriteUnitPackage(const UnitPackage& p, const SegmentEditor& edits, Sink& out,
                      PartEdits where) {
  const size_t max = p.max_segment_bytes;
  // Metadata values are removed whatever is found in them; they are still offered so that what
  // was found there is reported.
  for (const MetaValue& m : p.metadata) {
    EditPieces(SegmentOf(m.text, m.location, m.hint), max, edits);
  }
  std::vector<std::unique_ptr<pugi::xml_document>> copies;
  XmlOverrides overrides;
  DeflatedOverrides deflated;
  for (size_t i = 0; i < p.parts.size(); ++i) {
    if (const StreamedText* streamed = StreamedOf(p, i)) {
      std::vector<DeflatedPiece> written = streamed->WriteUnits([&](const TextUnit& u) {
        return ApplyEdits(u, EditPieces(SegmentOf(u.text, u.location, u.hint), max, edits));
      });
      if (!written.empty()) deflated[p.parts[i]] = std::move(written);
      continue;
    }
    // Copying a part's DOM costs about as much as serialising it; in place it is not copied.
    std::unique_ptr<pugi::xml_document> copy;
    if (where == PartEdits::kIntoCopies) {
      copy = std::make_unique<pugi::xml_document>();
      copy->reset(p.package.Xml(p.parts[i]));
    }
    pugi::xml_document& doc = copy ? *copy : p.package.Xml(p.parts[i]);
    bool changed = false;
    for (const TextUnit& u : p.units(i, doc)) {
      std::vector<Edit> list = EditPieces(SegmentOf(u.text, u.location, u.hint), max, edits);
      if (ApplyEdits(u, list)) changed = true;
    }
    if (changed) {
      overrides[p.parts[i]] = &doc;
      if (copy) copies.push_back(std::move(copy));
    }
  }
  ByteOverrides members = p.embedded.Write(edits);
  out.Write(p.package.Write(overrides, members, deflated));
}

}  // namespace deskbench::ooxml
