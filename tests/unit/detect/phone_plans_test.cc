#include "detect/validators/phone_plans.h"

#include <gtest/gtest.h>
#include <phonenumbers/phonenumberutil.h>

#include <list>
#include <random>
#include <set>
#include <string>

#include "detect/validators/phone_direct.h"

namespace deskbench {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// The compiled plans must give libphonenumber's own answer: on random numbers of every length,
// and on each region's example numbers with their last digits changed (near the valid ones,
// where the patterns' details matter).
TEST(PhonePlans, AgreeWithLibphonenumber) {
  const auto& util = *PhoneNumberUtil::GetInstance();
  std::mt19937_64 rng(20261127);
  for (const DirectPlan& plan : DirectPlans()) {
    const int cc = plan.country_code;
    std::set<std::string> numbers;
    for (int i = 0; i < 4000; ++i) {
      size_t len = 2 + rng() % 14;
      std::string n(1, static_cast<char>('1' + rng() % 9));
      while (n.size() < len) n.push_back(static_cast<char>('0' + rng() % 10));
      numbers.insert(n);
    }
    std::list<std::string> regions;
    util.GetRegionCodesForCountryCallingCode(cc, &regions);
    for (const std::string& region : regions) {
      for (int type = PhoneNumberUtil::FIXED_LINE; type <= PhoneNumberUtil::VOICEMAIL; ++type) {
        PhoneNumber example;
        if (!util.GetExampleNumberForType(
                region, static_cast<PhoneNumberUtil::PhoneNumberType>(type), &example)) {
          continue;
        }
        std::string n = std::to_string(example.national_number());
        numbers.insert(n);
        for (int k = 0; k < 40; ++k) {
          std::string m = n;
          for (size_t d = 0; d < 1 + rng() % 4 && d < m.size() - 1; ++d) {
            m[m.size() - 1 - d] = static_cast<char>('0' + rng() % 10);
          }
          if (rng() % 5 == 0) m.push_back(static_cast<char>('0' + rng() % 10));
          if (rng() % 5 == 0 && m.size() > 3) m.pop_back();
          numbers.insert(m);
        }
      }
    }
    size_t valid = 0;
    for (const std::string& n : numbers) {
      PhoneNumber number;
      number.set_country_code(cc);
      number.set_national_number(std::stoull(n));
      bool expected = util.IsValidNumber(number);
      valid += expected;
      auto got = IsValidByCompiledPlan(cc, n);
      ASSERT_TRUE(got.has_value()) << cc;
      EXPECT_EQ(*got, expected) << "+" << cc << " " << n;
    }
    // The comparison says something only if both answers occur.
    EXPECT_GT(valid, 100u) << cc;
    EXPECT_LT(valid, numbers.size()) << cc;
  }
}

TEST(PhonePlans, OtherCountryCodesAreLeftToLibphonenumber) {
  EXPECT_FALSE(IsValidByCompiledPlan(39, "0612345678").has_value());  // Italy: leading zeros
  EXPECT_FALSE(IsValidByCompiledPlan(7, "9123456789").has_value());
}

}  // namespace
}  // namespace deskbench
