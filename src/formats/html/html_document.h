#pragma once
// HTML (.html, .htm, .xhtml): text nodes, script and style contents, and the attributes that carry
// text people read or links (href, src, title, alt, value, placeholder, action, data-*, meta
// content) are segments. Comments are removed (they are hidden text). Everything else is copied.

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/limits.h"
#include "formats/document.h"
#include "formats/html/html_entities.h"
#include "formats/source.h"

namespace deskbench::html {

class HtmlDocument : public Document {
 public:
  // Throws Refusal for UTF-16 data, files over limits.max_document_bytes and elements nested
  // deeper than limits.max_depth.
  HtmlDocument(const ByteSource& source, const Limits& limits);
  static std::unique_ptr<HtmlDocument> Open(const std::filesystem::path& path,
                                            const Limits& limits) {
    return std::make_unique<HtmlDocument>(ByteSource::FromFile(path), limits);
  }
  static std::unique_ptr<HtmlDocument> FromBytes(std::string bytes, const Limits& limits) {
    return std::make_unique<HtmlDocument>(ByteSource::FromBytes(std::move(bytes)), limits);
  }

  void Scan(const SegmentVisitor& visit) override;
  void Write(const SegmentEditor& edits, Sink& out) override;
  std::vector<Note> Notes() const override { return notes_; }

 private:
  // on_segment(segment, raw begin, raw end, escaping); on_comment(begin, end).
  using SegmentFn = std::function<void(const Segment&, size_t, size_t, Context)>;
  using CommentFn = std::function<void(size_t, size_t)>;
  void Walk(const SegmentFn& on_segment, const CommentFn& on_comment);

  std::filesystem::path name_;
  std::string bytes_;
  Limits limits_;
  std::vector<Note> notes_;
};

}  // namespace deskbench::html
