#include "formats/ooxml/docx_streamed_story.h"

#include "core/error.h"
#include "formats/ooxml/docx_text.h"
#include "formats/ooxml/xml_part.h"
#include "formats/ooxml/zip_writer.h"

namespace deskbench::ooxml {
namespace {

// A piece's bytes inside its root's tags, parsed as ParseXml parses a part, into a document
// reused piece after piece.
class PieceParser {
 public:
  PieceParser(const std::string& part, const Package& package, const StoryOutline& outline)
      : part_(part), package_(package), outline_(outline) {}

  pugi::xml_node Parse(std::string_view piece) {
    buf_ = outline_.Wrap(piece);
    unsigned options = pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_declaration |
                       pugi::parse_pi | pugi::parse_doctype;
    pugi::xml_parse_result r =
        doc_.load_buffer_inplace(buf_.data(), buf_.size(), options, pugi::encoding_utf8);
    if (!r || !doc_.document_element()) {
      throw Refusal(package_.file(), part_ + ": malformed element in the body (" +
                                         std::string(r.description()) + ")");
    }
    return doc_.document_element();
  }

 private:
  const std::string& part_;
  const Package& package_;
  const StoryOutline& outline_;
  std::string buf_;
  pugi::xml_document doc_;
};

// The start tag WriteXml writes for an element without children ("<w:body a=\"1\"/>" becomes
// "<w:body a=\"1\">").
std::string StartTag(const pugi::xml_node& empty) {
  std::string tag;
  WriteXmlNode(empty, tag);
  if (tag.ends_with("/>")) tag.replace(tag.size() - 2, 2, ">");
  return tag;
}

pugi::xml_node FirstElement(const pugi::xml_node& parent) {
  for (pugi::xml_node c : parent.children()) {
    if (c.type() == pugi::node_element) return c;
  }
  return {};
}

// The qualified name in a start tag ("<w:tbl w:x=\"1\">" -> "w:tbl").
std::string QualifiedName(std::string_view start_tag) {
  size_t end = start_tag.find_first_of(" \t\r\n/>", 1);
  return std::string(start_tag.substr(1, end == std::string_view::npos ? end : end - 1));
}

// Pieces are parsed together up to about this many bytes: one wrapper (a Word root's start tag
// holds some 30 namespace declarations) and one parse for many paragraphs. What a batch holds
// parsed is about ten times this.
constexpr size_t kBatchBytes = 256u << 10;

}  // namespace

StreamedStory::StreamedStory(Package& package, std::string part, std::string hint,
                             const Limits& limits, uint64_t max_piece_bytes, StoryCleaning how)
    : package_(package),
      part_(std::move(part)),
      hint_(std::move(hint)),
      limits_(limits),
      stream_(part_, package.file(), limits, max_piece_bytes),
      how_(std::move(how)) {
  // Only expat reads the pieces now: what cleaning finds in them is counted by the first pass
  // that parses them (Scan, Write, or cleaned()).
  stream_.Read(
      Source(), [](PieceKind, std::string_view) {}, &outline_);
  std::string bytes = outline_.Skeleton();
  auto skeleton = ParseXml(bytes, part_, package.file(), limits);
  skeleton_cleaned_ = CleanStory(skeleton->document_element(), how_);
  package.AdoptStreamed(part_, std::move(skeleton), bytes.size());
}

ChunkSource StreamedStory::Source() const {
  return [this](const ChunkConsumer& consume) { package_.Stream(part_, consume); };
}

StoryCleaned StreamedStory::ForEachPiece(const PieceVisits& visit) const {
  PieceParser parser(part_, package_, outline_);
  StoryCleaned counts;
  std::string batch;
  std::string table_tag, table_end;  // of the table being read, as written
  auto flush = [&] {
    if (batch.empty()) return;
    if (table_tag.empty()) {
      pugi::xml_node root = parser.Parse(batch);
      counts += CleanStory(root, how_);
      visit.elements(root);
    } else {
      // Rows inside their table's start tag: cleaned inside the table, the table's own attributes
      // were cleaned with its start tag.
      pugi::xml_node root = parser.Parse(table_tag + batch + table_end);
      pugi::xml_node table = FirstElement(root);
      counts += CleanStory(table, how_, root);
      visit.elements(table);
    }
    batch.clear();
  };
  stream_.Read(
      Source(),
      [&](PieceKind kind, std::string_view bytes) {
        switch (kind) {
          case PieceKind::kElement:
          case PieceKind::kInTable:
            batch += bytes;
            if (batch.size() >= kBatchBytes) flush();
            return;
          case PieceKind::kTableStart: {
            flush();
            table_tag.assign(bytes);
            table_end = "</" + QualifiedName(bytes) + ">";
            bool empty = bytes.ends_with("/>");
            pugi::xml_node root = parser.Parse(empty ? table_tag : table_tag + table_end);
            counts += CleanStory(root, how_);
            visit.table_start(FirstElement(root));
            if (empty) table_tag.clear();  // no rows follow
            return;
          }
          case PieceKind::kTableEnd:
            flush();
            table_tag.clear();
            visit.table_end();
            return;
        }
      },
      nullptr);
  flush();
  if (!pieces_cleaned_) pieces_cleaned_ = counts;
  return counts;
}

StoryCleaned StreamedStory::cleaned() const {
  if (!pieces_cleaned_) ForEachPiece({[](pugi::xml_node) {}, [](pugi::xml_node) {}, [] {}});
  StoryCleaned all = skeleton_cleaned_;
  all += *pieces_cleaned_;
  return all;
}

pugi::xml_node StreamedStory::Container(const pugi::xml_document& skeleton) const {
  if (outline_.container.empty()) return {};
  pugi::xml_node root = skeleton.document_element();
  if (LocalName(root.name()) != "document") return root;
  return root.child(outline_.container.c_str());
}

void StreamedStory::ScanUnits(const std::function<void(const TextUnit&)>& visit) const {
  const pugi::xml_document& skeleton = package_.Xml(part_);
  pugi::xml_node root = skeleton.document_element();
  pugi::xml_node container = Container(skeleton);
  StoryCollector collector(part_, hint_);
  auto collect = [&](const pugi::xml_node& element) {
    for (const TextUnit& u : collector.Collect(element)) visit(u);
  };
  // Around the body, its elements in between (in the other stories the root is the container:
  // nothing lies around it).
  pugi::xml_node child = root == container ? pugi::xml_node() : root.first_child();
  for (; child && child != container; child = child.next_sibling()) collect(child);
  ForEachPiece({[&](pugi::xml_node parent) {
                  for (pugi::xml_node c : parent.children()) collect(c);
                },
                [&](pugi::xml_node) { collector.OpenTable(); }, [&] { collector.CloseTable(); }});
  if (child) {
    for (child = child.next_sibling(); child; child = child.next_sibling()) collect(child);
  }
}

std::vector<DeflatedPiece> StreamedStory::WriteUnits(
    const std::function<bool(const TextUnit&)>& edit) const {
  pugi::xml_document skeleton;
  skeleton.reset(package_.Xml(part_));
  pugi::xml_node root = skeleton.document_element();
  pugi::xml_node container = Container(skeleton);
  bool changed = skeleton_cleaned_.total() > 0;
  StoryCollector collector(part_, hint_);
  auto collect = [&](const pugi::xml_node& element) {
    for (const TextUnit& u : collector.Collect(element)) changed = edit(u) || changed;
  };
  pugi::xml_node child = root == container ? pugi::xml_node() : root.first_child();
  for (; child && child != container; child = child.next_sibling()) collect(child);
  DeflateStream body(kDeflateLevel);
  std::string bytes;
  // A table's start tag is written with its first bytes: one left without any is written empty
  // (<w:tbl/>), as WriteXml writes an element without children.
  std::string table_start, table_empty, table_name;
  PieceVisits visits;
  visits.elements = [&](pugi::xml_node parent) {
    for (pugi::xml_node c : parent.children()) collect(c);
    bytes.clear();
    for (pugi::xml_node c : parent.children()) WriteXmlNode(c, bytes);
    if (bytes.empty()) return;
    if (!table_start.empty()) body.Write(table_start);
    table_start.clear();
    body.Write(bytes);
  };
  visits.table_start = [&](pugi::xml_node table) {
    collector.OpenTable();
    table_empty.clear();
    WriteXmlNode(table, table_empty);
    table_start = StartTag(table);
    table_name = table.name();
  };
  visits.table_end = [&] {
    collector.CloseTable();
    body.Write(table_start.empty() ? "</" + table_name + ">" : table_empty);
    table_start.clear();
  };
  StoryCleaned counts = ForEachPiece(visits);
  if (child) {
    for (child = child.next_sibling(); child; child = child.next_sibling()) collect(child);
  }
  if (!changed && counts.total() == 0) return {};  // copied as it is
  std::vector<DeflatedPiece> pieces;
  if (!container) {  // no body: the skeleton is the part
    DeflateStream whole(kDeflateLevel);
    whole.Write(WriteXml(skeleton));
    pieces.push_back(whole.Finish(true));
    return pieces;
  }
  auto [before, after] = WriteXmlAround(skeleton, container);
  DeflateStream head(kDeflateLevel);
  head.Write(before);
  head.Write(StartTag(container));
  pieces.push_back(head.Finish(false));
  pieces.push_back(body.Finish(false));
  DeflateStream tail(kDeflateLevel);
  tail.Write("</" + std::string(container.name()) + ">");
  tail.Write(after);
  pieces.push_back(tail.Finish(true));
  return pieces;
}

}  // namespace deskbench::ooxml
