#include "scrub/line_index.h"

#include <algorithm>
#include <cstdio>

namespace deskbench {

void AddLineNumbers(const std::filesystem::path& file, std::vector<ReportedFinding>& findings) {
  std::vector<ReportedFinding*> order;
  for (auto& f : findings) {
    if (f.start != kNoOrigin) order.push_back(&f);
  }
  if (order.empty()) return;
  std::sort(order.begin(), order.end(),
            [](const ReportedFinding* a, const ReportedFinding* b) { return a->start < b->start; });
  std::FILE* in = std::fopen(file.c_str(), "rb");
  if (in == nullptr) return;
  char buf[1 << 16];
  uint64_t offset = 0, line = 1, line_start = 0;
  size_t next = 0;
  size_t n;
  while (next < order.size() && (n = std::fread(buf, 1, sizeof buf, in)) > 0) {
    for (size_t i = 0; i < n; ++i) {
      while (next < order.size() && order[next]->start == offset + i) {
        ReportedFinding& f = *order[next];
        f.line = line;
        f.column = offset + i - line_start + 1;
        // Text adapters name the line a chunk starts on; the finding's own line is more useful.
        if (f.location.starts_with("line ")) f.location = "line " + std::to_string(line);
        ++next;
      }
      if (buf[i] == '\n') {
        ++line;
        line_start = offset + i + 1;
      }
    }
    offset += n;
  }
  std::fclose(in);
}

}  // namespace deskbench
