// Field instructions: their syntax is never replaced, their content is scanned as any text.
#include "detect/field_code.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/hints.h"
#include "detect/engine.h"

namespace deskbench {
namespace {

std::vector<std::string> Syntax(std::string_view instruction) {
  std::vector<std::string> out;
  for (const auto& [b, e] : FieldCodeSyntax(instruction)) {
    out.emplace_back(instruction.substr(b, e - b));
  }
  return out;
}

using Strings = std::vector<std::string>;

TEST(FieldCode, KeywordSwitchesAndReferencedNamesAreSyntax) {
  EXPECT_EQ(Syntax(" DOCVARIABLE Company \\* MERGEFORMAT "),
            (Strings{"DOCVARIABLE", "Company", "\\*", "MERGEFORMAT"}));
  EXPECT_EQ(Syntax(" HYPERLINK \"mailto:ann@example.com\" \\h "), (Strings{"HYPERLINK", "\\h"}));
  EXPECT_EQ(Syntax("REF _Ref123456 \\h"), (Strings{"REF", "_Ref123456", "\\h"}));
  EXPECT_EQ(Syntax("DATE \\@ \"d MMMM yyyy\""), (Strings{"DATE", "\\@"}));
  EXPECT_EQ(Syntax(" AUTHOR Ann Lee "), (Strings{"AUTHOR"}));
  EXPECT_EQ(Syntax("MERGEFIELD FirstName"), (Strings{"MERGEFIELD", "FirstName"}));
  EXPECT_EQ(Syntax(""), Strings{});
  EXPECT_EQ(Syntax("  \"quoted first\" word"), Strings{});
  EXPECT_EQ(Syntax("HYPERLINK \"unclosed"), Strings{"HYPERLINK"});
}

std::vector<std::string> Found(Engine& engine, std::string_view text, std::string_view hint) {
  auto scanner = engine.NewScanner();
  std::vector<std::string> out;
  for (const Finding& f : scanner.Scan(text, hint)) {
    out.emplace_back(text.substr(f.begin, f.end - f.begin));
  }
  return out;
}

TEST(FieldCode, NamesAndValuesInAFieldAreFoundButNeverItsSyntax) {
  Policy policy;
  policy.terms.push_back({"Northwind Company", Entity::ORGANIZATION, 0.9f});
  policy.terms.push_back({"Northwind", Entity::ORGANIZATION, 0.9f});
  Engine engine(policy);
  // As body text "DOCVARIABLE Company" would be an organisation; in a field it is a variable.
  EXPECT_TRUE(Found(engine, " DOCVARIABLE Company \\* MERGEFORMAT ", kFieldCodeHint).empty());
  EXPECT_TRUE(Found(engine, " DOCVARIABLE Northwind ", kFieldCodeHint).empty());
  EXPECT_EQ(Found(engine, " AUTHOR \"Margaret Hollingsworth\" ", kFieldCodeHint),
            Strings{"Margaret Hollingsworth"});
  EXPECT_EQ(Found(engine, " AUTHOR Margaret Hollingsworth ", kFieldCodeHint),
            Strings{"Margaret Hollingsworth"});
  EXPECT_EQ(Found(engine, " HYPERLINK \"mailto:ann.lee@example.com\" \\h ", kFieldCodeHint),
            Strings{"ann.lee@example.com"});
  EXPECT_EQ(Found(engine, " FILLIN \"Ask Northwind for the figures\" ", kFieldCodeHint),
            Strings{"Northwind"});
  // Elsewhere the same words are what they look like.
  EXPECT_EQ(Found(engine, "We signed with Northwind today.", ""), Strings{"Northwind"});
}

}  // namespace
}  // namespace deskbench
