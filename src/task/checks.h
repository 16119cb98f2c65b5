#pragma once
// The checks a bundle must pass before it is packed (and again when a pack is verified). Each
// failure says what is wrong and what to do about it.

#include <cstdint>
#include <string>
#include <vector>

#include "formats/options.h"
#include "task/bundle.h"

namespace deskbench::task {

struct CheckOptions {
  double min_hours = 1;
  size_t min_request_words = 20;
  // A plain-text or Markdown deliverable shorter than this is probably a summary of the work,
  // not the work.
  size_t min_text_deliverable_words = 150;
  uint64_t max_file_bytes = 100ull << 20;
  uint64_t max_task_bytes = 512ull << 20;
  FormatOptions formats;
};

struct CheckResult {
  std::string id;  // "deliverable-opens", ... (docs/task-format.md lists them)
  bool passed = false;
  std::string file;     // the file it is about, when there is one ("deliverable/memo.md")
  std::string message;  // what is wrong and what to do; for a pass, what was checked
};

// Every check, in a fixed order: the failures, and one passing result for each check that found
// nothing wrong.
std::vector<CheckResult> CheckBundle(const Bundle& bundle, const CheckOptions& options);

bool AllPassed(const std::vector<CheckResult>& results);

// The ids of every check CheckBundle runs, in order.
const std::vector<std::string>& CheckIds();

}  // namespace deskbench::task
