#include "formats/file_name.h"

#include "core/utf8.h"

namespace deskbench {

namespace {

// What stands for a space in a replacement: the separator the replaced words used
// ("Jane-Doe" gives "Alex-Kim"), else the name's own ('_', or '-' in a name without spaces).
char SpaceFor(std::string_view name, std::string_view replaced) {
  size_t sep = replaced.find_first_of("_- ");
  if (sep != std::string_view::npos) return replaced[sep];
  if (name.find('_') != std::string_view::npos) return '_';
  if (name.find('-') != std::string_view::npos && name.find(' ') == std::string_view::npos) {
    return '-';
  }
  return ' ';
}

}  // namespace

std::string FileNameText(std::string_view name) {
  std::string text(name);
  for (char& c : text) {
    if (c == '_' || c == '-') c = ' ';
  }
  return text;
}

std::string ApplyFileNameEdits(std::string_view name, const std::vector<Edit>& edits) {
  if (edits.empty()) return std::string(name);
  std::string out;
  size_t pos = 0;
  for (const Edit& e : edits) {
    if (e.begin < pos || e.end > name.size() || e.begin > e.end) continue;
    out.append(name.substr(pos, e.begin - pos));
    char space = SpaceFor(name, name.substr(e.begin, e.end - e.begin));
    for (char c : e.replacement) {
      if (c == '/' || c == '\\' || c == '\0') c = '_';
      if (c == ' ') c = space;
      out.push_back(c);
    }
    pos = e.end;
  }
  out.append(name.substr(pos));
  // Rebuild component by component: edits may have emptied one or made it "." or "..".
  std::string safe;
  safe.reserve(out.size() + 8);
  std::string_view rest = out;
  bool first = true;
  while (true) {
    size_t slash = rest.find('/');
    std::string_view part = rest.substr(0, slash);
    bool last = slash == std::string_view::npos;
    if (!first) safe.push_back('/');
    // A trailing slash (a folder entry) leaves an empty last part: that one stays empty.
    bool trailing = last && !first && part.empty();
    if (part == "." || part == ".." || (part.empty() && !trailing)) {
      safe.push_back('_');
    } else {
      safe.append(part.data(), part.size());
    }
    if (last) break;
    rest.remove_prefix(slash + 1);
    first = false;
  }
  // An edit that cut a character in two leaves stray bytes: names stay UTF-8.
  for (size_t bad = utf8::FirstInvalid(safe); bad < safe.size(); bad = utf8::FirstInvalid(safe)) {
    safe[bad] = '_';
  }
  return safe;
}

std::string UniqueFileName(const std::string& path, std::set<std::string>& taken) {
  if (taken.insert(path).second) return path;
  bool folder = path.ends_with('/');
  std::string base = folder ? path.substr(0, path.size() - 1) : path;
  size_t slash = base.rfind('/');
  size_t dot = base.rfind('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash) || folder) {
    dot = base.size();
  }
  for (int n = 2;; ++n) {
    std::string candidate = base.substr(0, dot) + "-" + std::to_string(n) + base.substr(dot);
    if (folder) candidate += '/';
    if (taken.insert(candidate).second) return candidate;
  }
}

}  // namespace deskbench
