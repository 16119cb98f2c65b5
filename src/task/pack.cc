#include "task/pack.h"

#include <nlohmann/json.hpp>
#include <set>

#include "core/atomic_file.h"
#include "core/error.h"
#include "formats/ooxml/zip_writer.h"
#include "scrub/decisions.h"
#include "task/bundle.h"
#include "task/scrub_record.h"

namespace deskbench::task {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// Zip entry times are fixed so that the same scrubbed bundle always packs to the same bytes.
constexpr uint32_t kEntryTime = 315532800;  // 1980-01-01, the earliest a zip can say
constexpr size_t kShownPending = 10;

json ReadJson(const fs::path& file) {
  try {
    return json::parse(ReadFile(file, 1ull << 30));
  } catch (const json::exception& e) {
    throw UsageError(file.string() + ": unreadable (" + e.what() +
                     "): run deskbench task scrub again");
  } catch (const FileError& e) {
    throw UsageError(std::string(e.what()) + ": run deskbench task scrub again");
  }
}

// Differences between what the last scrub saw and what is there now, one message each.
void CompareTrees(const std::map<std::string, std::string>& then,
                  const std::map<std::string, std::string>& now, const std::string& where,
                  const std::string& fix, std::vector<std::string>& problems) {
  for (const auto& [rel, hash] : now) {
    auto it = then.find(rel);
    if (it == then.end()) {
      problems.push_back(where + rel + " was added after the last scrub: " + fix);
    } else if (it->second != hash) {
      problems.push_back(where + rel + " changed after the last scrub: " + fix);
    }
  }
  for (const auto& [rel, hash] : then) {
    if (!now.count(rel)) {
      problems.push_back(where + rel + " was removed after the last scrub: " + fix);
    }
  }
}

std::string Quoted(const json& finding) {
  return finding.value("type", "?") + " \"" + finding.value("text", "") + "\"";
}

}  // namespace

PackResult PackBundle(const fs::path& dir, const PackOptions& o) {
  PackResult result;
  auto& problems = result.problems;
  const std::string rescrub = "run deskbench task scrub " + dir.string() + " again";

  Bundle bundle = LoadBundle(dir);
  result.checks = CheckBundle(bundle, o.checks);
  for (const auto& c : result.checks) {
    if (!c.passed) problems.push_back("check " + c.id + ": " + c.message);
  }

  fs::path scrubbed = ScrubbedDir(dir), report_dir = ReportDir(dir);
  std::optional<ScrubRecord> record = LoadScrubRecord(report_dir);
  if (!record || !fs::is_directory(scrubbed)) {
    problems.push_back(dir.string() + " has not been scrubbed yet: run deskbench task scrub " +
                       dir.string() + ", review what it found, then pack");
    return result;
  }
  CompareTrees(record->inputs, HashInputs(bundle), "", rescrub, problems);
  if (HashIfPresent(DecisionsFile(dir)) != record->decisions_sha256) {
    problems.push_back("the decisions (" + DecisionsFile(dir).string() +
                       ") changed after the last scrub: " + rescrub + " to apply them");
  }
  if (HashIfPresent(TermsFile(dir)) != record->terms_sha256) {
    problems.push_back("the terms (" + TermsFile(dir).string() +
                       ") changed after the last scrub: " + rescrub + " to apply them");
  }
  std::map<std::string, std::string> outputs = HashTree(scrubbed);
  CompareTrees(record->outputs, outputs, scrubbed.filename().string() + "/",
               "scrubbed files are not edited by hand; " + rescrub, problems);

  // Files the scrub refused are missing from the output: the task would arrive incomplete.
  json report = ReadJson(report_dir / "report.json");
  Decisions decisions;
  uint64_t explicit_count = 0;
  if (fs::exists(DecisionsFile(dir))) {
    decisions = Decisions::Load(DecisionsFile(dir));
    json d = ReadJson(DecisionsFile(dir));
    explicit_count =
        d.value("values", json::array()).size() + d.value("findings", json::array()).size();
  }
  std::vector<std::string> pending;
  uint64_t accepted = 0;
  for (const auto& f : report.at("files")) {
    std::string status = f.value("status", "");
    if (status == "refused" || status == "error" || status == "skipped") {
      problems.push_back(f.value("path", "?") + " was " + status + " by the scrub (" +
                         f.value("reason", "") +
                         "): convert it to a supported format or remove it, then " + rescrub);
    }
    // Findings past the report's per-file cap were never listed, so nobody could decide them:
    // only --accept-suggested (their suggested action was applied) lets such a file go.
    if (f.value("findings_truncated", false) && !o.accept_suggested) {
      problems.push_back(f.value("path", "?") + " has " +
                         std::to_string(f.value("finding_count", uint64_t{0})) +
                         " findings, more than the report lists, so some cannot be reviewed one "
                         "by one: check the scrubbed file and pass --accept-suggested to take the "
                         "suggested action for all");
    }
    for (const auto& x : f.value("findings", json::array())) {
      if (x.value("score", 1.0) >= o.review_threshold) continue;
      auto type = ParseEntity(x.value("type", ""));
      std::string text = x.value("text", "");
      uint64_t start = x["start"].is_number_unsigned() ? x["start"].get<uint64_t>() : kNoOrigin;
      bool decided =
          type && (decisions.ForValue(*type, text) ||
                   decisions.ForFinding(f.value("path", ""), start, x.value("location", ""), text));
      if (decided) continue;
      if (o.accept_suggested) {
        ++accepted;
      } else {
        pending.push_back(Quoted(x) + " in " + f.value("path", "?") + " (" +
                          x.value("location", "") + ")");
      }
    }
  }
  if (!pending.empty()) {
    std::string list;
    for (size_t i = 0; i < pending.size() && i < kShownPending; ++i) list += "\n    " + pending[i];
    if (pending.size() > kShownPending) {
      list += "\n    ... and " + std::to_string(pending.size() - kShownPending) + " more";
    }
    char threshold[16];
    std::snprintf(threshold, sizeof threshold, "%.2f", o.review_threshold);
    problems.push_back(std::to_string(pending.size()) + " finding(s) scored below " + threshold +
                       " wait for a decision: open deskbench task review " + dir.string() +
                       " (or edit " + DecisionsFile(dir).string() +
                       "), or pass --accept-suggested to take the suggested action for all" + list);
  }

  Bundle out_bundle = LoadBundle(scrubbed);
  std::vector<CheckResult> out_checks = CheckBundle(out_bundle, o.checks);
  for (const auto& c : out_checks) {
    if (!c.passed) problems.push_back("check " + c.id + " (scrubbed bundle): " + c.message);
  }
  if (!problems.empty()) return result;

  Manifest& m = result.manifest;
  m.task = out_bundle.meta;
  Certificate& cert = m.certificate;
  cert.deskbench_version = record->deskbench_version;
  cert.policy_hash = record->policy_hash;
  cert.scrubbed_at = record->scrubbed_at;
  cert.entity_counts = report.at("summary").at("counts").get<std::map<std::string, uint64_t>>();
  cert.decisions_explicit = explicit_count;
  cert.suggestions_accepted = accepted;
  for (const auto& c : out_checks) cert.checks_passed.push_back(c.id);
  std::set<std::pair<std::string, std::string>> seen;
  for (const auto& v : ReadJson(report_dir / "decisions.json").value("values", json::array())) {
    std::string action = v.value("action", "");
    ++cert.decision_counts[action];
    bool kept = action == "keep";
    std::string text = kept ? v.value("text", "") : v.value("replacement", "");
    if (text.empty() || !seen.emplace(v.value("type", ""), text).second) continue;
    cert.accepted_values.push_back({v.value("type", ""), text, kept ? "kept" : "replacement"});
  }
  for (const auto& a : record->allow) {
    if (seen.emplace("ALLOWED", a).second)
      cert.accepted_values.push_back({"ALLOWED", a, "allowed"});
  }

  ooxml::ZipWriter zip;
  for (const auto& [rel, hash] : outputs) {
    std::string content = ReadFile(scrubbed / rel, o.checks.max_file_bytes);
    m.files.push_back({rel, content.size(), hash});
    zip.Add(rel, std::move(content), kEntryTime);
  }
  zip.Add(kManifestName, ManifestJson(m), kEntryTime);
  result.path = o.out.empty() ? fs::path(m.task.id + ".deskbench.zip") : o.out;
  WriteFileAtomic(result.path, zip.Finish());
  return result;
}

}  // namespace deskbench::task
