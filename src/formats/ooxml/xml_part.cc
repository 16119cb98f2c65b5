#include "formats/ooxml/xml_part.h"

#include <cstring>
#include <vector>

#include "core/ascii.h"
#include "core/error.h"

namespace deskbench::ooxml {
namespace {

// A declaration anywhere (even inside a comment) is refused: parts written by Office never have
// one, and refusing is safer than deciding what a parser would expand.
// An internal DTD subset ("<!DOCTYPE x [ ... ]>") or an ENTITY declaration anywhere: what could
// define entities. A DOCTYPE that only names an external DTD, as OpenOffice wrote into every
// manifest ("<!DOCTYPE manifest:manifest PUBLIC ... "Manifest.dtd">"), defines nothing here: the
// DTD is never fetched and no entity is ever expanded.
bool HasDeclaration(std::string_view bytes) {
  // Found by their '!', which is rare in a part, rather than by every '<' (one search each).
  auto next = [&](size_t from) {
    for (size_t bang = bytes.find('!', from + 1); bang != std::string_view::npos;
         bang = bytes.find('!', bang + 1)) {
      if (bytes[bang - 1] == '<') return bang - 1;
    }
    return std::string_view::npos;
  };
  for (size_t at = next(0); at != std::string_view::npos; at = next(at + 2)) {
    std::string_view rest = bytes.substr(at + 2, 7);
    std::string upper = ascii::Upper(rest);
    if (upper.starts_with("ENTITY")) return true;
    if (upper.starts_with("DOCTYPE")) {
      size_t close = bytes.find('>', at);
      std::string_view decl =
          bytes.substr(at, close == std::string_view::npos ? close : close - at);
      if (close == std::string_view::npos || decl.find('[') != std::string_view::npos) return true;
    }
  }
  return false;
}

// UTF-16 parts hide "<!DOCTYPE" between NUL bytes: look at them with the NULs dropped.
std::string WithoutNuls(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (char c : bytes) {
    if (c != '\0') out.push_back(c);
  }
  return out;
}

// Every node of every part is visited here. pugixml's own traversal steps from node to node
// inside the library, one virtual call a node, where a walk through the public accessors made
// about five calls into it a node (a sixth of parsing a part). Stops at the first node past
// `limit`.
class DepthWalker : public pugi::xml_tree_walker {
 public:
  explicit DepthWalker(size_t limit) : limit_(limit) {}
  bool for_each(pugi::xml_node&) override {
    // depth() is 0 for the document's own children, which are at depth 1.
    const size_t at = static_cast<size_t>(depth()) + 1;
    if (at > max_) max_ = at;
    return max_ <= limit_;
  }
  size_t max() const { return max_; }

 private:
  size_t limit_;
  size_t max_ = 0;
};

bool DeeperThan(pugi::xml_document& doc, size_t limit) {
  DepthWalker walker(limit);
  doc.traverse(walker);
  return walker.max() > limit;
}

bool NeedsEscape(char c) {
  return c == '&' || c == '<' || c == '>' || c == '"' || static_cast<unsigned char>(c) < 0x20;
}

void Escape(std::string_view s, bool attribute, std::string& out) {
  for (size_t i = 0; i < s.size(); ++i) {
    // Runs of ordinary characters are appended whole (serialising was a tenth of a scrub).
    size_t run = i;
    while (run < s.size() && !NeedsEscape(s[run])) ++run;
    if (run > i) {
      out.append(s, i, run - i);
      i = run;
      if (i == s.size()) break;
    }
    char c = s[i];
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        if (attribute) {
          out += "&quot;";
        } else {
          out.push_back(c);
        }
        break;
      case '\n':
        if (attribute) {
          out += "&#10;";
        } else {
          out.push_back(c);
        }
        break;
      case '\r':
        out += "&#13;";
        break;
      case '\t':
        if (attribute) {
          out += "&#9;";
        } else {
          out.push_back(c);
        }
        break;
      default:
        // Control characters are not allowed in XML 1.0 at all: dropped.
        if (static_cast<unsigned char>(c) < 0x20) break;
        out.push_back(c);
    }
  }
}

// Writes node into *out; at split (not written), switches *out to after.
void WriteNode(const pugi::xml_node& node, std::string** target, const pugi::xml_node& split,
               std::string* after) {
  if (split && node == split) {
    *target = after;
    return;
  }
  std::string& out = **target;
  switch (node.type()) {
    case pugi::node_pcdata:
      Escape(node.value(), false, out);
      return;
    case pugi::node_cdata:
      Escape(node.value(), false, out);
      return;
    case pugi::node_pi:
      out += "<?";
      out += node.name();
      if (*node.value() != '\0') {
        out += ' ';
        out += node.value();
      }
      out += "?>";
      return;
    case pugi::node_element:
      break;
    default:
      return;  // comments, declarations (written once by WriteXml)
  }
  out += '<';
  out += node.name();
  for (const pugi::xml_attribute& a : node.attributes()) {
    out += ' ';
    out += a.name();
    out += "=\"";
    Escape(a.value(), true, out);
    out += '"';
  }
  if (!node.first_child()) {
    out += "/>";
    return;
  }
  out += '>';
  for (const pugi::xml_node& child : node.children()) WriteNode(child, target, split, after);
  std::string& rest = **target;  // after the split, when it was inside this element
  rest += "</";
  rest += node.name();
  rest += '>';
}

}  // namespace

// Called for nearly every node visited (millions for a workbook): one pass over the name, which
// is short, instead of strlen and then memchr.
std::string_view LocalName(const char* name) {
  const char* local = name;
  const char* p = name;
  for (; *p != '\0'; ++p) {
    if (*p == ':' && local == name) local = p + 1;
  }
  return std::string_view(local, static_cast<size_t>(p - local));
}

std::string_view Prefix(const char* name) {
  for (const char* p = name; *p != '\0'; ++p) {
    if (*p == ':') return std::string_view(name, static_cast<size_t>(p - name));
  }
  return std::string_view();
}

std::unique_ptr<pugi::xml_document> ParseXml(std::string_view bytes, std::string_view part,
                                             const std::filesystem::path& file,
                                             const Limits& limits) {
  std::string where = std::string(part);
  // UTF-8 parts (nearly all) have no NUL byte: no copy without them.
  bool nuls = bytes.find('\0') != std::string_view::npos;
  if (HasDeclaration(bytes) || (nuls && HasDeclaration(WithoutNuls(bytes)))) {
    throw Refusal(
        file, where + ": XML with a DOCTYPE internal subset or an ENTITY declaration is refused");
  }
  auto doc = std::make_unique<pugi::xml_document>();
  unsigned options = pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_declaration |
                     pugi::parse_pi | pugi::parse_doctype;
  pugi::xml_parse_result result = doc->load_buffer(bytes.data(), bytes.size(), options);
  if (!result) {
    throw Refusal(file, where + ": malformed XML (" + result.description() + " at byte " +
                            std::to_string(result.offset) + ")");
  }
  for (const pugi::xml_node& n : doc->children()) {
    if (n.type() == pugi::node_doctype &&
        std::string_view(n.value()).find('[') != std::string_view::npos) {
      throw Refusal(file, where + ": XML with a DOCTYPE internal subset is refused");
    }
  }
  if (!doc->document_element()) throw Refusal(file, where + ": XML without a root element");
  if (DeeperThan(*doc, limits.max_xml_depth)) {
    throw Refusal(file, where + ": XML nested deeper than " + std::to_string(limits.max_xml_depth) +
                            " levels");
  }
  return doc;
}

std::string WriteXml(const pugi::xml_document& doc) {
  return WriteXmlAround(doc, {}).first;
}

std::pair<std::string, std::string> WriteXmlAround(const pugi::xml_document& doc,
                                                   const pugi::xml_node& split) {
  std::pair<std::string, std::string> parts;
  parts.first = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";
  std::string* target = &parts.first;
  for (const pugi::xml_node& child : doc.children()) {
    if (child.type() == pugi::node_element || child.type() == pugi::node_pi) {
      WriteNode(child, &target, split, &parts.second);
    }
  }
  return parts;
}

void WriteXmlNode(const pugi::xml_node& node, std::string& out) {
  std::string* target = &out;
  WriteNode(node, &target, {}, nullptr);
}

}  // namespace deskbench::ooxml
