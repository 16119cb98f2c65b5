#include "formats/ooxml/xlsx_string_hints.h"

namespace deskbench::ooxml {

void StringHints::Set(size_t index, const std::string& hint) {
  if (index >= of_.size() || hint.empty()) return;
  auto [it, added] = numbers_.try_emplace(hint, static_cast<uint32_t>(table_.size() + 1));
  if (added) table_.push_back(hint);
  of_[index] = it->second;
}

std::string_view StringHints::Of(size_t index) const {
  if (!Has(index)) return "cell";
  return table_[of_[index] - 1];
}

uint64_t StringHints::HeldBytes() const {
  uint64_t total = of_.capacity() * sizeof(uint32_t);
  for (const std::string& h : table_) total += 2 * (h.size() + 64);  // table and map
  return total;
}

}  // namespace deskbench::ooxml
