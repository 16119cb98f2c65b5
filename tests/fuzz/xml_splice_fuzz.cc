// Fuzzes the spliced write of XML parts (ooxml/xml_splice.h), which reads element ends out of
// hostile bytes: XML that parses under the limits has some of its elements changed (text set,
// an attribute added or dropped, a child added), and a splice, where one is made, must parse
// and read as the part serialised whole (both read back). The first byte picks which elements
// change.
#include <memory>
#include <string>
#include <vector>

#include "core/error.h"
#include "formats/ooxml/xml_part.h"
#include "formats/ooxml/xml_splice.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace deskbench;
  using namespace deskbench::ooxml;
  if (size < 1) return 0;
  const size_t every = data[0] % 5 + 1;
  const std::string original(reinterpret_cast<const char*>(data) + 1, size - 1);
  Limits limits = fuzz::SmallLimits();
  std::unique_ptr<pugi::xml_document> doc;
  try {
    doc = ParseXml(original, "part.xml", "fuzz.xlsx", limits);
  } catch (const Refusal&) {
    return 0;
  }
  std::vector<pugi::xml_node> elements;
  struct Walker : pugi::xml_tree_walker {
    std::vector<pugi::xml_node>* out;
    bool for_each(pugi::xml_node& n) override {
      if (n.type() == pugi::node_element) out->push_back(n);
      return true;
    }
  } walker;
  walker.out = &elements;
  doc->traverse(walker);
  std::vector<pugi::xml_node> changed;
  for (size_t i = 0; i < elements.size(); i += every) {
    pugi::xml_node e = elements[i];
    switch ((i / every) % 4) {
      case 0:
        e.text().set("n<&>\"'\r\n");
        break;
      case 1:
        e.append_attribute("fz") = "a\"b<\t";
        break;
      case 2:
        e.remove_attribute(e.first_attribute());
        break;
      case 3:
        e.append_child("fz:new").append_child(pugi::node_pcdata).set_value("x&y");
        break;
    }
    changed.push_back(e);
  }
  std::optional<std::string> spliced = SpliceXml(original, changed);
  if (!spliced) return 0;
  Limits deeper = limits;
  deeper.max_xml_depth += 2;  // an added child may nest one level deeper
  std::unique_ptr<pugi::xml_document> again;
  try {
    again = ParseXml(*spliced, "part.xml", "fuzz.xlsx", deeper);
  } catch (const Refusal&) {
    fuzz::Check(false);
  }
  // Both read back, twice: WriteXml writes an element whose only child is an empty CDATA
  // section as <a></a>, which reads back as <a/> (a splice keeps such an element's bytes).
  auto settled = [&](const std::string& xml) {
    return WriteXml(*ParseXml(WriteXml(*ParseXml(xml, "part.xml", "fuzz.xlsx", deeper)), "part.xml",
                              "fuzz.xlsx", deeper));
  };
  fuzz::Check(settled(*spliced) == settled(WriteXml(*doc)));
  return 0;
}
