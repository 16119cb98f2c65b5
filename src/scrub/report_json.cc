#include <cmath>
#include <map>
#include <nlohmann/json.hpp>

#include "scrub/report_writers.h"

namespace deskbench {
using nlohmann::json;
using nlohmann::ordered_json;

namespace {

ordered_json Counts(const std::array<uint64_t, kEntityCount>& per_type) {
  ordered_json c = ordered_json::object();
  for (size_t t = 0; t < kEntityCount; ++t) {
    if (per_type[t] > 0) c[std::string(EntityName(static_cast<Entity>(t)))] = per_type[t];
  }
  return c;
}

ordered_json Offset(uint64_t v) {
  return v == kNoOrigin ? ordered_json(nullptr) : ordered_json(v);
}

std::string Dump(const ordered_json& j, int indent) {
  return j.dump(indent, ' ', false, json::error_handler_t::replace);
}

}  // namespace

// Written piece by piece (one finding at a time) rather than as one JSON tree: a tree of a
// hundred thousand findings takes hundreds of megabytes. Each finding is one line.
std::string ReportJson(const RunReport& r) {
  ordered_json head = {{"deskbench", r.version},
                       {"command", r.command},
                       {"started", r.started},
                       {"policy_hash", r.policy_hash},
                       {"output", r.output},
                       {"summary",
                        {{"files", r.files.size()},
                         {"scrubbed", r.Count(FileStatus::kScrubbed)},
                         {"clean", r.Count(FileStatus::kClean)},
                         {"refused", r.Count(FileStatus::kRefused)},
                         {"errors", r.Count(FileStatus::kError)},
                         {"skipped", r.Count(FileStatus::kSkipped)},
                         {"findings", r.findings},
                         {"bytes", r.bytes},
                         {"seconds", r.seconds},
                         {"counts", Counts(r.per_type)}}}};
  std::string out = Dump(head, 2);
  out.pop_back();  // the closing brace: files follow
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  out += ",\n  \"files\": [";
  bool first_file = true;
  for (const auto& f : r.files) {
    ordered_json notes = ordered_json::array();
    for (const auto& n : f.notes) notes.push_back({{"part", n.part}, {"action", n.action}});
    ordered_json jf = {{"path", f.path},
                       {"source", f.source},
                       {"format", f.format},
                       {"status", FileStatusName(f.status)},
                       {"reason", f.reason},
                       {"bytes", f.bytes_in},
                       {"finding_count", f.finding_count},
                       {"findings_truncated", f.finding_count > f.findings.size()},
                       {"counts", Counts(f.per_type)},
                       {"notes", notes}};
    if (!f.sha256_out.empty()) jf["sha256"] = f.sha256_out;
    std::string file_json = Dump(jf, -1);
    file_json.pop_back();
    out += first_file ? "\n    " : ",\n    ";
    first_file = false;
    out += file_json;
    out += ",\"findings\":[";
    bool first = true;
    for (const auto& x : f.findings) {
      ordered_json j = {{"type", EntityName(x.type)},
                        {"text", x.text},
                        {"action", OperatorName(x.action)},
                        {"score", std::round(static_cast<double>(x.score) * 1000) / 1000},
                        {"recognizer", x.recognizer},
                        {"location", x.location},
                        {"start", Offset(x.start)},
                        {"end", Offset(x.end)},
                        {"line", x.line},
                        {"column", x.column},
                        {"before", x.before},
                        {"after", x.after},
                        {"value_id", x.value_id},
                        {"identity", x.identity.empty() ? x.value_id : x.identity},
                        {"segment", Offset(x.segment)},
                        {"segment_begin", x.segment_begin},
                        {"segment_end", x.segment_end}};
      // A scan computes no replacements (nothing is written); a scrub reports each one.
      if (r.command != "scan") j["replacement"] = x.replacement;
      out += first ? "\n      " : ",\n      ";
      first = false;
      out += Dump(j, -1);
    }
    out += first ? "]}" : "\n    ]}";
  }
  out += "\n  ]\n}\n";
  return out;
}

std::string FindingJsonLine(const FileReport& file, const ReportedFinding& x) {
  ordered_json j = {{"file", file.source},
                    {"start", Offset(x.start)},
                    {"end", Offset(x.end)},
                    {"type", EntityName(x.type)},
                    {"text", x.text},
                    {"score", std::round(static_cast<double>(x.score) * 1000) / 1000},
                    {"recognizer", x.recognizer}};
  return Dump(j, -1);
}

}  // namespace deskbench
