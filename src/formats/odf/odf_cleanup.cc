#include "formats/odf/odf_cleanup.h"

#include <map>
#include <unordered_set>

#include "formats/ooxml/xml_part.h"

namespace deskbench::odf {
namespace {

std::string TextOf(const pugi::xml_node& node) {
  std::string text;
  for (pugi::xml_node n : node.children()) {
    if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) {
      text += n.value();
    } else if (n.type() == pugi::node_element) {
      std::string inner = TextOf(n);
      if (!inner.empty() && !text.empty()) text += ' ';
      text += inner;
    }
  }
  return text;
}

std::vector<pugi::xml_node> Elements(const pugi::xml_node& root, auto&& matches) {
  std::vector<pugi::xml_node> found;
  struct Walker : pugi::xml_tree_walker {
    decltype(matches)& match;
    std::vector<pugi::xml_node>& out;
    Walker(decltype(matches)& m, std::vector<pugi::xml_node>& o) : match(m), out(o) {}
    bool for_each(pugi::xml_node& n) override {
      if (n.type() == pugi::node_element && match(n)) out.push_back(n);
      return true;
    }
  } walker(matches, found);
  pugi::xml_node r = root;
  r.traverse(walker);
  return found;
}

// Removes nodes, skipping those already gone with an enclosing removed one.
size_t RemoveAll(const std::vector<pugi::xml_node>& nodes) {
  std::unordered_set<pugi::xml_node_struct*> marked;
  for (const pugi::xml_node& n : nodes) marked.insert(n.internal_object());
  size_t removed = 0;
  for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) {
    pugi::xml_node n = *it;
    bool inside = false;
    for (pugi::xml_node up = n.parent(); up && !inside; up = up.parent()) {
      inside = marked.count(up.internal_object()) > 0;
    }
    if (inside) continue;
    n.parent().remove_child(n);
    ++removed;
  }
  return removed;
}

// The hints the scrub layer knows for metadata ("metadata:author" lets a name found there be
// looked for everywhere).
std::string MetaHint(const std::string& name) {
  if (name == "dc:creator" || name == "meta:initial-creator" || name == "meta:printed-by") {
    return "metadata:author";
  }
  return "metadata:" + std::string(ooxml::LocalName(name.c_str()));
}

// A reference to a part inside the package (not a URL or mail address).
bool IsInternal(std::string_view href) {
  if (href.empty()) return false;
  return href.find(':') == std::string_view::npos;
}

}  // namespace

bool CleanMeta(const pugi::xml_node& root, std::vector<MetaText>& values,
               std::vector<Note>& notes) {
  std::vector<pugi::xml_node> metas = Elements(
      root, [](const pugi::xml_node& n) { return std::string_view(n.name()) == "office:meta"; });
  std::map<std::string, size_t> removed;
  bool changed = false;
  for (pugi::xml_node meta : metas) {
    std::vector<pugi::xml_node> drop;
    for (pugi::xml_node child : meta.children()) {
      std::string name = child.type() == pugi::node_element ? child.name() : "";
      if (name == "meta:generator") {
        if (TextOf(child) != "deskbench") {
          while (child.first_child()) child.remove_child(child.first_child());
          child.append_child(pugi::node_pcdata).set_value("deskbench");
          changed = true;
        }
        continue;
      }
      if (!name.empty()) {
        std::string text = TextOf(child);
        for (pugi::xml_attribute a : child.attributes()) {
          if (*a.value() != '\0') text += (text.empty() ? "" : " ") + std::string(a.value());
        }
        if (!text.empty()) values.push_back({text, "meta.xml " + name, MetaHint(name)});
        ++removed[name];
      }
      drop.push_back(child);
    }
    for (pugi::xml_node d : drop) meta.remove_child(d);
    changed = changed || !drop.empty();
  }
  for (const auto& [name, count] : removed) {
    notes.push_back(
        {"meta.xml " + name, count == 1 ? "removed" : std::to_string(count) + " removed"});
  }
  return changed;
}

bool CleanSettings(const pugi::xml_node& root, std::vector<Note>& notes) {
  std::vector<pugi::xml_node> items = Elements(root, [](const pugi::xml_node& n) {
    std::string_view name = n.name();
    if (name != "config:config-item") return false;
    std::string_view item = n.attribute("config:name").value();
    if (item.find("Printer") != std::string_view::npos) return true;
    std::string_view value = n.child_value();
    return value.find('/') != std::string_view::npos || value.find('\\') != std::string_view::npos;
  });
  size_t removed = RemoveAll(items);
  if (removed > 0) {
    notes.push_back({"settings.xml printer settings and paths",
                     std::to_string(removed) + " configuration items removed"});
  }
  return removed > 0;
}

BodyCleanup CleanBody(const pugi::xml_node& root, const BodyKeep& keep) {
  BodyCleanup done;
  if (!keep.annotations) {
    done.annotations = RemoveAll(Elements(root, [](const pugi::xml_node& n) {
      std::string_view name = n.name();
      return name == "office:annotation" || name == "office:annotation-end";
    }));
  }
  // A reference to a picture that stays in the package.
  auto kept = [&](std::string_view href) {
    if (href.starts_with("./")) href.remove_prefix(2);
    return keep.references.count(std::string(href)) > 0;
  };
  // The change records hold deleted text and who changed what; insertions stay in place.
  done.deletions = RemoveAll(Elements(root, [](const pugi::xml_node& n) {
    return std::string_view(n.name()) == "text:tracked-changes";
  }));
  done.change_marks = RemoveAll(Elements(root, [](const pugi::xml_node& n) {
    std::string_view name = n.name();
    return name == "text:change" || name == "text:change-start" || name == "text:change-end";
  }));
  done.scripts = RemoveAll(Elements(root, [](const pugi::xml_node& n) {
    std::string_view name = n.name();
    return name == "office:scripts" || name == "office:event-listeners";
  }));
  // Pictures and objects are dropped from the package, so are the frames that show them (inline
  // base64 pictures too).
  done.frames = RemoveAll(Elements(root, [&](const pugi::xml_node& n) {
    std::string_view name = n.name();
    if (name != "draw:frame") return false;
    // A frame goes when it shows something removed and nothing kept (an object's preview
    // picture goes alone, below, while the object stays).
    bool removed = false, shown = false;
    for (pugi::xml_node c : n.children()) {
      std::string_view child = c.name();
      if (child != "draw:image" && child != "draw:object" && child != "draw:object-ole" &&
          child != "draw:plugin" && child != "draw:applet") {
        continue;
      }
      std::string_view href = c.attribute("xlink:href").value();
      if (c.child("office:binary-data") || (IsInternal(href) && !kept(href))) {
        removed = true;
      } else if (IsInternal(href)) {
        shown = true;
      }
    }
    return removed && !shown;
  }));
  // Fill images, bullets and other references left outside frames.
  done.frames += RemoveAll(Elements(root, [&](const pugi::xml_node& n) {
    std::string_view name = n.name();
    if (name == "office:binary-data") return true;
    if (name != "draw:image" && name != "draw:fill-image" &&
        name != "text:list-level-style-image" && name != "style:background-image" &&
        name != "draw:object" && name != "draw:object-ole") {
      return false;
    }
    std::string_view href = n.attribute("xlink:href").value();
    return IsInternal(href) && !kept(href);
  }));
  return done;
}

}  // namespace deskbench::odf
