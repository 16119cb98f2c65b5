#include "review/bundle_rescrub.h"

#include <sys/stat.h>

#include <algorithm>

#include "core/atomic_file.h"
#include "core/error.h"
#include "core/hash.h"
#include "review/terms_file.h"
#include "scrub/decisions.h"
#include "scrub/pipeline.h"
#include "scrub/plan.h"
#include "scrub/report_writers.h"

namespace deskbench::review {
namespace fs = std::filesystem;

BundlePaths BundlePaths::Of(const fs::path& dir) {
  if (!fs::is_directory(dir)) throw UsageError(dir.string() + ": not a task bundle folder");
  BundlePaths p;
  p.dir = fs::canonical(dir);
  p.scrubbed = p.dir.string() + ".scrubbed";
  p.report = p.dir.string() + ".scrubbed.report";
  return p;
}

namespace {

// The bundle's pseudonym key (hex), made on first use: the same key gives the same pseudonyms
// on every re-scrub.
std::string BundleKey(const fs::path& path) {
  if (!fs::exists(path)) {
    std::string key = RandomKey();
    fs::create_directories(path.parent_path());
    WriteFileAtomic(path, ToHex(reinterpret_cast<const uint8_t*>(key.data()), key.size()) + "\n");
    ::chmod(path.c_str(), 0600);
    return key;
  }
  std::string hex;
  for (char c : ReadFile(path, 4096)) {
    if (!std::isspace(static_cast<unsigned char>(c))) hex.push_back(c);
  }
  if (hex.size() < 32 || hex.size() % 2 != 0 ||
      hex.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos) {
    throw UsageError(path.string() + ": not a deskbench key (hexadecimal)");
  }
  std::string key;
  for (size_t i = 0; i < hex.size(); i += 2) {
    key.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
  }
  return key;
}

}  // namespace

RunReport RescrubBundle(const fs::path& dir, unsigned jobs) {
  BundlePaths bundle = BundlePaths::Of(dir);
  RunOptions o;
  fs::path toml = bundle.dir / "deskbench.toml";
  o.config = fs::exists(toml) ? LoadConfig(toml) : Config{};
  Terms terms = LoadTerms(bundle.dir);
  o.config.policy.deny.insert(o.config.policy.deny.end(), terms.deny.begin(), terms.deny.end());
  o.config.policy.allow.insert(o.config.policy.allow.end(), terms.allow.begin(), terms.allow.end());
  o.jobs = std::max(1u, jobs);
  o.write = true;
  o.out = bundle.scrubbed;
  o.key = BundleKey(bundle.dir / ".deskbench" / "pseudonym.key");
  if (fs::exists(DecisionsFile(bundle.dir)))
    o.decisions = Decisions::Load(DecisionsFile(bundle.dir));

  Plan plan = PlanInputs({bundle.dir});
  // The bundle's private state (the key, the decisions) is never part of the task.
  std::erase_if(plan.files, [](const PlannedFile& f) {
    return !f.rel.empty() && *f.rel.begin() == ".deskbench";
  });
  std::erase_if(plan.skipped, [&](const SkippedEntry& s) {
    fs::path rel = s.path.lexically_relative(bundle.dir);
    return !rel.empty() && *rel.begin() == ".deskbench";
  });
  // A file renamed by a new decision must not leave its old scrubbed copy behind.
  fs::remove_all(bundle.scrubbed);
  fs::create_directories(bundle.scrubbed);
  RunReport report = Run(plan, o);
  fs::create_directories(bundle.report);
  WriteFileAtomic(bundle.report / "report.json", ReportJson(report));
  WriteFileAtomic(bundle.report / "report.html", ReportHtml(report));
  return report;
}

}  // namespace deskbench::review
