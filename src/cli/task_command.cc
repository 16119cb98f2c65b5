// deskbench task ...: make, check, scrub, pack and verify a task bundle (docs/task-format.md).
#include "cli/task_common.h"

namespace deskbench::cli {

void CheckFlags::Register(CLI::App& app) {
  app.add_option("--min-hours", min_hours, "Least hours a task's work may have taken")
      ->capture_default_str();
  app.add_option("--min-request-words", min_request_words, "Least words in request.md")
      ->capture_default_str();
  app.add_option("--min-words", min_words,
                 "Least words in a plain-text or Markdown deliverable (fewer: a probable summary)")
      ->capture_default_str();
  app.add_option("--max-file-mb", max_file_mb, "Largest file, in MiB")->capture_default_str();
  app.add_option("--max-task-mb", max_task_mb, "Largest task, all files together, in MiB")
      ->capture_default_str();
}

task::CheckOptions CheckFlags::Options() const {
  task::CheckOptions o;
  o.min_hours = min_hours;
  o.min_request_words = min_request_words;
  o.min_text_deliverable_words = min_words;
  o.max_file_bytes = static_cast<uint64_t>(max_file_mb * (1 << 20));
  o.max_task_bytes = static_cast<uint64_t>(max_task_mb * (1 << 20));
  return o;
}

size_t PrintChecks(const std::vector<task::CheckResult>& results, bool show_passed) {
  size_t failed = 0;
  for (const auto& r : results) {
    if (!r.passed) {
      ++failed;
      std::printf("FAIL  %-26s %s\n", r.id.c_str(), r.message.c_str());
    } else if (show_passed) {
      std::printf("ok    %-26s %s\n", r.id.c_str(), r.message.c_str());
    }
  }
  return failed;
}

Command AddTaskCommand(CLI::App& root) {
  CLI::App* app = root.add_subcommand(
      "task", "Make, check, scrub, pack and verify a task bundle (docs/task-format.md)");
  app->require_subcommand(1);
  auto commands = std::make_shared<std::vector<Command>>(std::vector<Command>{
      AddTaskInit(*app), AddTaskAdd(*app), AddTaskCheck(*app), AddTaskScrub(*app),
      AddTaskReview(*app), AddTaskPack(*app), AddTaskVerify(*app)});
  return {app, [commands] {
            for (auto& c : *commands) {
              if (c.app->parsed()) return c.run();
            }
            return kExitError;
          }};
}

}  // namespace deskbench::cli
