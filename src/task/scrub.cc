#include "task/scrub.h"

#include <sys/stat.h>

#include "core/atomic_file.h"
#include "core/error.h"
#include "core/hash.h"
#include "scrub/pipeline.h"
#include "scrub/report_writers.h"
#include "task/bundle.h"
#include "task/scrub_record.h"
#include "task/terms.h"

namespace deskbench::task {
namespace fs = std::filesystem;

namespace {

std::string RandomSuffix() {
  std::string k = RandomKey();
  return ToHex(reinterpret_cast<const uint8_t*>(k.data()), 6);
}

// A folder that is removed when the scope ends unless it was kept.
class TempDir {
 public:
  explicit TempDir(fs::path path) : path_(std::move(path)) {
    fs::create_directories(path_);
    ::chmod(path_.c_str(), 0700);
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty()) fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return path_; }
  void Release() { path_.clear(); }

 private:
  fs::path path_;
};

// The bundle's pseudonym key: made on the first scrub, reused by every later one so the same
// person keeps the same pseudonym across re-scrubs.
std::string BundleKey(const fs::path& dir) {
  fs::path file = KeyFile(dir);
  std::error_code ec;
  if (fs::exists(file, ec)) {
    std::string hex;
    for (char c : ReadFile(file, 4096)) {
      if (!std::isspace(static_cast<unsigned char>(c))) hex.push_back(c);
    }
    if (hex.size() < 32 || hex.size() % 2 != 0 ||
        hex.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos) {
      throw UsageError(file.string() +
                       ": not a pseudonym key (hexadecimal): restore it or delete it to start "
                       "over with new pseudonyms");
    }
    std::string key;
    for (size_t i = 0; i < hex.size(); i += 2) {
      key.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
    }
    return key;
  }
  fs::create_directories(StateDir(dir));
  ::chmod(StateDir(dir).c_str(), 0700);
  std::string key = RandomKey();
  WriteFileAtomic(file, ToHex(reinterpret_cast<const uint8_t*>(key.data()), key.size()) + "\n");
  ::chmod(file.c_str(), 0600);
  return key;
}

// Puts `fresh` where `target` is, replacing a previous one whole: at no moment is there a
// half-written target.
void Swap(const fs::path& fresh, const fs::path& target) {
  std::error_code ec;
  fs::path old;
  if (fs::exists(fs::symlink_status(target, ec))) {
    old = target.parent_path() / ("." + target.filename().string() + ".old-" + RandomSuffix());
    fs::rename(target, old);
  }
  fs::rename(fresh, target);
  if (!old.empty()) fs::remove_all(old, ec);
}

}  // namespace

RunReport ScrubBundle(const fs::path& dir, const TaskScrubOptions& options) {
  Bundle bundle = LoadBundle(dir);
  fs::path out = ScrubbedDir(dir), report_dir = ReportDir(dir);

  RunOptions o;
  o.config = options.config;
  Terms terms = LoadTerms(dir);
  o.config.policy.deny.insert(o.config.policy.deny.end(), terms.deny.begin(), terms.deny.end());
  o.config.policy.allow.insert(o.config.policy.allow.end(), terms.allow.begin(), terms.allow.end());
  o.jobs = options.jobs;
  o.write = true;
  o.key = BundleKey(dir);
  if (fs::exists(DecisionsFile(dir))) o.decisions = Decisions::Load(DecisionsFile(dir));
  o.on_progress = options.on_progress;

  ScrubRecord record;
  record.inputs = HashInputs(bundle);
  record.decisions_sha256 = HashIfPresent(DecisionsFile(dir));
  record.terms_sha256 = HashIfPresent(TermsFile(dir));

  std::string suffix = RandomSuffix();
  TempDir staged_out(out.parent_path() / ("." + out.filename().string() + ".tmp-" + suffix));
  TempDir staged_report(report_dir.parent_path() /
                        ("." + report_dir.filename().string() + ".tmp-" + suffix));
  // task.toml is scanned as the text of its free-text fields, then written whole again.
  TempDir view_dir(fs::temp_directory_path() / ("deskbench-task-" + suffix));
  fs::path view = view_dir.path() / "task-fields.txt";
  WriteFileAtomic(view, MetadataTextView(bundle.meta));

  Plan plan;
  for (const auto& f : bundle.Files()) {
    plan.files.push_back({f.rel == "task.toml" ? view : f.path, f.rel});
  }
  for (const auto& s : bundle.strays) {
    plan.skipped.push_back({s.rel, s.reason});
  }
  o.out = staged_out.path();
  RunReport report = Run(plan, o);

  for (auto& f : report.files) {
    if (f.path == "task.toml") f.source = (dir / "task.toml").string();
  }
  fs::path toml = staged_out.path() / "task.toml";
  if (fs::exists(toml)) {
    Metadata scrubbed = ApplyTextView(bundle.meta, ReadFile(toml, 1 << 20));
    WriteFileAtomic(toml, MetadataToml(scrubbed));
  }
  report.output = out.string();

  record.deskbench_version = report.version;
  record.scrubbed_at = report.started;
  record.policy_hash = report.policy_hash;
  record.outputs = HashTree(staged_out.path());
  record.allow = o.config.policy.allow;
  WriteFileAtomic(staged_report.path() / "report.json", ReportJson(report));
  {
    AtomicFile html(staged_report.path() / "report.html");
    WriteReportHtml(report, html);
    html.Commit();
  }
  WriteDecisions(staged_report.path() / "decisions.json", report);
  WriteFileAtomic(staged_report.path() / "scrub-record.json", ScrubRecordJson(record));

  // The report goes first: a record that exists always describes the output beside it or an
  // older one, which pack then sees as changed.
  Swap(staged_report.path(), report_dir);
  staged_report.Release();
  Swap(staged_out.path(), out);
  staged_out.Release();
  return report;
}

}  // namespace deskbench::task
