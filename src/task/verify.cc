#include "task/verify.h"

#include <sys/stat.h>

#include <map>
#include <mutex>

#include "core/ascii.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "core/hash.h"
#include "formats/ooxml/zip_reader.h"
#include "scrub/pipeline.h"
#include "task/bundle.h"

namespace deskbench::task {
namespace fs = std::filesystem;

namespace {

constexpr size_t kShownLeft = 20;

class ScratchDir {
 public:
  ScratchDir() {
    std::string k = RandomKey();
    path_ = fs::temp_directory_path() /
            ("deskbench-verify-" + ToHex(reinterpret_cast<const uint8_t*>(k.data()), 8));
    fs::create_directories(path_);
    ::chmod(path_.c_str(), 0700);
  }
  ~ScratchDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

// Values the certificate says are in the pack on purpose, by type, lower-cased.
class Accepted {
 public:
  explicit Accepted(const Certificate& c) {
    for (const auto& a : c.accepted_values) values_.push_back(ascii::Lower(a.text));
  }
  // A finding is accounted for when its text is (part of) an accepted value: a surrogate name
  // found again, or its surname alone.
  bool Covers(std::string_view text) const {
    std::string t = ascii::Lower(text);
    for (const auto& v : values_) {
      if (v.find(t) != std::string::npos) return true;
    }
    return false;
  }

 private:
  std::vector<std::string> values_;
};

// Only the bundle's own places: a pack cannot smuggle private state (.deskbench/) or anything
// else past the checks.
bool InLayout(std::string_view path) {
  return path == "task.toml" || path == "request.md" || path == "rubric.md" ||
         path.starts_with("reference/") || path.starts_with("deliverable/");
}

bool SameTask(const Metadata& a, const Metadata& b) {
  return a.schema_version == b.schema_version && a.id == b.id && a.title == b.title &&
         a.occupation == b.occupation && a.onet_soc == b.onet_soc && a.sector == b.sector &&
         a.hours == b.hours && a.month_completed == b.month_completed && a.language == b.language &&
         a.contributor_id == b.contributor_id && a.tags == b.tags;
}

}  // namespace

VerifyResult VerifyPack(const fs::path& pack, const VerifyOptions& o) {
  VerifyResult result;
  auto& problems = result.problems;
  const std::string name = pack.filename().string();

  Limits limits = o.checks.formats.limits;
  limits.max_inflated_bytes = o.checks.max_task_bytes + (64ull << 20);
  std::error_code ec;
  uint64_t size = fs::file_size(pack, ec);
  if (!ec && size > limits.max_inflated_bytes) {
    problems.push_back(name + " is larger than a task may be");
    return result;
  }
  std::string bytes = ReadFile(pack, limits.max_inflated_bytes);
  std::unique_ptr<ooxml::ZipReader> zip;
  try {
    zip = std::make_unique<ooxml::ZipReader>(std::move(bytes), pack, limits);
  } catch (const FileError& e) {
    problems.push_back(name + " is not a sound zip archive: " + e.reason());
    return result;
  }
  const ooxml::ZipEntry* manifest_entry = zip->Find(kManifestName);
  if (manifest_entry == nullptr) {
    problems.push_back(name + " has no manifest.json: it was not made by deskbench task pack");
    return result;
  }
  try {
    result.manifest = ParseManifest(zip->Read(*manifest_entry));
  } catch (const std::exception& e) {
    problems.push_back(name + ": " + e.what());
    return result;
  }
  const Manifest& m = *result.manifest;

  // Exactly the listed files, each with its size and hash; written out for the checks and scan.
  ScratchDir scratch;
  std::map<std::string, const ManifestFile*> listed;
  for (const auto& f : m.files) {
    if (!listed.emplace(f.path, &f).second) {
      problems.push_back("manifest.json lists " + f.path + " twice");
    }
    if (!ooxml::IsSafeEntryName(f.path) || !InLayout(f.path)) {
      problems.push_back("manifest.json lists \"" + f.path +
                         "\", which has no place in a task bundle");
    }
  }
  for (const auto& entry : zip->entries()) {
    if (entry.name == kManifestName) continue;
    if (entry.name.ends_with("/")) continue;  // a folder entry holds nothing
    auto it = listed.find(entry.name);
    if (it == listed.end()) {
      problems.push_back(entry.name +
                         " is in the pack but not in manifest.json (a file added "
                         "after packing)");
      continue;
    }
    std::string content;
    try {
      content = zip->Read(entry);
    } catch (const FileError& e) {
      problems.push_back(entry.name + " cannot be read from the pack: " + e.reason());
      listed.erase(it);
      continue;
    }
    const ManifestFile& f = *it->second;
    listed.erase(it);
    if (content.size() != f.size) {
      problems.push_back(entry.name + " is " + std::to_string(content.size()) +
                         " bytes but manifest.json says " + std::to_string(f.size));
    }
    if (Sha256Hex(content) != f.sha256) {
      problems.push_back(entry.name +
                         " does not match its SHA-256 in manifest.json (changed "
                         "after packing)");
    }
    if (!InLayout(entry.name)) continue;  // reported above
    try {
      WriteFileAtomic(scratch.path() / entry.name, content);
    } catch (const std::exception& e) {
      // A name that is both a file and a folder ("a" and "a/b").
      problems.push_back(entry.name + " cannot be unpacked: " + e.what());
    }
  }
  for (const auto& [path, f] : listed) {
    problems.push_back(path + " is listed in manifest.json but missing from the pack");
  }

  // The checks again, on what arrived.
  Bundle bundle;
  try {
    bundle = LoadBundle(scratch.path());
  } catch (const UsageError& e) {
    problems.push_back(std::string("the pack is not a task bundle: ") + e.what());
    return result;
  }
  bundle.dir = scratch.path();
  if (!SameTask(bundle.meta, m.task)) {
    problems.push_back("task.toml does not match the task in manifest.json");
  }
  result.checks = CheckBundle(bundle, o.checks);
  for (const auto& c : result.checks) {
    if (!c.passed) problems.push_back("check " + c.id + ": " + c.message);
  }

  // A fresh scan of everything: what it finds must be accounted for by the certificate.
  Accepted accepted(m.certificate);
  Plan plan;
  fs::path view = scratch.path() / ".task-fields.txt";
  WriteFileAtomic(view, MetadataTextView(bundle.meta));
  for (const auto& f : bundle.Files()) {
    plan.files.push_back({f.rel == "task.toml" ? view : f.path, f.rel});
  }
  RunOptions run;
  run.config = o.config;
  run.jobs = o.jobs;
  std::mutex mu;
  std::vector<std::string> left;
  run.on_finding = [&](const FileReport& file, const ReportedFinding& x) {
    if (x.score < o.threshold || accepted.Covers(x.text)) return;
    std::lock_guard lock(mu);
    ++result.findings_left;
    if (left.size() < kShownLeft) {
      char score[16];
      std::snprintf(score, sizeof score, "%.2f", x.score);
      left.push_back(file.path + " (" + x.location + "): " + std::string(EntityName(x.type)) +
                     " \"" + x.text + "\" (" + score + ", " + x.recognizer + ")");
    }
  };
  RunReport scan = Run(plan, run);
  result.files_scanned = scan.files.size();
  for (const auto& f : scan.files) {
    if (f.status == FileStatus::kRefused || f.status == FileStatus::kError) {
      problems.push_back(f.path + " cannot be scanned: " + f.reason);
    }
  }
  for (const auto& l : left) problems.push_back("still in the pack: " + l);
  if (result.findings_left > left.size()) {
    problems.push_back("... and " + std::to_string(result.findings_left - left.size()) +
                       " more findings");
  }
  return result;
}

}  // namespace deskbench::task
