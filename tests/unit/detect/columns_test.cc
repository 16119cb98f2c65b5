// Identifiers named by their column header: found whatever their check digits, and only there.

#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

#include "detect/engine.h"

namespace deskbench {
namespace {

using Hits = std::vector<std::tuple<std::string, Entity, std::string>>;

const Engine& Structured() {
  static const Engine engine = [] {
    Policy p;
    for (Entity e : {Entity::PERSON, Entity::ORGANIZATION, Entity::LOCATION}) {
      p.enabled[static_cast<size_t>(e)] = false;
    }
    return Engine(p);
  }();
  return engine;
}

Hits Scan(std::string_view text, std::string_view hint) {
  auto scanner = Structured().NewScanner();
  Hits out;
  for (const Finding& f : scanner.Scan(text, hint)) {
    out.emplace_back(std::string(text.substr(f.begin, f.end - f.begin)), f.type,
                     std::string(f.recognizer));
  }
  return out;
}

TEST(ColumnValues, InvalidNumbersUnderTheirHeaderAreFound) {
  // No valid NINO ends in M; the header says what it is.
  EXPECT_EQ(Scan("ZH938090M", "National Insurance No"),
            (Hits{{"ZH938090M", Entity::UK_NINO, "uk_nino_column"}}));
  EXPECT_EQ(Scan(" ZH 93 80 90 M ", "NINO"),
            (Hits{{"ZH 93 80 90 M", Entity::UK_NINO, "uk_nino_column"}}));
  // In no numbering plan, but typed as a phone number under TELEPHONE.
  EXPECT_EQ(Scan("63195 014 427", "TELEPHONE"),
            (Hits{{"63195 014 427", Entity::PHONE, "phone_column"}}));
  EXPECT_EQ(Scan("0000 111 2223", "home_phone"),
            (Hits{{"0000 111 2223", Entity::PHONE, "phone_column"}}));
  // Area 000 is never issued.
  EXPECT_EQ(Scan("000-12-3456", "SSN"), (Hits{{"000-12-3456", Entity::US_SSN, "us_ssn_column"}}));
  EXPECT_EQ(Scan("123 456 7890", "NHS Number"),
            (Hits{{"123 456 7890", Entity::UK_NHS, "uk_nhs_column"}}));
  // A passport of another country's shape is an identity document of any country.
  EXPECT_EQ(Scan("C01X00T47", "Passport No."),
            (Hits{{"C01X00T47", Entity::ID_DOCUMENT, "id_document_cell"}}));
  EXPECT_EQ(Scan("A123-BC9", "Driver's License"),
            (Hits{{"A123-BC9", Entity::US_DRIVER_LICENSE, "us_driver_license_column"}}));
  EXPECT_EQ(Scan("1234 5678 9012", "Aadhaar"),
            (Hits{{"1234 5678 9012", Entity::IN_AADHAAR, "in_aadhaar_column"}}));
}

TEST(ColumnValues, ValidNumbersKeepTheirValidatedFinding) {
  // A valid NINO (AB, six digits, suffix C) is found by its own recognizer, at its higher score.
  Hits h = Scan("AB123456C", "National Insurance No");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(std::get<1>(h[0]), Entity::UK_NINO);
  EXPECT_NE(std::get<2>(h[0]), "uk_nino_column");
  h = Scan("+44 20 7946 0018", "Telephone");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(std::get<1>(h[0]), Entity::PHONE);
  EXPECT_NE(std::get<2>(h[0]), "phone_column");
}

TEST(ColumnValues, NearMisses) {
  // The same values without a header naming them, or under another header.
  EXPECT_TRUE(Scan("ZH938090M", "").empty());
  EXPECT_TRUE(Scan("63195 014 427", "Quantity").empty());
  EXPECT_TRUE(Scan("63195 014 427", "Hotel").empty());
  EXPECT_TRUE(Scan("000-12-3456", "Order").empty());
  EXPECT_TRUE(Scan("250000001", "Precio sin IVA").empty());
  EXPECT_EQ(Scan("123 456 780", "SIN Number"),
            (Hits{{"123 456 780", Entity::CA_SIN, "ca_sin_column"}}));
  // Under the header, values of another shape: dates, decimals, words, short codes, repeats.
  EXPECT_TRUE(Scan("2024-01-31", "Passport expiry").empty());
  EXPECT_TRUE(Scan("31/01/2024", "Phone call date").empty());
  EXPECT_TRUE(Scan("2024.01.31", "Telephone").empty());
  EXPECT_TRUE(Scan("1234567.89", "Phone bill").empty());
  EXPECT_TRUE(Scan("Not issued", "Passport").empty());
  EXPECT_TRUE(Scan("GBR 2031", "Passport").empty());
  EXPECT_TRUE(Scan("iPhone 12", "Phone model").empty());
  EXPECT_TRUE(Scan("Ext 4321", "Telephone").empty());
  EXPECT_TRUE(Scan("4321", "Telephone").empty());
  EXPECT_TRUE(Scan("000-00-0000", "SSN").empty());
  EXPECT_TRUE(Scan("XXX-XX-1234", "SSN").empty());
  // A value inside a sentence is not alone in its cell.
  for (const auto& hit : Scan("call 63195 014 427 today", "Notes about telephone")) {
    EXPECT_EQ(std::get<2>(hit).find("_column"), std::string::npos) << std::get<2>(hit);
  }
}

}  // namespace
}  // namespace deskbench
