// deskbench: scrub personal data, secrets and confidential information from work files.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <vector>

#include "cli/common.h"
#include "core/allocator_tuning.h"
#include "core/error.h"

namespace dc = deskbench::cli;

namespace {

// Tesseract (Debian builds it with OpenMP) spreads one page over every core, while deskbench
// already runs one file per core: the two together made OCR 3x slower. OpenMP reads its limit
// once, when the library loads, so the process starts again with it set (a user's own setting
// wins). If the restart fails, deskbench goes on as it is.
void LimitOpenMpThreads(char** argv) {
  if (std::getenv("OMP_THREAD_LIMIT") != nullptr) return;
  ::setenv("OMP_THREAD_LIMIT", "1", 0);
  ::execv("/proc/self/exe", argv);
}

}  // namespace

int main(int argc, char** argv) {
  LimitOpenMpThreads(argv);
  deskbench::TuneAllocator();
  CLI::App app{"deskbench: turn real work into benchmark tasks without leaking anything"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("deskbench ") + DESKBENCH_VERSION);
  std::vector<dc::Command> commands = {dc::AddScrubCommand(app), dc::AddScanCommand(app),
                                       dc::AddTaskCommand(app)};
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : dc::kExitError;
  }
  try {
    for (auto& c : commands) {
      if (c.app->parsed()) return c.run();
    }
  } catch (const deskbench::UsageError& e) {
    std::fprintf(stderr, "deskbench: %s\n", e.what());
  } catch (const deskbench::FileError& e) {
    std::fprintf(stderr, "deskbench: %s\n", e.what());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "deskbench: %s\n", e.what());
  }
  return dc::kExitError;
}
