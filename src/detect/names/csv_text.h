#pragma once
// Text that is a table: a header line of column names, then rows of delimited cells. Read as plain
// text (a CSV pasted into a note, a file scanned without its adapter), each cell is still best read
// with its column's name as its hint, as the CSV adapter would give it.

#include <cstddef>
#include <string_view>
#include <vector>

#include "detect/names/hint.h"

namespace deskbench::names {

struct CsvCell {
  size_t begin = 0;  // offsets into the text; quotes around the cell excluded
  size_t end = 0;
  size_t column = 0;
};

class CsvText {
 public:
  // Recognises a header line at the start of text whose next line has as many cells. Only tables
  // with at least one column naming people, organisations or places are worth the cell walk.
  static bool Detect(std::string_view text, CsvText& out);

  // The kind of a column (nothing for a column past the header).
  HintKind Column(size_t column) const {
    return column < columns_.size() ? columns_[column] : HintKind{};
  }
  // Where the rows start (just after the header line).
  size_t body() const { return body_; }
  char delimiter() const { return delim_; }

  // Calls f(cell) for every cell of the rows (quote-aware: delimiters and line breaks inside
  // quotes belong to the cell).
  template <class F>
  void ForEachCell(std::string_view text, F&& f) const {
    size_t i = body_, column = 0;
    const size_t n = text.size();
    while (i < n) {
      size_t begin = i, end;
      if (text[i] == '"') {
        size_t j = i + 1;
        while (j < n) {
          if (text[j] == '"') {
            if (j + 1 < n && text[j + 1] == '"') {
              j += 2;
              continue;
            }
            break;
          }
          ++j;
        }
        begin = i + 1;
        end = j < n ? j : n;
        i = j < n ? j + 1 : n;
        while (i < n && text[i] != delim_ && text[i] != '\n') ++i;  // stray bytes after a quote
      } else {
        while (i < n && text[i] != delim_ && text[i] != '\n') ++i;
        end = i;
        if (end > begin && text[end - 1] == '\r') --end;
      }
      if (end > begin) f(CsvCell{begin, end, column});
      if (i >= n) break;
      column = text[i] == '\n' ? 0 : column + 1;
      ++i;
    }
  }

 private:
  std::vector<HintKind> columns_;
  size_t body_ = 0;
  char delim_ = ',';
};

}  // namespace deskbench::names
