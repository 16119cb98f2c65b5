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

// What each context escapes, one character at a time: the plain definition the appending (which
// skips eight bytes at a time) must match.
std::string Reference(Context c, std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    const char ch = s[i];
    if (c == Context::kRawText) {
      out.push_back(ch);
      if (ch == '<' && i + 1 < s.size() && s[i + 1] == '/') out.push_back('\\');
      continue;
    }
    if (ch == '&') {
      out += "&amp;";
    } else if (ch == '<') {
      out += "&lt;";
    } else if (ch == '>') {
      out += "&gt;";
    } else if ((c == Context::kAttributeDouble && ch == '"') ||
               (c == Context::kAttributeSingle && ch == '\'') ||
               (c == Context::kAttributeUnquoted &&
                (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v' ||
                 ch == '"' || ch == '\'' || ch == '=' || ch == '`'))) {
      out += "&#" + std::to_string(static_cast<unsigned char>(ch)) + ";";
    } else {
      out.push_back(ch);
    }
  }
  return out;
}

TEST(HtmlEscape, EveryCharacterAtEveryPlaceOfLongTextIsEscapedAsOneAtATime) {
  const std::string plain =
      "Margaret Thompson, 14 Elm Road (Flat 2b) \xc3\xa9\xe2\x80\xa6 ~!@#$%^*";
  for (Context c : {Context::kText, Context::kAttributeDouble, Context::kAttributeSingle,
                    Context::kAttributeUnquoted, Context::kRawText}) {
    ASSERT_EQ(EscapeFor(c, plain), Reference(c, plain));
    for (int odd = 0; odd < 256; ++odd) {
      for (size_t at = 0; at < plain.size(); at += 3) {
        std::string s = plain;
        s[at] = static_cast<char>(odd);
        ASSERT_EQ(EscapeFor(c, s), Reference(c, s))
            << static_cast<int>(c) << " " << odd << " " << at;
      }
    }
  }
}

}  // namespace
}  // namespace deskbench::html
