#include <gtest/gtest.h>

#include "core/error.h"
#include "formats/html/html_document.h"
#include "test_support.h"

namespace deskbench {
namespace {

using testing::Collect;
using testing::WriteReplacing;
using testing::WriteUnchanged;

const testing::Seen* Find(const std::vector<testing::Seen>& seen, std::string_view text) {
  for (const auto& s : seen) {
    if (s.text == text) return &s;
  }
  return nullptr;
}

constexpr std::string_view kPage = R"(<!DOCTYPE html>
<html><head><meta name="author" content="Ada Lovelace"><title>Ada's page</title>
<style>body{color:red}</style>
<script>var key = "sk_live_abc"; if (a < b) {}</script></head>
<body><!-- internal: ask Ada --><p class=x>Mail <a href="mailto:ada@example.com">Ada &amp; co</a>
<img src='/ada.png' alt=Ada data-owner="ada@example.com"><br/>
<input value="Ada" placeholder="name">&commat;</p></body></html>
)";

TEST(HtmlDocument, TextAttributesScriptsAndMetaAreSegments) {
  auto doc = html::HtmlDocument::FromBytes(std::string(kPage), Limits{});
  auto seen = Collect(*doc);
  const auto* author = Find(seen, "Ada Lovelace");
  ASSERT_NE(author, nullptr);
  EXPECT_EQ(author->hint, "author");
  EXPECT_EQ(author->location, "line 2, <meta content>");
  ASSERT_NE(Find(seen, "Ada's page"), nullptr);
  EXPECT_EQ(Find(seen, "Ada's page")->hint, "title");
  const auto* script = Find(seen, "var key = \"sk_live_abc\"; if (a < b) {}");
  ASSERT_NE(script, nullptr);
  EXPECT_EQ(script->hint, "script");
  ASSERT_NE(Find(seen, "body{color:red}"), nullptr);
  const auto* href = Find(seen, "mailto:ada@example.com");
  ASSERT_NE(href, nullptr);
  EXPECT_EQ(href->hint, "href");
  EXPECT_EQ(href->offsets[0], kPage.find("mailto:"));
  const auto* amp = Find(seen, "Ada & co");
  ASSERT_NE(amp, nullptr);
  EXPECT_EQ(amp->offsets[4], kPage.find("&amp;"));
  EXPECT_EQ(amp->offsets[6], kPage.find("&amp;") + 6);
  EXPECT_NE(Find(seen, "/ada.png"), nullptr);
  EXPECT_NE(Find(seen, "ada@example.com"), nullptr);  // data-owner
  EXPECT_NE(Find(seen, "name"), nullptr);             // placeholder
  EXPECT_NE(Find(seen, "@"), nullptr);                // &commat; decoded
  EXPECT_EQ(Find(seen, "x"), nullptr);                // class is not text
  EXPECT_EQ(Find(seen, " internal: ask Ada "), nullptr);
}

TEST(HtmlDocument, CommentsAreRemovedWithANote) {
  auto doc = html::HtmlDocument::FromBytes(std::string(kPage), Limits{});
  std::string out = WriteUnchanged(*doc);
  std::string expected(kPage);
  size_t at = expected.find("<!--");
  expected.erase(at, expected.find("-->") + 3 - at);
  EXPECT_EQ(out, expected);
  ASSERT_EQ(doc->Notes().size(), 1u);
  EXPECT_EQ(doc->Notes()[0].part, "HTML comment");
}

TEST(HtmlDocument, RoundTripWithoutCommentsIsByteIdentical) {
  std::vector<std::string> files = {
      "",
      "plain text < not a tag",
      "<p>unclosed <b>tags",
      "<a href=\"x\" title='it''s'>t</a>",
      "<script>if (a<b && c>d) x = '</scrip';</script>",
      "<![CDATA[ raw ]]><?xml x?>text",
      "<a href=\"never closed>",
      "<P CLASS=A>Upper &nosuch; &#xZZ; &#128512;</P>",
      "\xEF\xBB\xBF<html>caf\xc3\xa9</html>",
  };
  for (const std::string& file : files) {
    auto doc = html::HtmlDocument::FromBytes(file, Limits{});
    EXPECT_EQ(WriteUnchanged(*doc), file);
  }
}

TEST(HtmlDocument, ReplacementsAreEscapedForWhereTheyGo) {
  std::string file =
      "<p title=\"Ada\" alt='Ada' value=Ada>Ada &amp; Ada</p><script>s=\"Ada\"</script>";
  auto doc = html::HtmlDocument::FromBytes(file, Limits{});
  std::string out = WriteReplacing(*doc, "Ada", "<\"it's\" & </x>");
  EXPECT_EQ(out,
            "<p title=\"&lt;&#34;it's&#34; &amp; &lt;/x&gt;\" "
            "alt='&lt;\"it&#39;s\" &amp; &lt;/x&gt;' "
            "value=&lt;&#34;it&#39;s&#34;&#32;&amp;&#32;&lt;/x&gt;>"
            "&lt;\"it's\" &amp; &lt;/x&gt; &amp; &lt;\"it's\" &amp; &lt;/x&gt;</p>"
            "<script>s=\"<\"it's\" & <\\/x>\"</script>");
}

TEST(HtmlDocument, EditsInsideDecodedTextKeepTheReferencesAround) {
  std::string file = "<p>Tom&nbsp;Smith &amp; Jane&#160;Doe</p>";
  auto doc = html::HtmlDocument::FromBytes(file, Limits{});
  EXPECT_EQ(WriteReplacing(*doc, "Smith", "S."), "<p>Tom&nbsp;S. &amp; Jane&#160;Doe</p>");
  EXPECT_EQ(WriteReplacing(*doc,
                           "Jane\xc2\xa0"
                           "Doe",
                           "[NAME]"),
            "<p>Tom&nbsp;Smith &amp; [NAME]</p>");
}

TEST(HtmlDocument, RefusesDeepNestingButNotImplicitlyClosedSiblings) {
  Limits limits;
  limits.max_depth = 20;
  std::string deep;
  for (int i = 0; i < 21; ++i) deep += "<div>";
  EXPECT_THROW(html::HtmlDocument::FromBytes(deep, limits), Refusal);
  std::string siblings;
  for (int i = 0; i < 100; ++i) siblings += "<p>para<li>item<br>";
  EXPECT_NO_THROW(html::HtmlDocument::FromBytes(siblings, limits));
  limits.max_document_bytes = 4;
  EXPECT_THROW(html::HtmlDocument::FromBytes("<p>hello</p>", limits), Refusal);
}

}  // namespace
}  // namespace deskbench

namespace deskbench {
namespace {

TEST(HtmlDocument, AReplacementAfterALessThanSignDoesNotOpenATag) {
  auto doc = html::HtmlDocument::FromBytes("<p>a &lt; 5 <1234 b</p>", Limits{});
  auto seen = testing::Collect(*doc);
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].text, "a < 5 <1234 b");
  EXPECT_EQ(testing::WriteReplacing(*doc, "1234", "X"), "<p>a &lt; 5 <&#88; b</p>");
}

}  // namespace
}  // namespace deskbench
