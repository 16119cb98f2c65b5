#include <gtest/gtest.h>

#include "redact/replacer.h"
#include "shape_checks.h"

namespace deskbench {
namespace {

using testing::ShapeOf;

const std::string kKey(32, 'k');

std::string Fake(Entity type, std::string_view value) {
  Replacer r(kKey);
  std::string fake = r.Pseudonym(type, value);
  EXPECT_NE(fake, value);
  EXPECT_EQ(fake, Replacer(kKey).Pseudonym(type, value));
  return fake;
}

// Word-list surrogates have few choices, so another key changes most values, not every one.
TEST(PlaceSurrogates, AnotherKeyGivesOtherSurrogates) {
  Replacer a(kKey), b(std::string(32, 'z'));
  for (Entity type : {Entity::STREET_ADDRESS, Entity::ORGANIZATION, Entity::LOCATION,
                      Entity::USER_TERM, Entity::SECRET}) {
    int differ = 0;
    for (std::string_view v : {"Acme", "Initech GmbH", "12 Oak Road", "Leeds", "Globex Corp"}) {
      differ += a.Pseudonym(type, v) != b.Pseudonym(type, v);
    }
    EXPECT_GE(differ, 3) << EntityName(type);
  }
}

TEST(FakeStreetAddress, SameShapeNewNameAndNumbers) {
  std::string fake = Fake(Entity::STREET_ADDRESS, "123 Main Street");
  EXPECT_EQ(ShapeOf(fake.substr(0, 4)), "999 ");
  EXPECT_TRUE(fake.ends_with(" Street")) << fake;
  EXPECT_EQ(fake.find("Main"), std::string::npos);

  std::string_view real = "42 N. Elm St., Apt 4B, Springfield, IL 62704";
  std::string full = Fake(Entity::STREET_ADDRESS, real);
  EXPECT_NE(full.find(" N. "), std::string::npos) << full;
  EXPECT_NE(full.find(" St., Apt "), std::string::npos) << full;
  EXPECT_NE(full.find(", IL "), std::string::npos) << full;
  EXPECT_EQ(full.find("Elm"), std::string::npos);
  EXPECT_EQ(full.find("Springfield"), std::string::npos);
  EXPECT_EQ(full.find("62704"), std::string::npos);
  EXPECT_EQ(ShapeOf(full.substr(full.size() - 5)), "99999");
}

// A postcode's letters stay letters: "1865 CQ" is no "1865 Lark".
TEST(FakeStreetAddress, PostcodeLettersKeepTheirShape) {
  std::string fake = Fake(Entity::STREET_ADDRESS, "1865 CQ");
  EXPECT_EQ(ShapeOf(fake), "9999 AA") << fake;
  EXPECT_EQ(fake.find("CQ"), std::string::npos);
  fake = Fake(Entity::STREET_ADDRESS, "22 Quarn Avenue, 1865 CQ Heiloo");
  const size_t comma = fake.find(", ");
  ASSERT_NE(comma, std::string::npos) << fake;
  EXPECT_EQ(ShapeOf(fake.substr(comma + 2, 8)), "9999 AA ") << fake;
  EXPECT_EQ(fake.find("Heiloo"), std::string::npos);
}

TEST(FakeOrganization, KeepsTheLegalForm) {
  std::string fake = Fake(Entity::ORGANIZATION, "Acme Widgets Inc.");
  EXPECT_TRUE(fake.ends_with(" Inc.")) << fake;
  EXPECT_EQ(fake.find("Acme"), std::string::npos);
  EXPECT_TRUE(Fake(Entity::ORGANIZATION, "Acme Widgets, Inc.").ends_with(", Inc."));
  EXPECT_TRUE(Fake(Entity::ORGANIZATION, "Initech GmbH").ends_with(" GmbH"));
  std::string upper = Fake(Entity::ORGANIZATION, "ACME");
  EXPECT_EQ(ShapeOf(upper).find('a'), std::string::npos);
  // One company under its different spellings is one fake company.
  Replacer r(kKey);
  EXPECT_EQ(r.Pseudonym(Entity::ORGANIZATION, "Acme Widgets Inc."),
            r.Pseudonym(Entity::ORGANIZATION, "Acme  Widgets") + " Inc.");
  EXPECT_EQ(r.Pseudonym(Entity::ORGANIZATION, "Acme Widgets Inc.").substr(0, 10),
            r.Pseudonym(Entity::ORGANIZATION, "Acme Widgets LLC").substr(0, 10));
}

TEST(FakeLocation, AFakePlaceKeepingAStateCode) {
  std::string fake = Fake(Entity::LOCATION, "Springfield");
  EXPECT_EQ(ShapeOf(fake.substr(0, 1)), "A");
  EXPECT_TRUE(Fake(Entity::LOCATION, "Boston, MA").ends_with(", MA"));
  std::string upper = Fake(Entity::LOCATION, "NEW YORK");
  EXPECT_EQ(ShapeOf(upper).find('a'), std::string::npos);
}

TEST(FakeSecret, KeepsPrefixLengthAndClasses) {
  for (std::string_view real : {"ghp_abcdefghijklmnopqrstuvwxyz0123456789", "AKIAIOSFODNN7EXAMPLE",
                                "sk_live_4eC39HqLyjWDarjtT1zdp7dc", "xoxb-1234-5678-abcdefgh",
                                "hunter2", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc"}) {
    std::string fake = Fake(Entity::SECRET, real);
    EXPECT_EQ(ShapeOf(fake), ShapeOf(real)) << fake;
  }
  EXPECT_TRUE(Fake(Entity::SECRET, "ghp_abcdefghijklmnopqrstuvwxyz0123456789").starts_with("ghp_"));
  EXPECT_TRUE(Fake(Entity::SECRET, "AKIAIOSFODNN7EXAMPLE").starts_with("AKIA"));
  EXPECT_TRUE(Fake(Entity::SECRET, "sk_live_4eC39HqLyjWDarjtT1zdp7dc").starts_with("sk_live_"));
  std::string pem =
      "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\nabcd+/==\n-----END RSA PRIVATE KEY-----";
  std::string fake_pem = Fake(Entity::SECRET, pem);
  EXPECT_TRUE(fake_pem.starts_with("-----BEGIN RSA PRIVATE KEY-----\n"));
  EXPECT_TRUE(fake_pem.ends_with("\n-----END RSA PRIVATE KEY-----"));
  EXPECT_EQ(fake_pem.find("MIIEowIBAAKCAQEA"), std::string::npos);
  EXPECT_NE(Fake(Entity::SECRET, "ghp_"), "ghp_");
}

TEST(FakeUserTerm, CodeNameInTheSameCase) {
  std::string fake = Fake(Entity::USER_TERM, "Acme");
  EXPECT_EQ(ShapeOf(fake.substr(0, 2)), "Aa");
  Replacer r(kKey);
  std::string upper;
  for (char c : fake) upper.push_back(static_cast<char>(std::toupper(c)));
  EXPECT_EQ(r.Pseudonym(Entity::USER_TERM, "ACME"), upper);
  std::string two = Fake(Entity::USER_TERM, "Project Falcon");
  ASSERT_NE(two.find(' '), std::string::npos);
  std::string dashed = r.Pseudonym(Entity::USER_TERM, "project-falcon");
  std::string expected = two;
  for (char& c : expected) c = c == ' ' ? '-' : static_cast<char>(std::tolower(c));
  EXPECT_EQ(dashed, expected);
}

TEST(ConfidentialMarker, StaysAsItIs) {
  Replacer r(kKey);
  EXPECT_EQ(r.Pseudonym(Entity::CONFIDENTIAL_MARKER, "CONFIDENTIAL"), "CONFIDENTIAL");
  EXPECT_EQ(r.Replace(Operator::kRedact, Entity::CONFIDENTIAL_MARKER, "CONFIDENTIAL"),
            "[CONFIDENTIAL_MARKER]");
}

}  // namespace
}  // namespace deskbench
