#include "formats/archive/member_path.h"

#include <vector>

namespace deskbench::archive {
namespace {

std::vector<std::string_view> Components(std::string_view path) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i <= path.size(); ++i) {
    if (i == path.size() || path[i] == '/' || path[i] == '\\') {
      if (i > start) parts.push_back(path.substr(start, i - start));
      start = i + 1;
    }
  }
  return parts;
}

bool Absolute(std::string_view path) {
  if (path.starts_with('/') || path.starts_with('\\')) return true;
  return path.size() >= 2 && path[1] == ':' &&
         ((path[0] >= 'a' && path[0] <= 'z') || (path[0] >= 'A' && path[0] <= 'Z'));
}

}  // namespace

std::string UnsafePathReason(std::string_view path) {
  if (path.empty()) return "an entry has no name";
  if (path.find('\0') != std::string_view::npos) return "a name holds a NUL byte";
  if (Absolute(path)) return "absolute path";
  for (std::string_view part : Components(path)) {
    if (part == "..") return "path leaves the archive (\"..\")";
  }
  return "";
}

std::optional<std::string> ResolveLink(std::string_view link, std::string_view target) {
  if (target.empty() || Absolute(target)) return std::nullopt;
  std::vector<std::string_view> at = Components(link);
  if (!at.empty()) at.pop_back();  // the link's own name: targets are relative to its folder
  for (std::string_view part : Components(target)) {
    if (part == ".") continue;
    if (part == "..") {
      if (at.empty()) return std::nullopt;
      at.pop_back();
      continue;
    }
    at.push_back(part);
  }
  std::string resolved;
  for (std::string_view part : at) {
    if (!resolved.empty()) resolved += '/';
    resolved.append(part);
  }
  return resolved;
}

}  // namespace deskbench::archive
