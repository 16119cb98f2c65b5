#include "scrub/plan.h"

#include <algorithm>
#include <set>

#include "core/error.h"

namespace deskbench {
namespace fs = std::filesystem;

namespace {

// What IsRepository in formats/git says, without reading any content: a working folder with .git
// or a bare repository.
bool IsRepositoryDir(const fs::path& dir) {
  std::error_code ec;
  if (fs::exists(fs::symlink_status(dir / ".git", ec))) return true;
  return fs::is_regular_file(dir / "HEAD", ec) && fs::is_directory(dir / "objects", ec) &&
         fs::is_directory(dir / "refs", ec);
}

void Walk(const fs::path& dir, const fs::path& rel_base, Plan& plan) {
  std::vector<fs::directory_entry> entries;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    entries.push_back(*it);
  }
  if (ec) {
    plan.skipped.push_back({dir, "cannot list folder: " + ec.message()});
    return;
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); });
  for (const auto& e : entries) {
    fs::path rel = rel_base / e.path().filename();
    auto st = e.symlink_status(ec);
    if (ec) {
      plan.skipped.push_back({e.path(), "cannot stat: " + ec.message()});
    } else if (fs::is_symlink(st)) {
      plan.skipped.push_back({e.path(), "symbolic link not followed"});
    } else if (fs::is_directory(st)) {
      if (IsRepositoryDir(e.path())) {
        plan.files.push_back({e.path(), rel, true});
        continue;
      }
      Walk(e.path(), rel, plan);
    } else if (fs::is_regular_file(st)) {
      plan.files.push_back({e.path(), rel});
    } else {
      plan.skipped.push_back({e.path(), "not a regular file (device, socket or pipe)"});
    }
  }
}

fs::path Canonical(const fs::path& p) {
  std::error_code ec;
  fs::path c = fs::weakly_canonical(fs::absolute(p), ec);
  return ec ? fs::absolute(p).lexically_normal() : c;
}

bool IsInside(const fs::path& child, const fs::path& parent) {
  auto c = child.begin(), p = parent.begin();
  for (; p != parent.end(); ++p, ++c) {
    if (p->empty()) continue;
    if (c == child.end() || *c != *p) return false;
  }
  return true;
}

}  // namespace

Plan PlanInputs(const std::vector<fs::path>& inputs) {
  Plan plan;
  std::set<fs::path> names;
  const bool single = inputs.size() == 1;
  for (const auto& in : inputs) {
    std::error_code ec;
    auto st = fs::symlink_status(in, ec);
    if (ec || !fs::exists(st)) throw UsageError(in.string() + ": no such file or folder");
    fs::path name = Canonical(in).filename();
    if (!single && !names.insert(name).second) {
      throw UsageError(in.string() + ": two inputs are named \"" + name.string() +
                       "\"; their outputs would collide");
    }
    if (fs::is_symlink(st)) {
      plan.skipped.push_back({in, "symbolic link not followed"});
    } else if (fs::is_directory(st) && IsRepositoryDir(in)) {
      plan.files.push_back({in, single ? fs::path() : name, true});
    } else if (fs::is_directory(st)) {
      Walk(in, single ? fs::path() : name, plan);
    } else if (fs::is_regular_file(st)) {
      plan.files.push_back({in, name});
    } else {
      plan.skipped.push_back({in, "not a regular file (device, socket or pipe)"});
    }
  }
  return plan;
}

void CheckOutput(const std::vector<fs::path>& inputs, const fs::path& out, bool force) {
  fs::path o = Canonical(out);
  for (const auto& in : inputs) {
    fs::path i = Canonical(in);
    if (fs::is_directory(i) && IsInside(o, i)) {
      throw UsageError(out.string() + ": the output folder is inside the input folder " +
                       in.string() + "; choose an output outside it");
    }
    if (IsInside(i, o)) {
      throw UsageError(in.string() + ": the input is inside the output folder " + out.string());
    }
  }
  std::error_code ec;
  if (fs::exists(out, ec)) {
    if (!fs::is_directory(out, ec)) {
      throw UsageError(out.string() + ": exists and is not a folder");
    }
    if (!force && !fs::is_empty(out, ec)) {
      throw UsageError(out.string() + ": output folder exists and is not empty (use --force)");
    }
  }
}

}  // namespace deskbench
