// European personal identity numbers, from the issuers' published examples and rules.
#include "detect/validators/eu_ids.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "detect/engine.h"
#include "scan_hits.h"

namespace deskbench {
namespace {

using namespace validators;
using test::Hits;

Hits Scan(std::string_view text, std::string_view hint = {}) {
  static const Engine engine{
      test::Only({Entity::PL_PESEL, Entity::FI_PERSONAL_ID, Entity::FR_NIR, Entity::SE_PERSONNUMMER,
                  Entity::NO_FODSELSNUMMER, Entity::BE_NATIONAL_NUMBER, Entity::NL_BSN,
                  Entity::DK_CPR, Entity::DE_SOCIAL_SECURITY})};
  return test::Scan(engine, text, hint);
}

// Every single-digit change of a valid number breaks its check (or its date).
void EachDigitChangeFails(bool (*valid)(std::string_view), std::string number) {
  ASSERT_TRUE(valid(number)) << number;
  for (size_t i = 0; i < number.size(); ++i) {
    if (number[i] < '0' || number[i] > '9') continue;
    std::string wrong = number;
    wrong[i] = static_cast<char>('0' + (number[i] - '0' + 1) % 10);
    EXPECT_FALSE(valid(wrong)) << wrong;
  }
}

TEST(EuIds, PeselWeightsAndCenturyInTheMonth) {
  EachDigitChangeFails(PlPeselValid, "44051401359");
  EXPECT_TRUE(PlPeselValid("02270803624"));   // 8 July 2002: the month + 20
  EXPECT_FALSE(PlPeselValid("44133101356"));  // month 13
  EXPECT_FALSE(PlPeselValid("4405140135"));   // ten digits
  EXPECT_EQ(PlPeselCheckDigit("4405140135"), 9);
}

TEST(EuIds, HetuCenturySignsAndCheckCharacter) {
  EXPECT_TRUE(FiHetuValid("131052-308T"));
  EXPECT_TRUE(FiHetuValid("010594Y9021"));  // the 2023 century signs
  EXPECT_FALSE(FiHetuValid("131052-308U"));
  EXPECT_FALSE(FiHetuValid("131052Z308T"));  // no such sign
  EXPECT_FALSE(FiHetuValid("311152-308T"));  // 31 November
  EXPECT_FALSE(FiHetuValid("131052-001T"));  // individual numbers start at 002
  EXPECT_EQ(FiHetuCheckChar("131052308"), 'T');
}

TEST(EuIds, NirKeyAndCorsica) {
  EachDigitChangeFails(FrNirValid, "184127645108946");
  EXPECT_TRUE(FrNirValid("255081416802538"));
  // Corsica's 2A counts as 19 in the key.
  std::string corsica = "184032A012345";
  const int key = FrNirKey(corsica);
  ASSERT_GT(key, 0);
  EXPECT_EQ(key, 97 - static_cast<int>(1840319012345ull % 97));
  EXPECT_TRUE(FrNirValid(corsica + std::to_string(key / 10) + std::to_string(key % 10)));
  EXPECT_FALSE(FrNirValid("584127645108946"));  // no sex 5
  EXPECT_FALSE(FrNirValid("184137645108946"));  // month 13
}

TEST(EuIds, PersonnummerLuhnAndDate) {
  EachDigitChangeFails(SePersonnummerValid, "8112289874");
  EXPECT_TRUE(SePersonnummerValid("198112289874"));
  EXPECT_FALSE(SePersonnummerValid("178112289874"));  // century 17
  EXPECT_FALSE(SePersonnummerValid("8113289874"));    // month 13
}

TEST(EuIds, FodselsnummerTwoChecks) {
  EachDigitChangeFails(NoFodselsnummerValid, "01010750160");
  EXPECT_EQ(NoFodselsnummerChecks("010107501"), 60);
  EXPECT_FALSE(NoFodselsnummerValid("32010750160"));
}

TEST(EuIds, BelgianNumberBothCenturies) {
  EachDigitChangeFails(BeNationalNumberValid, "85073003328");
  // Born in 2001: the check is taken with a 2 in front.
  const uint64_t first9 = 10203001;  // 01.02.03-001
  const int check = 97 - static_cast<int>((2000000000ull + first9) % 97);
  std::string number = "010203001" + std::string(check < 10 ? "0" : "") + std::to_string(check);
  EXPECT_TRUE(BeNationalNumberValid(number));
  EXPECT_FALSE(BeNationalNumberValid("85133003328"));
}

TEST(EuIds, BsnElevenTest) {
  EachDigitChangeFails(NlBsnValid, "111222333");
  EXPECT_TRUE(NlBsnValid("123456782"));
  EXPECT_FALSE(NlBsnValid("000000000"));
}

TEST(EuIds, CprIsADate) {
  EXPECT_TRUE(DkCprValid("0707614285"));
  EXPECT_FALSE(DkCprValid("3202614285"));
  EXPECT_FALSE(DkCprValid("070761428"));
}

TEST(EuIds, SvnrLetterCountsAsTwoDigits) {
  EachDigitChangeFails(DeSvnrValid, "65170839J003");
  EXPECT_FALSE(DeSvnrValid("65170839K003"));
  EXPECT_FALSE(DeSvnrValid("00170839J003"));  // no area 00
  EXPECT_EQ(DeSvnrCheckDigit("65170839J00"), 3);
}

TEST(EuIds, FoundInTextByShapeOrWord) {
  EXPECT_EQ(Scan("Henkilötunnus: 131052-308T"), (Hits{{"131052-308T", Entity::FI_PERSONAL_ID}}));
  EXPECT_EQ(Scan("Ref 131052-308T"), (Hits{{"131052-308T", Entity::FI_PERSONAL_ID}}));
  EXPECT_EQ(Scan("Carte Vitale 1 84 12 76 451 089 46."),
            (Hits{{"1 84 12 76 451 089 46", Entity::FR_NIR}}));
  EXPECT_EQ(Scan("N° SS : 184127645108946"), (Hits{{"184127645108946", Entity::FR_NIR}}));
  EXPECT_EQ(Scan("Personnummer 811228-9874"), (Hits{{"811228-9874", Entity::SE_PERSONNUMMER}}));
  EXPECT_EQ(Scan("Född 19811228-9874"), (Hits{{"19811228-9874", Entity::SE_PERSONNUMMER}}));
  EXPECT_EQ(Scan("Fødselsnummer: 010107 50160"),
            (Hits{{"010107 50160", Entity::NO_FODSELSNUMMER}}));
  EXPECT_EQ(Scan("PESEL 44051401359"), (Hits{{"44051401359", Entity::PL_PESEL}}));
  EXPECT_EQ(Scan("Rijksregisternummer 85.07.30-033.28"),
            (Hits{{"85.07.30-033.28", Entity::BE_NATIONAL_NUMBER}}));
  EXPECT_EQ(Scan("BSN: 111222333"), (Hits{{"111222333", Entity::NL_BSN}}));
  EXPECT_EQ(Scan("1112.22.333", "burgerservicenummer"), (Hits{{"1112.22.333", Entity::NL_BSN}}));
  EXPECT_EQ(Scan("CPR-nr. 070761-4285"), (Hits{{"070761-4285", Entity::DK_CPR}}));
  EXPECT_EQ(Scan("SV-Nummer 65 170839 J 003"),
            (Hits{{"65 170839 J 003", Entity::DE_SOCIAL_SECURITY}}));
  EXPECT_EQ(Scan("65170839J003"), (Hits{{"65170839J003", Entity::DE_SOCIAL_SECURITY}}));
}

TEST(EuIds, BareNumbersNeedTheirWord) {
  for (std::string_view text : {
           "Order 44051401359 shipped.",  // a valid PESEL without its word
           "ref 811228-9874 paid",        // a personnummer's or a CPR's shape
           "invoice 111222333",           // passes the eleven test
           "Tracking 184127645108946",    // a NIR's digits, unspaced
           "Account 0707614285",          // a CPR date
           "Call 131052-308U about it",   // a wrong check character
           "Build 65170839J004",          // a wrong check digit
       }) {
    EXPECT_TRUE(Scan(text).empty()) << text;
  }
}

}  // namespace
}  // namespace deskbench
