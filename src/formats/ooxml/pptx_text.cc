#include "formats/ooxml/pptx_text.h"

#include <algorithm>
#include <functional>

#include "formats/ooxml/xml_part.h"

namespace deskbench::ooxml {
namespace {

std::string ElementText(const pugi::xml_node& node) {
  std::string text;
  for (const pugi::xml_node& c : node.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) text += c.value();
  }
  return text;
}

pugi::xml_node ChildNamed(const pugi::xml_node& node, std::string_view local) {
  for (pugi::xml_node c : node.children()) {
    if (c.type() == pugi::node_element && LocalName(c.name()) == local) return c;
  }
  return {};
}

bool IsShape(std::string_view local) {
  return local == "sp" || local == "pic" || local == "graphicFrame" || local == "grpSp" ||
         local == "cxnSp" || local == "contentPart";
}

// The shape's non-visual properties (p:nvSpPr, p:nvPicPr...) hold cNvPr and the placeholder.
pugi::xml_node NonVisual(const pugi::xml_node& shape) {
  for (pugi::xml_node c : shape.children()) {
    std::string_view local = LocalName(c.name());
    if (local.starts_with("nv") && local.ends_with("Pr")) return c;
  }
  return {};
}

// "title", "subtitle", "footer", "body"... for placeholders; "" for other shapes.
std::string PlaceholderHint(const pugi::xml_node& non_visual) {
  pugi::xml_node ph = ChildNamed(ChildNamed(non_visual, "nvPr"), "ph");
  if (!ph) return "";
  std::string_view type = ph.attribute("type").value();
  if (type == "title" || type == "ctrTitle") return "title";
  if (type == "subTitle") return "subtitle";
  if (type == "ftr" || type == "dt" || type == "sldNum" || type == "hdr") return "footer";
  return "body";
}

struct Context {
  std::string where;  // "slide 3, shape 'Title 1'"
  std::string hint;
};

class Collector : UnitBuilder {
 public:
  Collector(std::string_view label, std::string_view kind) : label_(label), kind_(kind) {}

  void Walk(const pugi::xml_node& node, const Context& ctx, int paragraph, bool in_str_cache) {
    for (pugi::xml_node child : node.children()) {
      if (child.type() != pugi::node_element) continue;
      std::string_view local = LocalName(child.name());
      if (IsShape(local)) {
        Shape(child, ctx);
      } else if (local == "p" && paragraph < 0) {
        ++paragraphs_;
        int p = NewUnit(ctx.where + ", paragraph " + std::to_string(paragraphs_), ctx.hint);
        Walk(child, ctx, p, in_str_cache);
      } else if (local == "t" && paragraph >= 0) {
        AddText(paragraph, child, ElementText(child));
      } else if (local == "br" && paragraph >= 0) {
        AddSynthetic(paragraph, child, "\n");
      } else if (local == "tbl") {
        Table(child, ctx);
      } else if (local == "strCache" || local == "multiLvlStrCache" || local == "strLit") {
        Walk(child, ctx, paragraph, true);
      } else if (local == "v" && (in_str_cache || LocalName(node.name()) == "tx")) {
        int u = NewUnit(ctx.where + ", chart value " + std::to_string(++values_), "chart");
        AddText(u, child, ElementText(child));
      } else if (local == "pt" && kind_ == "diagram" && paragraph < 0) {
        Context inner{ctx.where + ", diagram node " + std::to_string(++nodes_), "diagram"};
        Walk(child, inner, -1, in_str_cache);
      } else {
        Attributes(child, local, ctx);
        Walk(child, ctx, paragraph, in_str_cache);
      }
    }
  }

  std::vector<TextUnit> Take() { return TakeUnits(); }

 private:
  void Shape(const pugi::xml_node& shape, const Context& outer) {
    pugi::xml_node non_visual = NonVisual(shape);
    pugi::xml_node c_nv_pr = ChildNamed(non_visual, "cNvPr");
    std::string name = c_nv_pr.attribute("name").value();
    if (name.empty()) name = std::string(LocalName(shape.name())) + " " + std::to_string(++shapes_);
    Context ctx{std::string(label_) + ", shape '" + name + "'", outer.hint};
    std::string placeholder = PlaceholderHint(non_visual);
    if (kind_ == "slide" || kind_ == "chart shapes") {
      ctx.hint = placeholder.empty() || placeholder == "body" ? "" : placeholder;
    } else if (kind_ == "notes") {
      ctx.hint = "notes";
    } else if (kind_ == "layout" || kind_.ends_with("master")) {
      ctx.hint = "master";
    }
    for (const char* attr : {"descr", "title"}) {
      pugi::xml_attribute a = c_nv_pr.attribute(attr);
      if (a && *a.value() != '\0') AddAttribute(NewUnit(ctx.where + ", " + attr, "alt text"), a);
    }
    // People rename shapes in the selection pane ("Photo of Jane"); PowerPoint shows the names.
    if (pugi::xml_attribute a = c_nv_pr.attribute("name"); a && *a.value() != '\0') {
      AddAttribute(NewUnit(ctx.where + ", name", "shape name"), a);
    }
    Walk(shape, ctx, -1, false);
  }

  // Cells below the first row are read under their column's header. Every row has a cell for
  // each grid column, a merged one included (hMerge), so a cell's column is its place in the row.
  void Table(const pugi::xml_node& table, const Context& ctx) {
    TableHeaders headers;
    size_t row = 0;
    for (pugi::xml_node tr : table.children()) {
      if (LocalName(tr.name()) != "tr") {
        Walk(tr, ctx, -1, false);
        continue;
      }
      ++row;
      size_t column = 0;
      for (pugi::xml_node tc : tr.children()) {
        if (LocalName(tc.name()) != "tc") continue;
        const std::string_view header = row > 1 ? headers.At(column) : std::string_view();
        ++column;
        Context cell{
            ctx.where + ", row " + std::to_string(row) + ", column " + std::to_string(column),
            !header.empty()    ? std::string(header)
            : ctx.hint.empty() ? "table"
                               : ctx.hint};
        const size_t first = units_.size();
        Walk(tc, cell, -1, false);
        if (row == 1) {
          const size_t span = std::clamp<size_t>(tc.attribute("gridSpan").as_uint(1), 1, 64);
          RememberHeader(headers, column - 1, span, first);
        }
      }
    }
  }

  // Attribute text people read or that names things: tooltips of links, tag values, section and
  // custom show names.
  void Attributes(const pugi::xml_node& node, std::string_view local, const Context& ctx) {
    const char* attr = nullptr;
    const char* hint = nullptr;
    if (local == "hlinkClick" || local == "hlinkHover" || local == "hlinkMouseOver") {
      attr = "tooltip";
      hint = "tooltip";
    } else if (local == "tag") {
      attr = "val";
      hint = "tag";
    } else if (local == "section" || local == "custShow") {
      attr = "name";
      hint = "section name";
    }
    if (attr == nullptr) return;
    pugi::xml_attribute a = node.attribute(attr);
    if (!a || *a.value() == '\0') return;
    std::string where = ctx.where + ", " + std::string(local) + " " + std::to_string(++attrs_);
    AddAttribute(NewUnit(where, hint), a);
  }

  std::string_view label_;
  std::string_view kind_;
  size_t paragraphs_ = 0;
  size_t shapes_ = 0;
  size_t values_ = 0;
  size_t nodes_ = 0;
  size_t attrs_ = 0;
};

constexpr std::string_view kRelationshipsNs =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr std::string_view kRelationshipsStrictNs =
    "http://purl.oclc.org/ooxml/officeDocument/relationships";

void ForEachElement(pugi::xml_node node, const std::function<bool(pugi::xml_node)>& visit) {
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    if (visit(c)) ForEachElement(c, visit);
  }
}

// What goes with an element that refers to a removed part: the picture or frame holding it, a
// picture bullet, a transition sound, the extension wrapping it, or the outermost alternate-content
// block (elements whose schema requires the reference, so removing it alone would not be valid).
bool RemovedWithReference(std::string_view local) {
  return local == "pic" || local == "graphicFrame" || local == "buBlip" || local == "ext" ||
         local == "AlternateContent" || local == "contentPart" || local == "sndAc";
}

}  // namespace

std::vector<TextUnit> CollectPptxUnits(const pugi::xml_node& root, std::string_view label,
                                       std::string_view kind) {
  Collector c(label, kind);
  std::string hint;
  if (kind == "notes") hint = "notes";
  if (kind == "layout" || kind.ends_with("master")) hint = "master";
  if (kind == "chart" || kind == "diagram" || kind == "tags") hint = kind;
  c.Walk(root, Context{std::string(label), hint}, -1, false);
  return c.Take();
}

size_t RemovePptxReferences(pugi::xml_node root, const std::set<std::string>& ids) {
  if (ids.empty()) return 0;
  std::set<std::string, std::less<>> prefixes = {"r"};
  for (pugi::xml_attribute a : root.attributes()) {
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
  std::set<pugi::xml_node_struct*> targets;
  for (pugi::xml_node n : found) {
    pugi::xml_node target = n;
    for (pugi::xml_node up = n.parent(); up && up != root; up = up.parent()) {
      std::string_view local = LocalName(up.name());
      // A fallback picture (an equation's image) goes alone: the choice it stands in for stays.
      if (local == "Fallback") {
        target = up;
        break;
      }
      if (RemovedWithReference(local)) target = up;
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
  std::set<std::string, std::less<>> shape_ids;
  for (pugi::xml_node node : outermost) {
    if (LocalName(node.name()) == "cNvPr") shape_ids.insert(node.attribute("id").value());
    ForEachElement(node, [&](pugi::xml_node n) {
      if (LocalName(n.name()) == "cNvPr") shape_ids.insert(n.attribute("id").value());
      return true;
    });
    node.parent().remove_child(node);
  }
  size_t removed = outermost.size();
  // Animations and media timing that target a removed shape would leave the slide unreadable to
  // PowerPoint: the slide's timing goes (its other animations with it).
  for (pugi::xml_node timing : root.children()) {
    if (LocalName(timing.name()) != "timing") continue;
    bool dangling = false;
    ForEachElement(timing, [&](pugi::xml_node n) {
      std::string_view local = LocalName(n.name());
      if ((local == "spTgt" || local == "bldP" || local == "bldGraphic" || local == "bldDgm" ||
           local == "bldOleChart") &&
          shape_ids.count(n.attribute("spid").value()) > 0) {
        dangling = true;
      }
      return !dangling;
    });
    if (dangling) {
      root.remove_child(timing);
      ++removed;
      break;
    }
  }
  return removed;
}

}  // namespace deskbench::ooxml
