#include <cmath>
#include <map>
#include <nlohmann/json.hpp>

#include "scrub/json_text.h"
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

std::string Dump(const ordered_json& j, int indent) {
  return j.dump(indent, ' ', false, json::error_handler_t::replace);
}

void AppendCounts(std::string& out, const std::array<uint64_t, kEntityCount>& per_type) {
  out.push_back('{');
  bool first = true;
  for (size_t t = 0; t < kEntityCount; ++t) {
    if (per_type[t] == 0) continue;
    json_text::AppendKey(out, EntityName(static_cast<Entity>(t)), first);
    json_text::AppendUnsigned(out, per_type[t]);
  }
  out.push_back('}');
}

void AppendOffset(std::string& out, uint64_t v) {
  if (v == kNoOrigin) {
    out += "null";
  } else {
    json_text::AppendUnsigned(out, v);
  }
}

// The file's fields up to (not including) its findings, without the closing brace.
void AppendFileHead(std::string& out, const FileReport& f) {
  using namespace json_text;
  bool first = true;
  AppendKey(out.append("{"), "path", first);
  AppendString(out, f.path);
  AppendKey(out, "source", first);
  AppendString(out, f.source);
  AppendKey(out, "format", first);
  AppendString(out, f.format);
  AppendKey(out, "status", first);
  AppendString(out, FileStatusName(f.status));
  AppendKey(out, "reason", first);
  AppendString(out, f.reason);
  AppendKey(out, "bytes", first);
  AppendUnsigned(out, f.bytes_in);
  AppendKey(out, "finding_count", first);
  AppendUnsigned(out, f.finding_count);
  AppendKey(out, "findings_truncated", first);
  out += f.finding_count > f.findings.size() ? "true" : "false";
  AppendKey(out, "counts", first);
  AppendCounts(out, f.per_type);
  AppendKey(out, "notes", first);
  out.push_back('[');
  for (size_t i = 0; i < f.notes.size(); ++i) {
    if (i > 0) out.push_back(',');
    bool first_note = true;
    AppendKey(out.append("{"), "part", first_note);
    AppendString(out, f.notes[i].part);
    AppendKey(out, "action", first_note);
    AppendString(out, f.notes[i].action);
    out.push_back('}');
  }
  out.push_back(']');
  if (!f.sha256_out.empty()) {
    AppendKey(out, "sha256", first);
    AppendString(out, f.sha256_out);
  }
}

void AppendFinding(std::string& out, const ReportedFinding& x, bool with_replacement) {
  using namespace json_text;
  // Keys as literals with their commas: the keys of every finding (about twenty) were most of
  // writing it as AppendKey checked and appended them piece by piece.
  out.append(R"({"type":)");
  AppendString(out, EntityName(x.type));
  out.append(R"(,"text":)");
  AppendString(out, x.text);
  out.append(R"(,"action":)");
  AppendString(out, OperatorName(x.action));
  out.append(R"(,"score":)");
  AppendDouble(out, std::round(static_cast<double>(x.score) * 1000) / 1000);
  out.append(R"(,"recognizer":)");
  AppendString(out, x.recognizer);
  out.append(R"(,"location":)");
  AppendString(out, x.location);
  out.append(R"(,"start":)");
  AppendOffset(out, x.start);
  out.append(R"(,"end":)");
  AppendOffset(out, x.end);
  out.append(R"(,"line":)");
  AppendUnsigned(out, x.line);
  out.append(R"(,"column":)");
  AppendUnsigned(out, x.column);
  out.append(R"(,"before":)");
  AppendString(out, x.before);
  out.append(R"(,"after":)");
  AppendString(out, x.after);
  out.append(R"(,"value_id":)");
  AppendString(out, x.value_id);
  out.append(R"(,"identity":)");
  AppendString(out, x.identity.empty() ? x.value_id : x.identity);
  out.append(R"(,"segment":)");
  AppendOffset(out, x.segment);
  out.append(R"(,"segment_begin":)");
  AppendUnsigned(out, x.segment_begin);
  out.append(R"(,"segment_end":)");
  AppendUnsigned(out, x.segment_end);
  if (with_replacement) {
    out.append(R"(,"replacement":)");
    AppendString(out, x.replacement);
  }
  out.push_back('}');
}

}  // namespace

// Written piece by piece (one finding at a time) rather than as one JSON tree: a tree of a
// hundred thousand findings takes hundreds of megabytes, and a small tree per finding cost a
// sixth of a scrub of small documents. The bytes are what nlohmann::json's dump writes for the
// same objects (the head is still dumped by it), so readers see no change.
void WriteReportJson(const RunReport& r, Sink& sink) {
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
  // A scan computes no replacements (nothing is written); a scrub reports each one.
  const bool with_replacement = r.command != "scan";
  bool first_file = true;
  for (const auto& f : r.files) {
    out += first_file ? "\n    " : ",\n    ";
    first_file = false;
    AppendFileHead(out, f);
    out += ",\"findings\":[";
    bool first = true;
    for (const auto& x : f.findings) {
      out += first ? "\n      " : ",\n      ";
      first = false;
      AppendFinding(out, x, with_replacement);
      if (out.size() >= (1 << 16)) {
        sink.Write(out);
        out.clear();
      }
    }
    out += first ? "]}" : "\n    ]}";
  }
  out += "\n  ]\n}\n";
  sink.Write(out);
}

std::string ReportJson(const RunReport& r) {
  StringSink sink;
  WriteReportJson(r, sink);
  return sink.Take();
}

// One line a finding of `scan --json`: written by hand as the report is, for the same reason.
std::string FindingJsonLine(const FileReport& file, const ReportedFinding& x) {
  using namespace json_text;
  std::string out = "{";
  bool first = true;
  AppendKey(out, "file", first);
  AppendString(out, file.source);
  AppendKey(out, "start", first);
  AppendOffset(out, x.start);
  AppendKey(out, "end", first);
  AppendOffset(out, x.end);
  AppendKey(out, "type", first);
  AppendString(out, EntityName(x.type));
  AppendKey(out, "text", first);
  AppendString(out, x.text);
  AppendKey(out, "score", first);
  AppendDouble(out, std::round(static_cast<double>(x.score) * 1000) / 1000);
  AppendKey(out, "recognizer", first);
  AppendString(out, x.recognizer);
  out.push_back('}');
  return out;
}

}  // namespace deskbench
