// deskbench task check DIR: runs every check; exit 1 when one fails.
#include "cli/task_common.h"
#include "task/bundle.h"

namespace deskbench::cli {

namespace {

struct CheckCmdFlags {
  std::string dir;
  CheckFlags checks;
  bool quiet = false;
};

int Run(const CheckCmdFlags& f) {
  task::Bundle bundle = task::LoadBundle(f.dir);
  auto results = task::CheckBundle(bundle, f.checks.Options());
  size_t failed = PrintChecks(results, !f.quiet);
  if (failed > 0) {
    std::fprintf(stderr, "deskbench: %zu check(s) failed for %s\n", failed, f.dir.c_str());
    return kExitFindings;
  }
  if (!f.quiet) std::fprintf(stderr, "deskbench: every check passed for %s\n", f.dir.c_str());
  return kExitOk;
}

}  // namespace

Command AddTaskCheck(CLI::App& task) {
  auto f = std::make_shared<CheckCmdFlags>();
  CLI::App* app = task.add_subcommand("check", "Check a task bundle; exit 1 when a check fails");
  app->add_option("dir", f->dir, "The task folder")->required();
  f->checks.Register(*app);
  app->add_flag("-q,--quiet", f->quiet, "Print only the failures");
  return {app, [f] { return Run(*f); }};
}

}  // namespace deskbench::cli
