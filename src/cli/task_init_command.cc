// deskbench task init DIR: a new bundle. Asks for what the flags leave out when stdin is a
// terminal; scripts pass everything as flags.
#include <unistd.h>

#include <ctime>
#include <iostream>

#include "cli/task_common.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "task/bundle.h"

namespace deskbench::cli {
namespace fs = std::filesystem;

namespace {

struct InitFlags {
  std::string dir;
  std::optional<std::string> id, title, occupation, onet_soc, sector, month, language, contributor;
  std::optional<double> hours;
  std::vector<std::string> tags;
  std::optional<std::string> request;
};

std::string ThisMonth() {
  std::time_t t = std::time(nullptr);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m", std::gmtime(&t));
  return buf;
}

// Asks on the terminal; an empty answer takes the default.
std::string Ask(const std::string& question, const std::string& fallback) {
  std::fprintf(stderr, "%s%s: ", question.c_str(),
               fallback.empty() ? "" : (" [" + fallback + "]").c_str());
  std::fflush(stderr);
  std::string line;
  if (!std::getline(std::cin, line)) return fallback;
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
  return line.empty() ? fallback : line;
}

int Run(const InitFlags& f) {
  fs::path dir = f.dir;
  if (fs::exists(dir / "task.toml")) {
    throw UsageError((dir / "task.toml").string() + ": already exists (this is a task already)");
  }
  bool ask = ::isatty(STDIN_FILENO) != 0;
  auto field = [&](const std::optional<std::string>& flag, const char* question, const char* name,
                   const std::string& fallback, bool required) {
    if (flag) return *flag;
    if (ask) return Ask(question, fallback);
    if (required) {
      throw UsageError(std::string("task init: --") + name +
                       " is required when not run on a terminal");
    }
    return fallback;
  };
  task::Metadata m;
  m.title = field(f.title, "Title of the task", "title", "", true);
  m.id = field(f.id, "Task id", "id", task::IdFromTitle(m.title), false);
  m.occupation = field(f.occupation, "Your occupation when you did it", "occupation", "", true);
  m.onet_soc = field(f.onet_soc, "O*NET-SOC code (optional, NN-NNNN.NN)", "onet-soc", "", false);
  m.sector = field(f.sector, "Sector (industry)", "sector", "", true);
  if (f.hours) {
    m.hours = *f.hours;
  } else if (ask) {
    std::string h = Ask("Hours the work took", "");
    try {
      m.hours = std::stod(h);
    } catch (const std::exception&) {
      throw UsageError("task init: hours must be a number, not \"" + h + "\"");
    }
  } else {
    throw UsageError("task init: --hours is required when not run on a terminal");
  }
  m.month_completed = field(f.month, "Month completed (YYYY-MM)", "month", ThisMonth(), false);
  m.language = field(f.language, "Language of the request", "language", "en", false);
  m.contributor_id =
      field(f.contributor, "Contributor id (from the collection server, never your name)",
            "contributor-id", "", false);
  m.tags = f.tags;
  for (const auto& problem : task::ValidateMetadata(m)) {
    throw UsageError("task init: " + problem);
  }

  std::string request;
  if (f.request) {
    request = ReadFile(*f.request, 16 << 20);
  } else if (ask) {
    std::fprintf(stderr,
                 "Paste the request exactly as it was written to you, then press Ctrl-D:\n");
    std::string line;
    while (std::getline(std::cin, line)) request += line + "\n";
  }
  fs::create_directories(dir / "reference");
  fs::create_directories(dir / "deliverable");
  WriteFileAtomic(dir / "request.md", request);
  WriteFileAtomic(dir / "task.toml", task::MetadataToml(m));
  std::fprintf(stderr,
               "deskbench: created %s\n  next: deskbench task add %s --reference FILE... "
               "--deliverable FILE...\n",
               dir.string().c_str(), dir.string().c_str());
  if (request.empty()) {
    std::fprintf(stderr, "  and paste the request into %s\n", (dir / "request.md").c_str());
  }
  return kExitOk;
}

}  // namespace

Command AddTaskInit(CLI::App& task) {
  auto f = std::make_shared<InitFlags>();
  CLI::App* app = task.add_subcommand("init", "Create a task bundle (asks on a terminal)");
  app->add_option("dir", f->dir, "The task folder to create")->required();
  app->add_option("--id", f->id, "Task id (default: made from the title)");
  app->add_option("--title", f->title, "Short title of the task");
  app->add_option("--occupation", f->occupation, "Your occupation when you did the work");
  app->add_option("--onet-soc", f->onet_soc, "O*NET-SOC code, NN-NNNN.NN (optional)");
  app->add_option("--sector", f->sector, "Sector (industry)");
  app->add_option("--hours", f->hours, "Hours the work took");
  app->add_option("--month", f->month, "Month the work was completed, YYYY-MM (default: now)");
  app->add_option("--language", f->language, "Language of the request (default: en)");
  app->add_option("--contributor-id", f->contributor,
                  "Your contributor id from the collection server (never your name)");
  app->add_option("--tag", f->tags, "A tag (repeatable)")->allow_extra_args(false);
  app->add_option("--request", f->request, "A file holding the request, copied to request.md");
  return {app, [f] { return Run(*f); }};
}

}  // namespace deskbench::cli
