#pragma once
// CSV and TSV: every non-empty cell is a segment, hinted with its column header. Read record by
// record, so memory stays bounded by the largest record rather than the file.

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/limits.h"
#include "formats/csv/csv_parser.h"
#include "formats/document.h"
#include "formats/source.h"

namespace deskbench::csv {

class CsvDocument : public Document {
 public:
  // delimiter 0 sniffs it from the first lines (fallback ','). Throws Refusal for UTF-16 data,
  // files over limits.max_stream_bytes and malformed quoting (naming the row).
  CsvDocument(ByteSource source, const Limits& limits, char delimiter = 0);
  static std::unique_ptr<CsvDocument> Open(const std::filesystem::path& path, const Limits& limits,
                                           char delimiter = 0) {
    return std::make_unique<CsvDocument>(ByteSource::FromFile(path), limits, delimiter);
  }
  static std::unique_ptr<CsvDocument> FromBytes(std::string bytes, const Limits& limits,
                                                char delimiter = 0) {
    return std::make_unique<CsvDocument>(ByteSource::FromBytes(std::move(bytes)), limits,
                                         delimiter);
  }

  void Scan(const SegmentVisitor& visit) override;
  void Write(const SegmentEditor& edits, Sink& out) override;

  char delimiter() const { return delimiter_; }
  uint64_t rows() const { return rows_; }
  std::vector<Note> Notes() const override { return notes_; }

 private:
  // fn(record, data, base): data holds the record's bytes at the offsets in record; base is the
  // file offset of data[0]; row counts from 1.
  using RecordVisitor =
      std::function<void(const Record&, std::string_view data, uint64_t base, uint64_t row)>;
  void ForEachRecord(const RecordVisitor& fn);
  // Calls fn for every non-empty cell of the record as a segment.
  void ForEachCell(const Record& record, std::string_view data, uint64_t base, uint64_t row,
                   const std::function<void(size_t field, const Segment&)>& fn);

  ByteSource source_;
  Limits limits_;
  char delimiter_ = ',';
  size_t bom_size_ = 0;
  bool latin1_ = false;  // not valid UTF-8: cells are decoded from and written as Latin-1
  std::vector<Note> notes_;
  uint64_t rows_ = 0;
  std::vector<std::string> headers_;
  // For each column, the column that says what kind of value it holds ("tax_id" ->
  // "tax_id_type"), or -1. That cell's value joins the hint: "tax_id MEDICARE".
  std::vector<int> kind_column_;
};

}  // namespace deskbench::csv
