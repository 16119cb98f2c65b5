#pragma once
// A finding: plain data about one sensitive span of one segment's text.

#include <cstddef>
#include <string_view>

#include "detect/entity.h"

namespace deskbench {

struct Finding {
  Entity type;
  size_t begin = 0;  // byte offsets into the segment's UTF-8 text, [begin, end)
  size_t end = 0;
  float score = 0;              // 0..1
  std::string_view recognizer;  // stable id of what found it; points at static storage
  bool operator==(const Finding&) const = default;
};

}  // namespace deskbench
