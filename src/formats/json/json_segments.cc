#include "formats/json/json_segments.h"

#include "formats/json/json_tokenizer.h"
#include "formats/splice.h"

namespace deskbench::json {
namespace {

// Builds the segment of a token; the views point into the arguments.
class TokenSegments {
 public:
  TokenSegments(const TextSpan& span) : span_(span) {}

  const Segment& Make(const Token& token) {
    std::string_view raw = span_.json.substr(token.begin, token.end - token.begin);
    location_.assign(span_.location_prefix);
    location_.append(token.path);
    segment_ = Segment{};
    segment_.location = location_;
    segment_.hint = token.key;
    uint64_t at = span_.base + token.begin;
    if (token.kind == TokenKind::kNumber) {
      segment_.text = raw;
      segment_.origin = at;
    } else if (DecodeString(raw, at, text_, origins_)) {
      segment_.text = text_;
      segment_.origins = origins_;
    } else {
      segment_.text = raw.substr(1, raw.size() - 2);
      segment_.origin = at + 1;
    }
    return segment_;
  }

 private:
  const TextSpan& span_;
  std::string location_;
  std::string text_;
  std::vector<uint64_t> origins_;
  Segment segment_;
};

}  // namespace

void ScanText(const TextSpan& span, const Limits& limits, const SegmentVisitor& visit) {
  TokenSegments segments(span);
  Walk(span.json, limits.max_depth, [&](const Token& token) {
    const Segment& seg = segments.Make(token);
    if (!seg.text.empty()) VisitPieces(seg, limits.max_segment_bytes, visit);
  });
}

void WriteText(const TextSpan& span, const Limits& limits, const SegmentEditor& edits,
               std::string& out, std::vector<Note>& notes, Sink* sink) {
  TokenSegments segments(span);
  const Encoder escape = [](std::string_view s) { return Escape(s); };
  const Encoder plain = [](std::string_view s) { return std::string(s); };
  size_t cursor = 0;
  std::string literal;
  Walk(span.json, limits.max_depth, [&](const Token& token) {
    const Segment& seg = segments.Make(token);
    if (seg.text.empty()) return;
    std::vector<Edit> list = EditPieces(seg, limits.max_segment_bytes, edits);
    if (list.empty()) return;
    std::string_view raw = span.json.substr(token.begin, token.end - token.begin);
    out.append(span.json.substr(cursor, token.begin - cursor));
    cursor = token.end;
    if (sink != nullptr && out.size() > (1u << 20)) {
      sink->Write(out);
      out.clear();
    }
    if (token.kind != TokenKind::kNumber) {
      SpliceEdits(seg, raw, span.base + token.begin, list, escape, out);
      return;
    }
    literal.clear();
    SpliceEdits(seg, raw, span.base + token.begin, list, plain, literal);
    if (IsNumber(literal)) {
      out.append(literal);
      return;
    }
    out.push_back('"');
    out.append(Escape(literal));
    out.push_back('"');
    notes.push_back({"number at " + std::string(seg.location),
                     "written as a string: its replacement is not a number"});
  });
  out.append(span.json.substr(cursor));
}

}  // namespace deskbench::json
