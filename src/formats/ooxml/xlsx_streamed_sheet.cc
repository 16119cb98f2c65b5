#include "formats/ooxml/xlsx_streamed_sheet.h"

#include "core/error.h"
#include "formats/ooxml/xml_part.h"
#include "formats/ooxml/zip_writer.h"

namespace deskbench::ooxml {
namespace {

bool IsCell(const pugi::xml_node& n) {
  return n.type() == pugi::node_element && LocalName(n.name()) == "c";
}

// A row's bytes parsed alone, as ParseXml parses a part, into a document reused row after row.
class RowParser {
 public:
  RowParser(const std::string& part, const std::filesystem::path& file)
      : part_(part), file_(file) {}

  pugi::xml_node Parse(std::string_view bytes) {
    buf_.assign(bytes);
    unsigned options = pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_declaration |
                       pugi::parse_pi | pugi::parse_doctype;
    pugi::xml_parse_result r =
        doc_.load_buffer_inplace(buf_.data(), buf_.size(), options, pugi::encoding_utf8);
    if (!r || !doc_.document_element()) {
      throw Refusal(file_, part_ + ": malformed row (" + r.description() + ")");
    }
    return doc_.document_element();
  }

 private:
  const std::string& part_;
  const std::filesystem::path& file_;
  std::string buf_;
  pugi::xml_document doc_;
};

}  // namespace

StreamedSheet::StreamedSheet(Package& package, std::string part, const Limits& limits,
                             uint64_t max_skeleton_bytes, bool every_row,
                             const std::function<void(pugi::xml_node row, bool first)>& visit)
    : package_(package),
      part_(std::move(part)),
      stream_(part_, package.file(), limits, max_skeleton_bytes) {
  RowParser parser(part_, package_.file());
  bool first = true;
  stream_.Read(
      Source(),
      [&](const SheetRow& row) {
        if (first || every_row) visit(parser.Parse(row.bytes), first);
        first = false;
      },
      &outline_);
  std::string skeleton = outline_.Skeleton();
  skeleton_bytes_ = skeleton.size();
  package.AdoptStreamed(part_, ParseXml(skeleton, part_, package.file(), limits), skeleton_bytes_);
}

void StreamedSheet::ReadFirstRow(const Package& package, const std::string& part,
                                 const Limits& limits, uint64_t max_skeleton_bytes,
                                 const std::function<void(pugi::xml_node row)>& visit) {
  struct Read {};  // thrown after the first row: the rest of the part is not inflated
  RowParser parser(part, package.file());
  try {
    SheetStream(part, package.file(), limits, max_skeleton_bytes)
        .Read([&](const ChunkConsumer& consume) { package.Stream(part, consume); },
              [&](const SheetRow& row) {
                visit(parser.Parse(row.bytes));
                throw Read{};
              },
              nullptr);
  } catch (const Read&) {
  }
}

ChunkSource StreamedSheet::Source() const {
  return [this](const ChunkConsumer& consume) { package_.Stream(part_, consume); };
}

void StreamedSheet::ForEachRow(
    const std::function<void(pugi::xml_node row, bool first)>& visit) const {
  RowParser parser(part_, package_.file());
  bool first = true;
  stream_.Read(
      Source(),
      [&](const SheetRow& row) {
        visit(parser.Parse(row.bytes), first);
        first = false;
      },
      nullptr);
}

void StreamedSheet::ScanRows(const SheetContext& sheet, bool detach,
                             const std::function<void(const SheetUnit&)>& visit) const {
  uint32_t row_number = 0;
  std::vector<SheetUnit> units;
  ForEachRow([&](pugi::xml_node row, bool first) {
    row_number = RowNumber(row, row_number);
    uint32_t col = 0;
    for (pugi::xml_node c : row.children()) {
      if (!IsCell(c)) continue;
      if (detach) RemoveExternalFormulas(c);
      col = ColumnOfCell(c, col);
      units.clear();
      CellUnits(c, col, row_number, first, sheet, units);
      for (const SheetUnit& u : units) visit(u);
      ++col;
    }
  });
}

StreamedSheet::WrittenRows StreamedSheet::WriteRows(
    const SheetContext& sheet, bool detach, UnitWriter& writer,
    const std::function<bool(const SheetUnit&)>& apply) const {
  RowParser parser(part_, package_.file());
  DeflateStream out(kDeflateLevel);
  WrittenRows written;
  uint32_t row_number = 0;
  bool first = true;
  std::vector<SheetUnit> units;
  std::vector<std::pair<size_t, std::string>> changed;  // cell index, its new bytes
  auto rewrite = [&](const SheetRow& raw, std::string& replacement) {
    pugi::xml_node row = parser.Parse(raw.bytes);
    row_number = RowNumber(row, row_number);
    uint32_t col = 0;
    size_t index = 0;
    changed.clear();
    for (pugi::xml_node c : row.children()) {
      if (!IsCell(c)) continue;
      bool edited = detach && RemoveExternalFormulas(c) > 0;
      col = ColumnOfCell(c, col);
      units.clear();
      CellUnits(c, col, row_number, first, sheet, units);
      for (const SheetUnit& u : units) edited = apply(u) || edited;
      if (!writer.Finish().empty()) edited = true;  // formula literals go into the cell now
      if (!writer.renames().empty() && RenameSheetsIn(c, writer.renames())) edited = true;
      if (edited) {
        changed.emplace_back(index, std::string());
        WriteXmlNode(c, changed.back().second);
      }
      ++col;
      ++index;
    }
    first = false;
    if (changed.empty()) return false;
    if (index != raw.cells.size()) {
      throw Refusal(package_.file(), part_ + ": row read differently by expat and pugixml");
    }
    size_t at = 0;
    for (const auto& [i, bytes] : changed) {
      auto [begin, end] = raw.cells[i];
      replacement.append(raw.bytes.substr(at, begin - at));
      replacement += bytes;
      at = end;
    }
    replacement.append(raw.bytes.substr(at));
    written.changed = true;
    return true;
  };
  stream_.WriteSheetData(Source(), rewrite, [&](std::string_view bytes) { out.Write(bytes); });
  written.piece = out.Finish(false);
  return written;
}

std::vector<DeflatedPiece> StreamedSheet::Assemble(const pugi::xml_document* skeleton,
                                                   DeflatedPiece rows) const {
  std::pair<std::string, std::string> around{outline_.prefix, outline_.suffix};
  if (skeleton != nullptr) {
    pugi::xml_node data = skeleton->document_element().find_child(
        [](pugi::xml_node n) { return LocalName(n.name()) == "sheetData"; });
    around = WriteXmlAround(*skeleton, outline_.sheet_data.empty() ? pugi::xml_node() : data);
  }
  std::vector<DeflatedPiece> pieces;
  DeflateStream head(kDeflateLevel);
  head.Write(around.first);
  pieces.push_back(head.Finish(false));
  pieces.push_back(std::move(rows));
  DeflateStream tail(kDeflateLevel);
  tail.Write(around.second);
  pieces.push_back(tail.Finish(true));
  return pieces;
}

}  // namespace deskbench::ooxml
