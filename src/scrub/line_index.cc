#include "scrub/line_index.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

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
  // Newlines are found with memchr between one finding and the next, not byte by byte: most of a
  // file holds no finding, and the byte loop was a few percent of a scan of plain text.
  auto count_lines = [&](size_t from, size_t to) {
    const char* p = buf + from;
    const char* end = buf + to;
    while ((p = static_cast<const char*>(std::memchr(p, '\n', end - p))) != nullptr) {
      ++line;
      line_start = offset + (p - buf) + 1;
      if (++p == end) break;
    }
  };
  while (next < order.size() && (n = std::fread(buf, 1, sizeof buf, in)) > 0) {
    size_t pos = 0;
    while (next < order.size() && order[next]->start < offset + n) {
      const size_t target = order[next]->start - offset;
      count_lines(pos, target);
      pos = target;
      ReportedFinding& f = *order[next];
      f.line = line;
      f.column = order[next]->start - line_start + 1;
      // Text adapters name the line a chunk starts on; the finding's own line is more useful.
      if (f.location.starts_with("line ")) f.location = "line " + std::to_string(line);
      ++next;
    }
    count_lines(pos, n);
    offset += n;
  }
  std::fclose(in);
}

}  // namespace deskbench
