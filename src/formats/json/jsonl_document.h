#pragma once
// JSON Lines (.jsonl, .ndjson): one JSON text per line, streamed line by line so memory is bounded
// by the longest line. Blank lines are kept; a line that is not JSON is refused by number.

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/limits.h"
#include "formats/document.h"
#include "formats/json/json_segments.h"
#include "formats/source.h"

namespace deskbench::json {

class JsonlDocument : public Document {
 public:
  // Reads the file once to refuse malformed lines (naming the first) before anything is written.
  JsonlDocument(ByteSource source, const Limits& limits);
  static std::unique_ptr<JsonlDocument> Open(const std::filesystem::path& path,
                                             const Limits& limits) {
    return std::make_unique<JsonlDocument>(ByteSource::FromFile(path), limits);
  }
  static std::unique_ptr<JsonlDocument> FromBytes(std::string bytes, const Limits& limits) {
    return std::make_unique<JsonlDocument>(ByteSource::FromBytes(std::move(bytes)), limits);
  }

  void Scan(const SegmentVisitor& visit) override;
  void Write(const SegmentEditor& edits, Sink& out) override;
  std::vector<Note> Notes() const override { return notes_; }

 private:
  // fn(line bytes without its '\n', the '\n' or "", the span for the JSON text)
  using LineVisitor =
      std::function<void(std::string_view line, std::string_view end, const TextSpan& span)>;
  void ForEachLine(const LineVisitor& fn);

  ByteSource source_;
  Limits limits_;
  size_t bom_size_ = 0;
  std::vector<Note> notes_;
};

}  // namespace deskbench::json
