#include "review/preview.h"

#include <algorithm>
#include <map>

#include "formats/registry.h"

namespace deskbench::review {
using nlohmann::json;

json PreviewJson(const FileReport& file, const ByteSource& source, const FormatOptions& options) {
  // Findings by segment, in order; those whose text no longer sits where the report says (a file
  // changed since) are left to the findings list.
  std::map<uint64_t, std::vector<size_t>> by_segment;
  for (size_t i = 0; i < file.findings.size(); ++i) {
    const ReportedFinding& f = file.findings[i];
    if (f.segment != kNoOrigin) by_segment[f.segment].push_back(i);
  }
  json segments = json::array();
  bool truncated = false;
  size_t bytes = 0;
  uint64_t index = 0;
  OpenedDocument opened = OpenSource(source, options);
  opened.document->Scan([&](const Segment& seg) {
    uint64_t i = index++;
    if (truncated) return;
    if (segments.size() >= kMaxPreviewSegments || bytes + seg.text.size() > kMaxPreviewBytes) {
      truncated = true;
      return;
    }
    bytes += seg.text.size();
    json parts = json::array();
    size_t pos = 0;
    auto it = by_segment.find(i);
    if (it != by_segment.end()) {
      std::vector<size_t>& ids = it->second;
      std::sort(ids.begin(), ids.end(), [&](size_t a, size_t b) {
        return file.findings[a].segment_begin < file.findings[b].segment_begin;
      });
      for (size_t id : ids) {
        const ReportedFinding& f = file.findings[id];
        if (f.segment_begin < pos || f.segment_end > seg.text.size() ||
            seg.text.substr(f.segment_begin, f.segment_end - f.segment_begin) != f.text) {
          continue;
        }
        if (f.segment_begin > pos) parts.push_back(seg.text.substr(pos, f.segment_begin - pos));
        parts.push_back({{"finding", id}});
        pos = f.segment_end;
      }
    }
    if (pos < seg.text.size()) parts.push_back(seg.text.substr(pos));
    segments.push_back({{"location", seg.location}, {"parts", std::move(parts)}});
  });
  return {{"segments", std::move(segments)}, {"truncated", truncated}};
}

}  // namespace deskbench::review
