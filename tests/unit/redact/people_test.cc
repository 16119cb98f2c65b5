#include <gtest/gtest.h>

#include <vector>

#include "redact/replacer.h"
#include "shape_checks.h"

namespace deskbench {
namespace {

using testing::ShapeOf;

const std::string kKey(32, 'k');

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == ' ' || c == ',') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

TEST(FakePerson, KeepsTheFormOfTheName) {
  Replacer r(kKey);
  std::string full = r.Pseudonym(Entity::PERSON, "Jane Doe");
  auto w = Words(full);
  ASSERT_EQ(w.size(), 2u) << full;
  EXPECT_NE(w[0], "Jane");
  EXPECT_NE(w[1], "Doe");
  EXPECT_EQ(ShapeOf(w[0].substr(0, 1)), "A");
  EXPECT_EQ(ShapeOf(w[1].substr(0, 1)), "A");

  // Every variant of one person is a variant of one fake person.
  EXPECT_EQ(r.Pseudonym(Entity::PERSON, "Doe, Jane"), w[1] + ", " + w[0]);
  EXPECT_EQ(r.Pseudonym(Entity::PERSON, "Doe"), w[1]);
  EXPECT_EQ(r.Pseudonym(Entity::PERSON, "Ms. Doe"), "Ms. " + w[1]);
  EXPECT_EQ(r.Pseudonym(Entity::PERSON, "Dr. Jane Doe"), "Dr. " + full);
  EXPECT_EQ(r.Pseudonym(Entity::PERSON, "Jane Doe, Jr."), full + ", Jr.");

  std::string upper;
  for (char c : full) upper.push_back(static_cast<char>(std::toupper(c)));
  EXPECT_EQ(r.Pseudonym(Entity::PERSON, "JANE DOE"), upper);
  std::string lower;
  for (char c : full) lower.push_back(static_cast<char>(std::tolower(c)));
  EXPECT_EQ(r.Pseudonym(Entity::PERSON, "jane doe"), lower);
  EXPECT_EQ(r.Pseudonym(Entity::PERSON, "Jane   Doe"), w[0] + "   " + w[1]);
}

TEST(FakePerson, InitialsAndMiddleNames) {
  Replacer r(kKey);
  auto full = Words(r.Pseudonym(Entity::PERSON, "Jane Doe"));
  std::string initial = r.Pseudonym(Entity::PERSON, "J. Doe");
  auto w = Words(initial);
  ASSERT_EQ(w.size(), 2u);
  EXPECT_EQ(ShapeOf(w[0]), "A.");
  EXPECT_NE(w[0], "J.");
  EXPECT_EQ(w[1], full[1]);

  std::string middle = r.Pseudonym(Entity::PERSON, "Jane Q. Doe");
  auto m = Words(middle);
  ASSERT_EQ(m.size(), 3u) << middle;
  EXPECT_EQ(m[0], full[0]);
  EXPECT_EQ(ShapeOf(m[1]), "A.");
  EXPECT_NE(m[1], "Q.");
  EXPECT_EQ(m[2], full[1]);
  EXPECT_EQ(r.Pseudonym(Entity::PERSON, "Doe, Jane Q."), m[2] + ", " + m[0] + " " + m[1]);
}

TEST(FakePerson, RelativesShareAFakeSurnameButNotTheirGivenNames) {
  Replacer r(kKey);
  auto jane = Words(r.Pseudonym(Entity::PERSON, "Jane Doe"));
  auto john = Words(r.Pseudonym(Entity::PERSON, "John Doe"));
  auto other_jane = Words(r.Pseudonym(Entity::PERSON, "Jane Roe"));
  EXPECT_EQ(jane[1], john[1]);
  EXPECT_NE(jane[1], other_jane[1]);
}

TEST(FakePerson, HyphenatedNamesKeepTheirParts) {
  Replacer r(kKey);
  std::string fake = r.Pseudonym(Entity::PERSON, "Anna Smith-Jones");
  auto w = Words(fake);
  ASSERT_EQ(w.size(), 2u);
  size_t dash = w[1].find('-');
  ASSERT_NE(dash, std::string::npos) << fake;
  EXPECT_EQ(w[1].substr(dash + 1), r.Pseudonym(Entity::PERSON, "Jones"));
  EXPECT_EQ(w[1].substr(0, dash), r.Pseudonym(Entity::PERSON, "Smith"));
}

TEST(FakePerson, ParticlesStay) {
  Replacer r(kKey);
  auto w = Words(r.Pseudonym(Entity::PERSON, "Ludwig van Beethoven"));
  ASSERT_EQ(w.size(), 3u);
  EXPECT_EQ(w[1], "van");
  EXPECT_NE(w[2], "Beethoven");
}

TEST(FakePerson, NeverTheOriginal) {
  Replacer r(kKey);
  for (std::string name : {"Maria", "Lopez", "Anna Lee", "Bo Li", "X Y", "Ng", "Al"}) {
    for (int k = 0; k < 20; ++k) {
      Replacer rk(std::string(32, static_cast<char>('a' + k)));
      std::string fake = rk.Pseudonym(Entity::PERSON, name);
      EXPECT_NE(fake, name);
      for (auto& part : Words(fake)) {
        for (auto& orig : Words(name)) {
          if (orig.size() > 1) {
            EXPECT_NE(part, orig) << name << " -> " << fake;
          }
        }
      }
    }
  }
}

TEST(FakePerson, DeterministicAndKeyed) {
  Replacer a(kKey), b(kKey), c(std::string(32, 'z'));
  EXPECT_EQ(a.Pseudonym(Entity::PERSON, "Jane Doe"), b.Pseudonym(Entity::PERSON, "Jane Doe"));
  EXPECT_NE(a.Pseudonym(Entity::PERSON, "Jane Doe"), c.Pseudonym(Entity::PERSON, "Jane Doe"));
}

TEST(FakePerson, UserNamesFollowTheFakeIdentity) {
  Replacer r(kKey);
  auto w = Words(r.Pseudonym(Entity::PERSON, "Jane Doe"));
  std::string first, last;
  for (char c : w[0]) first.push_back(static_cast<char>(std::tolower(c)));
  for (char c : w[1]) last.push_back(static_cast<char>(std::tolower(c)));
  EXPECT_EQ(r.Pseudonym(Entity::PERSON, "jane.doe"), first + "." + last);
  EXPECT_EQ(
      r.Pseudonym(Entity::EMAIL, "jane.doe@acme.com").substr(0, first.size() + last.size() + 2),
      first + "." + last + "@");
  EXPECT_EQ(
      r.Pseudonym(Entity::EMAIL, "jane_doe@acme.com").substr(0, first.size() + last.size() + 1),
      first + "_" + last);
  EXPECT_EQ(
      r.Pseudonym(Entity::EMAIL, "Jane.Doe@acme.com").substr(0, first.size() + last.size() + 1),
      w[0] + "." + w[1]);
}

// With an IdentityBook that links "J. Doe" and "jdoe" to Jane Doe, those mentions take the fake
// Jane Doe's initial and name. Checked only when the book resolves (its implementation lives in
// detect/names).
TEST(FakePerson, IdentityBookLinksVariants) {
  names::IdentityBook book;
  book.Add("Jane Q. Doe");
  Replacer r(kKey, &book);
  auto full = Words(r.Pseudonym(Entity::PERSON, "Jane Doe"));
  ASSERT_EQ(full.size(), 2u);
  if (book.Resolve("J. Doe")) {
    auto w = Words(r.Pseudonym(Entity::PERSON, "J. Doe"));
    ASSERT_EQ(w.size(), 2u);
    EXPECT_EQ(w[0], full[0].substr(0, 1) + ".");
    EXPECT_EQ(w[1], full[1]);
  }
  if (book.Resolve("Jane")) {
    EXPECT_EQ(r.Pseudonym(Entity::PERSON, "Jane"), full[0]);
  }
  if (book.Resolve("jdoe")) {
    std::string expected = full[0].substr(0, 1) + full[1];
    for (char& c : expected) c = static_cast<char>(std::tolower(c));
    EXPECT_EQ(r.Pseudonym(Entity::PERSON, "jdoe"), expected);
  }
}

// A pseudonym never brings back a real name of the task: when the fake picked for one person is
// another person's given name or surname, another fake is picked.
TEST(FakePerson, NeverAnotherRealNameOfTheTask) {
  for (char k = 'a'; k <= 'z'; ++k) {
    const std::string key(32, k);
    names::IdentityBook alone;
    alone.Add("Theodore Vandermeer");
    auto fake = Words(Replacer(key, &alone).Pseudonym(Entity::PERSON, "Theodore Vandermeer"));
    ASSERT_EQ(fake.size(), 2u);
    // The task also names people called what that fake would have been.
    names::IdentityBook book;
    book.Add("Theodore Vandermeer");
    book.Add("Bartholomew " + fake[1]);
    book.Add(fake[0] + " Okonkwo");
    ASSERT_TRUE(book.Names(fake[0]) && book.Names(fake[1]));
    auto now = Words(Replacer(key, &book).Pseudonym(Entity::PERSON, "Theodore Vandermeer"));
    ASSERT_EQ(now.size(), 2u);
    EXPECT_FALSE(book.Names(now[0])) << now[0];
    EXPECT_FALSE(book.Names(now[1])) << now[1];
  }
}

TEST(FakePerson, OddInputDoesNotBreak) {
  Replacer r(kKey);
  for (std::string s : {",", " , ", "Dr.", "Jr.", "-", "--", "Doe,", ", Jane", "a-", "\xff\xfe",
                        "J.", ".", "O'Brien",
                        "Jos\xc3\xa9 Garc\xc3\xad"
                        "a"}) {
    std::string fake = r.Pseudonym(Entity::PERSON, s);
    (void)fake;
  }
  EXPECT_NE(r.Pseudonym(Entity::PERSON, "O'Brien"), "O'Brien");
}

}  // namespace
}  // namespace deskbench
