#include "detect/validators/national_ids.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "detect/engine.h"
#include "detect/validators/id_span.h"
#include "detect/validators/luhn.h"
#include "scan_hits.h"

namespace deskbench {
namespace {

using test::Hits;
using test::Only;
using test::Scan;

// Completes a digit string with the digit that makes its Luhn sum a multiple of 10.
std::string LuhnComplete(std::string body) {
  for (char d = '0'; d <= '9'; ++d) {
    if (LuhnValid(body + d)) return body + d;
  }
  return body + "?";
}

// The check digit of an NHS number, computed from NHS Digital's published rule.
int NhsCheck(std::string_view nine) {
  int sum = 0;
  for (int i = 0; i < 9; ++i) sum += (nine[static_cast<size_t>(i)] - '0') * (10 - i);
  int check = 11 - sum % 11;
  return check == 11 ? 0 : check;
}

std::string WithSpaces(std::string_view digits, std::initializer_list<size_t> groups) {
  std::string out;
  size_t at = 0;
  for (size_t g : groups) {
    if (!out.empty()) out += ' ';
    out += digits.substr(at, g);
    at += g;
  }
  return out;
}

// ---- validators ----------------------------------------------------------------------------

TEST(NationalIdValidators, Ssn) {
  EXPECT_TRUE(validators::UsSsnValid("536221234"));
  EXPECT_TRUE(validators::UsSsnValid("899991234"));
  EXPECT_FALSE(validators::UsSsnValid("000221234"));
  EXPECT_FALSE(validators::UsSsnValid("666221234"));
  EXPECT_FALSE(validators::UsSsnValid("900221234"));
  EXPECT_FALSE(validators::UsSsnValid("536001234"));
  EXPECT_FALSE(validators::UsSsnValid("536220000"));
  EXPECT_FALSE(validators::UsSsnValid("078051120"));
  EXPECT_FALSE(validators::UsSsnValid("219099999"));
  EXPECT_FALSE(validators::UsSsnValid("53622123"));
  EXPECT_FALSE(validators::UsSsnValid("53622123x"));
}

TEST(NationalIdValidators, ItinAndEin) {
  for (const char* ok : {"912501234", "912651234", "912701234", "912881234", "912901234",
                         "912921234", "912941234", "912991234"}) {
    EXPECT_TRUE(validators::UsItinValid(ok)) << ok;
  }
  for (const char* bad : {"912491234", "912661234", "912691234", "912891234", "912931234",
                          "812701234", "912700000"}) {
    EXPECT_FALSE(validators::UsItinValid(bad)) << bad;
  }
  for (const char* ok : {"013456789", "123456789", "453456789", "993456789", "983456789"}) {
    EXPECT_TRUE(validators::UsEinValid(ok)) << ok;
  }
  for (const char* bad :
       {"003456789", "073456789", "193456789", "283456789", "493456789", "693456789", "703456789",
        "793456789", "893456789", "963456789", "970000000", "120000000"}) {
    EXPECT_FALSE(validators::UsEinValid(bad)) << bad;
  }
}

TEST(NationalIdValidators, UkNino) {
  EXPECT_TRUE(validators::UkNinoValid("AB123456C"));
  EXPECT_TRUE(validators::UkNinoValid("JG103759A"));
  for (const char* bad :
       {"DA123456A", "FA123456A", "IA123456A", "QA123456A", "UA123456A", "VA123456A", "AD123456A",
        "AO123456A", "BG123456A", "GB123456A", "NK123456A", "KN123456A", "TN123456A", "NT123456A",
        "ZZ123456A", "AB123456E", "AB12345CA", "ab123456c"}) {
    EXPECT_FALSE(validators::UkNinoValid(bad)) << bad;
  }
}

TEST(NationalIdValidators, UkNhs) {
  // NHS Digital's documentation example.
  EXPECT_TRUE(validators::UkNhsValid("9434765919"));
  EXPECT_FALSE(validators::UkNhsValid("9434765918"));
  // A body whose remainder gives check digit 10 is never issued, whatever digit follows.
  std::string ten;
  for (int n = 100000000; n < 100001000 && ten.empty(); ++n) {
    std::string body = std::to_string(n);
    if (NhsCheck(body) == 10) ten = body;
  }
  ASSERT_FALSE(ten.empty());
  for (char d = '0'; d <= '9'; ++d) EXPECT_FALSE(validators::UkNhsValid(ten + d));
}

TEST(NationalIdValidators, CaSin) {
  std::string sin = LuhnComplete("13045428");
  EXPECT_TRUE(validators::CaSinValid(sin));
  EXPECT_FALSE(validators::CaSinValid(LuhnComplete("03045428")));  // 0 is not issued
  EXPECT_FALSE(validators::CaSinValid(LuhnComplete("83045428")));  // 8 is not issued
  std::string wrong = sin;
  wrong[8] = static_cast<char>('0' + (wrong[8] - '0' + 1) % 10);
  EXPECT_FALSE(validators::CaSinValid(wrong));
}

TEST(NationalIdValidators, Australia) {
  EXPECT_TRUE(validators::AuTfnValid("123456782"));  // the ATO's example
  EXPECT_FALSE(validators::AuTfnValid("123456783"));
  // 8-digit (older) TFNs use the weights 10, 7, 8, 4, 6, 3, 5, 1: 1*10+... = 0 mod 11.
  EXPECT_TRUE(validators::AuTfnValid("10000001"));
  EXPECT_FALSE(validators::AuTfnValid("10000002"));
  EXPECT_TRUE(validators::AuAbnValid("51824753556"));  // the ATO's example
  EXPECT_FALSE(validators::AuAbnValid("51824753557"));
  EXPECT_FALSE(validators::AuAbnValid("01824753556"));
  EXPECT_TRUE(validators::AuMedicareValid("2123456701"));
  EXPECT_TRUE(validators::AuMedicareValid("21234567011"));
  EXPECT_FALSE(validators::AuMedicareValid("21234567010"));  // reference numbers start at 1
  EXPECT_FALSE(validators::AuMedicareValid("2123456711"));   // check digit 1, should be 0
  EXPECT_FALSE(validators::AuMedicareValid("7123456701"));   // first digit 2-6 only
}

TEST(NationalIdValidators, IndiaPanAndVerhoeff) {
  EXPECT_TRUE(validators::InPanValid("ABCPE1234F"));
  EXPECT_TRUE(validators::InPanValid("AAACB1234K"));
  EXPECT_FALSE(validators::InPanValid("ABCXE1234F"));  // X is no holder type
  EXPECT_FALSE(validators::InPanValid("ABCPE0000F"));
  EXPECT_FALSE(validators::InPanValid("ABCPE12345"));
  // The textbook Verhoeff example: 236 takes check digit 3.
  EXPECT_EQ(validators::VerhoeffCheckDigit("236"), 3);
  EXPECT_TRUE(validators::VerhoeffValid("2363"));
  EXPECT_FALSE(validators::VerhoeffValid("2364"));
  // Verhoeff catches every single-digit error and every adjacent transposition.
  std::string body = "23456789012";
  std::string valid = body + static_cast<char>('0' + validators::VerhoeffCheckDigit(body));
  ASSERT_TRUE(validators::InAadhaarValid(valid));
  for (size_t i = 0; i < valid.size(); ++i) {
    for (char d = '0'; d <= '9'; ++d) {
      if (d == valid[i]) continue;
      std::string typo = valid;
      typo[i] = d;
      EXPECT_FALSE(validators::VerhoeffValid(typo)) << typo;
    }
    if (i + 1 < valid.size() && valid[i] != valid[i + 1]) {
      std::string swapped = valid;
      std::swap(swapped[i], swapped[i + 1]);
      EXPECT_FALSE(validators::VerhoeffValid(swapped)) << swapped;
    }
  }
  // Published check digits for longer payloads, which the permutation table's later rows decide:
  // 12345 takes 1 and 123456789012 takes 0.
  EXPECT_EQ(validators::VerhoeffCheckDigit("12345"), 1);
  EXPECT_EQ(validators::VerhoeffCheckDigit("123456789012"), 0);
  EXPECT_TRUE(validators::VerhoeffValid("123451"));
  EXPECT_FALSE(validators::VerhoeffValid("123459"));
  // Worked by hand from the published tables.
  EXPECT_TRUE(validators::InAadhaarValid("234567890124"));
  EXPECT_TRUE(validators::InAadhaarValid("987654321096"));
  EXPECT_FALSE(validators::InAadhaarValid("234567890125"));
  std::string low = "13456789012";
  EXPECT_FALSE(validators::InAadhaarValid(
      low + static_cast<char>('0' + validators::VerhoeffCheckDigit(low))));
}

TEST(NationalIdValidators, SingaporeNric) {
  EXPECT_TRUE(validators::SgNricValid("S1234567D"));  // the widely published specimen
  EXPECT_FALSE(validators::SgNricValid("S1234567E"));
  // T and G add 4 to the weighted sum; F and G use the foreigners' letter table.
  EXPECT_EQ(validators::SgNricCheckLetter("T1234567"), 'J');  // 106 + 4 = 110, remainder 0
  EXPECT_EQ(validators::SgNricCheckLetter("F1234567"), 'N');  // remainder 7
  EXPECT_EQ(validators::SgNricCheckLetter("G1234567"), 'X');  // remainder 0
  EXPECT_EQ(validators::SgNricCheckLetter("M1234567"), 'K');  // 106 + 3 = 109, remainder 10
  EXPECT_FALSE(validators::SgNricValid("A1234567D"));
}

TEST(NationalIdValidators, SpainNif) {
  EXPECT_TRUE(validators::EsNifValid("12345678Z"));  // the Ministry's specimen DNI
  EXPECT_FALSE(validators::EsNifValid("12345678A"));
  EXPECT_TRUE(validators::EsNifValid("X1234567L"));  // X stands for 0: 01234567 % 23 = 19
  EXPECT_TRUE(validators::EsNifValid(std::string("Y1234567") + validators::EsNifLetter(11234567)));
  EXPECT_TRUE(validators::EsNifValid(std::string("Z1234567") + validators::EsNifLetter(21234567)));
  EXPECT_FALSE(validators::EsNifValid("X1234567A"));
  EXPECT_FALSE(validators::EsNifValid("W1234567L"));
}

TEST(NationalIdValidators, ItalyFiscalCode) {
  EXPECT_TRUE(validators::ItFiscalCodeValid("RSSMRA85T10A562S"));  // the textbook Mario Rossi
  EXPECT_FALSE(validators::ItFiscalCodeValid("RSSMRA85T10A562T"));
  EXPECT_FALSE(validators::ItFiscalCodeValid("RSSMRA85F10A562S"));  // F is no month letter
  EXPECT_FALSE(validators::ItFiscalCodeValid("RSSMRA85T35A562S"));  // day 35 is no day
  // Omocodia: 2 -> N in the last digit position, check character recomputed.
  std::string omocode = "RSSMRA85T10A56N";
  omocode += validators::ItFiscalCheckChar(omocode);
  EXPECT_TRUE(validators::ItFiscalCodeValid(omocode)) << omocode;
  // Women's codes add 40 to the day.
  std::string woman = "BNCLRA90A51F205";
  woman += validators::ItFiscalCheckChar(woman);
  EXPECT_TRUE(validators::ItFiscalCodeValid(woman)) << woman;
}

TEST(NationalIdValidators, GermanTaxId) {
  // Examples the Bundeszentralamt für Steuern publishes.
  EXPECT_TRUE(validators::DeTaxIdValid("86095742719"));
  EXPECT_TRUE(validators::DeTaxIdValid("47036892816"));
  EXPECT_FALSE(validators::DeTaxIdValid("86095742718"));
  EXPECT_FALSE(validators::DeTaxIdValid("06095742719"));  // never starts with 0
  // Every digit once: no repetition, not an IdNr.
  std::string once = "1234567890";
  EXPECT_FALSE(validators::DeTaxIdValid(
      once + static_cast<char>('0' + validators::DeTaxIdCheckDigit(once))));
  // Three in a row is not allowed; three spread out is.
  std::string row = "1112345678";
  EXPECT_FALSE(
      validators::DeTaxIdValid(row + static_cast<char>('0' + validators::DeTaxIdCheckDigit(row))));
  std::string spread = "1213145678";
  EXPECT_TRUE(validators::DeTaxIdValid(
      spread + static_cast<char>('0' + validators::DeTaxIdCheckDigit(spread))));
  std::string two_pairs = "1123345678";
  EXPECT_FALSE(validators::DeTaxIdValid(
      two_pairs + static_cast<char>('0' + validators::DeTaxIdCheckDigit(two_pairs))));
}

// ---- through the engine --------------------------------------------------------------------

TEST(NationalIds, UsSsn) {
  Engine engine(Only({Entity::US_SSN}));
  EXPECT_EQ(Scan(engine, "Employee SSN: 536-22-1234, start date Monday."),
            (Hits{{"536-22-1234", Entity::US_SSN}}));
  EXPECT_EQ(Scan(engine, "Her number is 536-22-1234."), (Hits{{"536-22-1234", Entity::US_SSN}}));
  EXPECT_EQ(Scan(engine, "social security number 536 22 1234"),
            (Hits{{"536 22 1234", Entity::US_SSN}}));
  EXPECT_EQ(Scan(engine, "SSN 536221234 on file"), (Hits{{"536221234", Entity::US_SSN}}));
  EXPECT_EQ(Scan(engine, "536221234", "ssn"), (Hits{{"536221234", Entity::US_SSN}}));
  EXPECT_EQ(Scan(engine, "Social Security Number: 536221234"),
            (Hits{{"536221234", Entity::US_SSN}}));
  EXPECT_EQ(Scan(engine, "SSN#536221234"), (Hits{{"536221234", Entity::US_SSN}}));
  EXPECT_TRUE(Scan(engine, "536221234", "Order").empty());
  // Near misses: voided, impossible areas/groups/serials, placeholders, longer numbers.
  for (const char* text :
       {"SSN 078-05-1120", "SSN 219-09-9999", "SSN 666-22-1234", "SSN 000-22-1234",
        "SSN 936-22-1234", "SSN 536-00-1234", "SSN 536-22-0000", "SSN 111-11-1111",
        "Order 536221234 shipped today", "ref 536-22-1234-77", "tel 1-536-22-1234",
        "value 536-22-1234.5", "part A536-22-1234"}) {
    EXPECT_TRUE(Scan(engine, text).empty()) << text;
  }
}

TEST(NationalIds, UsItinEinPassportLicense) {
  Engine itin(Only({Entity::US_ITIN}));
  EXPECT_EQ(Scan(itin, "ITIN 912-70-1234 issued"), (Hits{{"912-70-1234", Entity::US_ITIN}}));
  EXPECT_EQ(Scan(itin, "ITIN: 912701234"), (Hits{{"912701234", Entity::US_ITIN}}));
  EXPECT_TRUE(Scan(itin, "ITIN 912-40-1234").empty());
  EXPECT_TRUE(Scan(itin, "order 912701234").empty());

  Engine ein(Only({Entity::US_EIN}));
  EXPECT_EQ(Scan(ein, "Employer Identification Number (EIN): 12-3456789"),
            (Hits{{"12-3456789", Entity::US_EIN}}));
  EXPECT_EQ(Scan(ein, "EIN 123456789"), (Hits{{"123456789", Entity::US_EIN}}));
  EXPECT_TRUE(Scan(ein, "EIN 07-3456789").empty());
  EXPECT_TRUE(Scan(ein, "catalogue 123456789").empty());

  Engine passport(Only({Entity::US_PASSPORT}));
  EXPECT_EQ(Scan(passport, "Passport No. C12345678, expires 2030"),
            (Hits{{"C12345678", Entity::US_PASSPORT}}));
  EXPECT_EQ(Scan(passport, "US passport number: 512345678"),
            (Hits{{"512345678", Entity::US_PASSPORT}}));
  EXPECT_TRUE(Scan(passport, "Invoice C12345678 paid").empty());
  EXPECT_TRUE(Scan(passport, "passport 000000000").empty());

  Engine dl(Only({Entity::US_DRIVER_LICENSE}));
  EXPECT_EQ(Scan(dl, "Driver's License: D1234567 (CA)"),
            (Hits{{"D1234567", Entity::US_DRIVER_LICENSE}}));
  EXPECT_EQ(Scan(dl, "DL# 12345678"), (Hits{{"12345678", Entity::US_DRIVER_LICENSE}}));
  EXPECT_EQ(Scan(dl, "Florida driver license S123-456-78-901-0"),
            (Hits{{"S123-456-78-901-0", Entity::US_DRIVER_LICENSE}}));
  EXPECT_EQ(Scan(dl, "- DL number 89392305."), (Hits{{"89392305", Entity::US_DRIVER_LICENSE}}));
  EXPECT_TRUE(Scan(dl, "Ticket D1234567 closed").empty());
}

TEST(NationalIds, LicenseKeywordOutweighsAccountNearby) {
  Engine engine(Only({Entity::US_DRIVER_LICENSE, Entity::US_BANK_ACCOUNT}));
  EXPECT_EQ(Scan(engine, "Driver license # 50411957. Checking account no. 35123456."),
            (Hits{{"50411957", Entity::US_DRIVER_LICENSE}, {"35123456", Entity::US_BANK_ACCOUNT}}));
}

TEST(NationalIds, UkNinoAndNhs) {
  Engine nino(Only({Entity::UK_NINO}));
  EXPECT_EQ(Scan(nino, "National Insurance number: AB 12 34 56 C."),
            (Hits{{"AB 12 34 56 C", Entity::UK_NINO}}));
  EXPECT_EQ(Scan(nino, "nino JG103759A"), (Hits{{"JG103759A", Entity::UK_NINO}}));
  for (const char* text : {"QQ123456C", "BG123456A", "AO123456A", "AB123456E", "ZZ 12 34 56 A"}) {
    EXPECT_TRUE(Scan(nino, text).empty()) << text;
  }

  Engine nhs(Only({Entity::UK_NHS}));
  EXPECT_EQ(Scan(nhs, "NHS number 943 476 5919"), (Hits{{"943 476 5919", Entity::UK_NHS}}));
  EXPECT_EQ(Scan(nhs, "Patient 943 476 5919 seen"), (Hits{{"943 476 5919", Entity::UK_NHS}}));
  EXPECT_EQ(Scan(nhs, "NHS no: 9434765919"), (Hits{{"9434765919", Entity::UK_NHS}}));
  EXPECT_TRUE(Scan(nhs, "NHS number 943 476 5918").empty());
  // A US phone number that happens to pass the check is not an NHS number without context.
  EXPECT_TRUE(Scan(nhs, "Call 943-476-5919 today").empty());
  EXPECT_TRUE(Scan(nhs, "Call +1 943 476 5919 today").empty());
}

TEST(NationalIds, CanadaSin) {
  Engine engine(Only({Entity::CA_SIN}));
  std::string sin = LuhnComplete("13045428");
  std::string spaced = WithSpaces(sin, {3, 3, 3});
  EXPECT_EQ(Scan(engine, "Your SIN is " + spaced + "."), (Hits{{spaced, Entity::CA_SIN}}));
  EXPECT_EQ(Scan(engine, "Employee " + spaced + " hired"), (Hits{{spaced, Entity::CA_SIN}}));
  EXPECT_EQ(Scan(engine, "Social insurance number " + sin), (Hits{{sin, Entity::CA_SIN}}));
  EXPECT_TRUE(Scan(engine, "Tracking " + sin).empty());
  EXPECT_EQ(Scan(engine, sin, "SIN"), (Hits{{sin, Entity::CA_SIN}}));
  std::string zero = WithSpaces(LuhnComplete("03045428"), {3, 3, 3});
  EXPECT_TRUE(Scan(engine, "SIN " + zero).empty());
  std::string wrong = sin;
  wrong[8] = static_cast<char>('0' + (wrong[8] - '0' + 5) % 10);
  EXPECT_TRUE(Scan(engine, "SIN " + WithSpaces(wrong, {3, 3, 3})).empty());
}

TEST(NationalIds, Australia) {
  Engine tfn(Only({Entity::AU_TFN}));
  EXPECT_EQ(Scan(tfn, "Tax file number: 123 456 782"), (Hits{{"123 456 782", Entity::AU_TFN}}));
  EXPECT_EQ(Scan(tfn, "TFN 123456782"), (Hits{{"123456782", Entity::AU_TFN}}));
  EXPECT_TRUE(Scan(tfn, "Ref 123 456 782").empty());
  EXPECT_TRUE(Scan(tfn, "TFN 123 456 783").empty());

  Engine abn(Only({Entity::AU_ABN}));
  EXPECT_EQ(Scan(abn, "Supplier ABN 51 824 753 556"), (Hits{{"51 824 753 556", Entity::AU_ABN}}));
  EXPECT_EQ(Scan(abn, "Invoice from 51 824 753 556"), (Hits{{"51 824 753 556", Entity::AU_ABN}}));
  EXPECT_EQ(Scan(abn, "ABN: 51824753556"), (Hits{{"51824753556", Entity::AU_ABN}}));
  EXPECT_TRUE(Scan(abn, "Invoice 51824753556").empty());
  EXPECT_TRUE(Scan(abn, "ABN 51 824 753 557").empty());

  Engine medicare(Only({Entity::AU_MEDICARE}));
  EXPECT_EQ(Scan(medicare, "Medicare card 2123 45670 1"),
            (Hits{{"2123 45670 1", Entity::AU_MEDICARE}}));
  EXPECT_EQ(Scan(medicare, "Medicare no. 21234567011"),
            (Hits{{"21234567011", Entity::AU_MEDICARE}}));
  EXPECT_TRUE(Scan(medicare, "Order 2123456701").empty());
  EXPECT_TRUE(Scan(medicare, "Medicare 2123 45671 1").empty());
}

// A payout or payroll export's "tax_id" column holds tax identifiers of several countries: there
// the TFN and ABN checks are enough, below a TFN column's certainty.
TEST(NationalIds, TaxIdColumns) {
  Engine tfn(Only({Entity::AU_TFN}));
  EXPECT_EQ(Scan(tfn, "123 456 782", "tax_id"), (Hits{{"123 456 782", Entity::AU_TFN}}));
  EXPECT_EQ(Scan(tfn, "123456782", "tax_file_number"), (Hits{{"123456782", Entity::AU_TFN}}));
  EXPECT_EQ(Scan(tfn, "123456782", "employee_tfn"), (Hits{{"123456782", Entity::AU_TFN}}));
  EXPECT_EQ(Scan(tfn, "123456782", "taxFileNumber"), (Hits{{"123456782", Entity::AU_TFN}}));
  EXPECT_TRUE(Scan(tfn, "123 456 783", "tax_id").empty());
  EXPECT_TRUE(Scan(tfn, "123 456 782", "amount").empty());
  EXPECT_TRUE(Scan(tfn, "123 456 782", "syntax_ids").empty());

  // 476 543 103 passes both the TFN and the SIN check: the header decides.
  Engine both(Only({Entity::AU_TFN, Entity::CA_SIN}));
  EXPECT_EQ(Scan(both, "476 543 103", "tax_id"), (Hits{{"476 543 103", Entity::AU_TFN}}));
  EXPECT_EQ(Scan(both, "476 543 103", "sin"), (Hits{{"476 543 103", Entity::CA_SIN}}));
  EXPECT_EQ(Scan(both, "476 543 103", "tfn"), (Hits{{"476 543 103", Entity::AU_TFN}}));
  EXPECT_EQ(Scan(both, "476543103", "social_insurance_number"),
            (Hits{{"476543103", Entity::CA_SIN}}));

  // Dashes are how Canadian forms write a SIN, not how the ATO writes a TFN.
  EXPECT_EQ(Scan(both, "476-543-103", "tax_id"), (Hits{{"476-543-103", Entity::CA_SIN}}));
  EXPECT_EQ(Scan(tfn, "476-543-103", "tfn"), (Hits{{"476-543-103", Entity::AU_TFN}}));

  Engine abn(Only({Entity::AU_ABN}));
  EXPECT_EQ(Scan(abn, "51824753556", "tax_id"), (Hits{{"51824753556", Entity::AU_ABN}}));
  EXPECT_EQ(Scan(abn, "51824753556", "supplier_abn"), (Hits{{"51824753556", Entity::AU_ABN}}));
  EXPECT_TRUE(Scan(abn, "51824753557", "tax_id").empty());
  EXPECT_TRUE(Scan(abn, "51824753556", "order_ref").empty());

  Engine aadhaar(Only({Entity::IN_AADHAAR}));
  EXPECT_EQ(Scan(aadhaar, "234567890124", "tax_id"), (Hits{{"234567890124", Entity::IN_AADHAAR}}));
  EXPECT_TRUE(Scan(aadhaar, "234567890125", "tax_id").empty());
  EXPECT_TRUE(Scan(aadhaar, "234567890124", "amount").empty());

  // 18 029 567 848 passes both the IdNr and the ABN check: the IdNr's digit rule makes it the
  // likelier one in a tax column, an "ABN" header makes it an ABN.
  Engine au_de(Only({Entity::AU_ABN, Entity::DE_TAX_ID}));
  EXPECT_EQ(Scan(au_de, "18 029 567 848", "tax_id"), (Hits{{"18 029 567 848", Entity::DE_TAX_ID}}));
  EXPECT_EQ(Scan(au_de, "German tax ID 18 029 567 848."),
            (Hits{{"18 029 567 848", Entity::DE_TAX_ID}}));
  EXPECT_EQ(Scan(au_de, "18029567848", "abn"), (Hits{{"18029567848", Entity::AU_ABN}}));

  Engine de(Only({Entity::DE_TAX_ID}));
  auto scanner = de.NewScanner();
  auto in_column = scanner.Scan("86 095 742 719", "steuer_id");
  ASSERT_EQ(in_column.size(), 1u);
  EXPECT_EQ(in_column[0].score, 1.0f);
}

TEST(NationalIds, SnakeCaseHeaders) {
  Engine medicare(Only({Entity::AU_MEDICARE}));
  EXPECT_EQ(Scan(medicare, "2123456701", "medicare_no"),
            (Hits{{"2123456701", Entity::AU_MEDICARE}}));
  EXPECT_EQ(Scan(medicare, "2123456701", "medicareNumber"),
            (Hits{{"2123456701", Entity::AU_MEDICARE}}));
  EXPECT_TRUE(Scan(medicare, "2123456711", "medicare_no").empty());
  EXPECT_TRUE(Scan(medicare, "2123456701", "invoice_no").empty());

  Engine aadhaar(Only({Entity::IN_AADHAAR}));
  EXPECT_EQ(Scan(aadhaar, "234567890124", "aadhaar_no"),
            (Hits{{"234567890124", Entity::IN_AADHAAR}}));
  EXPECT_EQ(Scan(aadhaar, "234567890124", "aadhaarNumber"),
            (Hits{{"234567890124", Entity::IN_AADHAAR}}));
  // A failed checksum under the header is still the header's identifier, found at a lower score
  // by the column recognizer (columns_test.cc), not by the checksummed one.
  auto bad_check = aadhaar.NewScanner().Scan("234567890125", "aadhaar_no");
  ASSERT_EQ(bad_check.size(), 1u);
  EXPECT_EQ(bad_check[0].recognizer, "in_aadhaar_column");
  EXPECT_TRUE(Scan(aadhaar, "234567890124", "account_no").empty());

  Engine dl(Only({Entity::US_DRIVER_LICENSE}));
  EXPECT_EQ(Scan(dl, "D1234567", "driver_license_number"),
            (Hits{{"D1234567", Entity::US_DRIVER_LICENSE}}));
  EXPECT_EQ(Scan(dl, "D1234567", "drivers_license"),
            (Hits{{"D1234567", Entity::US_DRIVER_LICENSE}}));
  EXPECT_TRUE(Scan(dl, "D1234567", "driver_name").empty());
}

TEST(NationalIds, India) {
  Engine pan(Only({Entity::IN_PAN}));
  EXPECT_EQ(Scan(pan, "PAN: ABCPE1234F"), (Hits{{"ABCPE1234F", Entity::IN_PAN}}));
  EXPECT_EQ(Scan(pan, "holder ABCPE1234F filed"), (Hits{{"ABCPE1234F", Entity::IN_PAN}}));
  EXPECT_TRUE(Scan(pan, "code ABCXE1234F").empty());
  EXPECT_TRUE(Scan(pan, "code ABCPE12345F").empty());

  Engine aadhaar(Only({Entity::IN_AADHAAR}));
  std::string body = "23456789012";
  std::string number = body + static_cast<char>('0' + validators::VerhoeffCheckDigit(body));
  std::string spaced = WithSpaces(number, {4, 4, 4});
  EXPECT_EQ(Scan(aadhaar, "Aadhaar " + spaced), (Hits{{spaced, Entity::IN_AADHAAR}}));
  EXPECT_EQ(Scan(aadhaar, "ID " + spaced + " verified"), (Hits{{spaced, Entity::IN_AADHAAR}}));
  EXPECT_EQ(Scan(aadhaar, "UIDAI number " + number), (Hits{{number, Entity::IN_AADHAAR}}));
  EXPECT_TRUE(Scan(aadhaar, "Ref " + number).empty());
  std::string typo = spaced;
  typo[0] = typo[0] == '9' ? '8' : static_cast<char>(typo[0] + 1);
  EXPECT_TRUE(Scan(aadhaar, "Aadhaar " + typo).empty());
  // Three groups of a card number are no Aadhaar.
  EXPECT_TRUE(Scan(aadhaar, "card " + spaced + " 1234").empty());
}

TEST(NationalIds, SingaporeSpainItalyGermany) {
  Engine nric(Only({Entity::SG_NRIC}));
  EXPECT_EQ(Scan(nric, "NRIC S1234567D"), (Hits{{"S1234567D", Entity::SG_NRIC}}));
  EXPECT_EQ(Scan(nric, "holder S1234567D"), (Hits{{"S1234567D", Entity::SG_NRIC}}));
  EXPECT_TRUE(Scan(nric, "NRIC S1234567A").empty());

  Engine nif(Only({Entity::ES_NIF}));
  EXPECT_EQ(Scan(nif, "DNI 12345678Z, Madrid"), (Hits{{"12345678Z", Entity::ES_NIF}}));
  EXPECT_EQ(Scan(nif, "NIE X-1234567-L"), (Hits{{"X-1234567-L", Entity::ES_NIF}}));
  EXPECT_TRUE(Scan(nif, "DNI 12345678A").empty());

  Engine cf(Only({Entity::IT_FISCAL_CODE}));
  EXPECT_EQ(Scan(cf, "Codice fiscale: RSSMRA85T10A562S."),
            (Hits{{"RSSMRA85T10A562S", Entity::IT_FISCAL_CODE}}));
  EXPECT_TRUE(Scan(cf, "Codice fiscale: RSSMRA85T10A562T").empty());

  Engine de(Only({Entity::DE_TAX_ID}));
  EXPECT_EQ(Scan(de, "Steuer-IdNr. 86095742719"), (Hits{{"86095742719", Entity::DE_TAX_ID}}));
  EXPECT_EQ(Scan(de, "Steuer-ID: 86 095 742 719"), (Hits{{"86 095 742 719", Entity::DE_TAX_ID}}));
  EXPECT_TRUE(Scan(de, "IdNr 86095742718").empty());
  EXPECT_TRUE(Scan(de, "IdNr 12345678903").empty());
}

TEST(NationalIds, GroupingMustMatchTheType) {
  Engine engine(Only({Entity::US_SSN, Entity::US_ITIN, Entity::UK_NHS, Entity::CA_SIN,
                      Entity::AU_ABN, Entity::IN_AADHAAR, Entity::DE_TAX_ID}));
  for (const char* text :
       {"51 Franklin Street, Boston, MA 02110-1301", "SSN 536-221234", "SSN 5362-21234",
        "NHS number 943 4765919", "ABN 518 24 753 556", "SSN 536-22 1234"}) {
    EXPECT_TRUE(Scan(engine, text).empty()) << text;
  }
}

TEST(NationalIdValidators, GroupedShapes) {
  EXPECT_TRUE(validators::Grouped("123-45-6789", {3, 2, 4}));
  EXPECT_TRUE(validators::Grouped("123 45 6789", {3, 2, 4}));
  EXPECT_TRUE(validators::Grouped("123456789", {3, 2, 4}));
  EXPECT_FALSE(validators::Grouped("123-45 6789", {3, 2, 4}));
  EXPECT_FALSE(validators::Grouped("12345-6789", {3, 2, 4}));
  EXPECT_FALSE(validators::Grouped("1234-5-6789", {3, 2, 4}));
  EXPECT_FALSE(validators::Grouped("123-45-678x", {3, 2, 4}));
  EXPECT_FALSE(validators::Grouped("", {3, 2, 4}));
}

TEST(NationalIds, ContextRaisesScore) {
  Engine engine(Only({Entity::US_SSN}));
  auto scanner = engine.NewScanner();
  auto without = scanner.Scan("Number 536-22-1234");
  ASSERT_EQ(without.size(), 1u);
  float plain = without[0].score;
  auto with = scanner.Scan("SSN 536-22-1234");
  ASSERT_EQ(with.size(), 1u);
  EXPECT_GT(with[0].score, plain);
}

TEST(NationalIds, AllTypesTogetherOnJunkNeverCrash) {
  Engine engine(Policy{});
  auto scanner = engine.NewScanner();
  std::string junk;
  constexpr std::string_view kBytes = "0123456789 -ABSXZ\xc3";
  for (size_t i = 0; i < 20000; ++i) junk.push_back(kBytes[i % kBytes.size()]);
  scanner.Scan(junk);
  scanner.Scan("536-22-1234");
  scanner.Scan("5");
}

}  // namespace
}  // namespace deskbench
