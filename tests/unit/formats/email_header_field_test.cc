#include <gtest/gtest.h>

#include "formats/email/header_field.h"

namespace deskbench::email {
namespace {

std::vector<uint64_t> Offsets(const Placement& p, size_t size) {
  Segment seg;
  std::string text(size, 'x');
  seg.text = text;
  p.PlaceIn(seg);
  std::vector<uint64_t> out;
  for (size_t i = 0; i <= size; ++i) out.push_back(seg.FileOffset(i));
  return out;
}

TEST(HeaderField, ASingleLineValueIsItsBytes) {
  std::string file = "From: a@b.example\nSubject:   Offer for Jane Doe  \nTo: c@d.example\n\n";
  HeaderField field(file, static_cast<int64_t>(file.find("Subject")), "Subject");
  ASSERT_TRUE(field.found());
  Placement p = field.Value("Offer for Jane Doe");
  EXPECT_EQ(p.origin, file.find("Offer"));
  EXPECT_TRUE(p.origins.empty());
  // Not the value's bytes: nowhere.
  EXPECT_EQ(field.Value("Offer for Jane Doe!").origin, kNoOrigin);
  EXPECT_EQ(field.Value("Offer  for").origin, kNoOrigin);
  EXPECT_EQ(field.Value("Jane Doe").origin, kNoOrigin);  // a value starts at the first non-blank
  // Not a field of this name at this offset.
  EXPECT_FALSE(HeaderField(file, 0, "Subject").found());
  EXPECT_FALSE(HeaderField(file, -1, "From").found());
  EXPECT_FALSE(HeaderField(file, static_cast<int64_t>(file.size()), "From").found());
}

TEST(HeaderField, FoldedValuesMapAroundTheLineBreaks) {
  std::string file = "Subject: Offer for Jane\r\n Doe and\r\n\tBob\r\nTo: x@y.example\r\n\r\n";
  HeaderField field(file, 0, "Subject");
  ASSERT_TRUE(field.found());
  EXPECT_EQ(field.unfolded(), " Offer for Jane Doe and\tBob");
  std::string text = "Offer for Jane Doe and\tBob";
  Placement p = field.Value(text);
  ASSERT_EQ(p.origin, kNoOrigin);
  ASSERT_EQ(p.origins.size(), text.size() + 1);
  auto off = Offsets(p, text.size());
  size_t space = text.find(" Doe");
  EXPECT_EQ(off[0], file.find("Offer"));
  EXPECT_EQ(off[space - 1], file.find("Jane") + 3);
  EXPECT_EQ(off[space], file.find("\r\n Doe"));  // the blank stands for "CRLF blank"
  EXPECT_EQ(off[space + 1], file.find("Doe"));
  EXPECT_EQ(off[text.find('\t')], file.find("\r\n\tBob"));
  EXPECT_EQ(off[text.size()], file.find("Bob") + 3);
  // "Jane" ends before the fold, "Jane Doe" runs over it: the file's bytes are the text folded.
  size_t cursor = 0;
  Placement jane = field.Find("Jane", &cursor);
  EXPECT_EQ(jane.origin, file.find("Jane"));
  EXPECT_EQ(cursor, field.unfolded().find("Jane") + 4);
  cursor = 0;
  auto both = Offsets(field.Find("Jane Doe", &cursor), 8);
  EXPECT_EQ(file.substr(both[0], both[8] - both[0]), "Jane\r\n Doe");
}

TEST(HeaderField, FindMovesOnAndLeavesTheCursorWhenAbsent) {
  std::string file = "To: Ann <ann@x.example>, Ann Lee <ann@y.example>\n\n";
  HeaderField field(file, 0, "To");
  size_t cursor = 0;
  EXPECT_EQ(field.Find("Ann", &cursor).origin, file.find("Ann"));
  EXPECT_EQ(field.Find("ann@x.example", &cursor).origin, file.find("ann@x"));
  EXPECT_EQ(field.Find("Ann", &cursor).origin, file.find("Ann Lee"));
  size_t before = cursor;
  EXPECT_EQ(field.Find("ann@x.example", &cursor).origin, kNoOrigin);
  EXPECT_EQ(cursor, before);
}

TEST(HeaderField, EncodedWordsAreNotTheFilesBytes) {
  std::string file = "Subject: =?utf-8?q?J=C3=A9r=C3=B4me?= Doe\nX: plain\n\n";
  HeaderField subject(file, 0, "Subject");
  ASSERT_TRUE(subject.found());
  EXPECT_EQ(subject.Value("J\u00e9r\u00f4me Doe").origin, kNoOrigin);
  // Outside the encoded word the bytes are the text; inside, nothing is found.
  size_t cursor = 0;
  EXPECT_EQ(subject.Find("Doe", &cursor).origin, file.find(" Doe") + 1);
  cursor = 0;
  EXPECT_EQ(subject.Find("utf-8", &cursor).origin, kNoOrigin);
  EXPECT_EQ(cursor, 0u);
  // The address of a mailbox with an encoded name (a lenient word with a blank in it too).
  file = "From: =?utf-8?q?Jane Doe?= <jane@x.example>, Doe <doe@x.example>\n\n";
  HeaderField from(file, 0, "From");
  cursor = 0;
  EXPECT_EQ(from.Find("Jane Doe", &cursor).origin, kNoOrigin);
  EXPECT_EQ(from.Find("jane@x.example", &cursor).origin, file.find("jane@"));
  EXPECT_EQ(from.Find("Doe", &cursor).origin, file.find(", Doe") + 2);
  cursor = 0;
  EXPECT_EQ(from.Find("Doe", &cursor).origin, file.find(", Doe") + 2);
}

}  // namespace
}  // namespace deskbench::email
