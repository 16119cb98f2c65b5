#include <gtest/gtest.h>

#include "redact/checksums.h"
#include "redact/replacer.h"
#include "shape_checks.h"

namespace deskbench {
namespace {

using redact::AbaValid;
using redact::IbanValid;
using redact::LuhnValid;
using redact::NhsValid;
using redact::VerhoeffValid;
using testing::AlnumUpper;
using testing::DigitsOf;
using testing::ShapeOf;

const std::string kKey(32, 'k');

// Checks shape, determinism, key sensitivity and difference from the original; returns the fake.
std::string Fake(Entity type, std::string_view value) {
  Replacer r(kKey);
  std::string fake = r.Pseudonym(type, value);
  EXPECT_EQ(ShapeOf(fake), ShapeOf(value)) << value << " -> " << fake;
  EXPECT_NE(fake, value);
  EXPECT_EQ(fake, Replacer(kKey).Pseudonym(type, value));
  EXPECT_NE(fake, Replacer(std::string(32, 'z')).Pseudonym(type, value)) << value;
  return fake;
}

TEST(FakeCreditCard, TestBinOfTheSameBrandWithALuhnDigit) {
  struct Case {
    std::string_view real, bin;
  };
  for (auto [real, bin] : std::initializer_list<Case>{{"4242 4242 4242 4242", "411111"},
                                                      {"5105-1051-0510-5100", "555555"},
                                                      {"2223000048400011", "555555"},
                                                      {"3714 496353 98431", "378282"},
                                                      {"6011000990139424", "601111"},
                                                      {"3056 9309 0259 04", "305693"},
                                                      {"3566002020360505", "353011"}}) {
    std::string fake = Fake(Entity::CREDIT_CARD, real);
    std::string d = DigitsOf(fake);
    EXPECT_EQ(d.substr(0, 6), bin) << real;
    EXPECT_TRUE(LuhnValid(d)) << fake;
  }
}

TEST(FakeCreditCard, ATestCardIsStillReplaced) {
  std::string fake = Fake(Entity::CREDIT_CARD, "4111 1111 1111 1111");
  EXPECT_TRUE(LuhnValid(DigitsOf(fake)));
}

TEST(FakeIban, SameCountryLengthSpacingAndValidCheckDigits) {
  for (std::string_view real :
       {"GB82 WEST 1234 5698 7654 32", "DE89370400440532013000",
        "FR14 2004 1010 0505 0001 3M02 606", "gb82 west 1234 5698 7654 32"}) {
    std::string fake = Fake(Entity::IBAN, real);
    EXPECT_EQ(fake.substr(0, 2), real.substr(0, 2));
    EXPECT_TRUE(IbanValid(AlnumUpper(fake))) << fake;
  }
}

TEST(FakeIdentifier, SsnFromTheNeverIssuedArea) {
  std::string fake = Fake(Entity::US_SSN, "123-45-6789");
  EXPECT_EQ(fake[0], '9');
  EXPECT_NE(fake.substr(4, 2), "00");
  EXPECT_NE(fake.substr(7), "0000");
  Fake(Entity::US_SSN, "123 45 6789");
  Fake(Entity::US_SSN, "123456789");
}

TEST(FakeIdentifier, ItinAndEinKeepTheirForm) {
  std::string itin = Fake(Entity::US_ITIN, "912-70-1234");
  EXPECT_EQ(itin[0], '9');
  int group = std::stoi(itin.substr(4, 2));
  EXPECT_TRUE((group >= 50 && group <= 65) || (group >= 70 && group <= 88) ||
              (group >= 90 && group <= 92) || (group >= 94 && group <= 99))
      << itin;
  Fake(Entity::US_EIN, "12-3456789");
}

TEST(FakeIdentifier, NhsNumberFromTheTestRangeWithItsCheckDigit) {
  std::string fake = Fake(Entity::UK_NHS, "943 476 5919");
  EXPECT_EQ(fake.substr(0, 3), "999");
  EXPECT_TRUE(NhsValid(DigitsOf(fake))) << fake;
}

TEST(FakeIdentifier, SinStartsWithZeroAndPassesLuhn) {
  std::string fake = Fake(Entity::CA_SIN, "130 692 544");
  EXPECT_EQ(fake[0], '0');
  EXPECT_TRUE(LuhnValid(DigitsOf(fake)));
}

TEST(FakeIdentifier, RoutingNumberPassesAba) {
  std::string fake = Fake(Entity::US_BANK_ROUTING, "011000015");
  EXPECT_TRUE(AbaValid(fake)) << fake;
  int district = std::stoi(fake.substr(0, 2));
  EXPECT_TRUE((district >= 1 && district <= 12) || (district >= 21 && district <= 32));
}

TEST(FakeIdentifier, AustralianNumbersPassTheirChecks) {
  std::string tfn = DigitsOf(Fake(Entity::AU_TFN, "123 456 782"));
  static constexpr int kTfnW[9] = {1, 4, 3, 7, 5, 8, 6, 9, 10};
  int sum = 0;
  for (int i = 0; i < 9; ++i) sum += kTfnW[i] * (tfn[i] - '0');
  EXPECT_EQ(sum % 11, 0) << tfn;

  std::string abn = DigitsOf(Fake(Entity::AU_ABN, "51 824 753 556"));
  static constexpr int kAbnW[11] = {10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19};
  sum = 0;
  for (int i = 0; i < 11; ++i) sum += kAbnW[i] * (abn[i] - '0' - (i == 0 ? 1 : 0));
  EXPECT_EQ(sum % 89, 0) << abn;

  std::string medicare = DigitsOf(Fake(Entity::AU_MEDICARE, "2123 45670 1"));
  static constexpr int kMedW[8] = {1, 3, 7, 9, 1, 3, 7, 9};
  sum = 0;
  for (int i = 0; i < 8; ++i) sum += kMedW[i] * (medicare[i] - '0');
  EXPECT_EQ(sum % 10, medicare[8] - '0');
  EXPECT_GE(medicare[0], '2');
  EXPECT_LE(medicare[0], '6');
}

TEST(FakeIdentifier, AadhaarPassesVerhoeff) {
  std::string fake = DigitsOf(Fake(Entity::IN_AADHAAR, "2345 6789 0124"));
  EXPECT_TRUE(VerhoeffValid(fake));
  EXPECT_GE(fake[0], '2');
}

TEST(FakeIdentifier, PanKeepsTheHolderType) {
  std::string fake = Fake(Entity::IN_PAN, "ABCPE1234F");
  EXPECT_EQ(fake[3], 'P');
}

TEST(FakeIdentifier, NricCheckLetter) {
  for (std::string_view real : {"S1234567D", "T0123456A", "F1234567N", "G7654321K"}) {
    std::string fake = Fake(Entity::SG_NRIC, real);
    EXPECT_EQ(fake[0], real[0]);
    static constexpr int kW[7] = {2, 7, 6, 5, 4, 3, 2};
    int sum = (fake[0] == 'T' || fake[0] == 'G') ? 4 : 0;
    for (int i = 0; i < 7; ++i) sum += kW[i] * (fake[1 + i] - '0');
    std::string_view table = (fake[0] == 'S' || fake[0] == 'T') ? "JZIHGFEDCBA" : "XWUTRQPNMLK";
    EXPECT_EQ(fake[8], table[sum % 11]) << fake;
  }
}

TEST(FakeIdentifier, NifAndNieCheckLetter) {
  static constexpr std::string_view kLetters = "TRWAGMYFPDXBNJZSQVHLCKE";
  std::string nif = Fake(Entity::ES_NIF, "12345678Z");
  EXPECT_EQ(nif[8], kLetters[std::stoul(nif.substr(0, 8)) % 23]);
  std::string nie = Fake(Entity::ES_NIF, "Y1234567X");
  EXPECT_EQ(nie[0], 'Y');
  EXPECT_EQ(nie[8], kLetters[std::stoul("1" + nie.substr(1, 7)) % 23]);
}

TEST(FakeIdentifier, NinoUsesTheNeverIssuedPrefix) {
  std::string fake = Fake(Entity::UK_NINO, "AB 12 34 56 C");
  EXPECT_EQ(fake.substr(0, 2), "QQ");
  EXPECT_TRUE(fake.back() >= 'A' && fake.back() <= 'D');
  EXPECT_EQ(Fake(Entity::UK_NINO, "ab123456c").substr(0, 2), "qq");
}

TEST(FakeIdentifier, SteuerIdHasOneRepeatedDigitAndItsCheckDigit) {
  std::string fake = DigitsOf(Fake(Entity::DE_TAX_ID, "86 095 742 719"));
  ASSERT_EQ(fake.size(), 11u);
  EXPECT_NE(fake[0], '0');
  int counts[10] = {};
  for (int i = 0; i < 10; ++i) ++counts[fake[i] - '0'];
  int twice = 0, once = 0;
  for (int c : counts) {
    twice += c == 2;
    once += c == 1;
  }
  EXPECT_EQ(twice, 1);
  EXPECT_EQ(once, 8);
  EXPECT_EQ(redact::Mod11_10CheckDigit(fake.substr(0, 10)), fake[10]);
}

TEST(FakeIdentifier, FiscalCodeCheckCharacter) {
  static constexpr int kOdd[36] = {1,  0, 5, 7,  9,  13, 15, 17, 19, 21, 1,  0,
                                   5,  7, 9, 13, 15, 17, 19, 21, 2,  4,  18, 20,
                                   11, 3, 6, 8,  12, 14, 16, 10, 22, 25, 24, 23};
  auto check = [&](std::string_view code) {
    int sum = 0;
    for (int i = 0; i < 15; ++i) {
      char c = code[i];
      int idx = c <= '9' ? c - '0' : c - 'A' + 10;
      int even = c <= '9' ? c - '0' : c - 'A';
      sum += i % 2 == 0 ? kOdd[idx] : even;
    }
    return static_cast<char>('A' + sum % 26);
  };
  ASSERT_EQ(check("RSSMRA85T10A562S"), 'S');  // the specimen in the decree's examples
  std::string fake = Fake(Entity::IT_FISCAL_CODE, "RSSMRA85T10A562S");
  EXPECT_EQ(fake[15], check(fake)) << fake;
  EXPECT_NE(std::string_view("ABCDEHLMPRST").find(fake[8]), std::string_view::npos);
  // A woman's code (day + 40) stays one.
  EXPECT_GE(Fake(Entity::IT_FISCAL_CODE, "RSSMRA85T50A562W")[9], '4');
}

TEST(FakeIdentifier, OtherIdentifiersKeepTheirShape) {
  Fake(Entity::US_PASSPORT, "A12345678");
  Fake(Entity::US_DRIVER_LICENSE, "D123-4567-8901");
  Fake(Entity::US_BANK_ACCOUNT, "000123456789");
  Fake(Entity::MEDICAL_RECORD_NUMBER, "MRN-00123456");
  // A malformed value of a checked type falls back to its shape.
  Fake(Entity::US_SSN, "123-45-678");
  Fake(Entity::IBAN, "12");
}

}  // namespace
}  // namespace deskbench
