#pragma once
// `task pack DIR`: the scrubbed bundle and its manifest in one zip, <id>.deskbench.zip. Refuses
// while a check fails, a finding under the review threshold waits for a decision, or a file
// changed after the last scrub. Originals and the pseudonym key never enter the pack.

#include <filesystem>
#include <string>
#include <vector>

#include "task/checks.h"
#include "task/manifest.h"

namespace deskbench::task {

struct PackOptions {
  CheckOptions checks;
  // Findings scored below this need a decision (review page or decisions.json) before packing.
  float review_threshold = 0.7f;
  // Take the suggested action for every finding that waits for a decision.
  bool accept_suggested = false;
  // The pack file; empty: <id>.deskbench.zip in the current folder.
  std::filesystem::path out;
};

struct PackResult {
  std::vector<std::string> problems;  // why nothing was written; empty on success
  std::vector<CheckResult> checks;
  std::filesystem::path path;  // the pack written
  Manifest manifest;
  bool ok() const { return problems.empty(); }
};

PackResult PackBundle(const std::filesystem::path& dir, const PackOptions& options);

}  // namespace deskbench::task
