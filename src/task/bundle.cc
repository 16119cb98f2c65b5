#include "task/bundle.h"

#include <algorithm>

#include "core/atomic_file.h"
#include "core/error.h"

namespace deskbench::task {
namespace fs = std::filesystem;

namespace {

constexpr uint64_t kMaxTextFile = 16ull << 20;  // request.md, rubric.md

std::string Describe(const fs::file_status& st) {
  switch (st.type()) {
    case fs::file_type::symlink:
      return "a link (links could lead outside the bundle: copy the file in instead)";
    case fs::file_type::block:
    case fs::file_type::character:
      return "a device";
    case fs::file_type::fifo:
      return "a pipe";
    case fs::file_type::socket:
      return "a socket";
    default:
      return "not a plain file";
  }
}

// Lists a folder's files recursively without following links; anything else goes to strays.
void ListFolder(const fs::path& dir, const std::string& prefix, std::vector<BundleFile>& files,
                std::vector<StrayEntry>& strays) {
  std::error_code ec;
  fs::file_status top = fs::symlink_status(dir, ec);
  if (ec || top.type() == fs::file_type::not_found) return;
  if (top.type() != fs::file_type::directory) {
    strays.push_back({prefix, top.type() == fs::file_type::symlink
                                  ? Describe(top)
                                  : "must be a folder (put the files inside it)"});
    return;
  }
  for (fs::recursive_directory_iterator it(dir, fs::directory_options::none, ec), end;
       !ec && it != end; it.increment(ec)) {
    fs::file_status st = it->symlink_status(ec);
    if (ec) break;
    std::string rel = prefix + "/" + it->path().lexically_relative(dir).generic_string();
    if (st.type() == fs::file_type::directory) continue;
    if (st.type() == fs::file_type::regular) {
      files.push_back({it->path(), rel, it->file_size(ec)});
    } else {
      strays.push_back({rel, Describe(st)});
    }
  }
  if (ec) throw UsageError(dir.string() + ": cannot be listed: " + ec.message());
  std::sort(files.begin(), files.end(),
            [](const BundleFile& a, const BundleFile& b) { return a.rel < b.rel; });
}

// A top-level text file, unless it is missing (nullopt) or not a plain file (a stray).
std::optional<std::string> ReadTop(const fs::path& dir, const char* name,
                                   std::vector<StrayEntry>& strays) {
  std::error_code ec;
  fs::file_status st = fs::symlink_status(dir / name, ec);
  if (ec || st.type() == fs::file_type::not_found) return std::nullopt;
  if (st.type() != fs::file_type::regular) {
    strays.push_back({name, Describe(st)});
    return std::nullopt;
  }
  try {
    return ReadFile(dir / name, kMaxTextFile);
  } catch (const FileError& e) {
    throw UsageError(e.what());
  }
}

}  // namespace

std::vector<BundleFile> Bundle::Files() const {
  std::vector<BundleFile> out;
  auto top = [&](const char* name) {
    std::error_code ec;
    fs::path p = dir / name;
    if (fs::symlink_status(p, ec).type() == fs::file_type::regular) {
      out.push_back({p, name, fs::file_size(p, ec)});
    }
  };
  top("task.toml");
  top("request.md");
  top("rubric.md");
  out.insert(out.end(), references.begin(), references.end());
  out.insert(out.end(), deliverables.begin(), deliverables.end());
  return out;
}

Bundle LoadBundle(const fs::path& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    throw UsageError(dir.string() + ": not a task folder (create one with deskbench task init " +
                     dir.string() + ")");
  }
  Bundle b;
  b.dir = dir;
  fs::file_status toml = fs::symlink_status(dir / "task.toml", ec);
  if (toml.type() == fs::file_type::not_found) {
    throw UsageError((dir / "task.toml").string() +
                     ": missing (create the task with deskbench task init " + dir.string() + ")");
  }
  if (toml.type() != fs::file_type::regular) {
    throw UsageError((dir / "task.toml").string() + ": " + Describe(toml));
  }
  b.meta = LoadMetadata(dir / "task.toml");
  if (auto request = ReadTop(dir, "request.md", b.strays)) {
    b.request = std::move(*request);
    b.has_request = true;
  }
  b.rubric = ReadTop(dir, "rubric.md", b.strays);
  ListFolder(dir / "reference", "reference", b.references, b.strays);
  ListFolder(dir / "deliverable", "deliverable", b.deliverables, b.strays);
  // Anything else at the top level would be left out of the scrub and the pack without a word.
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    std::string name = entry.path().filename().string();
    if (name == "task.toml" || name == "request.md" || name == "rubric.md" || name == "reference" ||
        name == "deliverable" || name.starts_with(".")) {
      continue;
    }
    b.strays.push_back({name,
                        "is not part of a task bundle: move it into reference/ or deliverable/, "
                        "or remove it"});
  }
  std::sort(b.strays.begin(), b.strays.end(),
            [](const StrayEntry& a, const StrayEntry& c) { return a.rel < c.rel; });
  return b;
}

fs::path StateDir(const fs::path& dir) {
  return dir / ".deskbench";
}
fs::path KeyFile(const fs::path& dir) {
  return StateDir(dir) / "pseudonym.key";
}
fs::path DecisionsFile(const fs::path& dir) {
  return StateDir(dir) / "decisions.json";
}
fs::path TermsFile(const fs::path& dir) {
  return StateDir(dir) / "terms.toml";
}

fs::path ConfigFile(const fs::path& dir) {
  return StateDir(dir) / "config.toml";
}

namespace {
// "DIR" and "DIR/" name the same bundle; the siblings hang off its last real component.
fs::path Sibling(const fs::path& dir, const char* suffix) {
  fs::path d = dir.lexically_normal();
  if (d.filename().empty()) d = d.parent_path();
  if (d.filename() == "." || d.empty()) d = fs::absolute(d).lexically_normal();
  if (d.filename().empty()) d = d.parent_path();
  return d.parent_path() / (d.filename().string() + suffix);
}
}  // namespace

fs::path ScrubbedDir(const fs::path& dir) {
  return Sibling(dir, ".scrubbed");
}
fs::path ReportDir(const fs::path& dir) {
  return Sibling(dir, ".scrubbed.report");
}

}  // namespace deskbench::task
