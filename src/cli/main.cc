// deskbench: scrub personal data, secrets and confidential information from work files.
#include <cstdio>
#include <vector>

#include "cli/common.h"
#include "core/allocator_tuning.h"
#include "core/error.h"

namespace dc = deskbench::cli;

int main(int argc, char** argv) {
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
