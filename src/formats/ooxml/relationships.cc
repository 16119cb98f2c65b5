#include "formats/ooxml/relationships.h"

#include <vector>

#include "core/ascii.h"

namespace deskbench::ooxml {

std::string RelsPartFor(std::string_view source_part) {
  size_t slash = source_part.rfind('/');
  std::string_view dir =
      slash == std::string_view::npos ? std::string_view() : source_part.substr(0, slash + 1);
  std::string_view base =
      slash == std::string_view::npos ? source_part : source_part.substr(slash + 1);
  return std::string(dir) + "_rels/" + std::string(base) + ".rels";
}

bool SourceOfRelsPart(std::string_view rels_part, std::string& source_part) {
  if (!rels_part.ends_with(".rels")) return false;
  size_t at = rels_part.rfind("_rels/");
  if (at == std::string_view::npos || (at > 0 && rels_part[at - 1] != '/')) return false;
  std::string_view base = rels_part.substr(at + 6, rels_part.size() - at - 6 - 5);
  if (base.find('/') != std::string_view::npos) return false;
  source_part = std::string(rels_part.substr(0, at)) + std::string(base);
  return true;
}

namespace {

// Targets are URIs: "image%201.png" names the entry "image 1.png".
std::string PercentDecoded(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && ascii::HexValue(s[i + 1]) >= 0 &&
        ascii::HexValue(s[i + 2]) >= 0) {
      out.push_back(static_cast<char>(ascii::HexValue(s[i + 1]) * 16 + ascii::HexValue(s[i + 2])));
      i += 2;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

}  // namespace

std::string ResolveTarget(std::string_view source_part, std::string_view raw_target) {
  std::string decoded = PercentDecoded(raw_target);
  std::string_view target = decoded;
  std::string joined;
  if (target.starts_with('/')) {
    joined = std::string(target.substr(1));
  } else {
    size_t slash = source_part.rfind('/');
    if (slash != std::string_view::npos) joined = std::string(source_part.substr(0, slash + 1));
    joined += target;
  }
  std::vector<std::string_view> kept;
  std::string_view rest(joined);
  while (true) {
    size_t slash = rest.find('/');
    std::string_view component = rest.substr(0, slash);
    if (component == "..") {
      if (kept.empty()) return "";
      kept.pop_back();
    } else if (!component.empty() && component != ".") {
      kept.push_back(component);
    }
    if (slash == std::string_view::npos) break;
    rest.remove_prefix(slash + 1);
  }
  std::string out;
  for (std::string_view c : kept) {
    if (!out.empty()) out += '/';
    out += c;
  }
  return out;
}

std::string_view RelationshipKind(std::string_view type_uri) {
  size_t slash = type_uri.rfind('/');
  return slash == std::string_view::npos ? type_uri : type_uri.substr(slash + 1);
}

}  // namespace deskbench::ooxml
