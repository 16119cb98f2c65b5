#pragma once
// JSON (.json): the whole file is parsed in memory (up to limits.max_document_bytes); every string,
// member name and number is a segment, and edits go back into the original bytes of the token.

#include <memory>
#include <string>
#include <vector>

#include "core/limits.h"
#include "formats/document.h"
#include "formats/source.h"

namespace deskbench::json {

class JsonDocument : public Document {
 public:
  // Throws Refusal for invalid JSON (with the line and column), UTF-16 data, nesting deeper than
  // limits.max_depth and files over limits.max_document_bytes.
  JsonDocument(const ByteSource& source, const Limits& limits);
  static std::unique_ptr<JsonDocument> Open(const std::filesystem::path& path,
                                            const Limits& limits) {
    return std::make_unique<JsonDocument>(ByteSource::FromFile(path), limits);
  }
  static std::unique_ptr<JsonDocument> FromBytes(std::string bytes, const Limits& limits) {
    return std::make_unique<JsonDocument>(ByteSource::FromBytes(std::move(bytes)), limits);
  }

  void Scan(const SegmentVisitor& visit) override;
  void Write(const SegmentEditor& edits, Sink& out) override;
  std::vector<Note> Notes() const override { return notes_; }

 private:
  std::string bytes_;
  size_t bom_size_ = 0;
  Limits limits_;
  std::vector<Note> notes_;
};

}  // namespace deskbench::json
