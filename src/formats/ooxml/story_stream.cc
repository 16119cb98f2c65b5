#include "formats/ooxml/story_stream.h"

#include <algorithm>
#include <exception>
#include <memory>

#include "core/error.h"
#include "formats/ooxml/expat_pass.h"
#include "formats/ooxml/xml_part.h"

namespace deskbench::ooxml {
namespace {

std::string MiB(uint64_t bytes) {
  return std::to_string(bytes >> 20) + " MiB";
}

// One pass over a part. Byte positions are absolute (from the part's first byte); buf_ holds the
// bytes from base_ on: the outline while it is read, the piece being read, the chunk being parsed.
class Pass : public ExpatPass {
 public:
  Pass(const std::string& part, const std::filesystem::path& file, const Limits& limits,
       uint64_t piece_limit, const PieceVisitor& on_piece, StoryOutline& outline)
      : ExpatPass(part, file, limits, "story"),
        piece_limit_(piece_limit),
        on_piece_(on_piece),
        outline_(outline) {}

  void Run(const ChunkSource& source) {
    Parse(source);
    if (where_ == Where::kBefore) outline_.prefix.assign(buf_);  // no container: all outline
  }

 private:
  enum class Where { kBefore, kIn, kAfter };

  // After a chunk: keeps what the outline or the next piece needs, lets go of the rest.
  void Settle() override {
    uint64_t end = base_ + buf_.size();
    uint64_t keep = end;
    switch (where_) {
      case Where::kBefore:
        if (buf_.size() > piece_limit_) OutlineTooLarge();
        keep = base_;  // the prefix is taken whole when the container starts
        break;
      case Where::kIn:
        if (end - emitted_ > piece_limit_) PieceTooLarge();
        keep = emitted_;
        break;
      case Where::kAfter:
        outline_.suffix.append(Raw(std::max(suffix_from_, base_), end));
        if (outline_.suffix.size() + outline_.prefix.size() > piece_limit_) OutlineTooLarge();
        suffix_from_ = end;
        break;
    }
    KeepFrom(keep);
  }

  [[noreturn]] void OutlineTooLarge() const {
    Refuse("more than " + MiB(piece_limit_) + " of XML around the story's body (read whole)");
  }
  // A piece is held and parsed whole, so it is bounded as a part parsed whole is: one hostile
  // element must not cost what the streaming spares.
  [[noreturn]] void PieceTooLarge() const {
    Refuse("an element of more than " + MiB(piece_limit_) + " of XML in the story's body");
  }

  void Start(const char* name, const char**, uint64_t at, uint64_t end) override {
    std::string_view local = LocalName(name);
    if (depth_ == 1) {
      outline_.root_tag.assign(Raw(at, end));
      outline_.root = name;
      // The main document's text is in its body; the other stories' in their root.
      container_depth_ = local == "document" ? 2 : 1;
    }
    if (where_ == Where::kIn && depth_ == container_depth_ + 1 && local == "tbl") {
      // A table of the body comes a row at a time: its start tag, then its elements.
      if (at > emitted_) on_piece_(PieceKind::kElement, Raw(emitted_, at));
      on_piece_(PieceKind::kTableStart, Raw(at, end));
      emitted_ = end;
      in_table_ = true;
      return;
    }
    if (depth_ != container_depth_) return;
    if (container_depth_ == 2 && local != "body") return;
    if (where_ != Where::kBefore) return Stop("a document with two bodies");
    where_ = Where::kIn;
    outline_.prefix.assign(Raw(base_, at));
    outline_.container_tag.assign(Raw(at, end));
    outline_.container = name;
    emitted_ = end;
  }

  void End(const char*, uint64_t at, uint64_t end, uint32_t depth) override {
    const bool tag = end > at;  // an end tag, not the end of an empty-element tag
    if (where_ != Where::kIn) return;
    if (in_table_ && depth == container_depth_ + 2) {
      if (end - emitted_ > piece_limit_) return PieceTooLarge();
      on_piece_(PieceKind::kInTable, Raw(emitted_, end));
      emitted_ = end;
    } else if (in_table_ && depth == container_depth_ + 1) {
      if (tag && at > emitted_) on_piece_(PieceKind::kInTable, Raw(emitted_, at));
      on_piece_(PieceKind::kTableEnd, Raw(std::max(at, emitted_), end));
      emitted_ = end;
      in_table_ = false;
    } else if (depth == container_depth_ + 1) {
      if (end - emitted_ > piece_limit_) return PieceTooLarge();
      on_piece_(PieceKind::kElement, Raw(emitted_, end));
      emitted_ = end;
    } else if (depth == container_depth_) {
      // After the last element.
      if (tag && at > emitted_) on_piece_(PieceKind::kElement, Raw(emitted_, at));
      where_ = Where::kAfter;
      suffix_from_ = end;
    }
  }

  uint64_t piece_limit_;
  const PieceVisitor& on_piece_;
  StoryOutline& outline_;

  Where where_ = Where::kBefore;
  uint32_t container_depth_ = 0;  // 0 until the root is seen
  uint64_t emitted_ = 0;          // in the container: bytes before this were given out in pieces
  uint64_t suffix_from_ = 0;      // after the container: bytes before this are in the outline
  bool in_table_ = false;         // in a table of the body
};

}  // namespace

std::string StoryOutline::Skeleton() const {
  if (container_tag.empty() || container_tag.ends_with("/>")) {
    return prefix + container_tag + suffix;
  }
  return prefix + container_tag + "</" + container + ">" + suffix;
}

std::string StoryOutline::Wrap(std::string_view piece) const {
  std::string out;
  out.reserve(root_tag.size() + piece.size() + root.size() + 3);
  out += root_tag;
  out += piece;
  out += "</";
  out += root;
  out += '>';
  return out;
}

StoryStream::StoryStream(std::string part, std::filesystem::path file, const Limits& limits,
                         uint64_t piece_limit)
    : part_(std::move(part)), file_(std::move(file)), limits_(limits), piece_limit_(piece_limit) {}

void StoryStream::Read(const ChunkSource& source, const PieceVisitor& on_piece,
                       StoryOutline* outline) const {
  StoryOutline scratch;
  StoryOutline& out = outline != nullptr ? *outline : scratch;
  out = {};
  Pass(part_, file_, limits_, piece_limit_, on_piece, out).Run(source);
}

}  // namespace deskbench::ooxml
