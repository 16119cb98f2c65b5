#include "detect/validators/phone_direct.h"

#include <gtest/gtest.h>
#include <phonenumbers/phonenumberutil.h>

#include <random>
#include <string>

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
      static const std::string kKnown[] = {"415", "212", "20 7",  "161 ",    "30 ",   "151 ",
                                           "1 ",  "6 ",  "020 7", "07700 9", "0161 4"};
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

TEST(PhoneDirect, LeavesUnusualShapesToParse) {
  PhoneNumber number;
  EXPECT_EQ(ParseDirect("+44 20 7946 0000 ext. 12", "GB", number), DirectParse::kAskParse);
  EXPECT_EQ(ParseDirect("+7 495 123 45 67", "US", number), DirectParse::kAskParse);
  EXPECT_EQ(ParseDirect("1 415 555 2671", "US", number), DirectParse::kAskParse);
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
