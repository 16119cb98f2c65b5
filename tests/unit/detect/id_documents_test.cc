// Identity documents of any country, after their keyword or in their column.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "detect/engine.h"
#include "scan_hits.h"

namespace deskbench {
namespace {

using test::Hits;

Hits Scan(std::string_view text, std::string_view hint = {}) {
  static const Engine engine{
      test::Only({Entity::ID_DOCUMENT, Entity::US_PASSPORT, Entity::US_DRIVER_LICENSE})};
  return test::Scan(engine, text, hint);
}

TEST(IdDocuments, AfterTheirKeywordInManyLanguages) {
  const std::pair<const char*, const char*> found[] = {
      {"Passport No. C01X00T47", "C01X00T47"},
      {"Reisepassnummer: C01X00T47", "C01X00T47"},
      {"Personalausweis-Nr. L01X00T47", "L01X00T47"},
      {"Passeport n\xC2\xB0 12AB34567", "12AB34567"},
      {"Carte d\xE2\x80\x99identit\xC3\xA9 num\xC3\xA9ro 880692310285", "880692310285"},
      {"Pasaporte: PAA123456", "PAA123456"},
      {"Driver's licence: MORGA753116SM9IJ", "MORGA753116SM9IJ"},
      {"F\xC3\xBChrerschein-Nr. B072RRE2I55", "B072RRE2I55"},
      {"Residence permit number is Y12345678", "Y12345678"},
  };
  for (const auto& [text, value] : found) {
    EXPECT_EQ(Scan(text), (Hits{{value, Entity::ID_DOCUMENT}})) << text;
  }
  // A US passport's shape after its keyword stays a US passport.
  EXPECT_EQ(Scan("Passport number: 533401372"), (Hits{{"533401372", Entity::US_PASSPORT}}));
}

TEST(IdDocuments, InTheirColumn) {
  EXPECT_EQ(Scan("L01X00T47", "Personalausweis"), (Hits{{"L01X00T47", Entity::ID_DOCUMENT}}));
  EXPECT_EQ(Scan("12AB34567", "id_card"), (Hits{{"12AB34567", Entity::ID_DOCUMENT}}));
  EXPECT_TRUE(Scan("12AB34567", "Reference").empty());
}

TEST(IdDocuments, NotDatesWordsOrMaskedValues) {
  for (std::string_view text : {
           "Passport expires 2026-05-01",
           "Passport: not issued",
           "ID card: pending",
           "Passport No. XXXXX1234",
           "Passport photo 2x2",
           "the id card reader ABC123",
           "Passport 111111111",
       }) {
    EXPECT_TRUE(Scan(text).empty()) << text;
  }
}

}  // namespace
}  // namespace deskbench
