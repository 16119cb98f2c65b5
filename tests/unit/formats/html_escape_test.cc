#include <gtest/gtest.h>

#include "formats/html/html_entities.h"

namespace deskbench::html {
namespace {

constexpr std::string_view kAll = "a&b<c>d\"e'f=g`h i\tj</k";

TEST(HtmlEscape, EachContextEscapesWhatCouldBreakOutOfIt) {
  EXPECT_EQ(EscapeFor(Context::kText, kAll), "a&amp;b&lt;c&gt;d\"e'f=g`h i\tj&lt;/k");
  EXPECT_EQ(EscapeFor(Context::kAttributeDouble, kAll), "a&amp;b&lt;c&gt;d&#34;e'f=g`h i\tj&lt;/k");
  EXPECT_EQ(EscapeFor(Context::kAttributeSingle, kAll),
            "a&amp;b&lt;c&gt;d\"e&#39;f=g`h i\tj&lt;/k");
  EXPECT_EQ(EscapeFor(Context::kAttributeUnquoted, kAll),
            "a&amp;b&lt;c&gt;d&#34;e&#39;f&#61;g&#96;h&#32;i&#9;j&lt;/k");
  EXPECT_EQ(EscapeFor(Context::kRawText, kAll), "a&b<c>d\"e'f=g`h i\tj<\\/k");
}

TEST(HtmlEscape, RunsAtEitherEndAndNonAsciiAreKept) {
  EXPECT_EQ(EscapeFor(Context::kText, ""), "");
  EXPECT_EQ(EscapeFor(Context::kText, "&"), "&amp;");
  EXPECT_EQ(EscapeFor(Context::kText, "<<>>"), "&lt;&lt;&gt;&gt;");
  EXPECT_EQ(EscapeFor(Context::kAttributeDouble, "Zoë \"Ångström\""), "Zoë &#34;Ångström&#34;");
}

TEST(HtmlEscape, AppendEscapedAppendsWhatEscapeForReturns) {
  for (Context c : {Context::kText, Context::kAttributeDouble, Context::kAttributeSingle,
                    Context::kAttributeUnquoted, Context::kRawText}) {
    std::string out = "kept:";
    AppendEscaped(c, kAll, out);
    EXPECT_EQ(out, "kept:" + EscapeFor(c, kAll));
  }
}

}  // namespace
}  // namespace deskbench::html
