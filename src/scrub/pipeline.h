#pragma once
// The scrub pipeline over a whole set of inputs (a task is scrubbed as one unit):
//   pass 1 learns the people named anywhere in the set (so one person has one identity),
//   pass 2 scans every file with those names added and, for scrub, writes the scrubbed copy.
// This is the library entry point the CLI (and later the collection server) calls.

#include <filesystem>
#include <functional>
#include <string>

#include "scrub/config.h"
#include "scrub/decisions.h"
#include "scrub/plan.h"
#include "scrub/report.h"

namespace deskbench {

struct RunOptions {
  Config config;
  unsigned jobs = 1;
  bool write = false;         // scrub (true) or scan (false)
  std::filesystem::path out;  // where scrubbed copies go (write only)
  std::string key;            // pseudonym key (write only; 32 random bytes by default)
  Decisions decisions;
  // Called for every finding as it is made (also beyond the report's per-file cap), from worker
  // threads but never two at a time. For streaming output such as `scan --json`.
  std::function<void(const FileReport&, const ReportedFinding&)> on_finding;
  // Called after each file of each pass, never two at a time.
  std::function<void(std::string_view phase, size_t done, size_t total)> on_progress;
};

RunReport Run(const Plan& plan, const RunOptions& options);

}  // namespace deskbench
