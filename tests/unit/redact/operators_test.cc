#include <gtest/gtest.h>

#include "core/hash.h"
#include "redact/replacer.h"

namespace deskbench {
namespace {

const std::string kKey(32, 'k');
const std::string kOtherKey(32, 'o');

TEST(Operators, RedactIsTheTypeTag) {
  Replacer r(kKey);
  EXPECT_EQ(r.Replace(Operator::kRedact, Entity::PERSON, "Jane Doe"), "[PERSON]");
  EXPECT_EQ(r.Replace(Operator::kRedact, Entity::US_SSN, "123-45-6789"), "[US_SSN]");
}

TEST(Operators, RemoveAndKeep) {
  Replacer r(kKey);
  EXPECT_EQ(r.Replace(Operator::kRemove, Entity::EMAIL, "a@b.com"), "");
  EXPECT_EQ(r.Replace(Operator::kKeep, Entity::EMAIL, "a@b.com"), "a@b.com");
}

TEST(Operators, MaskKeepsSeparatorsAndTheLastCharacters) {
  Replacer r(kKey);
  EXPECT_EQ(r.Replace(Operator::kMask, Entity::US_SSN, "123-45-6789"), "***-**-6789");
  EXPECT_EQ(r.Replace(Operator::kMask, Entity::CREDIT_CARD, "4111 1111 1111 1111"),
            "**** **** **** 1111");
  EXPECT_EQ(r.Replace(Operator::kMask, Entity::US_SSN, "123"), "123");
  EXPECT_EQ(r.Replace(Operator::kMask, Entity::PERSON, ""), "");
}

TEST(Operators, MaskOptions) {
  Replacer r(kKey, nullptr, ReplaceOptions{.mask_keep_last = 2, .mask_char = '#'});
  EXPECT_EQ(r.Replace(Operator::kMask, Entity::PHONE, "(202) 555-0143"), "(###) ###-##43");
  Replacer none(kKey, nullptr, ReplaceOptions{.mask_keep_last = 0});
  EXPECT_EQ(none.Replace(Operator::kMask, Entity::US_SSN, "12-3"), "**-*");
}

TEST(Operators, MaskCountsAUtf8CharacterOnce) {
  Replacer r(kKey);
  // "José Müller": é and ü are two bytes each but one character.
  EXPECT_EQ(r.Replace(Operator::kMask, Entity::PERSON, "Jos\xc3\xa9 M\xc3\xbcller"), "**** **ller");
  EXPECT_EQ(r.Replace(Operator::kMask, Entity::PERSON, "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"),
            "*\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9");
}

TEST(Operators, HashIsKeyedAndTagged) {
  Replacer r(kKey);
  std::string h = r.Replace(Operator::kHash, Entity::PERSON, "Jane Doe");
  ASSERT_EQ(h.size(), std::string("PERSON_").size() + 8);
  EXPECT_EQ(h.substr(0, 7), "PERSON_");
  for (char c : h.substr(7)) EXPECT_TRUE(std::isxdigit(static_cast<unsigned char>(c))) << h;
  EXPECT_EQ(h, r.Replace(Operator::kHash, Entity::PERSON, "Jane Doe"));
  EXPECT_NE(h, Replacer(kOtherKey).Replace(Operator::kHash, Entity::PERSON, "Jane Doe"));
  // The type is part of what is hashed.
  EXPECT_NE(h.substr(7), r.Replace(Operator::kHash, Entity::LOCATION, "Jane Doe").substr(9));
  // Without the key, a dictionary of plain hashes does not match.
  EXPECT_NE(h.substr(7), Sha256Hex("PERSONJane Doe").substr(0, 8));
}

TEST(Operators, HashIgnoresCaseSpacingAndSeparators) {
  Replacer r(kKey);
  EXPECT_EQ(r.Replace(Operator::kHash, Entity::PERSON, "Jane  Doe"),
            r.Replace(Operator::kHash, Entity::PERSON, "JANE DOE"));
  EXPECT_EQ(r.Replace(Operator::kHash, Entity::US_SSN, "123-45-6789"),
            r.Replace(Operator::kHash, Entity::US_SSN, "123 45 6789"));
  EXPECT_NE(r.Replace(Operator::kHash, Entity::US_SSN, "123-45-6789"),
            r.Replace(Operator::kHash, Entity::US_SSN, "123-45-6780"));
}

TEST(Operators, PseudonymizeIsPseudonym) {
  Replacer r(kKey);
  EXPECT_EQ(r.Replace(Operator::kPseudonymize, Entity::PERSON, "Jane Doe"),
            r.Pseudonym(Entity::PERSON, "Jane Doe"));
}

TEST(Operators, RandomKeyWorks) {
  Replacer a(RandomKey()), b(RandomKey());
  EXPECT_NE(a.Pseudonym(Entity::US_SSN, "123-45-6789"), b.Pseudonym(Entity::US_SSN, "123-45-6789"));
}

}  // namespace
}  // namespace deskbench
