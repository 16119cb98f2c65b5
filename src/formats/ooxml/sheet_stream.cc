#include "formats/ooxml/sheet_stream.h"

#include <algorithm>
#include <exception>
#include <memory>
#include <vector>

#include "core/error.h"
#include "formats/ooxml/expat_pass.h"
#include "formats/ooxml/xml_part.h"

namespace deskbench::ooxml {
namespace {

bool IsRelationshipAttribute(std::string_view name) {
  size_t colon = name.find(':');
  if (colon == std::string_view::npos || name.substr(0, colon) == "xmlns") return false;
  std::string_view local = name.substr(colon + 1);
  return local == "id" || local == "embed" || local == "link" || local == "pict";
}

// One pass over a part. Byte positions are absolute (from the part's first byte); buf_ holds the
// bytes from base_ on: what a row or the outline still needs, and the chunk being parsed.
class Pass : public ExpatPass {
 public:
  Pass(const std::string& part, const std::filesystem::path& file, const Limits& limits,
       uint64_t outline_limit, const std::function<void(const SheetRow&)>* read,
       const SheetStream::RowRewriter* rewrite, SheetOutline* outline, const ChunkConsumer* out)
      : ExpatPass(part, file, limits, "worksheet"),
        outline_limit_(outline_limit),
        read_(read),
        rewrite_(rewrite),
        outline_(outline),
        out_(out) {}

  void Run(const ChunkSource& source) {
    Parse(source);
    if (where_ == Where::kBefore && outline_ != nullptr) {  // no sheetData: all of it is outline
      outline_->prefix.assign(buf_);
      outline_->sheet_data.clear();
    }
  }

 private:
  enum class Where { kBefore, kInData, kAfter };

  // After a chunk: gives out what is decided, keeps the outline, lets go of the rest.
  void Settle() override {
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
    KeepFrom(keep);
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

  void Start(const char* name, const char** attrs, uint64_t at, uint64_t end) override {
    parsed_ = std::max(parsed_, end);
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

  void End(const char* name, uint64_t, uint64_t end, uint32_t depth) override {
    parsed_ = std::max(parsed_, end);
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

  uint64_t outline_limit_;
  const std::function<void(const SheetRow&)>* read_;
  const SheetStream::RowRewriter* rewrite_;
  SheetOutline* outline_;
  const ChunkConsumer* out_;

  Where where_ = Where::kBefore;
  uint64_t parsed_ = 0;       // end of the latest tag reported
  uint64_t emitted_ = 0;      // in sheetData: bytes before this were given out (or replaced)
  uint64_t suffix_from_ = 0;  // after sheetData: bytes before this are in the outline
  bool in_row_ = false;
  uint64_t row_start_ = 0;
  uint64_t cell_start_ = 0;
  std::vector<std::pair<size_t, size_t>> cells_;
  std::string replacement_;
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
