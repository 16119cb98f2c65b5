// A part spliced (its changed elements serialised into its original bytes) reads as the part
// serialised whole: same elements, attributes and text; and whatever a splice would keep that
// WriteXml drops (comments, DOCTYPEs, character references) sends the part to WriteXml.
#include "formats/ooxml/xml_splice.h"

#include <gtest/gtest.h>

#include <random>

#include "core/limits.h"
#include "formats/ooxml/xml_part.h"

namespace deskbench::ooxml {
namespace {

std::unique_ptr<pugi::xml_document> Parse(std::string_view xml) {
  return ParseXml(xml, "part.xml", "file.xlsx", Limits{});
}

// The same document: both read back and written whole give the same bytes.
void ExpectSameDocument(std::string_view a, std::string_view b) {
  EXPECT_EQ(WriteXml(*Parse(a)), WriteXml(*Parse(b))) << a << "\n---\n" << b;
}

TEST(ElementEnd, FindsTheEndOfEachKindOfElement) {
  std::string_view xml =
      R"(<r><a x="1>2" y='/>'/><b>t<!-- </b> --><![CDATA[</b>]]><?p </b>?><b/></b><c ></c ></r>)";
  EXPECT_EQ(ElementEnd(xml, 0), xml.size());
  size_t a = xml.find("<a");
  EXPECT_EQ(xml.substr(a, ElementEnd(xml, a) - a), R"(<a x="1>2" y='/>'/>)");
  size_t b = xml.find("<b>");
  EXPECT_EQ(xml.substr(b, ElementEnd(xml, b) - b),
            R"(<b>t<!-- </b> --><![CDATA[</b>]]><?p </b>?><b/></b>)");
  size_t c = xml.find("<c");
  EXPECT_EQ(xml.substr(c, ElementEnd(xml, c) - c), "<c ></c >");
  EXPECT_EQ(ElementEnd("<a><b></a>", 0), std::string_view::npos);  // never closed
  EXPECT_EQ(ElementEnd("<a x='1", 0), std::string_view::npos);
  EXPECT_EQ(ElementEnd("x<a/>", 0), std::string_view::npos);  // not at a '<'
}

TEST(SpliceXml, ChangedCellsAndStringsReadAsTheWholePartWritten) {
  const std::string original =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<worksheet xmlns=\"urn:x\"><sheetData>"
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t='inlineStr'><is><t>Jane &amp; "
      "Doe</t></is></c></row>\n"
      "<row r=\"2\"><c r=\"A2\"><v>4155552671</v></c><c r=\"B2\"><f>\"x\"&amp;A1</f><v>1</v></c>"
      "<c r=\"C2\" s=\"1\"   ><v>7</v></c></row>"
      "</sheetData><extra><![CDATA[a<b]]></extra></worksheet>";
  auto doc = Parse(original);
  pugi::xml_node data = doc->document_element().child("sheetData");
  pugi::xml_node b1 = data.first_child().last_child();
  pugi::xml_node a2 = data.last_child().first_child();
  pugi::xml_node c2 = data.last_child().last_child();
  b1.child("is").child("t").text().set("Alex <Roe>");  // text of an inline string
  a2.child("v").text().set("4155550000");              // a number's digits
  c2.remove_child("v");                                // an element removed
  c2.append_attribute("t") = "inlineStr";              // and an attribute added
  c2.append_child("is").append_child("t").text().set("x\"y");
  auto spliced = SpliceXml(original, {b1.child("is").child("t"), a2, c2, b1});
  ASSERT_TRUE(spliced.has_value());
  ExpectSameDocument(*spliced, WriteXml(*doc));
  // Untouched bytes are the original's (its spacing, quotes and CDATA).
  EXPECT_NE(spliced->find("<c r=\"A1\" t=\"s\"><v>0</v></c>"), std::string::npos);
  EXPECT_NE(spliced->find("<![CDATA[a<b]]>"), std::string::npos);
  EXPECT_NE(spliced->find("</row>\n<row"), std::string::npos);
  EXPECT_NE(spliced->find("Alex &lt;Roe&gt;"), std::string::npos);
  EXPECT_EQ(spliced->find("4155552671"), std::string::npos);
}

TEST(SpliceXml, RandomEditsReadAsTheWholePartWritten) {
  std::mt19937 rng(5);
  for (int round = 0; round < 200; ++round) {
    std::string original = "<root>";
    const int items = 1 + static_cast<int>(rng() % 12);
    for (int i = 0; i < items; ++i) {
      original += "<si n='" + std::to_string(i) + "'>";
      if (rng() % 3 == 0)
        original += "<r><t xml:space=\"preserve\"> a" + std::to_string(i) + "</t></r>";
      original += rng() % 4 == 0 ? "<t/>" : "<t>v&gt;" + std::to_string(rng() % 1000) + "</t>";
      original += "</si>" + std::string(rng() % 2, '\n');
    }
    original += "</root>";
    auto doc = Parse(original);
    std::vector<pugi::xml_node> changed;
    for (pugi::xml_node si : doc->document_element().children("si")) {
      if (rng() % 3 != 0) continue;
      pugi::xml_node target = rng() % 2 == 0 ? si : si.child("t");
      switch (rng() % 3) {
        case 0:
          si.child("t").text().set(("new & " + std::to_string(rng() % 100)).c_str());
          break;
        case 1:
          si.remove_child("r");
          target = si;
          break;
        case 2:
          si.attribute("n").set_value("changed \"n\"");
          target = si;
          break;
      }
      changed.push_back(target);
    }
    auto spliced = SpliceXml(original, changed);
    ASSERT_TRUE(spliced.has_value()) << original;
    ExpectSameDocument(*spliced, WriteXml(*doc));
  }
}

TEST(SpliceXml, WhatWriteXmlWouldDropIsLeftToIt) {
  auto refused = [](const std::string& original) {
    auto doc = Parse(original);
    pugi::xml_node a = doc->document_element().child("a");
    a.text().set("x");
    return !SpliceXml(original, {a}).has_value();
  };
  EXPECT_FALSE(refused("<r><a>1</a></r>"));
  EXPECT_TRUE(refused("<r><!-- Jane Doe wrote this --><a>1</a></r>"));
  EXPECT_TRUE(refused("<r><a>1</a><b>&#1;</b></r>"));
  EXPECT_TRUE(refused("<r><a>1</a><b>&#65;</b></r>"));
  EXPECT_TRUE(refused("<r><a>1</a><b>R&D</b></r>"));  // pugixml keeps it; WriteXml escapes it
  EXPECT_TRUE(refused(std::string("<r><a>1</a><b>\x01</b></r>")));  // WriteXml drops it
  EXPECT_FALSE(refused("<r><a>1</a><b x='&quot;&apos;'>&amp;&lt;&gt;\t\r\n</b></r>"));
  EXPECT_TRUE(refused("\xEF\xBB\xBF<r><a>1</a></r>"));
  EXPECT_TRUE(refused("<?xml version='1.0' encoding='ISO-8859-1'?><r><a>1</a></r>"));
  EXPECT_FALSE(refused("<?xml version='1.0' encoding='utf-8'?><r><a>1</a></r>"));
  // Found by xml_splice_fuzz: pugixml reads a declaration closed by "/>" by what follows it.
  EXPECT_TRUE(refused("<?xml version='1.0'/>\n<r><a>?></a></r>"));
  EXPECT_TRUE(refused("<r><?pi a>b?><a>1</a></r>"));
  EXPECT_FALSE(refused("<r><?pi ab?><a>1</a></r>"));
  // Wherever it falls among the bytes read eight at a time.
  for (size_t at = 0; at <= 24; ++at) {
    std::string text(24, 'x');
    EXPECT_TRUE(
        refused("<r><a>1</a><b>" + text.substr(0, at) + "\x1f" + text.substr(at) + "</b></r>"))
        << at;
    EXPECT_TRUE(
        refused("<r><a>1</a><b>" + text.substr(0, at) + "&bad;" + text.substr(at) + "</b></r>"))
        << at;
    EXPECT_FALSE(
        refused("<r><a>1</a><b>" + text.substr(0, at) + "&amp;\n" + text.substr(at) + "</b></r>"))
        << at;
  }
  // A copied document has no offsets into the original.
  std::string original = "<r><a>1</a></r>";
  auto doc = Parse(original);
  pugi::xml_document copy;
  copy.reset(*doc);
  EXPECT_FALSE(SpliceXml(original, {copy.document_element().child("a")}).has_value());
  // Only elements can be spliced.
  EXPECT_FALSE(SpliceXml(original, {doc->document_element().child("a").first_child()}).has_value());
}

}  // namespace
}  // namespace deskbench::ooxml
