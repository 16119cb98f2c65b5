#include "formats/ooxml/comment_text.h"

#include <string>

#include "formats/ooxml/xml_part.h"

namespace deskbench::ooxml {
namespace {

bool IsComment(std::string_view local) {
  return local == "comment" || local == "cm" || local == "threadedComment";
}

// Elements naming a comment author: w15:person, x18tc:person, p:cmAuthor, p188:author (and the
// Excel notes' author element, whose name is its text).
bool IsAuthor(std::string_view local) {
  return local == "person" || local == "cmAuthor" || local == "author";
}

bool IsAuthorAttribute(std::string_view local) {
  return local == "author" || local == "name" || local == "displayName";
}

bool HasDescendant(const pugi::xml_node& node, std::string_view local) {
  return static_cast<bool>(
      node.find_node([&](pugi::xml_node n) { return LocalName(n.name()) == local; }));
}

std::string TextOf(const pugi::xml_node& node) {
  std::string text;
  for (const pugi::xml_node& c : node.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) text += c.value();
  }
  return text;
}

class Collector {
 public:
  explicit Collector(std::string_view part) : part_(part) {}

  void Walk(const pugi::xml_node& node) {
    for (pugi::xml_node child : node.children()) {
      if (child.type() != pugi::node_element) continue;
      std::string_view local = LocalName(child.name());
      if (IsComment(local)) {
        Comment(child);
      } else if (IsAuthor(local)) {
        Author(child);
      } else {
        Walk(child);
      }
    }
  }

  std::vector<TextUnit> Take() { return std::move(units_); }

 private:
  void Comment(pugi::xml_node c) {
    std::string where = std::string(part_) + " comment " + std::to_string(++comments_);
    Attributes(c, where);
    if (HasDescendant(c, "p")) {
      // Word and modern PowerPoint comments hold paragraphs with runs.
      for (TextUnit& u : CollectUnits(c, where, "comment")) units_.push_back(std::move(u));
      return;
    }
    // Excel notes: rich-text runs (t); threaded and legacy PowerPoint comments: a text element.
    TextUnit u{"", {}, where, "comment"};
    Joiner joiner(&u);
    c.traverse(joiner);
    if (!u.text.empty()) units_.push_back(std::move(u));
  }

  void Author(const pugi::xml_node& a) {
    std::string where = std::string(part_) + " author " + std::to_string(++authors_);
    Attributes(a, where);
    std::string text = TextOf(a);
    if (!text.empty()) {
      TextUnit u{text, {{a, {}, 0, text.size(), true}}, where, "author"};
      units_.push_back(std::move(u));
    }
  }

  void Attributes(const pugi::xml_node& n, const std::string& where) {
    for (pugi::xml_attribute a : n.attributes()) {
      std::string_view value = a.value();
      if (!IsAuthorAttribute(LocalName(a.name())) || value.empty()) continue;
      TextUnit u{std::string(value), {{{}, a, 0, value.size(), true}}, where + " name", "author"};
      units_.push_back(std::move(u));
    }
  }

  struct Joiner : pugi::xml_tree_walker {
    TextUnit* unit = nullptr;
    explicit Joiner(TextUnit* u) : unit(u) {}
    bool for_each(pugi::xml_node& n) override {
      if (n.type() != pugi::node_element) return true;
      std::string_view local = LocalName(n.name());
      // Phonetic runs (rPh) repeat the text in another script; they are not separate text.
      if (local == "t" || (local == "text" && !HasDescendant(n, "t"))) {
        for (pugi::xml_node up = n.parent(); up; up = up.parent()) {
          if (LocalName(up.name()) == "rPh") return true;
        }
        std::string text = TextOf(n);
        if (text.empty()) return true;
        unit->pieces.push_back({n, {}, unit->text.size(), unit->text.size() + text.size(), true});
        unit->text += text;
      }
      return true;
    }
  };

  std::string_view part_;
  std::vector<TextUnit> units_;
  size_t comments_ = 0;
  size_t authors_ = 0;
};

}  // namespace

std::vector<TextUnit> CollectCommentUnits(const pugi::xml_node& root, std::string_view part) {
  Collector c(part);
  c.Walk(root);
  return c.Take();
}

size_t NeutraliseCommentIdentities(pugi::xml_node root) {
  size_t changed = 0;
  std::vector<pugi::xml_node> presence;
  struct Walker : pugi::xml_tree_walker {
    std::vector<pugi::xml_node>* presence;
    size_t* changed;
    bool for_each(pugi::xml_node& n) override {
      if (n.type() != pugi::node_element) return true;
      if (LocalName(n.name()) == "presenceInfo") {
        presence->push_back(n);
        return true;
      }
      for (pugi::xml_attribute a : n.attributes()) {
        std::string_view local = LocalName(a.name());
        std::string_view value = a.value();
        if (local == "userId" || local == "initials") {
          if (!value.empty()) {
            a.set_value("");
            ++*changed;
          }
        } else if (local == "providerId" && value != "None") {
          a.set_value("None");
          ++*changed;
        }
      }
      return true;
    }
  } walker;
  walker.presence = &presence;
  walker.changed = &changed;
  root.traverse(walker);
  for (pugi::xml_node n : presence) {
    n.parent().remove_child(n);
    ++changed;
  }
  return changed;
}

}  // namespace deskbench::ooxml
