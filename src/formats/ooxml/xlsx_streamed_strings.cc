#include "formats/ooxml/xlsx_streamed_strings.h"

#include <memory>

#include "core/error.h"
#include "formats/ooxml/xml_part.h"
#include "formats/ooxml/xml_splice.h"
#include "formats/ooxml/zip_writer.h"

namespace deskbench::ooxml {
namespace {

constexpr std::string_view kOpen = "<batch>";
constexpr uint64_t kPieceBytes = 4u << 20;  // of XML deflated into one piece
constexpr std::string_view kClose = "</batch>";

// A batch's bytes inside a wrapper element, parsed as ParseXml parses a part (its own copy, so
// that the wrapped bytes stay as written for a splice), into a document reused batch after batch.
class BatchParser {
 public:
  BatchParser(const std::string& part, const std::filesystem::path& file)
      : part_(part), file_(file) {}

  // The batch's si elements, in order.
  const std::vector<pugi::xml_node>& Parse(const StringBatch& batch) {
    wrapped_.assign(kOpen);
    wrapped_.append(batch.bytes);
    wrapped_.append(kClose);
    unsigned options = pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_declaration |
                       pugi::parse_pi | pugi::parse_doctype;
    pugi::xml_parse_result r =
        doc_.load_buffer(wrapped_.data(), wrapped_.size(), options, pugi::encoding_utf8);
    if (!r || !doc_.document_element()) {
      throw Refusal(file_, part_ + ": malformed string item (" + r.description() + ")");
    }
    items_.clear();
    for (pugi::xml_node n : doc_.document_element().children()) {
      if (n.type() == pugi::node_element && LocalName(n.name()) == "si") items_.push_back(n);
    }
    if (items_.size() != batch.items.size()) {
      throw Refusal(file_, part_ + ": string items read differently by expat and pugixml");
    }
    return items_;
  }

  const std::string& wrapped() const { return wrapped_; }

 private:
  const std::string& part_;
  const std::filesystem::path& file_;
  std::string wrapped_;
  pugi::xml_document doc_;
  std::vector<pugi::xml_node> items_;
};

}  // namespace

StreamedStrings::StreamedStrings(Package& package, std::string part, const Limits& limits,
                                 uint64_t max_item_bytes, uint64_t max_items,
                                 const std::set<uint64_t>& wanted)
    : package_(package),
      part_(std::move(part)),
      stream_(part_, package.file(), limits, max_item_bytes) {
  BatchParser parser(part_, package.file());
  StringsRoot root;
  stream_.Read(
      Source(),
      [&](const StringBatch& batch) {
        const size_t first = count_;
        count_ += batch.items.size();
        if (count_ > max_items) {
          throw Refusal(package_.file(),
                        part_ + ": more than " + std::to_string(max_items) + " shared strings");
        }
        // Only batches holding a wanted item are parsed.
        auto it = wanted.lower_bound(first);
        if (it == wanted.end() || *it >= count_) return;
        const std::vector<pugi::xml_node>& items = parser.Parse(batch);
        for (; it != wanted.end() && *it < count_; ++it) {
          std::string text = StringItemText(items[*it - first]);
          if (text.size() > kMaxKeptTextBytes) text.resize(kMaxKeptTextBytes);
          texts_[*it] = std::move(text);
        }
      },
      &root);
  // What stands for the part in the Package: its root element without its items.
  auto stand_in = std::make_unique<pugi::xml_document>();
  uint64_t bytes = root.name.size();
  if (!root.name.empty()) {
    pugi::xml_node element = stand_in->append_child(root.name.c_str());
    for (const auto& [name, value] : root.attributes) {
      element.append_attribute(name.c_str()) = value.c_str();
      bytes += name.size() + value.size();
    }
  }
  package.AdoptStreamed(part_, std::move(stand_in), bytes);
}

ChunkSource StreamedStrings::Source() const {
  return [this](const ChunkConsumer& consume) { package_.Stream(part_, consume); };
}

void StreamedStrings::ScanUnits(const StringHints& hints,
                                const std::function<void(const SheetUnit&)>& visit) const {
  BatchParser parser(part_, package_.file());
  size_t index = 0;
  std::vector<SheetUnit> units;
  stream_.Read(
      Source(),
      [&](const StringBatch& batch) {
        for (const pugi::xml_node& si : parser.Parse(batch)) {
          units.clear();
          SharedStringItemUnits(si, part_, index++, hints, units);
          for (const SheetUnit& u : units) visit(u);
        }
      },
      nullptr);
}

std::vector<DeflatedPiece> StreamedStrings::WriteUnits(
    const StringHints& hints, const std::function<bool(const SheetUnit&)>& apply) const {
  BatchParser parser(part_, package_.file());
  // Deflated in pieces (each but the last ending with a sync flush; they join into one stream):
  // one string of the whole would be held up to twice over as it grows.
  std::vector<DeflatedPiece> pieces;
  auto out = std::make_unique<DeflateStream>(kDeflateLevel);
  uint64_t in_piece = 0;
  auto deflate = [&](std::string_view bytes) {
    out->Write(bytes);
    in_piece += bytes.size();
    if (in_piece < kPieceBytes) return;
    pieces.push_back(out->Finish(false));
    pieces.back().bytes.shrink_to_fit();  // grown by doubling
    out = std::make_unique<DeflateStream>(kDeflateLevel);
    in_piece = 0;
  };
  bool any = false;
  size_t index = 0;
  std::vector<SheetUnit> units;
  std::vector<pugi::xml_node> changed, touched;  // the elements edits change, as the whole path
  std::vector<size_t> edited;                    // items of the batch that changed
  auto rewrite = [&](const StringBatch& batch, std::string& replacement) {
    const std::vector<pugi::xml_node>& items = parser.Parse(batch);
    changed.clear();
    edited.clear();
    for (size_t i = 0; i < items.size(); ++i) {
      units.clear();
      SharedStringItemUnits(items[i], part_, index++, hints, units);
      bool item_changed = false;
      for (const SheetUnit& u : units) {
        // Taken before the edit: a piece emptied by it leaves its parent.
        touched.clear();
        for (const TextPiece& p : u.unit.pieces) touched.push_back(p.node.parent());
        if (!apply(u)) continue;
        item_changed = true;
        changed.insert(changed.end(), touched.begin(), touched.end());
      }
      if (item_changed) edited.push_back(i);
    }
    if (edited.empty()) return false;
    any = true;
    if (auto spliced = SpliceXml(parser.wrapped(), changed)) {
      replacement.assign(*spliced, kOpen.size(), spliced->size() - kOpen.size() - kClose.size());
      return true;
    }
    // Read leniently somewhere in the batch: the changed items are written whole.
    size_t at = 0;
    for (size_t i : edited) {
      auto [begin, end] = batch.items[i];
      replacement.append(batch.bytes.substr(at, begin - at));
      WriteXmlNode(items[i], replacement);
      at = end;
    }
    replacement.append(batch.bytes.substr(at));
    return true;
  };
  stream_.Write(Source(), rewrite, deflate);
  if (!any) return {};
  pieces.push_back(out->Finish(true));
  return pieces;
}

}  // namespace deskbench::ooxml
