// Properties every pseudonym has, checked over one sample per entity type.

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <thread>
#include <vector>

#include "redact/replacer.h"

namespace deskbench {
namespace {

const std::string kKey(32, 'k');

const std::map<Entity, std::string>& Samples() {
  static const std::map<Entity, std::string> kSamples = {
      {Entity::EMAIL, "jane.doe@acme.com"},
      {Entity::PHONE, "(202) 456-1111"},
      {Entity::CREDIT_CARD, "4242 4242 4242 4242"},
      {Entity::IBAN, "GB82 WEST 1234 5698 7654 32"},
      {Entity::US_SSN, "123-45-6789"},
      {Entity::US_ITIN, "912-70-1234"},
      {Entity::US_EIN, "12-3456789"},
      {Entity::US_PASSPORT, "A12345678"},
      {Entity::US_DRIVER_LICENSE, "D123-4567-8901"},
      {Entity::US_BANK_ROUTING, "011000015"},
      {Entity::US_BANK_ACCOUNT, "000123456789"},
      {Entity::UK_NINO, "AB 12 34 56 C"},
      {Entity::UK_NHS, "943 476 5919"},
      {Entity::CA_SIN, "130 692 544"},
      {Entity::AU_TFN, "123 456 782"},
      {Entity::AU_ABN, "51 824 753 556"},
      {Entity::AU_MEDICARE, "2123 45670 1"},
      {Entity::IN_PAN, "ABCPE1234F"},
      {Entity::IN_AADHAAR, "2345 6789 0124"},
      {Entity::SG_NRIC, "S1234567D"},
      {Entity::ES_NIF, "12345678Z"},
      {Entity::IT_FISCAL_CODE, "RSSMRA85T10A562S"},
      {Entity::DE_TAX_ID, "86095742719"},
      {Entity::PL_PESEL, "44051401359"},
      {Entity::FI_PERSONAL_ID, "131052-308T"},
      {Entity::FR_NIR, "1 84 12 76 451 089 46"},
      {Entity::SE_PERSONNUMMER, "811228-9874"},
      {Entity::NO_FODSELSNUMMER, "01010750160"},
      {Entity::BE_NATIONAL_NUMBER, "85.07.30-033.28"},
      {Entity::NL_BSN, "111222333"},
      {Entity::DK_CPR, "070761-4285"},
      {Entity::DE_SOCIAL_SECURITY, "65 170839 J 003"},
      {Entity::ID_DOCUMENT, "C01X00T47"},
      {Entity::IP_ADDRESS, "10.1.2.3"},
      {Entity::MAC_ADDRESS, "00:1A:2B:3C:4D:5E"},
      {Entity::URL, "https://intranet.acme.com/people/jdoe"},
      {Entity::CRYPTO_WALLET, "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"},
      {Entity::VIN, "2T1BR32E34C123456"},
      {Entity::IMEI, "35-780502-398494-2"},
      {Entity::GPS_COORDINATES, "40.712776, -74.005974"},
      {Entity::DATE_OF_BIRTH, "1980-01-31"},
      {Entity::MEDICAL_RECORD_NUMBER, "MRN-00123456"},
      {Entity::STREET_ADDRESS, "123 Main Street"},
      {Entity::PERSON, "Jane Q. Doe"},
      {Entity::ORGANIZATION, "Acme Widgets Inc."},
      {Entity::LOCATION, "Springfield"},
      {Entity::SECRET, "ghp_abcdefghijklmnopqrstuvwxyz0123456789"},
      {Entity::CONFIDENTIAL_MARKER, "CONFIDENTIAL"},
      {Entity::USER_TERM, "Acme"},
  };
  return kSamples;
}

TEST(Pseudonyms, EveryTypeHasASample) {
  EXPECT_EQ(Samples().size(), kEntityCount);
}

TEST(Pseudonyms, DeterministicKeyedAndNeverTheOriginal) {
  Replacer a(kKey), same(kKey), other(std::string(32, 'z'));
  for (const auto& [type, value] : Samples()) {
    std::string fake = a.Pseudonym(type, value);
    EXPECT_EQ(fake, same.Pseudonym(type, value)) << EntityName(type);
    if (type == Entity::CONFIDENTIAL_MARKER) continue;
    EXPECT_NE(fake, value) << EntityName(type);
    EXPECT_FALSE(fake.empty()) << EntityName(type);
    EXPECT_NE(fake, other.Pseudonym(type, value)) << EntityName(type);
  }
}

TEST(Pseudonyms, ThreadSafe) {
  Replacer r(kKey);
  std::map<Entity, std::string> expected;
  for (const auto& [type, value] : Samples()) expected[type] = r.Pseudonym(type, value);
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 20; ++round) {
        for (const auto& [type, value] : Samples()) {
          if (r.Pseudonym(type, value) != expected[type]) ++mismatches[t];
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

TEST(Pseudonyms, AnyBytesForEveryTypeAndOperator) {
  Replacer r(kKey);
  std::mt19937 rng(7);
  using namespace std::string_literals;
  const std::string alphabet = "aZ09 .,-_@:/+()#'\xc3\xa9\xff\0\n"s;
  for (int i = 0; i < 400; ++i) {
    std::string s;
    size_t n = rng() % 40;
    for (size_t k = 0; k < n; ++k) {
      s.push_back(i % 2 == 0 ? static_cast<char>(rng() & 0xff) : alphabet[rng() % alphabet.size()]);
    }
    for (size_t t = 0; t < kEntityCount; ++t) {
      for (Operator op : {Operator::kPseudonymize, Operator::kRedact, Operator::kMask,
                          Operator::kHash, Operator::kRemove, Operator::kKeep}) {
        std::string out = r.Replace(op, static_cast<Entity>(t), s);
        if (op == Operator::kMask) {
          EXPECT_LE(out.size(), s.size());
        }
      }
    }
  }
}

}  // namespace
}  // namespace deskbench
