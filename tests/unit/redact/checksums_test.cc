#include "redact/checksums.h"

#include <gtest/gtest.h>

namespace deskbench::redact {

// Specimens from the algorithms' published descriptions.
TEST(Checksums, Luhn) {
  EXPECT_TRUE(LuhnValid("79927398713"));
  EXPECT_FALSE(LuhnValid("79927398710"));
  EXPECT_EQ(LuhnCheckDigit("7992739871"), '3');
  EXPECT_FALSE(LuhnValid("7992739871x"));
  EXPECT_FALSE(LuhnValid(""));
}

TEST(Checksums, Iban) {
  EXPECT_TRUE(IbanValid("GB82WEST12345698765432"));
  EXPECT_FALSE(IbanValid("GB83WEST12345698765432"));
  EXPECT_EQ(IbanCheck("GB", "WEST12345698765432"), 82);
  EXPECT_FALSE(IbanValid("GB8"));
  EXPECT_FALSE(IbanValid("GB82 WEST"));  // spaces are the caller's to strip
}

TEST(Checksums, Aba) {
  EXPECT_TRUE(AbaValid("011000015"));
  EXPECT_FALSE(AbaValid("011000016"));
  EXPECT_EQ(AbaCheckDigit("01100001"), '5');
  EXPECT_FALSE(AbaValid("01100001"));
}

TEST(Checksums, Nhs) {
  EXPECT_TRUE(NhsValid("9434765919"));
  EXPECT_FALSE(NhsValid("9434765918"));
  EXPECT_EQ(NhsCheckDigit("943476591"), '9');
  // 10 as the remainder's complement means no valid number has these nine digits.
  int without = 0;
  for (int i = 0; i < 1000; ++i) {
    std::string s = "999" + std::to_string(100000 + i);
    if (!NhsCheckDigit(s)) ++without;
  }
  EXPECT_GT(without, 0);
}

TEST(Checksums, Verhoeff) {
  EXPECT_EQ(VerhoeffCheckDigit("236"), '3');
  EXPECT_TRUE(VerhoeffValid("2363"));
  EXPECT_FALSE(VerhoeffValid("2364"));
  // Verhoeff catches every adjacent transposition.
  EXPECT_FALSE(VerhoeffValid("3263"));
}

TEST(Checksums, Mod11_10) {
  // The Steuer-IdNr specimen 86095742719.
  EXPECT_EQ(Mod11_10CheckDigit("8609574271"), '9');
  EXPECT_NE(Mod11_10CheckDigit("8609574272"), '9');
}

}  // namespace deskbench::redact
