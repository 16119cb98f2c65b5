#include "detect/validators/phone_direct.h"

#include <gtest/gtest.h>
#include <phonenumbers/phonemetadata.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <random>
#include <string>

// The serialised metadata libphonenumber is built with (exported, not declared in its headers).
namespace i18n::phonenumbers {
const void* metadata_get();
int metadata_size();
}  // namespace i18n::phonenumbers

namespace deskbench {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// What the direct path decides must be what Parse and IsValidNumber decide.
bool ValidByParse(const std::string& candidate, const std::string& region) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  PhoneNumber parsed;
  std::string number = candidate;
  std::string default_region = region;
  if (candidate.starts_with("00")) {
    number = "+" + candidate.substr(2);
    default_region = "ZZ";
  } else if (candidate.starts_with("+")) {
    default_region = "ZZ";
  }
  return util.Parse(number, default_region, &parsed) == PhoneNumberUtil::NO_PARSING_ERROR &&
         util.IsValidNumber(parsed);
}

std::string RandomDigits(std::mt19937_64& rng, size_t n) {
  std::string s;
  for (size_t i = 0; i < n; ++i) s.push_back(static_cast<char>('0' + rng() % 10));
  return s;
}

std::string Grouped(std::mt19937_64& rng, const std::string& digits) {
  static constexpr char kSeparators[] = {' ', '-', '.'};
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && rng() % 4 == 0) out.push_back(kSeparators[rng() % 3]);
    out.push_back(digits[i]);
  }
  return out;
}

TEST(PhoneDirect, AgreesWithParseOnRandomNumbers) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  std::mt19937_64 rng(20261127);
  const std::string prefixes[] = {"+1 ",  "+44 ", "+49 ", "+33 ", "001", "0044", "+7 ",
                                  "+39 ", "+61 ", "",     "0",    "1",   "00",   "011",
                                  "44",   "49",   "33",   "2",    "7"};
  const std::string regions[] = {"US", "GB", "DE", "FR", "AU"};
  int built = 0, valid = 0;
  for (int i = 0; i < 6000; ++i) {
    const std::string& prefix = prefixes[rng() % std::size(prefixes)];
    const std::string& region = regions[rng() % std::size(regions)];
    std::string candidate = prefix + Grouped(rng, RandomDigits(rng, 6 + rng() % 7));
    if (rng() % 3 == 0) {
      // Realistic blocks too: random digits are mostly invalid.
      static const std::string kKnown[] = {"415", "212", "20 7",  "161 ",    "30 ",    "151 ",
                                           "1 ",  "6 ",  "020 7", "07700 9", "0161 4", "4 ",
                                           "2 9", "04",  "1831",  "1 415",   "1 212"};
      candidate = prefix + kKnown[rng() % std::size(kKnown)] + RandomDigits(rng, 4 + rng() % 5);
    }
    PhoneNumber number;
    const DirectParse direct = ParseDirect(candidate, region, number);
    if (direct == DirectParse::kAskParse) continue;
    ++built;
    const bool fast = direct == DirectParse::kBuilt && IsValidBuiltNumber(number);
    if (direct == DirectParse::kBuilt) {
      EXPECT_EQ(fast, util.IsValidNumber(number)) << candidate;
    }
    valid += fast;
    EXPECT_EQ(fast, ValidByParse(candidate, region)) << candidate << " in " << region;
  }
  EXPECT_GT(built, 1000);
  EXPECT_GT(valid, 300);
}

// "1" before a North American number is its trunk prefix or its country code, which Parse strips
// only where what remains is a possible number: the direct answer must be Parse's either way.
TEST(PhoneDirect, AgreesWithParseOnNorthAmericanTrunkPrefixes) {
  std::mt19937_64 rng(20261129);
  int built = 0, valid = 0;
  for (int i = 0; i < 3000; ++i) {
    std::string digits = "1" + RandomDigits(rng, 7 + rng() % 6);
    if (rng() % 2 == 0)
      digits = "1" + std::string(rng() % 2 ? "415" : "212") + RandomDigits(rng, 7);
    const std::string candidate = Grouped(rng, digits);
    PhoneNumber number;
    const DirectParse direct = ParseDirect(candidate, "US", number);
    if (direct == DirectParse::kAskParse) continue;
    ++built;
    const bool fast = direct == DirectParse::kBuilt && IsValidBuiltNumber(number);
    valid += fast;
    EXPECT_EQ(fast, ValidByParse(candidate, "US")) << candidate;
  }
  EXPECT_GT(built, 2000);
  EXPECT_GT(valid, 300);
}

// Every plan is what the direct path assumes: the country code's main region, a national prefix
// of one digit, the national prefix for parsing the plan expects, and no transform rule.
TEST(PhoneDirect, PlansAreWhatTheMetadataSays) {
  i18n::phonenumbers::PhoneMetadataCollection all;
  ASSERT_TRUE(
      all.ParseFromArray(i18n::phonenumbers::metadata_get(), i18n::phonenumbers::metadata_size()));
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  for (const DirectPlan& plan : DirectPlans()) {
    const i18n::phonenumbers::PhoneMetadata* m = nullptr;
    for (const auto& candidate : all.metadata()) {
      if (candidate.id() == plan.region) m = &candidate;
    }
    ASSERT_NE(m, nullptr) << plan.region;
    EXPECT_EQ(m->country_code(), plan.country_code) << plan.region;
    std::string main;
    util.GetRegionCodeForCountryCode(plan.country_code, &main);
    EXPECT_EQ(main, plan.region);
    EXPECT_EQ(m->national_prefix().size(), 1u) << plan.region;
    EXPECT_EQ(m->national_prefix_for_parsing(), plan.prefix_for_parsing) << plan.region;
    EXPECT_FALSE(m->has_national_prefix_transform_rule()) << plan.region;
  }
}

// Near each plan's example numbers (last digits changed), written as people write them: national
// with its trunk prefix, international with "+" or "00", grouped or not; read in the plan's own
// region and in another. The direct answer must be Parse's.
TEST(PhoneDirect, AgreesWithParseNearEveryPlansExampleNumbers) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  std::mt19937_64 rng(20261129);
  int built = 0, valid = 0;
  for (const DirectPlan& plan : DirectPlans()) {
    int plan_valid = 0;
    for (int type = PhoneNumberUtil::FIXED_LINE; type <= PhoneNumberUtil::VOICEMAIL; ++type) {
      PhoneNumber example;
      if (!util.GetExampleNumberForType(
              plan.region, static_cast<PhoneNumberUtil::PhoneNumberType>(type), &example)) {
        continue;
      }
      for (int k = 0; k < 30; ++k) {
        PhoneNumber near = example;
        std::string digits = std::to_string(example.national_number());
        for (size_t d = 0; d < 1 + rng() % 3 && d + 1 < digits.size(); ++d) {
          digits[digits.size() - 1 - d] = static_cast<char>('0' + rng() % 10);
        }
        if (rng() % 6 == 0) digits.push_back(static_cast<char>('0' + rng() % 10));
        near.set_national_number(std::stoull(digits));
        std::string written;
        switch (rng() % 4) {
          case 0:
            util.Format(near, PhoneNumberUtil::NATIONAL, &written);
            break;
          case 1:
            util.Format(near, PhoneNumberUtil::INTERNATIONAL, &written);
            break;
          case 2:
            util.Format(near, PhoneNumberUtil::E164, &written);
            break;
          default:
            written = "00" + std::to_string(plan.country_code) + Grouped(rng, digits);
        }
        for (const std::string& region : {plan.region, std::string("US"), std::string("DE")}) {
          PhoneNumber number;
          const DirectParse direct = ParseDirect(written, region, number);
          if (direct == DirectParse::kAskParse) continue;
          ++built;
          const bool fast = direct == DirectParse::kBuilt && IsValidBuiltNumber(number);
          valid += fast;
          plan_valid += fast;
          EXPECT_EQ(fast, ValidByParse(written, region)) << written << " in " << region;
        }
      }
    }
    EXPECT_GT(plan_valid, 0) << plan.region;  // the comparison saw valid numbers of each plan
  }
  EXPECT_GT(built, 2000);
  EXPECT_GT(valid, 500);
}

TEST(PhoneDirect, LeavesUnusualShapesToParse) {
  PhoneNumber number;
  EXPECT_EQ(ParseDirect("+44 20 7946 0000 ext. 12", "GB", number), DirectParse::kAskParse);
  EXPECT_EQ(ParseDirect("+7 495 123 45 67", "US", number), DirectParse::kAskParse);
  EXPECT_EQ(ParseDirect("1 1 415 555 2671", "US", number), DirectParse::kAskParse);
  EXPECT_EQ(ParseDirect("+61 1831 234 567", "US", number), DirectParse::kAskParse);
  EXPECT_EQ(ParseDirect("020 7946 0000", "ES", number), DirectParse::kAskParse);
  EXPECT_EQ(ParseDirect("020 7946 0000", "US", number), DirectParse::kInvalid);
  ASSERT_EQ(ParseDirect("(415) 555-2671", "US", number), DirectParse::kBuilt);
  EXPECT_EQ(number.country_code(), 1);
  EXPECT_EQ(number.national_number(), 4155552671u);
  ASSERT_EQ(ParseDirect("020 7946 0000", "GB", number), DirectParse::kBuilt);
  EXPECT_EQ(number.country_code(), 44);
  EXPECT_EQ(number.national_number(), 2079460000u);
}

}  // namespace
}  // namespace deskbench
