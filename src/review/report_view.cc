#include "review/report_view.h"

#include <filesystem>
#include <map>

#include "core/ascii.h"

namespace deskbench::review {
using nlohmann::json;

std::string PreviewKind(const FileReport& file) {
  if (file.status != FileStatus::kScrubbed && file.status != FileStatus::kClean) return "none";
  std::string ext = ascii::Lower(std::filesystem::path(file.path).extension().string());
  if (ext == ".pdf") return "pdf";
  if (ext == ".png" || ext == ".jpg" || ext == ".jpeg" || ext == ".gif" || ext == ".webp") {
    return "image";
  }
  const std::string& f = file.format;
  if (f == "docx" || f == "xlsx" || f == "pptx" || f == "odt" || f == "ods" || f == "odp" ||
      f == "doc" || f == "xls" || f == "ppt") {
    return "office";
  }
  if (f == "markdown" || f == "csv" || f == "code" || f == "json" || f == "jsonl" || f == "html") {
    return f == "jsonl" ? "json" : f;
  }
  return "text";
}

FindingRef RefOf(const FileReport& file, const ReportedFinding& x) {
  FindingRef r;
  r.file = file.path;
  r.start = x.start;
  if (x.start == kNoOrigin) {
    r.location = x.location;
    r.text = x.text;
  }
  return r;
}

Operator DecidedAction(const ReviewState& state, const FileReport& file, const ReportedFinding& x) {
  if (auto op = state.FindingAction(RefOf(file, x))) return *op;
  if (auto op = state.ValueAction(x.type, x.text)) return *op;
  return x.action;
}

bool NeedsDecision(const ReviewState& state, const FileReport& file, const ReportedFinding& x) {
  return x.score < kReviewThreshold && !state.FindingAction(RefOf(file, x)) &&
         !state.ValueAction(x.type, x.text);
}

json ReportView(const RunReport& r, const ReviewState& state) {
  size_t waiting = 0;
  std::map<std::string, bool> value_waits;
  auto offset = [](uint64_t v) { return v == kNoOrigin ? json(nullptr) : json(v); };
  json files = json::array();
  for (size_t i = 0; i < r.files.size(); ++i) {
    const FileReport& f = r.files[i];
    json findings = json::array();
    for (size_t j = 0; j < f.findings.size(); ++j) {
      const ReportedFinding& x = f.findings[j];
      Operator decided = DecidedAction(state, f, x);
      bool needs = NeedsDecision(state, f, x);
      waiting += needs;
      if (needs) value_waits[x.value_id] = true;
      findings.push_back({{"index", j},
                          {"type", EntityName(x.type)},
                          {"text", x.text},
                          {"replacement", x.replacement},
                          {"action", OperatorName(x.action)},
                          {"decided", OperatorName(decided)},
                          {"own_decision", state.FindingAction(RefOf(f, x)).has_value()},
                          {"needs_decision", needs},
                          {"score", x.score},
                          {"location", x.location},
                          {"line", x.line},
                          {"start", offset(x.start)},
                          {"before", x.before},
                          {"after", x.after},
                          {"value_id", x.value_id},
                          {"identity", x.identity.empty() ? x.value_id : x.identity}});
    }
    json notes = json::array();
    for (const auto& n : f.notes) notes.push_back({{"part", n.part}, {"action", n.action}});
    files.push_back({{"index", i},
                     {"path", f.path},
                     {"format", f.format},
                     {"status", FileStatusName(f.status)},
                     {"reason", f.reason},
                     {"kind", PreviewKind(f)},
                     {"finding_count", f.finding_count},
                     {"findings_truncated", f.finding_count > f.findings.size()},
                     {"notes", notes},
                     {"findings", findings}});
  }
  json values = json::array();
  r.values.ForEach([&](const std::string& id, const ValueSummary& v) {
    auto decided = state.ValueAction(v.type, v.text).value_or(v.action);
    values.push_back({{"id", id},
                      {"type", EntityName(v.type)},
                      {"text", v.text},
                      {"replacement", v.replacement},
                      {"action", OperatorName(v.action)},
                      {"decided", OperatorName(decided)},
                      {"count", v.count},
                      {"needs_decision", value_waits.count(id) > 0},
                      {"identity", v.identity.empty() ? id : v.identity}});
  });
  return {{"started", r.started},
          {"findings", r.findings},
          {"waiting", waiting},
          {"files", files},
          {"values", values},
          {"terms", {{"deny", state.terms().deny}, {"allow", state.terms().allow}}}};
}

}  // namespace deskbench::review
