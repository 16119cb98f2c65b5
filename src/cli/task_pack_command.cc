// deskbench task pack DIR: <id>.deskbench.zip from the scrubbed task, or the reasons it cannot be
// packed yet (exit 1).
#include "cli/task_common.h"
#include "task/pack.h"

namespace deskbench::cli {

namespace {

struct PackFlags {
  std::string dir;
  std::optional<std::string> out;
  bool accept_suggested = false;
  float review_threshold = 0.7f;
  CheckFlags checks;
  bool quiet = false;
};

int Run(const PackFlags& f) {
  task::PackOptions o;
  o.checks = f.checks.Options();
  o.accept_suggested = f.accept_suggested;
  o.review_threshold = f.review_threshold;
  if (f.out) o.out = *f.out;
  task::PackResult r = task::PackBundle(f.dir, o);
  if (!r.ok()) {
    for (const auto& p : r.problems) std::fprintf(stderr, "deskbench: %s\n", p.c_str());
    std::fprintf(stderr, "deskbench: %s was not packed (%zu problem(s) above)\n", f.dir.c_str(),
                 r.problems.size());
    return kExitFindings;
  }
  if (!f.quiet) {
    const auto& c = r.manifest.certificate;
    std::fprintf(stderr,
                 "deskbench: packed %zu files into %s\n  %llu decisions made, %llu suggestions "
                 "accepted, %zu checks passed\n  next: deskbench task verify %s\n",
                 r.manifest.files.size(), r.path.string().c_str(),
                 static_cast<unsigned long long>(c.decisions_explicit),
                 static_cast<unsigned long long>(c.suggestions_accepted), c.checks_passed.size(),
                 r.path.string().c_str());
  }
  std::printf("%s\n", r.path.string().c_str());
  return kExitOk;
}

}  // namespace

Command AddTaskPack(CLI::App& task) {
  auto f = std::make_shared<PackFlags>();
  CLI::App* app = task.add_subcommand(
      "pack", "Pack the scrubbed task with its manifest into <id>.deskbench.zip");
  app->add_option("dir", f->dir, "The task folder")->required();
  app->add_option("-o,--output", f->out, "The pack file (default: ./<id>.deskbench.zip)");
  app->add_flag("--accept-suggested", f->accept_suggested,
                "Take the suggested action for every finding still waiting for a decision");
  app->add_option("--review-threshold", f->review_threshold,
                  "Findings scored below this need a decision")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0));
  f->checks.Register(*app);
  app->add_flag("-q,--quiet", f->quiet, "No summary on stderr");
  return {app, [f] { return Run(*f); }};
}

}  // namespace deskbench::cli
