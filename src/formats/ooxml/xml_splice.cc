#include "formats/ooxml/xml_splice.h"

#include <algorithm>
#include <cstdint>
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

// What pugixml reads leniently and WriteXml writes as well-formed XML, which a splice would keep
// as it is: control characters XML 1.0 forbids (WriteXml drops them), numeric character
// references (some stand for those) and '&' that starts no predefined entity (WriteXml escapes
// it).
bool HasWhatWriteXmlRewrites(std::string_view xml) {
  constexpr uint64_t kOnes = ~uint64_t{0} / 255;
  size_t i = 0;
  while (i < xml.size()) {
    // Eight bytes at a time past those with no byte under 0x20 and no '&' (nearly all of a part).
    if (i + 8 <= xml.size()) {
      uint64_t w;
      std::memcpy(&w, xml.data() + i, 8);
      const uint64_t amp = w ^ (kOnes * '&');
      const uint64_t flagged =
          ((w - kOnes * 0x20) & ~w) | ((amp - kOnes) & ~amp);  // a byte < 0x20, or '&'
      if ((flagged & kOnes * 0x80) == 0) {
        i += 8;
        continue;
      }
    }
    const auto c = static_cast<unsigned char>(xml[i]);
    if (c == '&') {
      std::string_view rest = xml.substr(i + 1, 5);
      if (!rest.starts_with("amp;") && !rest.starts_with("lt;") && !rest.starts_with("gt;") &&
          !rest.starts_with("quot;") && !rest.starts_with("apos;")) {
        return true;
      }
    } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
      return true;
    }
    ++i;
  }
  return false;
}

// A declaration or processing instruction whose first '>' is not its "?>": pugixml reads
// such a one (`<?xml version="1.0"/>`) by what comes after it, which a splice may change.
bool HasLooseInstruction(std::string_view xml) {
  // Found by their '?', rare in a part, rather than by every '<'.
  for (size_t q = xml.find('?', 1); q != npos; q = xml.find('?', q + 1)) {
    if (xml[q - 1] != '<') continue;
    size_t gt = xml.find('>', q + 1);
    if (gt == npos || xml[gt - 1] != '?' || gt == q + 1) return true;
  }
  return false;
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
      HasCommentOrDoctype(original) || HasWhatWriteXmlRewrites(original) ||
      HasLooseInstruction(original)) {
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
