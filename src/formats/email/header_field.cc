#include "formats/email/header_field.h"

namespace deskbench::email {
namespace {

bool IsBlank(char c) {
  return c == ' ' || c == '\t';
}

}  // namespace

HeaderField::HeaderField(std::string_view file, int64_t offset, std::string_view name) {
  if (offset < 0 || name.empty() || static_cast<uint64_t>(offset) >= file.size()) return;
  size_t i = static_cast<size_t>(offset);
  if (file.substr(i, name.size()) != name) return;
  i += name.size();
  while (i < file.size() && IsBlank(file[i])) ++i;  // "Subject :" is read by GMime too
  if (i >= file.size() || file[i] != ':') return;
  ++i;
  // The value runs to the first line break not followed by a blank (RFC 5322 2.2.3).
  while (i < file.size()) {
    char c = file[i];
    size_t line_break = i;
    size_t after = i;
    if (c == '\r' && i + 1 < file.size() && file[i + 1] == '\n') {
      after = i + 2;
    } else if (c == '\n') {
      after = i + 1;
    }
    if (after == i) {
      unfolded_.push_back(c);
      offsets_.push_back(i);
      ++i;
      continue;
    }
    if (after >= file.size() || !IsBlank(file[after])) break;  // the field ends here
    unfolded_.push_back(file[after]);
    offsets_.push_back(line_break);
    i = after + 1;
  }
  offsets_.push_back(i);
  found_ = true;
  // Encoded words: "=?" charset "?" encoding "?" text "?=" (RFC 2047). Blanks inside are let
  // through, as lenient decoders (GMime's too) read such words.
  for (size_t at = unfolded_.find("=?"); at != std::string::npos; at = unfolded_.find("=?", at)) {
    size_t end = at + 2;
    int marks = 0;
    while (end < unfolded_.size() && marks < 3) {
      if (unfolded_[end] == '?') ++marks;
      ++end;
    }
    if (marks == 3 && end < unfolded_.size() && unfolded_[end] == '=') {
      encoded_.emplace_back(at, end + 1);
      at = end + 1;
    } else {
      at += 2;
    }
  }
}

Placement HeaderField::At(size_t at, size_t size) const {
  Placement p;
  bool contiguous = true;
  for (size_t k = 0; k <= size && contiguous; ++k)
    contiguous = offsets_[at + k] == offsets_[at] + k;
  if (contiguous) {
    p.origin = offsets_[at];
  } else {
    p.origins.assign(offsets_.begin() + static_cast<std::ptrdiff_t>(at),
                     offsets_.begin() + static_cast<std::ptrdiff_t>(at + size + 1));
  }
  return p;
}

Placement HeaderField::Value(std::string_view text) const {
  if (!found_ || text.empty()) return {};
  size_t start = 0;
  while (start < unfolded_.size() && IsBlank(unfolded_[start])) ++start;
  if (start + text.size() > unfolded_.size() || unfolded_.compare(start, text.size(), text) != 0) {
    return {};
  }
  return At(start, text.size());
}

Placement HeaderField::Find(std::string_view text, size_t* cursor) const {
  if (!found_ || text.empty() || *cursor > unfolded_.size()) return {};
  for (size_t at = unfolded_.find(text, *cursor); at != std::string::npos;
       at = unfolded_.find(text, at + 1)) {
    bool in_encoded_word = false;
    for (const auto& [begin, end] : encoded_) {
      in_encoded_word = in_encoded_word || (at < end && begin < at + text.size());
    }
    if (in_encoded_word) continue;
    *cursor = at + text.size();
    return At(at, text.size());
  }
  return {};
}

}  // namespace deskbench::email
