#include "formats/ooxml/xml_splice.h"

#include <algorithm>
#include <cstring>
#include <set>

#include "core/ascii.h"
#include "formats/ooxml/xml_part.h"

namespace deskbench::ooxml {
namespace {

constexpr size_t npos = std::string_view::npos;

// A comment or a DOCTYPE anywhere ("<!" other than a CDATA section), found by the rare '!'.
bool HasCommentOrDoctype(std::string_view xml) {
  for (size_t bang = xml.find('!', 1); bang != npos; bang = xml.find('!', bang + 1)) {
    if (xml[bang - 1] == '<' && xml.substr(bang - 1, 9) != "<![CDATA[") return true;
  }
  return false;
}

// Numeric character references: WriteXml drops the control characters some of them stand for,
// which a splice would keep where they are.
bool HasCharacterReference(std::string_view xml) {
  return xml.find("&#") != npos;
}

bool DeclaresOtherEncoding(std::string_view xml) {
  if (!xml.starts_with("<?xml")) return false;
  std::string_view decl = xml.substr(0, xml.find("?>"));
  return ascii::ContainsIgnoreCase(decl, "encoding") && !ascii::ContainsIgnoreCase(decl, "utf-8");
}

}  // namespace

size_t ElementEnd(std::string_view xml, size_t start) {
  if (start >= xml.size() || xml[start] != '<') return npos;
  size_t depth = 0;
  size_t i = start;
  while (true) {
    const size_t lt = xml.find('<', i);
    if (lt == npos) return npos;
    const std::string_view rest = xml.substr(lt);
    auto skip_to = [&](std::string_view terminator, size_t from) {
      size_t at = xml.find(terminator, from);
      return at == npos ? npos : at + terminator.size();
    };
    if (rest.starts_with("<!--")) {
      i = skip_to("-->", lt + 4);
    } else if (rest.starts_with("<![CDATA[")) {
      i = skip_to("]]>", lt + 9);
    } else if (rest.starts_with("<?")) {
      i = skip_to("?>", lt + 2);
    } else if (rest.starts_with("<!")) {
      return npos;  // a DOCTYPE inside an element is not well-formed
    } else if (rest.starts_with("</")) {
      i = skip_to(">", lt + 2);
      if (depth == 0) return npos;
      if (--depth == 0) return i;
    } else {
      // A start tag ends at the first '>' outside its quoted attribute values.
      size_t j = lt + 1;
      char quote = 0;
      for (; j < xml.size(); ++j) {
        const char c = xml[j];
        if (quote != 0) {
          if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
          quote = c;
        } else if (c == '>') {
          break;
        }
      }
      if (j >= xml.size()) return npos;
      if (xml[j - 1] == '/') {
        if (depth == 0) return j + 1;  // the element itself, empty
      } else {
        ++depth;
      }
      i = j + 1;
    }
    if (i == npos) return npos;
  }
}

std::optional<std::string> SpliceXml(std::string_view original,
                                     const std::vector<pugi::xml_node>& changed) {
  if (original.starts_with("\xEF\xBB\xBF") || DeclaresOtherEncoding(original) ||
      HasCommentOrDoctype(original) || HasCharacterReference(original)) {
    return std::nullopt;
  }
  std::set<pugi::xml_node_struct*> marked;
  for (const pugi::xml_node& n : changed) marked.insert(n.internal_object());
  // The outermost changed elements (an element inside another is written with it), by offset.
  std::vector<std::pair<size_t, pugi::xml_node>> spans;
  for (pugi::xml_node_struct* raw : marked) {
    pugi::xml_node n(raw);
    if (n.type() != pugi::node_element) return std::nullopt;
    bool inside = false;
    for (pugi::xml_node up = n.parent(); up && !inside; up = up.parent()) {
      inside = marked.count(up.internal_object()) > 0;
    }
    if (inside) continue;
    const ptrdiff_t name_at = n.offset_debug();  // where the name is, after the '<'
    if (name_at < 1 || static_cast<size_t>(name_at) >= original.size()) return std::nullopt;
    const size_t start = static_cast<size_t>(name_at) - 1;
    const char* name = n.name();
    if (original[start] != '<' || !original.substr(start + 1).starts_with(name)) {
      return std::nullopt;
    }
    spans.emplace_back(start, n);
  }
  std::sort(spans.begin(), spans.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::string out;
  out.reserve(original.size() + original.size() / 8);
  size_t pos = 0;
  for (const auto& [start, node] : spans) {
    const size_t end = ElementEnd(original, start);
    if (end == npos || start < pos) return std::nullopt;
    out.append(original.substr(pos, start - pos));
    WriteXmlNode(node, out);
    pos = end;
  }
  out.append(original.substr(pos));
  return out;
}

}  // namespace deskbench::ooxml
