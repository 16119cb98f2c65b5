#include "formats/ooxml/sheet_stream.h"

#include <expat.h>

#include <algorithm>
#include <exception>
#include <memory>
#include <vector>

#include "core/error.h"
#include "formats/ooxml/xml_part.h"

namespace deskbench::ooxml {
namespace {

bool IsRelationshipAttribute(std::string_view name) {
  size_t colon = name.find(':');
  if (colon == std::string_view::npos || name.substr(0, colon) == "xmlns") return false;
  std::string_view local = name.substr(colon + 1);
  return local == "id" || local == "embed" || local == "link" || local == "pict";
}

struct FreeParser {
  void operator()(XML_ParserStruct* p) const { XML_ParserFree(p); }
};

// One pass over a part. Byte positions are absolute (from the part's first byte); buf_ holds the
// bytes from base_ on: what a row or the outline still needs, and the chunk being parsed.
class Pass {
 public:
  Pass(const std::string& part, const std::filesystem::path& file, const Limits& limits,
       uint64_t outline_limit, const std::function<void(const SheetRow&)>* read,
       const SheetStream::RowRewriter* rewrite, SheetOutline* outline, const ChunkConsumer* out)
      : part_(part),
        file_(file),
        limits_(limits),
        outline_limit_(outline_limit),
        read_(read),
        rewrite_(rewrite),
        outline_(outline),
        out_(out),
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
    Finish();
  }

 private:
  enum class Where { kBefore, kInData, kAfter };

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
        Refuse("a worksheet this large is read only in UTF-8 (this one is UTF-16)");
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

  // After a chunk: gives out what is decided, keeps the outline, lets go of the rest.
  void Settle() {
    uint64_t end = base_ + buf_.size();
    uint64_t keep = end;
    switch (where_) {
      case Where::kBefore:
        if (outline_ != nullptr) {
          keep = 0;  // the prefix is taken whole when sheetData starts
          if (buf_.size() > outline_limit_) TooLarge();
        } else {
          keep = parsed_;  // the sheetData start tag may be in the bytes not parsed yet
        }
        break;
      case Where::kInData: {
        if (in_row_ && end - row_start_ > outline_limit_) RowTooLarge();
        uint64_t safe = in_row_ ? row_start_ : std::max(parsed_, emitted_);
        if (out_ != nullptr && safe > emitted_) (*out_)(Raw(emitted_, safe));
        emitted_ = std::max(emitted_, safe);
        keep = emitted_;
        break;
      }
      case Where::kAfter:
        if (outline_ != nullptr) {
          outline_->suffix.append(Raw(std::max(suffix_from_, base_), end));
          if (outline_->suffix.size() + outline_->prefix.size() > outline_limit_) TooLarge();
        }
        suffix_from_ = end;
        keep = end;
        break;
    }
    keep = std::clamp(keep, base_, end);
    buf_.erase(0, keep - base_);
    base_ = keep;
  }

  void Finish() {
    if (where_ == Where::kBefore && outline_ != nullptr) {  // no sheetData: all of it is outline
      outline_->prefix.assign(buf_);
      outline_->sheet_data.clear();
    }
  }

  [[noreturn]] void TooLarge() const {
    Refuse("more than " + std::to_string(outline_limit_ >> 20) +
           " MiB of XML around sheetData (read whole)");
  }

  // A row is held and parsed whole (xlsx_streamed_sheet.h), so it is bounded as a part parsed
  // whole is: one hostile row must not cost what the streaming spares.
  [[noreturn]] void RowTooLarge() const {
    Refuse("a row of more than " + std::to_string(outline_limit_ >> 20) + " MiB of XML");
  }

  void Stop(std::string why) {
    if (refusal_.empty() && !error_) refusal_ = std::move(why);
    XML_StopParser(parser_.get(), XML_FALSE);
  }

  void Start(const char* name, const char** attrs) {
    auto at = static_cast<uint64_t>(XML_GetCurrentByteIndex(parser_.get()));
    uint64_t end = at + static_cast<uint64_t>(XML_GetCurrentByteCount(parser_.get()));
    start_end_ = end;
    parsed_ = std::max(parsed_, end);
    if (++depth_ > limits_.max_xml_depth) {
      return Stop("XML nested deeper than " + std::to_string(limits_.max_xml_depth) + " levels");
    }
    std::string_view local = LocalName(name);
    if (depth_ == 2 && local == "sheetData") {
      if (where_ != Where::kBefore) return Stop("worksheet with two sheetData elements");
      where_ = Where::kInData;
      if (outline_ != nullptr) {
        outline_->prefix.assign(Raw(base_, at));
        outline_->sheet_data = name;
      }
      emitted_ = at;
      return;
    }
    if (where_ != Where::kInData) return;
    for (const char** a = attrs; *a != nullptr; a += 2) {
      if (IsRelationshipAttribute(*a)) {
        return Stop(std::string("relationship reference (") + *a + ") inside sheetData");
      }
    }
    if (depth_ == 3) {
      if (local != "row") return Stop("element <" + std::string(name) + "> inside sheetData");
      in_row_ = true;
      row_start_ = at;
      cells_.clear();
    } else if (depth_ == 4 && local == "c") {
      cell_start_ = at;
    }
  }

  void End(const char* name) {
    auto at = static_cast<uint64_t>(XML_GetCurrentByteIndex(parser_.get()));
    auto count = static_cast<uint64_t>(XML_GetCurrentByteCount(parser_.get()));
    // An empty-element tag (<c/>) ends where its start tag ended.
    uint64_t end = count > 0 ? at + count : start_end_;
    parsed_ = std::max(parsed_, end);
    int depth = depth_--;
    if (where_ != Where::kInData) return;
    if (depth == 4 && in_row_ && LocalName(name) == "c") {
      cells_.emplace_back(cell_start_ - row_start_, end - row_start_);
    } else if (depth == 3) {
      in_row_ = false;
      Row(end);
    } else if (depth == 2) {  // sheetData's end
      where_ = Where::kAfter;
      if (out_ != nullptr && end > emitted_) (*out_)(Raw(emitted_, end));
      emitted_ = end;
      suffix_from_ = end;
    }
  }

  void Row(uint64_t end) {
    if (end - row_start_ > outline_limit_) {
      return Stop("a row of more than " + std::to_string(outline_limit_ >> 20) + " MiB of XML");
    }
    SheetRow row{Raw(row_start_, end), cells_};
    if (read_ != nullptr) (*read_)(row);
    if (rewrite_ == nullptr) return;
    replacement_.clear();
    if (!(*rewrite_)(row, replacement_)) return;
    if (row_start_ > emitted_) (*out_)(Raw(emitted_, row_start_));
    (*out_)(replacement_);
    emitted_ = end;
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
  static void OnStart(void* self, const char* name, const char** attrs) {
    Guard(self, [&](Pass& p) { p.Start(name, attrs); });
  }
  static void OnEnd(void* self, const char* name) {
    Guard(self, [&](Pass& p) { p.End(name); });
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
      p.Stop("a worksheet this large is read only in UTF-8 (this one is " + std::string(encoding) +
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
  uint64_t outline_limit_;
  const std::function<void(const SheetRow&)>* read_;
  const SheetStream::RowRewriter* rewrite_;
  SheetOutline* outline_;
  const ChunkConsumer* out_;
  std::unique_ptr<XML_ParserStruct, FreeParser> parser_;

  std::string buf_;
  uint64_t base_ = 0;   // position of buf_[0]
  uint64_t total_ = 0;  // bytes fed
  Where where_ = Where::kBefore;
  uint32_t depth_ = 0;
  uint64_t start_end_ = 0;    // end of the latest start tag
  uint64_t parsed_ = 0;       // end of the latest tag reported
  uint64_t emitted_ = 0;      // in sheetData: bytes before this were given out (or replaced)
  uint64_t suffix_from_ = 0;  // after sheetData: bytes before this are in the outline
  bool in_row_ = false;
  uint64_t row_start_ = 0;
  uint64_t cell_start_ = 0;
  std::vector<std::pair<size_t, size_t>> cells_;
  std::string replacement_;
  std::string refusal_;
  std::exception_ptr error_;
};

}  // namespace

std::string SheetOutline::Skeleton() const {
  if (sheet_data.empty()) return prefix;
  return prefix + "<" + sheet_data + "/>" + suffix;
}

SheetStream::SheetStream(std::string part, std::filesystem::path file, const Limits& limits,
                         uint64_t outline_limit)
    : part_(std::move(part)),
      file_(std::move(file)),
      limits_(limits),
      outline_limit_(outline_limit) {}

void SheetStream::Read(const ChunkSource& source,
                       const std::function<void(const SheetRow&)>& on_row,
                       SheetOutline* outline) const {
  if (outline != nullptr) *outline = {};
  Pass(part_, file_, limits_, outline_limit_, &on_row, nullptr, outline, nullptr).Run(source);
}

void SheetStream::WriteSheetData(const ChunkSource& source, const RowRewriter& on_row,
                                 const ChunkConsumer& out) const {
  Pass(part_, file_, limits_, outline_limit_, nullptr, &on_row, nullptr, &out).Run(source);
}

}  // namespace deskbench::ooxml
