#include "formats/ooxml/string_stream.h"

#include <algorithm>

#include "formats/ooxml/xml_part.h"

namespace deskbench::ooxml {
namespace {

constexpr uint64_t kBatchBytes = 64u << 10;

// One pass over a part. Byte positions are absolute (from the part's first byte); buf_ holds the
// bytes from base_ on: the batch being gathered, what was not given out yet, the chunk parsed.
class Pass : public ExpatPass {
 public:
  Pass(const std::string& part, const std::filesystem::path& file, const Limits& limits,
       uint64_t max_item_bytes, const std::function<void(const StringBatch&)>* read,
       const StringStream::BatchRewriter* rewrite, StringsRoot* root, const ChunkConsumer* out)
      : ExpatPass(part, file, limits, "shared strings part"),
        max_item_bytes_(max_item_bytes),
        read_(read),
        rewrite_(rewrite),
        root_(root),
        out_(out) {}

  void Run(const ChunkSource& source) {
    Parse(source);
    Flush();
    if (out_ != nullptr) {
      uint64_t end = base_ + buf_.size();
      if (end > emitted_) (*out_)(Raw(emitted_, end));
    }
  }

 private:
  bool Holding() const { return in_item_ || !items_.empty(); }

  // After a chunk: the items read whole go out as a batch, the bytes before what is still held
  // are given out (writing) and let go of.
  void Settle() override {
    if (!in_item_) Flush();
    uint64_t safe = Holding() ? batch_start_ : std::max(parsed_, emitted_);
    if (out_ != nullptr) {
      if (safe > emitted_) (*out_)(Raw(emitted_, safe));
      emitted_ = std::max(emitted_, safe);
      safe = emitted_;
    }
    KeepFrom(safe);
    const uint64_t end = base_ + buf_.size();
    if (in_item_ ? end - item_start_ > max_item_bytes_ : buf_.size() > max_item_bytes_) {
      Refuse("a string item, or XML between tags, of more than " +
             std::to_string(max_item_bytes_ >> 20) + " MiB");
    }
  }

  void Start(const char* name, const char** attrs, uint64_t at, uint64_t end) override {
    parsed_ = std::max(parsed_, end);
    if (depth_ == 1) {
      if (root_ != nullptr) {
        root_->name = name;
        for (const char** a = attrs; *a != nullptr; a += 2) {
          root_->attributes.emplace_back(a[0], a[1]);
        }
      }
      return;
    }
    if (depth_ != 2) return;
    if (LocalName(name) != "si") {  // an extLst, say: not in a batch
      Flush();
      return;
    }
    in_item_ = true;
    item_start_ = at;
    if (items_.empty()) batch_start_ = at;
  }

  void End(const char*, uint64_t, uint64_t end, uint32_t depth) override {
    parsed_ = std::max(parsed_, end);
    if (depth != 2 || !in_item_) return;
    in_item_ = false;
    if (end - item_start_ > max_item_bytes_) {
      return Stop("a string item of more than " + std::to_string(max_item_bytes_ >> 20) +
                  " MiB of XML");
    }
    items_.emplace_back(item_start_ - batch_start_, end - batch_start_);
    batch_end_ = end;
    // Items mostly follow one another without a byte between them: a chunk rarely ends outside
    // one, so a batch ends with an item once it is large enough.
    if (batch_end_ - batch_start_ >= kBatchBytes) Flush();
  }

  void Flush() {
    if (items_.empty()) return;
    StringBatch batch{Raw(batch_start_, batch_end_), items_};
    if (read_ != nullptr) (*read_)(batch);
    if (rewrite_ != nullptr) {
      replacement_.clear();
      if ((*rewrite_)(batch, replacement_)) {
        if (batch_start_ > emitted_) (*out_)(Raw(emitted_, batch_start_));
        (*out_)(replacement_);
        emitted_ = batch_end_;
      }
    }
    items_.clear();
  }

  uint64_t max_item_bytes_;
  const std::function<void(const StringBatch&)>* read_;
  const StringStream::BatchRewriter* rewrite_;
  StringsRoot* root_;
  const ChunkConsumer* out_;

  uint64_t parsed_ = 0;   // end of the latest tag reported
  uint64_t emitted_ = 0;  // writing: bytes before this were given out (or replaced)
  bool in_item_ = false;
  uint64_t item_start_ = 0;
  uint64_t batch_start_ = 0;
  uint64_t batch_end_ = 0;
  std::vector<std::pair<size_t, size_t>> items_;  // of the batch, from batch_start_
  std::string replacement_;
};

}  // namespace

StringStream::StringStream(std::string part, std::filesystem::path file, const Limits& limits,
                           uint64_t max_item_bytes)
    : part_(std::move(part)),
      file_(std::move(file)),
      limits_(limits),
      max_item_bytes_(max_item_bytes) {}

void StringStream::Read(const ChunkSource& source,
                        const std::function<void(const StringBatch&)>& on_batch,
                        StringsRoot* root) const {
  if (root != nullptr) *root = {};
  Pass(part_, file_, limits_, max_item_bytes_, &on_batch, nullptr, root, nullptr).Run(source);
}

void StringStream::Write(const ChunkSource& source, const BatchRewriter& rewrite,
                         const ChunkConsumer& out) const {
  Pass(part_, file_, limits_, max_item_bytes_, nullptr, &rewrite, nullptr, &out).Run(source);
}

}  // namespace deskbench::ooxml
