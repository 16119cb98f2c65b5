#pragma once
// The hint of each shared string: the header of the first column it is found in below the header
// row (xlsx_document.cc). Kept as a small number per string into a table of the distinct headers,
// not a string per string: a workbook of two million strings has a few dozen headers, and its
// strings' hints cost 8 MB this way instead of some 64 MB.

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace deskbench::ooxml {

class StringHints {
 public:
  StringHints() = default;
  explicit StringHints(size_t count) : of_(count, 0) {}

  size_t size() const { return of_.size(); }
  bool Has(size_t index) const { return index < of_.size() && of_[index] != 0; }
  void Set(size_t index, const std::string& hint);
  // The hint of string index, "cell" when it has none.
  std::string_view Of(size_t index) const;
  // Memory held, estimated.
  uint64_t HeldBytes() const;

 private:
  std::vector<uint32_t> of_;                 // 0: none; else 1 + index into table_
  std::vector<std::string> table_;           // distinct hints
  std::map<std::string, uint32_t> numbers_;  // hint -> 1 + its index in table_
};

}  // namespace deskbench::ooxml
