#include "common/scan.h"

#include <algorithm>

namespace bench {

size_t ScanChunked(deskbench::Engine::Scanner& scanner, std::string_view text, size_t chunk_bytes,
                   std::vector<Span>* out) {
  size_t found = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = std::min(text.size(), pos + std::max<size_t>(chunk_bytes, 1));
    if (end < text.size()) {
      size_t nl = text.rfind('\n', end - 1);
      if (nl != std::string_view::npos && nl >= pos) end = nl + 1;
    }
    const auto& findings = scanner.Scan(text.substr(pos, end - pos));
    found += findings.size();
    if (out != nullptr) {
      for (const deskbench::Finding& f : findings) {
        out->push_back({pos + f.begin, pos + f.end, std::string(deskbench::EntityName(f.type))});
      }
    }
    pos = end;
  }
  return found;
}

}  // namespace bench
