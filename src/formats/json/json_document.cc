#include "formats/json/json_document.h"

#include "core/error.h"
#include "formats/json/json_segments.h"
#include "formats/json/json_tokenizer.h"

namespace deskbench::json {

JsonDocument::JsonDocument(const ByteSource& source, const Limits& limits)
    : bytes_(source.ReadAll(limits.max_document_bytes)), limits_(limits) {
  std::string_view view(bytes_);
  if (view.starts_with("\xFF\xFE") || view.starts_with("\xFE\xFF")) {
    throw Refusal(source.name(), "UTF-16 JSON is not supported yet; save it as UTF-8");
  }
  if (view.starts_with("\xEF\xBB\xBF")) bom_size_ = 3;
  view.remove_prefix(bom_size_);
  try {
    Walk(view, limits_.max_depth, [](const Token&) {});
  } catch (const ParseError& e) {
    throw Refusal(source.name(),
                  "not valid JSON at " + Position(view, e.offset()) + ": " + e.what());
  }
}

void JsonDocument::Scan(const SegmentVisitor& visit) {
  TextSpan span{std::string_view(bytes_).substr(bom_size_), bom_size_, ""};
  ScanText(span, limits_, visit);
}

void JsonDocument::Write(const SegmentEditor& edits, Sink& out) {
  std::string result(bytes_.substr(0, bom_size_));
  TextSpan span{std::string_view(bytes_).substr(bom_size_), bom_size_, ""};
  notes_.clear();
  WriteText(span, limits_, edits, result, notes_, &out);
  out.Write(result);
}

}  // namespace deskbench::json
