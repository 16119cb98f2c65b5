// VIN (ISO 3779 and the North American check digit of 49 CFR 565) and IMEI (Luhn over 14 digits),
// from the published rules; the numbers are made up and their check digits computed by hand.
#include <gtest/gtest.h>

#include <string>

#include "core/ascii.h"
#include "detect/engine.h"
#include "detect/validators/vin.h"
#include "scan_hits.h"

namespace deskbench {
namespace {

using test::Hits;

Hits Scan(std::string_view text, std::string_view hint = {}) {
  static const Engine engine{test::Only({Entity::VIN, Entity::IMEI})};
  return test::Scan(engine, text, hint);
}

TEST(Vin, CheckDigitAsPublished) {
  EXPECT_TRUE(validators::VinCheckValid("3VWFE21C04M000001"));
  EXPECT_TRUE(validators::VinCheckValid("2T1BR32E34C123456"));
  EXPECT_TRUE(validators::VinCheckValid("KMHCT4AE6DU000777"));
  EXPECT_EQ(validators::VinCheckDigit("1M8GDM9A0KP042788"), 'X');  // a remainder of 10
  // Every change of one character to one of another value breaks it (the ninth is the check
  // digit itself; letters of one transliterated value, B and K, are alike to it).
  const std::string vin = "2T1BR32E34C123456";
  for (size_t i = 0; i < vin.size(); ++i) {
    if (i == 8) continue;
    std::string wrong = vin;
    // The test VIN's letters (T, B, R, E, C) are worth 2 to 9; A is worth 1.
    wrong[i] = wrong[i] == '7' ? '8' : (ascii::IsDigit(wrong[i]) ? '7' : 'A');
    if (wrong == vin) continue;
    EXPECT_FALSE(validators::VinCheckValid(wrong)) << wrong;
  }
}

TEST(Vin, Shape) {
  EXPECT_TRUE(validators::VinShape("WVWZZZ1JZXW000001"));
  EXPECT_FALSE(validators::VinShape("WVWZZZ1JZXW00000"));   // 16
  EXPECT_FALSE(validators::VinShape("WVWZZZ1JZXWO00001"));  // O
  EXPECT_FALSE(validators::VinShape("WVWZZZ1JZXW0000A1"));  // the last four are digits
  EXPECT_FALSE(validators::VinShape("12345678901234567"));  // no letters
  EXPECT_FALSE(validators::VinShape("wvwzzz1jzxw000001"));  // written in lower case
}

TEST(Vin, FoundByCheckDigitOrBesideItsWord) {
  EXPECT_EQ(Scan("Insured: 2019 Camry, 2T1BR32E34C123456, garaged at home."),
            (Hits{{"2T1BR32E34C123456", Entity::VIN}}));
  // No check digit (Europe), so only beside a vehicle word.
  EXPECT_EQ(Scan("Fahrgestellnummer WVWZZZ1JZXW000001 laut Vertrag."),
            (Hits{{"WVWZZZ1JZXW000001", Entity::VIN}}));
  EXPECT_TRUE(Scan("Reference WVWZZZ1JZXW000001 in the ledger.").empty());
  EXPECT_EQ(Scan("WVWZZZ1JZXW000001", "VIN"), (Hits{{"WVWZZZ1JZXW000001", Entity::VIN}}));
}

TEST(Vin, NearMisses) {
  EXPECT_TRUE(Scan("Insured vehicle 2T1BR32E34C12345 only.").empty());  // 16
  EXPECT_TRUE(Scan("vehicle 2T1BR32E34C1234567 only.").empty());        // 18
  EXPECT_TRUE(Scan("the hash 0123456789ABCDEF01234567 of the car.").empty());
  EXPECT_TRUE(Scan("vehicle part A2T1BR32E34C123456").empty());         // glued
  EXPECT_TRUE(Scan("Order 12345678901234567 for the truck.").empty());  // digits
}

TEST(Imei, AfterItsKeywordGroupedOrNot) {
  EXPECT_EQ(Scan("IMEI 357805023984942 of the lost phone."),
            (Hits{{"357805023984942", Entity::IMEI}}));
  EXPECT_EQ(Scan("IMEI: 35-780502-398494-2"), (Hits{{"35-780502-398494-2", Entity::IMEI}}));
  EXPECT_EQ(Scan("imei no. 01 326300 543210 8, returned"),
            (Hits{{"01 326300 543210 8", Entity::IMEI}}));
  EXPECT_EQ(Scan("IMEISV 3578050239849401"), (Hits{{"3578050239849401", Entity::IMEI}}));
  // A dual-SIM phone's first IMEI: the 1 is part of the keyword.
  EXPECT_EQ(Scan("IMEI 1 01-326300-543210-8"), (Hits{{"01-326300-543210-8", Entity::IMEI}}));
  EXPECT_EQ(Scan("IMEI 2 013263005432108"), (Hits{{"013263005432108", Entity::IMEI}}));
  EXPECT_EQ(Scan("013263005432108", "IMEI"), (Hits{{"013263005432108", Entity::IMEI}}));
  // Without its check digit, or a spreadsheet's number that lost its leading 0.
  EXPECT_EQ(Scan("13263005432108", "IMEI"), (Hits{{"13263005432108", Entity::IMEI}}));
  EXPECT_EQ(Scan("IMEI: 35780502398494."), (Hits{{"35780502398494", Entity::IMEI}}));
}

TEST(Imei, NearMisses) {
  EXPECT_TRUE(Scan("Serial 357805023984942 of the lost phone.").empty());  // no keyword
  EXPECT_TRUE(Scan("IMEI 3578050239849 (13 digits)").empty());
  EXPECT_TRUE(Scan("1326300543210", "IMEI").empty());
  EXPECT_TRUE(Scan("IMEI 35780502398494212 too long").empty());
  EXPECT_TRUE(Scan("013263005432108", "serial").empty());
}

}  // namespace
}  // namespace deskbench
