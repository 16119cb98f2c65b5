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

// Opening a typical Office document again is a tenth to a fifth of its scrub; keeping one for
// pass 2 costs 15 (a letter) to 40 (a staff list) times its file size in memory, so this keeps a
// few dozen typical ones, and never a large one.
inline constexpr uint64_t kDefaultReuseBudget = 64ull << 20;
// The names (people, organisations, places) pass 1 found in each segment, kept for pass 2 within
// this many bytes: a few bytes per byte of the densest text, so ordinary tasks keep them all.
inline constexpr uint64_t kDefaultNamesBudget = 64ull << 20;

struct RunOptions {
  Config config;
  unsigned jobs = 1;
  bool write = false;         // scrub (true) or scan (false)
  std::filesystem::path out;  // where scrubbed copies go (write only)
  std::string key;            // pseudonym key (write only; 32 random bytes by default)
  Decisions decisions;
  // Documents pass 1 opened and scanned are kept for pass 2 instead of being opened again, while
  // the memory they hold (Document::ReusableBytes) stays within this; 0 opens every one twice.
  uint64_t reuse_budget = kDefaultReuseBudget;
  // Pass 2 takes the names pass 1 found in a segment instead of looking again, while they fit in
  // this; 0 looks again everywhere. Findings are the same either way.
  uint64_t names_budget = kDefaultNamesBudget;
  // Whether FileReport::findings is filled. A quiet scan that writes no report reads only the
  // counts, and each listed finding costs its value id, identity, context and line.
  bool list_findings = true;
  // Called for every finding as it is made (also beyond the report's per-file cap), from worker
  // threads but never two at a time. For streaming output such as `scan --json`.
  std::function<void(const FileReport&, const ReportedFinding&)> on_finding;
  // Called after each file of each pass, never two at a time.
  std::function<void(std::string_view phase, size_t done, size_t total)> on_progress;
};

RunReport Run(const Plan& plan, const RunOptions& options);

}  // namespace deskbench
