#pragma once
// Pieces the `deskbench task ...` subcommands share.

#include <CLI/CLI.hpp>
#include <memory>
#include <vector>

#include "cli/common.h"
#include "task/checks.h"

namespace deskbench::cli {

// --min-hours, --min-request-words, --min-words, --max-file-mb, --max-task-mb.
struct CheckFlags {
  double min_hours = 1;
  size_t min_request_words = 20;
  size_t min_words = 150;
  double max_file_mb = 100;
  double max_task_mb = 512;

  void Register(CLI::App& app);
  task::CheckOptions Options() const;
};

// One line per result on stdout ("FAIL" lines first in each check); returns the failures.
size_t PrintChecks(const std::vector<task::CheckResult>& results, bool show_passed);

Command AddTaskInit(CLI::App& task);
Command AddTaskAdd(CLI::App& task);
Command AddTaskCheck(CLI::App& task);
Command AddTaskScrub(CLI::App& task);
Command AddTaskPack(CLI::App& task);
Command AddTaskVerify(CLI::App& task);
Command AddTaskReview(CLI::App& task);

}  // namespace deskbench::cli
