#pragma once
// Plain text, Markdown, source code and configuration files, streamed in chunks of about
// limits.chunk_bytes so that files of any size are scanned and written in bounded memory.

#include <memory>
#include <string>
#include <vector>

#include "core/limits.h"
#include "formats/document.h"
#include "formats/source.h"
#include "formats/text/encoding.h"

namespace deskbench::text {

// How replacements are written into the text.
enum class Markup {
  kNone,  // as they are
  kXml,   // & < > escaped as references, so a replacement such as "<EMAIL>" keeps XML well formed
};

class TextDocument : public Document {
 public:
  // Throws Refusal when the source is larger than limits.max_stream_bytes.
  TextDocument(ByteSource source, const Limits& limits, Markup markup = Markup::kNone);
  static std::unique_ptr<TextDocument> Open(const std::filesystem::path& path, const Limits& limits,
                                            Markup markup = Markup::kNone) {
    return std::make_unique<TextDocument>(ByteSource::FromFile(path), limits, markup);
  }
  static std::unique_ptr<TextDocument> FromBytes(std::string bytes, const Limits& limits,
                                                 Markup markup = Markup::kNone) {
    return std::make_unique<TextDocument>(ByteSource::FromBytes(std::move(bytes)), limits, markup);
  }

  void Scan(const SegmentVisitor& visit) override;
  void Write(const SegmentEditor& edits, Sink& out) override;
  std::vector<Note> Notes() const override { return notes_; }

  Encoding encoding() const { return detected_.encoding; }

 private:
  using ChunkVisitor = std::function<void(const Segment&, std::string_view raw, uint64_t base)>;
  // Calls fn for each chunk after the BOM, in order; Scan and Write cut the same chunks.
  void ForEachChunk(const ChunkVisitor& fn);

  ByteSource source_;
  Limits limits_;
  Markup markup_;
  DetectedEncoding detected_;
  std::vector<Note> notes_;
};

}  // namespace deskbench::text
