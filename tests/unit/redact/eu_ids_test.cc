// Surrogates of the European personal identity numbers validate as the real numbers do.
#include "detect/validators/eu_ids.h"

#include <gtest/gtest.h>

#include <string>

#include "core/ascii.h"
#include "redact/replacer.h"
#include "redact/shape.h"

namespace deskbench {
namespace {

TEST(FakeEuId, ValidSameShapeDeterministic) {
  struct Case {
    Entity type;
    std::string_view real;
    bool (*valid)(std::string_view);
  };
  const Case cases[] = {
      {Entity::PL_PESEL, "44051401359", validators::PlPeselValid},
      {Entity::FI_PERSONAL_ID, "131052-308T", nullptr},
      {Entity::FI_PERSONAL_ID, "010594Y9021", validators::FiHetuValid},
      {Entity::FR_NIR, "1 84 12 76 451 089 46", validators::FrNirValid},
      {Entity::SE_PERSONNUMMER, "811228-9874", validators::SePersonnummerValid},
      {Entity::SE_PERSONNUMMER, "19811228-9874", validators::SePersonnummerValid},
      {Entity::NO_FODSELSNUMMER, "010107 50160", validators::NoFodselsnummerValid},
      {Entity::BE_NATIONAL_NUMBER, "85.07.30-033.28", validators::BeNationalNumberValid},
      {Entity::NL_BSN, "111222333", validators::NlBsnValid},
      {Entity::DK_CPR, "070761-4285", validators::DkCprValid},
      {Entity::DE_SOCIAL_SECURITY, "65 170839 J 003", validators::DeSvnrValid},
  };
  for (char k : {'k', 'q', 'z'}) {
    Replacer r(std::string(32, k));
    for (const Case& c : cases) {
      const std::string fake = r.Pseudonym(c.type, c.real);
      EXPECT_NE(fake, c.real);
      EXPECT_EQ(fake, r.Pseudonym(c.type, c.real));
      ASSERT_EQ(fake.size(), c.real.size()) << fake;
      for (size_t i = 0; i < fake.size(); ++i) {
        // Separators stay where they were; letters and digits stay letters and digits.
        const bool sep = c.real[i] == ' ' || c.real[i] == '-' || c.real[i] == '.';
        if (sep) {
          EXPECT_EQ(fake[i], c.real[i]) << c.real << " -> " << fake;
        } else {
          EXPECT_TRUE(ascii::IsAlnum(fake[i])) << c.real << " -> " << fake;
        }
      }
      if (c.type == Entity::FI_PERSONAL_ID) {
        EXPECT_TRUE(validators::FiHetuValid(fake)) << fake;  // the sign kept in place
        continue;
      }
      EXPECT_TRUE(c.valid(redact::CompactUpper(fake))) << c.real << " -> " << fake;
    }
  }
}

TEST(FakeEuId, SvnrKeepsTheSexOfTheSerial) {
  Replacer r(std::string(32, 'k'));
  EXPECT_GE(r.Pseudonym(Entity::DE_SOCIAL_SECURITY, "65170839J503")[9], '5');
  EXPECT_LT(r.Pseudonym(Entity::DE_SOCIAL_SECURITY, "65170839J003")[9], '5');
}

}  // namespace
}  // namespace deskbench
