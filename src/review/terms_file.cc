#include "review/terms_file.h"

#include <sys/stat.h>
#include <toml++/toml.h>

#include "core/atomic_file.h"
#include "core/error.h"

namespace deskbench::review {
namespace fs = std::filesystem;

fs::path DecisionsFile(const fs::path& dir) {
  return dir / ".deskbench" / "decisions.json";
}
fs::path TermsFile(const fs::path& dir) {
  return dir / ".deskbench" / "terms.toml";
}

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

Terms LoadTerms(const fs::path& dir) {
  fs::path file = TermsFile(dir);
  if (!fs::exists(file)) return {};
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
    const toml::array* arr = v.as_array();
    if (into == nullptr || arr == nullptr) {
      throw UsageError(file.string() + ": only the lists deny and allow belong here");
    }
    for (const toml::node& item : *arr) {
      auto s = item.value<std::string>();
      if (!s) throw UsageError(file.string() + ": " + std::string(key) + " holds only strings");
      into->push_back(*s);
    }
  }
  return t;
}

void SaveTerms(const fs::path& dir, const Terms& terms) {
  fs::create_directories(TermsFile(dir).parent_path());
  std::string out = "# Terms for this task's scrub (deskbench task review writes this file)\n";
  for (auto [name, list] : {std::pair{"deny", &terms.deny}, std::pair{"allow", &terms.allow}}) {
    out += std::string(name) + " = [";
    for (size_t i = 0; i < list->size(); ++i) out += (i ? ", " : "") + Quote((*list)[i]);
    out += "]\n";
  }
  WriteFileAtomic(TermsFile(dir), out);
}

}  // namespace deskbench::review
