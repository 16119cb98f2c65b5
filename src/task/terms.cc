#include "task/terms.h"

#include <sys/stat.h>
#include <toml++/toml.h>

#include "core/atomic_file.h"
#include "core/error.h"
#include "task/bundle.h"

namespace deskbench::task {
namespace fs = std::filesystem;

namespace {

std::string Quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out.push_back('\\');
      out.push_back(c);
    } else if (u < 0x20 || u == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04X", u);
      out += buf;
    } else {
      out.push_back(c);
    }
  }
  return out + "\"";
}

}  // namespace

Terms LoadTerms(const fs::path& bundle_dir) {
  fs::path file = TermsFile(bundle_dir);
  std::error_code ec;
  if (!fs::exists(file, ec)) return {};
  toml::table root;
  try {
    root = toml::parse(ReadFile(file, 4 << 20), file.string());
  } catch (const toml::parse_error& e) {
    throw UsageError(file.string() + ":" + std::to_string(e.source().begin.line) + ": " +
                     std::string(e.description()));
  } catch (const FileError& e) {
    throw UsageError(e.what());
  }
  Terms t;
  for (auto&& [k, v] : root) {
    std::string_view key = k.str();
    std::vector<std::string>* into = key == "deny" ? &t.deny : key == "allow" ? &t.allow : nullptr;
    if (into == nullptr) {
      throw UsageError(file.string() + ": unknown key \"" + std::string(key) +
                       "\" (only deny and allow)");
    }
    const toml::array* arr = v.as_array();
    if (arr == nullptr) throw UsageError(file.string() + ": " + std::string(key) + " is a list");
    for (const toml::node& item : *arr) {
      auto s = item.value<std::string>();
      if (!item.is_string() || !s) {
        throw UsageError(file.string() + ": " + std::string(key) + " must hold only strings");
      }
      into->push_back(*s);
    }
  }
  return t;
}

void SaveTerms(const fs::path& bundle_dir, const Terms& terms) {
  fs::create_directories(StateDir(bundle_dir));
  ::chmod(StateDir(bundle_dir).c_str(), 0700);
  std::string out = "# Terms for this task's scrub (deskbench task review writes this file)\n";
  for (auto [name, list] : {std::pair{"deny", &terms.deny}, std::pair{"allow", &terms.allow}}) {
    out += std::string(name) + " = [";
    for (size_t i = 0; i < list->size(); ++i) out += (i ? ", " : "") + Quote((*list)[i]);
    out += "]\n";
  }
  WriteFileAtomic(TermsFile(bundle_dir), out);
}

}  // namespace deskbench::task
