#include "cli/common.h"

#include <unistd.h>

#include <cstdio>
#include <thread>

#include "core/error.h"

namespace deskbench::cli {

void CommonFlags::Register(CLI::App& app) {
  app.add_option("inputs", inputs, "Files and folders (folders are read recursively)")->required();
  app.add_option("--config", config,
                 "deskbench.toml to use (default: ./deskbench.toml if present)");
  // One value per flag, so "--deny Acme in/" leaves in/ to the inputs.
  app.add_option("--deny", deny, "A term to find and replace everywhere (repeatable)")
      ->allow_extra_args(false);
  app.add_option("--allow", allow, "A value never to report (repeatable)")->allow_extra_args(false);
  app.add_option("-j,--jobs", jobs, "Worker threads (default: the number of cores)");
  app.add_flag("-q,--quiet", quiet, "No progress or summary on stderr");
  app.add_flag("--keep-comments", keep_comments,
               "Keep comments (Office, OpenDocument), scrubbed like the text, instead of removing "
               "them");
}

Config CommonFlags::LoadConfig() const {
  std::optional<std::filesystem::path> path;
  if (config) path = *config;
  Config c = ResolveConfig(path);
  c.policy.deny.insert(c.policy.deny.end(), deny.begin(), deny.end());
  c.policy.allow.insert(c.policy.allow.end(), allow.begin(), allow.end());
  if (keep_comments) c.formats.keep_comments = true;
  return c;
}

unsigned CommonFlags::Jobs() const {
  if (jobs > 0) return jobs;
  return std::max(1u, std::thread::hardware_concurrency());
}

std::vector<std::filesystem::path> CommonFlags::Paths() const {
  return {inputs.begin(), inputs.end()};
}

std::function<void(std::string_view, size_t, size_t)> ProgressPrinter(bool quiet) {
  if (quiet || ::isatty(STDERR_FILENO) == 0) return nullptr;
  return [](std::string_view phase, size_t done, size_t total) {
    int width = 30;
    int filled = total == 0 ? width : static_cast<int>(width * done / total);
    std::fprintf(stderr, "\r\033[K%-15.*s [%.*s%*s] %zu/%zu", static_cast<int>(phase.size()),
                 phase.data(), filled, "##############################", width - filled, "", done,
                 total);
    if (done == total) std::fputc('\n', stderr);
    std::fflush(stderr);
  };
}

void PrintProblems(const RunReport& report) {
  for (const auto& f : report.files) {
    if (f.status == FileStatus::kRefused) {
      std::fprintf(stderr, "deskbench: refused %s: %s\n", f.source.c_str(), f.reason.c_str());
    } else if (f.status == FileStatus::kError) {
      std::fprintf(stderr, "deskbench: error %s: %s\n", f.source.c_str(), f.reason.c_str());
    } else if (f.status == FileStatus::kSkipped) {
      std::fprintf(stderr, "deskbench: skipped %s: %s\n", f.source.c_str(), f.reason.c_str());
    }
  }
}

}  // namespace deskbench::cli
