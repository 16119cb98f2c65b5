// Qualified names split as the collectors expect, and declarations found wherever they are.
#include "formats/ooxml/xml_part.h"

#include <gtest/gtest.h>

#include "core/error.h"

namespace deskbench::ooxml {
namespace {

TEST(XmlNames, LocalNameAndPrefix) {
  EXPECT_EQ(LocalName("w:t"), "t");
  EXPECT_EQ(Prefix("w:t"), "w");
  EXPECT_EQ(LocalName("t"), "t");
  EXPECT_EQ(Prefix("t"), "");
  EXPECT_EQ(LocalName(""), "");
  EXPECT_EQ(Prefix(""), "");
  EXPECT_EQ(LocalName("a:b:c"), "b:c");  // split at the first colon
  EXPECT_EQ(Prefix("a:b:c"), "a");
  EXPECT_EQ(LocalName(":x"), "x");
  EXPECT_EQ(Prefix("x:"), "x");
  EXPECT_EQ(LocalName("x:"), "");
}

bool Refused(std::string_view xml) {
  try {
    ParseXml(xml, "part.xml", "file.docx", Limits{});
    return false;
  } catch (const Refusal&) {
    return true;
  }
}

TEST(XmlDeclarations, FoundAfterOtherExclamationMarksAndAnywhere) {
  EXPECT_FALSE(Refused("<a>Hello! Yes!</a>"));
  EXPECT_FALSE(Refused("<a><!-- a comment! --><b>!</b><![CDATA[x!]]></a>"));
  EXPECT_TRUE(Refused("<!ENTITY x \"y\"><a/>"));
  EXPECT_TRUE(Refused("<a>Hi!</a><!-- !<!ENTITY x \"y\"> -->"));
  EXPECT_TRUE(Refused("<a>!!</a><!--<!doctype a [ ]>-->"));
  EXPECT_TRUE(Refused("<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>"));
  EXPECT_FALSE(Refused("<!DOCTYPE a PUBLIC \"-//X//DTD//EN\" \"a.dtd\"><a/>"));
  EXPECT_TRUE(Refused("<a/><!"));  // malformed either way
}

TEST(XmlDepth, NestingUpToTheLimitIsParsedBeyondItRefused) {
  Limits limits;
  limits.max_xml_depth = 5;  // text counts as a level of its own
  auto parses = [&](std::string_view xml) {
    try {
      ParseXml(xml, "p.xml", "f.docx", limits);
      return true;
    } catch (const Refusal&) {
      return false;
    }
  };
  EXPECT_TRUE(parses("<a x='1'><a><a><a><a/></a></a></a></a>"));
  EXPECT_FALSE(parses("<a x='1'><a><a><a><a><a/></a></a></a></a></a>"));
  EXPECT_TRUE(parses("<a><a><a><a>text</a></a></a></a>"));
  EXPECT_FALSE(parses("<a><a><a><a><a>text</a></a></a></a></a>"));
  // The deepest element last, after the walk has climbed back up several times.
  EXPECT_TRUE(parses("<r><a/><a><b/>x</a><a><b><c><d/></c></b></a></r>"));
  EXPECT_FALSE(parses("<r><a/><a><b/>x</a><a><b><c><d><e/></d></c></b></a></r>"));
  EXPECT_FALSE(parses("<r><a/><a><b/></a><a><b><c><d>deep</d></c></b></a><z/></r>"));
}

}  // namespace
}  // namespace deskbench::ooxml
