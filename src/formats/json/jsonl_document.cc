#include "formats/json/jsonl_document.h"

#include "core/error.h"
#include "formats/json/json_tokenizer.h"

namespace deskbench::json {

JsonlDocument::JsonlDocument(ByteSource source, const Limits& limits)
    : source_(std::move(source)), limits_(limits) {
  if (source_.size() > limits_.max_stream_bytes) {
    throw Refusal(source_.name(), "larger than the limit of " +
                                      std::to_string(limits_.max_stream_bytes) + " bytes");
  }
  std::string head = source_.Head(3);
  if (head.starts_with("\xFF\xFE") || head.starts_with("\xFE\xFF")) {
    throw Refusal(source_.name(), "UTF-16 JSON Lines are not supported yet; save as UTF-8");
  }
  if (head == "\xEF\xBB\xBF") bom_size_ = 3;
  ForEachLine([](std::string_view, std::string_view, const TextSpan&) {});
}

void JsonlDocument::ForEachLine(const LineVisitor& fn) {
  BlockReader reader(source_);
  std::string buf;
  size_t pos = 0;
  uint64_t base = 0;  // file offset of buf[0]
  uint64_t number = 0;
  std::string prefix;
  reader.Fill(buf);
  pos = std::min(bom_size_, buf.size());
  for (;;) {
    size_t nl = buf.find('\n', pos);
    if (nl == std::string::npos && !reader.eof()) {
      if (buf.size() - pos > limits_.max_document_bytes) {
        throw Refusal(source_.name(), "line " + std::to_string(number + 1) +
                                          " is longer than the limit of " +
                                          std::to_string(limits_.max_document_bytes) + " bytes");
      }
      buf.erase(0, pos);
      base += pos;
      pos = 0;
      reader.Fill(buf);
      continue;
    }
    if (pos >= buf.size()) return;
    size_t line_end = nl == std::string::npos ? buf.size() : nl;
    std::string_view line = std::string_view(buf).substr(pos, line_end - pos);
    std::string_view end = nl == std::string::npos ? "" : "\n";
    ++number;
    prefix = "line " + std::to_string(number) + ", ";
    TextSpan span{line, base + pos, prefix};
    try {
      // Validate before handing the line over, so a visitor never sees half a bad line.
      Walk(line, limits_.max_depth, [](const Token&) {});
      fn(line, end, span);
    } catch (const ParseError& e) {
      throw Refusal(source_.name(), "line " + std::to_string(number) +
                                        " is not valid JSON (column " +
                                        std::to_string(e.offset() + 1) + "): " + e.what());
    }
    pos = line_end + end.size();
  }
}

void JsonlDocument::Scan(const SegmentVisitor& visit) {
  ForEachLine([&](std::string_view, std::string_view, const TextSpan& span) {
    ScanText(span, limits_, visit);
  });
}

void JsonlDocument::Write(const SegmentEditor& edits, Sink& out) {
  if (bom_size_ > 0) out.Write(source_.Head(bom_size_));
  notes_.clear();
  std::string line_out;
  ForEachLine([&](std::string_view, std::string_view end, const TextSpan& span) {
    line_out.clear();
    WriteText(span, limits_, edits, line_out, notes_, &out);
    line_out.append(end);
    out.Write(line_out);
  });
}

}  // namespace deskbench::json
