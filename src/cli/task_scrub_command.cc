// deskbench task scrub DIR: the bundle as one scrub run, into DIR.scrubbed and
// DIR.scrubbed.report.
#include <thread>

#include "cli/task_common.h"
#include "scrub/report_writers.h"
#include "task/bundle.h"
#include "task/bundle_config.h"
#include "task/scrub.h"

namespace deskbench::cli {

namespace {

struct TaskScrubFlags {
  std::string dir;
  std::optional<std::string> config;
  std::vector<std::string> deny, allow;
  unsigned jobs = 0;
  bool quiet = false;
  bool json = false;
};

int Run(const TaskScrubFlags& f) {
  std::optional<std::filesystem::path> config_path;
  if (f.config) config_path = *f.config;
  task::TaskScrubOptions o;
  o.config = task::LoadBundleConfig(f.dir, config_path);
  o.config.policy.deny.insert(o.config.policy.deny.end(), f.deny.begin(), f.deny.end());
  o.config.policy.allow.insert(o.config.policy.allow.end(), f.allow.begin(), f.allow.end());
  o.jobs = f.jobs > 0 ? f.jobs : std::max(1u, std::thread::hardware_concurrency());
  o.on_progress = ProgressPrinter(f.quiet);
  RunReport report = task::ScrubBundle(f.dir, o);
  PrintProblems(report);
  if (f.json) std::fputs(ReportJson(report).c_str(), stdout);
  size_t bad = report.Count(FileStatus::kRefused) + report.Count(FileStatus::kError);
  if (!f.quiet) {
    std::fprintf(stderr,
                 "deskbench: %zu files scrubbed, %zu clean, %zu refused; %llu findings\n"
                 "  scrubbed task: %s\n  report:        %s\n"
                 "  next: deskbench task review %s (or edit %s), then deskbench task pack %s\n",
                 report.Count(FileStatus::kScrubbed), report.Count(FileStatus::kClean), bad,
                 static_cast<unsigned long long>(report.findings),
                 task::ScrubbedDir(f.dir).string().c_str(),
                 (task::ReportDir(f.dir) / "report.html").string().c_str(), f.dir.c_str(),
                 task::DecisionsFile(f.dir).string().c_str(), f.dir.c_str());
  }
  return bad > 0 ? kExitError : kExitOk;
}

}  // namespace

Command AddTaskScrub(CLI::App& task) {
  auto f = std::make_shared<TaskScrubFlags>();
  CLI::App* app = task.add_subcommand(
      "scrub", "Scrub the whole task as one run into DIR.scrubbed (report in DIR.scrubbed.report)");
  app->add_option("dir", f->dir, "The task folder")->required();
  app->add_option("--config", f->config,
                  "deskbench.toml to use, kept in DIR/.deskbench for later scrubs and the review "
                  "(default: the kept one, else ./deskbench.toml if present)");
  app->add_option("--deny", f->deny, "A term to find and replace everywhere (repeatable)")
      ->allow_extra_args(false);
  app->add_option("--allow", f->allow, "A value never to report (repeatable)")
      ->allow_extra_args(false);
  app->add_option("-j,--jobs", f->jobs, "Worker threads (default: the number of cores)");
  app->add_flag("-q,--quiet", f->quiet, "No progress or summary on stderr");
  app->add_flag("--json", f->json, "Print the JSON report on stdout");
  return {app, [f] { return Run(*f); }};
}

}  // namespace deskbench::cli
