// deskbench task add DIR --reference F... --deliverable F...: copies files into the bundle (never
// links: the bundle must hold what it shows).
#include "cli/task_common.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "core/hash.h"

namespace deskbench::cli {
namespace fs = std::filesystem;

namespace {

struct AddFlags {
  std::string dir;
  std::vector<std::string> references, deliverables;
  bool force = false;
};

// Copies one file through a temporary name so that a failed copy leaves nothing behind.
void CopyOne(const fs::path& from, const fs::path& to, bool force) {
  std::error_code ec;
  if (fs::exists(fs::symlink_status(to, ec)) && !force) {
    throw UsageError(to.string() + ": already in the task (pass --force to replace it)");
  }
  fs::create_directories(to.parent_path());
  AtomicFile out(to);
  out.Write(ReadFile(from, 1ull << 32));
  out.Commit();
}

// A folder (a repository, a set of files) is copied whole; links inside it are refused.
size_t Copy(const fs::path& from, const fs::path& into, bool force) {
  std::error_code ec;
  fs::file_status st = fs::status(from, ec);
  if (ec || st.type() == fs::file_type::not_found) {
    throw UsageError(from.string() + ": not found");
  }
  fs::path target = into / from.filename();
  if (st.type() == fs::file_type::regular) {
    CopyOne(from, target, force);
    return 1;
  }
  if (st.type() != fs::file_type::directory) {
    throw UsageError(from.string() + ": not a file or folder");
  }
  size_t n = 0;
  for (fs::recursive_directory_iterator it(from), end; it != end; ++it) {
    fs::file_status s = it->symlink_status();
    fs::path rel = it->path().lexically_relative(from);
    if (s.type() == fs::file_type::directory) continue;
    if (s.type() != fs::file_type::regular) {
      throw UsageError(it->path().string() +
                       ": a link or special file; a task holds plain files only (copy what it "
                       "points to instead)");
    }
    CopyOne(it->path(), target / rel, force);
    ++n;
  }
  return n;
}

int Run(const AddFlags& f) {
  fs::path dir = f.dir;
  if (!fs::exists(dir / "task.toml")) {
    throw UsageError(dir.string() + ": not a task (create it with deskbench task init " +
                     dir.string() + ")");
  }
  if (f.references.empty() && f.deliverables.empty()) {
    throw UsageError("task add: name files with --reference or --deliverable");
  }
  size_t n = 0;
  for (const auto& r : f.references) n += Copy(r, dir / "reference", f.force);
  for (const auto& d : f.deliverables) n += Copy(d, dir / "deliverable", f.force);
  std::fprintf(stderr, "deskbench: copied %zu file(s) into %s\n", n, dir.string().c_str());
  return kExitOk;
}

}  // namespace

Command AddTaskAdd(CLI::App& task) {
  auto f = std::make_shared<AddFlags>();
  CLI::App* app = task.add_subcommand("add", "Copy reference files or deliverables into a task");
  app->add_option("dir", f->dir, "The task folder")->required();
  app->add_option("--reference", f->references, "Files given with the request");
  app->add_option("--deliverable", f->deliverables, "Files you produced");
  app->add_flag("--force", f->force, "Replace files already in the task");
  return {app, [f] { return Run(*f); }};
}

}  // namespace deskbench::cli
