// deskbench task verify PACK: integrity, checks and a fresh scan; exit 1 with the reasons when
// anything is off. This is what the collection server runs on upload.
#include <nlohmann/json.hpp>
#include <thread>

#include "cli/task_common.h"
#include "task/verify.h"

namespace deskbench::cli {

namespace {

struct VerifyFlags {
  std::string pack;
  std::optional<std::string> config;
  float threshold = 0.7f;
  unsigned jobs = 0;
  CheckFlags checks;
  bool json = false;
  bool quiet = false;
};

int Run(const VerifyFlags& f) {
  std::optional<std::filesystem::path> config_path;
  if (f.config) config_path = *f.config;
  task::VerifyOptions o;
  o.checks = f.checks.Options();
  o.config = ResolveConfig(config_path);
  o.threshold = f.threshold;
  o.jobs = f.jobs > 0 ? f.jobs : std::max(1u, std::thread::hardware_concurrency());
  task::VerifyResult r = task::VerifyPack(f.pack, o);
  if (f.json) {
    nlohmann::ordered_json j = {{"pack", f.pack},
                                {"ok", r.ok()},
                                {"problems", r.problems},
                                {"files_scanned", r.files_scanned},
                                {"findings_left", r.findings_left}};
    if (r.manifest) j["task"] = r.manifest->task.id;
    std::puts(j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
  } else {
    for (const auto& p : r.problems) std::printf("FAIL  %s\n", p.c_str());
  }
  if (!r.ok()) {
    if (!f.quiet) {
      std::fprintf(stderr, "deskbench: %s failed verification (%zu problem(s))\n", f.pack.c_str(),
                   r.problems.size());
    }
    return kExitFindings;
  }
  if (!f.quiet) {
    std::fprintf(stderr,
                 "deskbench: %s verified: %zu files match the manifest, every check passed, a "
                 "fresh scan of %zu files found nothing unaccounted for\n",
                 f.pack.c_str(), r.manifest->files.size(), r.files_scanned);
  }
  return kExitOk;
}

}  // namespace

Command AddTaskVerify(CLI::App& task) {
  auto f = std::make_shared<VerifyFlags>();
  CLI::App* app = task.add_subcommand(
      "verify", "Verify a pack: integrity, hashes, checks and a fresh scan (exit 1 when off)");
  app->add_option("pack", f->pack, "The .deskbench.zip file")->required();
  app->add_option("--config", f->config, "deskbench.toml for the scan (default: the defaults)");
  app->add_option("--threshold", f->threshold,
                  "A finding scored at least this that the certificate does not account for "
                  "fails the pack")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0));
  app->add_option("-j,--jobs", f->jobs, "Worker threads (default: the number of cores)");
  f->checks.Register(*app);
  app->add_flag("--json", f->json, "Print the result as JSON on stdout");
  app->add_flag("-q,--quiet", f->quiet, "No summary on stderr");
  return {app, [f] { return Run(*f); }};
}

}  // namespace deskbench::cli
