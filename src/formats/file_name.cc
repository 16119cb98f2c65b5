#include "formats/file_name.h"

#include "core/utf8.h"

namespace deskbench {

std::string FileNameText(std::string_view name) {
  std::string text(name);
  for (char& c : text) {
    if (c == '_' || c == '-') c = ' ';
  }
  return text;
}

std::string ApplyFileNameEdits(std::string_view name, const std::vector<Edit>& edits) {
  if (edits.empty()) return std::string(name);
  bool underscores = name.find('_') != std::string_view::npos;
  std::string out;
  size_t pos = 0;
  for (const Edit& e : edits) {
    if (e.begin < pos || e.end > name.size() || e.begin > e.end) continue;
    out.append(name.substr(pos, e.begin - pos));
    for (char c : e.replacement) {
      if (c == '/' || c == '\\' || c == '\0') c = '_';
      if (c == ' ' && underscores) c = '_';
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

}  // namespace deskbench
