#include "formats/ooxml/docx_metadata.h"

#include <array>
#include <functional>

#include "formats/ooxml/xml_part.h"

namespace deskbench::ooxml {
namespace {

std::string AllText(const pugi::xml_node& node) {
  std::string text;
  for (pugi::xml_node n = node.first_child(); n; n = n.next_sibling()) {
    if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) {
      text += n.value();
    } else if (n.type() == pugi::node_element) {
      std::string inner = AllText(n);
      if (!inner.empty()) {
        if (!text.empty()) text += '\n';
        text += inner;
      }
    }
  }
  return text;
}

std::string HintFor(std::string_view property) {
  if (property == "creator" || property == "lastModifiedBy") return "metadata:author";
  if (property == "Manager") return "metadata:manager";
  if (property == "Company") return "metadata:company";
  return "metadata:" + std::string(property);
}

bool RemoveChildren(pugi::xml_node root, std::string_view part,
                    const std::function<bool(std::string_view)>& wanted,
                    std::vector<MetaValue>& values, std::vector<Note>& notes) {
  bool changed = false;
  for (pugi::xml_node n = root.first_child(); n;) {
    pugi::xml_node next = n.next_sibling();
    std::string_view local = LocalName(n.name());
    if (n.type() == pugi::node_element && wanted(local)) {
      std::string text = AllText(n);
      std::string where = std::string(part) + " " + std::string(local);
      if (!text.empty()) {
        values.push_back({text, where, HintFor(local)});
        notes.push_back({where, "removed"});
      }
      root.remove_child(n);
      changed = true;
    }
    n = next;
  }
  return changed;
}

constexpr std::array<std::string_view, 6> kAppRemoved = {
    "Company", "Manager", "Template", "HyperlinkBase", "TitlesOfParts", "HeadingPairs"};

constexpr std::array<std::string_view, 6> kSettingsRemoved = {
    "attachedTemplate", "mailMerge", "docVars", "rsids", "documentProtection", "writeProtection"};

}  // namespace

bool CleanCoreProperties(pugi::xml_node root, std::string_view part, std::vector<MetaValue>& values,
                         std::vector<Note>& notes) {
  return RemoveChildren(
      root, part, [](std::string_view) { return true; }, values, notes);
}

bool CleanAppProperties(pugi::xml_node root, std::string_view part, std::vector<MetaValue>& values,
                        std::vector<Note>& notes) {
  return RemoveChildren(
      root, part,
      [](std::string_view local) {
        for (std::string_view x : kAppRemoved) {
          if (x == local) return true;
        }
        return false;
      },
      values, notes);
}

void CollectCustomProperties(pugi::xml_node root, std::string_view part,
                             std::vector<MetaValue>& values) {
  for (pugi::xml_node p : root.children()) {
    if (p.type() != pugi::node_element) continue;
    std::string name = p.attribute("name").value();
    std::string where = std::string(part) + " " + name;
    if (!name.empty()) values.push_back({name, where + " (name)", "metadata:property"});
    std::string text = AllText(p);
    if (!text.empty()) values.push_back({text, where, "metadata:" + name});
  }
}

bool CleanSettings(pugi::xml_node root, std::string_view part, std::vector<Note>& notes) {
  bool changed = false;
  for (pugi::xml_node n = root.first_child(); n;) {
    pugi::xml_node next = n.next_sibling();
    std::string_view local = LocalName(n.name());
    for (std::string_view x : kSettingsRemoved) {
      if (local != x) continue;
      notes.push_back({std::string(part) + " " + std::string(local), "removed"});
      root.remove_child(n);
      changed = true;
      break;
    }
    n = next;
  }
  return changed;
}

bool IsSettingsRelationshipRemoved(std::string_view kind) {
  return kind == "attachedTemplate" || kind == "mailMergeSource" ||
         kind == "mailMergeHeaderSource" || kind == "recipientData";
}

}  // namespace deskbench::ooxml
