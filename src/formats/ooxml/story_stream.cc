#include "formats/ooxml/story_stream.h"

#include <expat.h>

#include <algorithm>
#include <exception>
#include <memory>

#include "core/error.h"
#include "formats/ooxml/xml_part.h"

namespace deskbench::ooxml {
namespace {

struct FreeParser {
  void operator()(XML_ParserStruct* p) const { XML_ParserFree(p); }
};

std::string MiB(uint64_t bytes) {
  return std::to_string(bytes >> 20) + " MiB";
}

// One pass over a part. Byte positions are absolute (from the part's first byte); buf_ holds the
// bytes from base_ on: the outline while it is read, the piece being read, the chunk being parsed.
class Pass {
 public:
  Pass(const std::string& part, const std::filesystem::path& file, const Limits& limits,
       uint64_t piece_limit, const PieceVisitor& on_piece, StoryOutline& outline)
      : part_(part),
        file_(file),
        limits_(limits),
        piece_limit_(piece_limit),
        on_piece_(on_piece),
        outline_(outline),
        parser_(XML_ParserCreate("UTF-8")) {
    if (!parser_) throw std::bad_alloc();
    XML_SetUserData(parser_.get(), this);
    XML_SetElementHandler(parser_.get(), &Pass::OnStart, &Pass::OnEnd);
    XML_SetStartDoctypeDeclHandler(parser_.get(), &Pass::OnDoctype);
    XML_SetEntityDeclHandler(parser_.get(), &Pass::OnEntity);
    XML_SetXmlDeclHandler(parser_.get(), &Pass::OnXmlDecl);
  }

  void Run(const ChunkSource& source) {
    source([&](std::string_view chunk) { Feed(chunk, false); });
    Feed({}, true);
    if (where_ == Where::kBefore) outline_.prefix.assign(buf_);  // no container: all outline
  }

 private:
  enum class Where { kBefore, kIn, kAfter };

  std::string_view Raw(uint64_t begin, uint64_t end) const {
    return std::string_view(buf_).substr(begin - base_, end - begin);
  }

  [[noreturn]] void Refuse(const std::string& why) const {
    throw Refusal(file_, part_ + ": " + why);
  }

  void Feed(std::string_view chunk, bool last) {
    if (total_ == 0 && chunk.size() >= 2) {
      auto b0 = static_cast<unsigned char>(chunk[0]), b1 = static_cast<unsigned char>(chunk[1]);
      if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF) || b0 == 0 || b1 == 0) {
        Refuse("a story this large is read only in UTF-8 (this one is UTF-16)");
      }
    }
    buf_.append(chunk);
    total_ += chunk.size();
    if (XML_Parse(parser_.get(), chunk.data(), static_cast<int>(chunk.size()), last) !=
        XML_STATUS_OK) {
      if (error_) std::rethrow_exception(error_);
      if (!refusal_.empty()) Refuse(refusal_);
      Refuse(std::string("malformed XML (") + XML_ErrorString(XML_GetErrorCode(parser_.get())) +
             " at line " + std::to_string(XML_GetCurrentLineNumber(parser_.get())) + ")");
    }
    Settle();
  }

  // After a chunk: keeps what the outline or the next piece needs, lets go of the rest.
  void Settle() {
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
    keep = std::clamp(keep, base_, end);
    buf_.erase(0, keep - base_);
    base_ = keep;
  }

  [[noreturn]] void OutlineTooLarge() const {
    Refuse("more than " + MiB(piece_limit_) + " of XML around the story's body (read whole)");
  }
  // A piece is held and parsed whole, so it is bounded as a part parsed whole is: one hostile
  // element must not cost what the streaming spares.
  [[noreturn]] void PieceTooLarge() const {
    Refuse("an element of more than " + MiB(piece_limit_) + " of XML in the story's body");
  }

  void Stop(std::string why) {
    if (refusal_.empty() && !error_) refusal_ = std::move(why);
    XML_StopParser(parser_.get(), XML_FALSE);
  }

  void Start(const char* name) {
    auto at = static_cast<uint64_t>(XML_GetCurrentByteIndex(parser_.get()));
    uint64_t end = at + static_cast<uint64_t>(XML_GetCurrentByteCount(parser_.get()));
    start_end_ = end;
    if (++depth_ > limits_.max_xml_depth) {
      return Stop("XML nested deeper than " + std::to_string(limits_.max_xml_depth) + " levels");
    }
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

  void End() {
    auto at = static_cast<uint64_t>(XML_GetCurrentByteIndex(parser_.get()));
    auto count = static_cast<uint64_t>(XML_GetCurrentByteCount(parser_.get()));
    // An empty-element tag (<w:body/>) ends where its start tag ended.
    uint64_t end = count > 0 ? at + count : start_end_;
    uint32_t depth = depth_--;
    if (where_ != Where::kIn) return;
    if (in_table_ && depth == container_depth_ + 2) {
      if (end - emitted_ > piece_limit_) return PieceTooLarge();
      on_piece_(PieceKind::kInTable, Raw(emitted_, end));
      emitted_ = end;
    } else if (in_table_ && depth == container_depth_ + 1) {
      if (count > 0 && at > emitted_) on_piece_(PieceKind::kInTable, Raw(emitted_, at));
      on_piece_(PieceKind::kTableEnd, Raw(std::max(at, emitted_), end));
      emitted_ = end;
      in_table_ = false;
    } else if (depth == container_depth_ + 1) {
      if (end - emitted_ > piece_limit_) return PieceTooLarge();
      on_piece_(PieceKind::kElement, Raw(emitted_, end));
      emitted_ = end;
    } else if (depth == container_depth_) {
      // After the last element.
      if (count > 0 && at > emitted_) on_piece_(PieceKind::kElement, Raw(emitted_, at));
      where_ = Where::kAfter;
      suffix_from_ = end;
    }
  }

  // Expat calls back through C: exceptions are caught here and thrown again after XML_Parse.
  template <typename F>
  static void Guard(void* self, F&& f) {
    auto* pass = static_cast<Pass*>(self);
    if (pass->error_ || !pass->refusal_.empty()) return;
    try {
      f(*pass);
    } catch (...) {
      pass->error_ = std::current_exception();
      XML_StopParser(pass->parser_.get(), XML_FALSE);
    }
  }
  static void OnStart(void* self, const char* name, const char**) {
    Guard(self, [&](Pass& p) { p.Start(name); });
  }
  static void OnEnd(void* self, const char*) {
    Guard(self, [&](Pass& p) { p.End(); });
  }
  static void OnDoctype(void* self, const char*, const char*, const char*, int) {
    Guard(self, [](Pass& p) { p.Stop("XML with a DOCTYPE declaration is refused"); });
  }
  // Bytes are read as UTF-8 whatever the declaration says: another encoding is refused, not
  // misread.
  static void OnXmlDecl(void* self, const char*, const char* encoding, int) {
    if (encoding == nullptr) return;
    std::string e = encoding;
    for (char& c : e) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (e == "utf-8" || e == "utf8") return;
    Guard(self, [&](Pass& p) {
      p.Stop("a story this large is read only in UTF-8 (this one is " + std::string(encoding) +
             ")");
    });
  }
  static void OnEntity(void* self, const char*, int, const char*, int, const char*, const char*,
                       const char*, const char*) {
    Guard(self, [](Pass& p) { p.Stop("XML with an ENTITY declaration is refused"); });
  }

  const std::string& part_;
  const std::filesystem::path& file_;
  const Limits& limits_;
  uint64_t piece_limit_;
  const PieceVisitor& on_piece_;
  StoryOutline& outline_;
  std::unique_ptr<XML_ParserStruct, FreeParser> parser_;

  std::string buf_;
  uint64_t base_ = 0;   // position of buf_[0]
  uint64_t total_ = 0;  // bytes fed
  Where where_ = Where::kBefore;
  uint32_t depth_ = 0;
  uint32_t container_depth_ = 0;  // 0 until the root is seen
  uint64_t start_end_ = 0;        // end of the latest start tag
  uint64_t emitted_ = 0;          // in the container: bytes before this were given out in pieces
  uint64_t suffix_from_ = 0;      // after the container: bytes before this are in the outline
  bool in_table_ = false;         // in a table of the body
  std::string refusal_;
  std::exception_ptr error_;
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
