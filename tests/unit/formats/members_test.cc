#include "formats/members.h"

#include <gtest/gtest.h>

#include "formats/registry.h"

namespace deskbench {
namespace {

std::vector<Edit> Replace(const Segment& s, std::string_view needle, std::string_view with) {
  std::vector<Edit> edits;
  for (size_t at = s.text.find(needle); at != std::string_view::npos;
       at = s.text.find(needle, at + needle.size())) {
    edits.push_back({at, at + needle.size(), std::string(with)});
  }
  return edits;
}

TEST(Members, OpensMembersByNameAndContentAndEditsThem) {
  Members members(OpenSource, FormatOptions{});
  size_t notes = members.Add("dir/notes.txt", "call jane@corp.example today\n");
  size_t data = members.Add("people.csv", "name,email\nJane,jane@corp.example\n");
  EXPECT_EQ(members.format(notes), "text");
  EXPECT_EQ(members.format(data), "csv");

  std::vector<std::string> locations;
  std::string all;
  members.Scan([&](const Segment& s) {
    locations.emplace_back(s.location);
    all.append(s.text);
    EXPECT_EQ(s.FileOffset(0), kNoOrigin);  // member offsets are not container offsets
  });
  ASSERT_FALSE(locations.empty());
  EXPECT_TRUE(locations.front().starts_with("dir/notes.txt \u203a "));
  EXPECT_NE(all.find("jane@corp.example"), std::string::npos);

  auto editor = [](const Segment& s) { return Replace(s, "jane@corp.example", "x@example.com"); };
  EXPECT_EQ(members.Write(notes, editor), "call x@example.com today\n");
  EXPECT_EQ(members.Write(data, editor), "name,email\nJane,x@example.com\n");
}

// A member stored verbatim in its container (a 7bit mail body) has its offsets in the container's
// file: the member's own offsets moved by where it starts, per byte ones too (an HTML entity).
TEST(Members, VerbatimMembersReportContainerOffsets) {
  const std::string container = "header\n<p>Jane &amp; jane@corp.example</p>\n";
  const uint64_t at = container.find("<p>");
  Members members(OpenSource, FormatOptions{});
  size_t html = members.Add("part 1.html", container.substr(at), at);
  size_t text = members.Add("part 2.txt", "jane@corp.example\n");  // not in the container
  ASSERT_EQ(members.format(html), "html");
  size_t placed = 0;
  auto check = [&](const Segment& s) {
    if (s.location.starts_with("part 2.txt")) {
      EXPECT_EQ(s.FileOffset(0), kNoOrigin);
      return;
    }
    for (size_t i = 0; i < s.text.size(); ++i) {
      uint64_t o = s.FileOffset(i);
      ASSERT_NE(o, kNoOrigin) << s.text;
      if (s.text[i] == '&') {
        EXPECT_EQ(container.substr(o, 5), "&amp;");
      } else {
        EXPECT_EQ(container[o], s.text[i]) << s.text << " byte " << i;
      }
    }
    ++placed;
  };
  members.Scan(check);
  EXPECT_GT(placed, 0u);
  // The editor sees the same offsets as the scan.
  placed = 0;
  members.Write(html, [&](const Segment& s) {
    check(s);
    return std::vector<Edit>{};
  });
  EXPECT_GT(placed, 0u);
  members.Write(text, [&](const Segment& s) {
    EXPECT_EQ(s.FileOffset(0), kNoOrigin);
    return std::vector<Edit>{};
  });
}

TEST(Members, RefusedMembersAreNotedNotPassedThrough) {
  Members members(OpenSource, FormatOptions{});
  size_t blob = members.Add("tool.exe", std::string("MZ\x90\0\x03\0\0\0\x04\0", 10) + "\xff\xfe");
  EXPECT_FALSE(members.refused(blob).empty());
  size_t seen = 0;
  members.Scan([&](const Segment&) { ++seen; });
  EXPECT_EQ(seen, 0u);
  auto notes = members.Notes();
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0].part, "tool.exe");
  EXPECT_TRUE(notes[0].action.starts_with("removed: "));
  EXPECT_ANY_THROW(members.Write(blob, [](const Segment&) { return std::vector<Edit>{}; }));
}

TEST(Members, NestingIsBounded) {
  FormatOptions options;
  options.limits.max_nesting = 0;
  Members members(OpenSource, options);
  size_t i = members.Add("a.txt", "hello\n");
  EXPECT_EQ(members.refused(i), "files nested too deeply inside other files");
}

}  // namespace
}  // namespace deskbench
