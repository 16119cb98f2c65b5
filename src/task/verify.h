#pragma once
// `task verify PACK`: what the collection server runs on upload. The pack is a sound zip within
// the limits, holds exactly the files its manifest lists with their sizes and hashes, passes the
// checks again, and a fresh scan finds nothing at or above the threshold that the certificate
// does not account for.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "scrub/config.h"
#include "task/checks.h"
#include "task/manifest.h"

namespace deskbench::task {

struct VerifyOptions {
  CheckOptions checks;
  Config config;
  // A finding scored at or above this that is not an accepted value fails verification.
  float threshold = 0.7f;
  unsigned jobs = 1;
};

struct VerifyResult {
  std::vector<std::string> problems;  // empty: the pack is sound
  std::optional<Manifest> manifest;
  std::vector<CheckResult> checks;
  size_t files_scanned = 0;
  uint64_t findings_left = 0;  // findings at or above the threshold not accounted for
  bool ok() const { return problems.empty(); }
};

// Never throws for a bad pack (every defect is a problem); throws FileError only when the file
// cannot be read at all.
VerifyResult VerifyPack(const std::filesystem::path& pack, const VerifyOptions& options);

}  // namespace deskbench::task
