#include "formats/text/text_document.h"

#include <algorithm>

#include "core/ascii.h"
#include "core/error.h"
#include "formats/html/html_entities.h"
#include "formats/splice.h"

namespace deskbench::text {

TextDocument::TextDocument(ByteSource source, const Limits& limits, Markup markup)
    : source_(std::move(source)), limits_(limits), markup_(markup) {
  if (source_.size() > limits_.max_stream_bytes) {
    throw Refusal(source_.name(), "larger than the limit of " +
                                      std::to_string(limits_.max_stream_bytes) + " bytes");
  }
  detected_ = DetectEncoding(source_);
  if (detected_.encoding == Encoding::kLatin1) {
    notes_.push_back({"text encoding", "not valid UTF-8: read and written back as Latin-1"});
  }
}

void TextDocument::ForEachChunk(const ChunkVisitor& fn) {
  const size_t chunk =
      std::max<size_t>(16, std::min<size_t>(limits_.chunk_bytes, limits_.max_segment_bytes));
  const bool byte_for_byte = detected_.encoding == Encoding::kUtf8;
  BlockReader reader(source_, std::max<size_t>(chunk, 1 << 16));
  std::string buf;
  size_t pos = 0;     // start of the unconsumed bytes in buf
  uint64_t base = 0;  // file offset of buf[pos]
  uint64_t line = 1;
  std::string text;
  std::vector<uint64_t> origins;
  std::string location;
  bool skipped_bom = false;
  for (;;) {
    while (buf.size() - pos < chunk + 8 && !reader.eof()) {
      if (pos > 0) {
        buf.erase(0, pos);
        pos = 0;
      }
      reader.Fill(buf);
    }
    if (!skipped_bom) {
      size_t bom = std::min(detected_.bom_size, buf.size());
      pos += bom;
      base += bom;
      skipped_bom = true;
    }
    std::string_view rest = std::string_view(buf).substr(pos);
    if (rest.empty()) break;
    size_t len = ChunkLength(detected_.encoding, rest, chunk, reader.eof());
    if (len == 0) len = std::min<size_t>(rest.size(), 2);
    std::string_view raw = rest.substr(0, len);
    location = "line " + std::to_string(line);
    Segment seg;
    seg.location = location;
    if (byte_for_byte) {
      seg.text = raw;
      seg.origin = base;
    } else {
      Decode(detected_.encoding, raw, base, text, origins);
      seg.text = text;
      seg.origins = origins;
    }
    line += ascii::CountNewlines(seg.text);
    fn(seg, raw, base);
    pos += len;
    base += len;
  }
}

void TextDocument::Scan(const SegmentVisitor& visit) {
  ForEachChunk([&](const Segment& seg, std::string_view, uint64_t) { visit(seg); });
}

void TextDocument::Write(const SegmentEditor& edits, Sink& out) {
  if (detected_.bom_size > 0) out.Write(source_.Head(detected_.bom_size));
  bool lossy = false;
  const Encoding encoding = detected_.encoding;
  const bool xml = markup_ == Markup::kXml;
  Encoder encode = [&](std::string_view replacement) {
    return xml ? Encode(encoding, html::EscapeFor(html::Context::kText, replacement), &lossy)
               : Encode(encoding, replacement, &lossy);
  };
  std::string buffer;
  ForEachChunk([&](const Segment& seg, std::string_view raw, uint64_t base) {
    std::vector<Edit> list = edits(seg);
    if (list.empty()) {
      out.Write(raw);
      return;
    }
    buffer.clear();
    SpliceEdits(seg, raw, base, list, encode, buffer);
    out.Write(buffer);
  });
  bool noted = std::any_of(notes_.begin(), notes_.end(),
                           [](const Note& n) { return n.part == "replacement text"; });
  if (lossy && !noted) {
    notes_.push_back({"replacement text", "characters Latin-1 cannot hold were written as '?'"});
  }
}

}  // namespace deskbench::text
