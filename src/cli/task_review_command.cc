// deskbench task review DIR: the bundle's findings in the browser, to keep, change and save.
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <thread>

#include "cli/task_common.h"
#include "core/error.h"
#include "review/server.h"
#include "task/bundle_config.h"

extern char** environ;

namespace deskbench::cli {
namespace fs = std::filesystem;

namespace {

struct ReviewFlags {
  std::string bundle;
  std::optional<std::string> config;
  std::string idle_timeout = "30m";
  unsigned jobs = 0;
  bool no_browser = false;
};

// "90s", "30m", "2h" or a number of seconds.
std::chrono::seconds ParseDuration(const std::string& text) {
  size_t used = 0;
  long long n = -1;
  try {
    n = std::stoll(text, &used);
  } catch (const std::exception&) {
  }
  std::string unit = text.substr(used);
  long long scale = unit.empty() || unit == "s" ? 1 : unit == "m" ? 60 : unit == "h" ? 3600 : 0;
  if (n <= 0 || scale == 0) {
    throw UsageError("--idle-timeout: \"" + text + "\" is not a duration like 90s, 30m or 2h");
  }
  return std::chrono::seconds(n * scale);
}

// Opens the page in the user's browser when there is a desktop to show it on; no shell involved.
void OpenBrowser(const std::string& url) {
  if (std::getenv("DISPLAY") == nullptr && std::getenv("WAYLAND_DISPLAY") == nullptr) return;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  std::string program = "xdg-open";
  char* argv[] = {program.data(), const_cast<char*>(url.c_str()), nullptr};
  pid_t pid = 0;
  int rc = posix_spawnp(&pid, "xdg-open", &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) return;
  std::thread([pid] { ::waitpid(pid, nullptr, 0); }).detach();
}

int Run(const ReviewFlags& f) {
  review::ServeOptions o;
  o.bundle = f.bundle;
  std::optional<fs::path> config_path;
  if (f.config) config_path = *f.config;
  o.config = task::LoadBundleConfig(f.bundle, config_path);
  o.jobs = f.jobs > 0 ? f.jobs : std::max(1u, std::thread::hardware_concurrency());
  o.idle_timeout = ParseDuration(f.idle_timeout);
  bool open = !f.no_browser;
  o.on_ready = [open](const std::string& url) {
    std::printf("%s\n", url.c_str());
    std::fflush(stdout);
    std::fprintf(stderr,
                 "deskbench: review page at the address above (only this computer can open it); "
                 "press Done on the page, or Ctrl-C, to stop\n");
    if (open) OpenBrowser(url);
  };
  review::ServeReview(o);
  return kExitOk;
}

}  // namespace

Command AddTaskReview(CLI::App& task) {
  auto flags = std::make_shared<ReviewFlags>();
  CLI::App* app = task.add_subcommand(
      "review", "Review the bundle's findings in the browser: keep or change, add terms, save");
  app->add_option("bundle", flags->bundle, "The task bundle folder")->required();
  app->add_option(
      "--config", flags->config,
      "deskbench.toml to use, as for task scrub (default: the one task scrub kept, else "
      "./deskbench.toml if present)");
  app->add_flag("--no-browser", flags->no_browser, "Only print the address; open no browser");
  app->add_option("--idle-timeout", flags->idle_timeout,
                  "Stop after this long without a request (90s, 30m, 2h; default 30m)");
  app->add_option("-j,--jobs", flags->jobs, "Worker threads (default: the number of cores)");
  return {app, [flags] { return Run(*flags); }};
}

}  // namespace deskbench::cli
