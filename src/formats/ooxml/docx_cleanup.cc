#include "formats/ooxml/docx_cleanup.h"

#include <array>
#include <functional>
#include <span>
#include <string_view>
#include <vector>

#include "formats/ooxml/xml_part.h"

namespace deskbench::ooxml {
namespace {

constexpr std::string_view kRelationshipsNs =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr std::string_view kRelationshipsStrictNs =
    "http://purl.oclc.org/ooxml/officeDocument/relationships";

constexpr std::array<std::string_view, 22> kRemovedMarks = {
    "del",
    "moveFrom",
    "moveFromRangeStart",
    "moveFromRangeEnd",
    "moveToRangeStart",
    "moveToRangeEnd",
    "rPrChange",
    "pPrChange",
    "sectPrChange",
    "tblPrChange",
    "trPrChange",
    "tcPrChange",
    "tblGridChange",
    "tblPrExChange",
    "numberingChange",
    "cellDel",
    "cellIns",
    "cellMerge",
    "customXmlDelRangeStart",
    "customXmlDelRangeEnd",
    "customXmlInsRangeStart",
    "customXmlInsRangeEnd",
};

bool IsIn(std::string_view name, std::span<const std::string_view> list) {
  for (std::string_view x : list) {
    if (x == name) return true;
  }
  return false;
}

// A table row whose properties mark it deleted.
bool IsDeletedRow(const pugi::xml_node& node) {
  if (LocalName(node.name()) != "tr") return false;
  for (pugi::xml_node c : node.children()) {
    if (LocalName(c.name()) != "trPr") continue;
    for (pugi::xml_node m : c.children()) {
      if (LocalName(m.name()) == "del") return true;
    }
  }
  return false;
}

void Unwrap(pugi::xml_node node) {
  pugi::xml_node parent = node.parent();
  while (node.first_child()) parent.insert_move_before(node.first_child(), node);
  parent.remove_child(node);
}

// Every element below root, depth first; visit returns whether to go into the element. A
// template, not a std::function: each story is walked three times on opening, every element
// visited (an indirect call each was a sixth of the walks).
template <typename Visit>
void ForEachElement(pugi::xml_node root, Visit&& visit) {
  for (pugi::xml_node c = root.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    if (visit(c)) ForEachElement(c, visit);
  }
}

}  // namespace

StoryCleaned& StoryCleaned::operator+=(const StoryCleaned& other) {
  tracked.insertions += other.tracked.insertions;
  tracked.deletions += other.tracked.deletions;
  tracked.formatting += other.tracked.formatting;
  tracked.markers += other.tracked.markers;
  comment_marks += other.comment_marks;
  rsids += other.rsids;
  references += other.references;
  return *this;
}

// One walk accepts the tracked changes, removes the comment marks and strips the editing-session
// ids (three walks of every element were a twentieth of opening a typical document). Nothing is
// removed or moved until the walk is done; nothing inside a removed element is counted, and the
// elements that go (a mark, w:ins once unwrapped) keep their attributes, so the counts are those of
// accepting the changes first, then removing the marks, then stripping what is left.
StoryCleaned CleanStory(pugi::xml_node root, const StoryCleaning& how, pugi::xml_node namespaces) {
  StoryCleaned c;
  std::vector<pugi::xml_node> removed;
  std::vector<pugi::xml_node> unwrapped;
  ForEachElement(root, [&](pugi::xml_node n) {
    const std::string_view local = LocalName(n.name());
    if (IsDeletedRow(n)) {
      removed.push_back(n);
      ++c.tracked.deletions;
      return false;
    }
    if (IsIn(local, kRemovedMarks)) {
      removed.push_back(n);
      if ((local == "del" || local == "moveFrom") && n.first_child()) {
        ++c.tracked.deletions;
      } else if (local.ends_with("Change")) {
        ++c.tracked.formatting;
      } else {
        ++c.tracked.markers;
      }
      return false;
    }
    if (local == "ins" || local == "moveTo") {
      unwrapped.push_back(n);
      ++(n.first_child() ? c.tracked.insertions : c.tracked.markers);
      return true;
    }
    if (how.remove_comment_marks && (local == "commentRangeStart" || local == "commentRangeEnd" ||
                                     local == "commentReference")) {
      removed.push_back(n);
      ++c.comment_marks;
      return false;
    }
    for (pugi::xml_attribute a = n.first_attribute(); a;) {
      const pugi::xml_attribute next = a.next_attribute();
      if (LocalName(a.name()).starts_with("rsid")) {
        n.remove_attribute(a);
        ++c.rsids;
      }
      a = next;
    }
    return true;
  });
  for (pugi::xml_node n : removed) n.parent().remove_child(n);
  for (pugi::xml_node n : unwrapped) Unwrap(n);
  c.references = RemoveReferences(root, how.removed_ids, namespaces);
  return c;
}

size_t RemoveReferences(pugi::xml_node root, const std::set<std::string>& ids,
                        pugi::xml_node namespaces) {
  if (ids.empty()) return 0;
  std::set<std::string, std::less<>> prefixes = {"r"};
  for (pugi::xml_attribute a : (namespaces ? namespaces : root).attributes()) {
    std::string_view name = a.name();
    if (name.starts_with("xmlns:") &&
        (a.value() == kRelationshipsNs || a.value() == kRelationshipsStrictNs)) {
      prefixes.insert(std::string(name.substr(6)));
    }
  }
  std::vector<pugi::xml_node> found;
  ForEachElement(root, [&](pugi::xml_node n) {
    for (pugi::xml_attribute a : n.attributes()) {
      if (prefixes.count(Prefix(a.name())) > 0 && ids.count(a.value()) > 0) {
        found.push_back(n);
        return false;
      }
    }
    return true;
  });
  // Remove the whole drawing, picture or object; the outermost alternate-content wrapper too, as
  // its fallback refers to the same part.
  std::set<pugi::xml_node_struct*> targets;
  for (pugi::xml_node n : found) {
    pugi::xml_node target = n;
    for (pugi::xml_node up = n.parent(); up && up != root; up = up.parent()) {
      std::string_view local = LocalName(up.name());
      if (local == "p" || local == "body" || local == "hdr" || local == "ftr") break;
      if (local == "drawing" || local == "pict" || local == "object" ||
          local == "AlternateContent") {
        target = up;
      }
    }
    targets.insert(target.internal_object());
  }
  std::vector<pugi::xml_node> outermost;
  for (pugi::xml_node_struct* t : targets) {
    pugi::xml_node node(t);
    bool nested = false;
    for (pugi::xml_node up = node.parent(); up; up = up.parent()) {
      if (targets.count(up.internal_object()) > 0) nested = true;
    }
    if (!nested) outermost.push_back(node);
  }
  for (pugi::xml_node node : outermost) node.parent().remove_child(node);
  size_t count = outermost.size();
  return count;
}

}  // namespace deskbench::ooxml
