#include <gtest/gtest.h>

#include <initializer_list>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "detect/engine.h"
#include "detect/validators/addresses.h"
#include "detect/validators/dates.h"
#include "scan_hits.h"

namespace deskbench {
namespace {

using test::Hits;
using test::Only;
using test::Scan;

constexpr validators::Ymd kToday{2026, 6, 15};

// ---- validators ----------------------------------------------------------------------------

TEST(DateValidators, CalendarDates) {
  EXPECT_TRUE(validators::IsCalendarDate(2000, 2, 29));
  EXPECT_FALSE(validators::IsCalendarDate(1900, 2, 29));
  EXPECT_TRUE(validators::IsCalendarDate(1984, 2, 29));
  EXPECT_FALSE(validators::IsCalendarDate(1983, 2, 29));
  EXPECT_FALSE(validators::IsCalendarDate(1980, 4, 31));
  EXPECT_FALSE(validators::IsCalendarDate(1980, 13, 1));
  EXPECT_FALSE(validators::IsCalendarDate(1980, 0, 1));
  EXPECT_EQ(validators::MonthFromName("Jan"), 1);
  EXPECT_EQ(validators::MonthFromName("SEPT"), 9);
  EXPECT_EQ(validators::MonthFromName("september"), 9);
  EXPECT_EQ(validators::MonthFromName("Decem"), 0);
  EXPECT_EQ(validators::MonthFromName("Ma"), 0);
}

TEST(DateValidators, BirthDatesInManyFormats) {
  for (const char* ok :
       {"1980-01-31", "1980/1/31", "01/31/1980", "31/01/1980", "31.01.1980", "31.01.80", "1/2/03",
        "31 Jan 1980", "31st January 1980", "January 31, 1980", "Jan. 31st 1980", "31-Jan-1980",
        "3rd of May 1955", "Sept 9, 1999", "1900-01-01", "2026-06-15"}) {
    EXPECT_TRUE(validators::PlausibleBirthDate(ok, kToday)) << ok;
  }
  for (const char* bad :
       {"1980-02-30", "31/31/1980", "13/13/1980", "1899-12-31", "2026-06-16", "31 Foo 1980",
        "Feb 30, 1980", "32 Jan 1980", "12/12", "1980", "31 Jan 12345"}) {
    EXPECT_FALSE(validators::PlausibleBirthDate(bad, kToday)) << bad;
  }
  // A two-digit year is the latest one not in the future.
  EXPECT_TRUE(validators::PlausibleBirthDate("01/01/26", kToday));
  EXPECT_TRUE(validators::PlausibleBirthDate("12/31/27", kToday));  // 1927
}

TEST(AddressValidators, UkPostcodes) {
  for (const char* ok : {"M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "W1A 0AX", "EC1A 1BB",
                         "SW1A 2AA", "GIR 0AA", "SW1A2AA"}) {
    EXPECT_TRUE(validators::UkPostcodeValid(ok)) << ok;
  }
  for (const char* bad : {"Q1 1AA", "V1 1AA", "X1 1AA", "AI1 1AA", "M1 1CA", "M1 1AI", "EC1Z 1BB",
                          "GIR 1AA", "M1 AAA", "12345", "SW1A 2A"}) {
    EXPECT_FALSE(validators::UkPostcodeValid(bad)) << bad;
  }
  EXPECT_TRUE(validators::IsUsStateCode("NY"));
  EXPECT_FALSE(validators::IsUsStateCode("XX"));
}

TEST(AddressValidators, ScoreGrowsWithCompleteness) {
  float street = validators::StreetAddressScore("221 Baker Street");
  float unit = validators::StreetAddressScore("221 Baker Street, Apt 4");
  float full = validators::StreetAddressScore("1600 Main St, Springfield, IL 62704");
  float uk = validators::StreetAddressScore("10 Downing Street, London SW1A 2AA");
  EXPECT_LT(street, unit);
  EXPECT_LT(unit, full);
  EXPECT_EQ(full, uk);
  EXPECT_EQ(validators::StreetAddressScore("12 Aptos Street"), street);
  EXPECT_LT(validators::StreetAddressScore("3 The Road"), 0.5f);
  EXPECT_EQ(validators::StreetAddressScore("3 The Avenue, Leeds LS1 4DY"), full);
}

// ---- through the engine --------------------------------------------------------------------

TEST(Personal, DateOfBirthNeedsBirthContext) {
  Engine engine(Only({Entity::DATE_OF_BIRTH}));
  const Hits expected_iso = {{"1980-01-31", Entity::DATE_OF_BIRTH}};
  EXPECT_EQ(Scan(engine, "Date of birth: 1980-01-31"), expected_iso);
  EXPECT_EQ(Scan(engine, "DOB 01/31/1980."), (Hits{{"01/31/1980", Entity::DATE_OF_BIRTH}}));
  EXPECT_EQ(Scan(engine, "She was born on 31 Jan 1980 in Leeds."),
            (Hits{{"31 Jan 1980", Entity::DATE_OF_BIRTH}}));
  EXPECT_EQ(Scan(engine, "Born January 31, 1980"),
            (Hits{{"January 31, 1980", Entity::DATE_OF_BIRTH}}));
  EXPECT_EQ(Scan(engine, "birthday: Jan. 31st 1980"),
            (Hits{{"Jan. 31st 1980", Entity::DATE_OF_BIRTH}}));
  EXPECT_EQ(Scan(engine, "Max Mustermann, geb. 31.01.1980, Berlin"),
            (Hits{{"31.01.1980", Entity::DATE_OF_BIRTH}}));
  // Swedish, Danish and Norwegian, Finnish and Italian keywords.
  for (std::string_view text : {"F\xC3\xB6"
                                "delsedatum: 1980-01-31",
                                "f\xC3\xB8"
                                "dt 31.01.1980",
                                "Syntym\xC3\xA4"
                                "aika: 31.1.1980",
                                "nata il 31 gennaio 1980"}) {
    EXPECT_EQ(Scan(engine, text).size(), 1u) << text;
  }
  EXPECT_TRUE(Scan(engine, "Die NATO il 12.05.2019").empty());
  EXPECT_EQ(Scan(engine, "d.o.b. 31/01/1980"), (Hits{{"31/01/1980", Entity::DATE_OF_BIRTH}}));
  EXPECT_EQ(Scan(engine, "1980-01-31", "Birthdate"), expected_iso);
  EXPECT_EQ(Scan(engine, " January 31, 1980 ", "Date of Birth"),
            (Hits{{"January 31, 1980", Entity::DATE_OF_BIRTH}}));
  EXPECT_EQ(Scan(engine, "1980-01-31 (date of birth)"), expected_iso);
  EXPECT_EQ(Scan(engine, "Date of birth (DOB): 1980-01-31"), expected_iso);
  EXPECT_TRUE(Scan(engine, "2024-01-31", "Invoice date").empty());
  EXPECT_TRUE(Scan(engine, "Room 12, floor 3", "DOB").empty());
  EXPECT_TRUE(Scan(engine, "1980-02-30", "DOB").empty());
  // Dates without birth context, impossible dates and future dates are not findings.
  for (const char* text : {"Invoice dated 2024-01-31, due 02/28/2024.", "Meeting on 31 Jan 1980.",
                           "DOB 1980-02-30", "DOB 31/31/1980", "DOB 1850-01-01", "Born 2099-01-01",
                           "birth weight 3.5 kg, version 1.2.3", "DOB 01/31/1980/22"}) {
    EXPECT_TRUE(Scan(engine, text).empty()) << text;
  }
}

// Health plan beneficiary numbers (on HIPAA's list of identifiers): an insurer's member id, and
// the US Medicare Beneficiary Identifier, whose format fixes every position.
TEST(Personal, HealthPlanNumbers) {
  Engine engine(Only({Entity::MEDICAL_RECORD_NUMBER}));
  EXPECT_EQ(Scan(engine, "Insurance: Blue Shield member ID XKZ904412837."),
            (Hits{{"XKZ904412837", Entity::MEDICAL_RECORD_NUMBER}}));
  EXPECT_EQ(Scan(engine, "Medicare number 1EG4-TE5-MK73."),
            (Hits{{"1EG4-TE5-MK73", Entity::MEDICAL_RECORD_NUMBER}}));
  EXPECT_EQ(Scan(engine, "Card 1EG4-TE5-MK73"),
            (Hits{{"1EG4-TE5-MK73", Entity::MEDICAL_RECORD_NUMBER}}));
  EXPECT_EQ(Scan(engine, "MBI: 1EG4TE5MK73"),
            (Hits{{"1EG4TE5MK73", Entity::MEDICAL_RECORD_NUMBER}}));
  for (const char* text : {"build 1EG4TE5MK73 ok",   // no dashes, no word: any code
                           "MBI: 1SG4-TE5-MK73",     // S is never used
                           "MBI: 0EG4-TE5-MK73",     // nor a leading 0
                           "Medicare 1EG4-TE5-MK7",  // too short
                           "member id ABCD"}) {
    EXPECT_TRUE(Scan(engine, text).empty()) << text;
  }
}

TEST(Personal, MedicalRecordNumberNeedsContext) {
  Engine engine(Only({Entity::MEDICAL_RECORD_NUMBER}));
  EXPECT_EQ(Scan(engine, "MRN: 00123456"), (Hits{{"00123456", Entity::MEDICAL_RECORD_NUMBER}}));
  EXPECT_EQ(Scan(engine, "Patient ID H-4820193 admitted"),
            (Hits{{"H-4820193", Entity::MEDICAL_RECORD_NUMBER}}));
  EXPECT_EQ(Scan(engine, "Medical record number 55-123456"),
            (Hits{{"55-123456", Entity::MEDICAL_RECORD_NUMBER}}));
  for (std::string_view text :
       {"Patientennummer: 4471902", "Historia cl\xC3\xADnica: 4471902", "NHC 4471902",
        "Cartella clinica n. 4471902", "Pati\xC3\xABntnummer 4471902"}) {
    EXPECT_EQ(Scan(engine, text), (Hits{{"4471902", Entity::MEDICAL_RECORD_NUMBER}})) << text;
  }
  EXPECT_EQ(Scan(engine, "Chart no. 4820193"), (Hits{{"4820193", Entity::MEDICAL_RECORD_NUMBER}}));
  EXPECT_EQ(Scan(engine, "A1234567", "Chart Number"),
            (Hits{{"A1234567", Entity::MEDICAL_RECORD_NUMBER}}));
  EXPECT_EQ(Scan(engine, "Patient record no. LF021886."),
            (Hits{{"LF021886", Entity::MEDICAL_RECORD_NUMBER}}));
  EXPECT_EQ(Scan(engine, "PM837078", "medical_record_number"),
            (Hits{{"PM837078", Entity::MEDICAL_RECORD_NUMBER}}));
  EXPECT_EQ(Scan(engine, "07487219", "patientId"),
            (Hits{{"07487219", Entity::MEDICAL_RECORD_NUMBER}}));
  EXPECT_TRUE(Scan(engine, "07487219", "record_count").empty());
  EXPECT_TRUE(Scan(engine, "07487219", "medical_cost").empty());
  for (const char* text :
       {"Patient record reviewed on 12 March", "Patient records 2023-2024",
        "Order 00123456 shipped", "MRN 12345", "MRN 0000000", "Medical record reviewed by Dr Smith",
        "Chart 2023-2024 revenue", "Patient chart 2023-2024", "MRN 1234567890123"}) {
    EXPECT_TRUE(Scan(engine, text).empty()) << text;
  }
}

TEST(Personal, UsStreetAddresses) {
  Engine engine(Only({Entity::STREET_ADDRESS}));
  EXPECT_EQ(Scan(engine, "Send it to 1600 Pennsylvania Avenue NW please"),
            (Hits{{"1600 Pennsylvania Avenue", Entity::STREET_ADDRESS}}));
  EXPECT_EQ(Scan(engine, "Lives at 42 W. Elm St, Apt 3B."),
            (Hits{{"42 W. Elm St, Apt 3B", Entity::STREET_ADDRESS}}));
  EXPECT_EQ(
      Scan(engine, "Office: 350 Fifth Avenue, Suite 3300, New York, NY 10118-0110."),
      (Hits{{"350 Fifth Avenue, Suite 3300, New York, NY 10118-0110", Entity::STREET_ADDRESS}}));
  EXPECT_EQ(Scan(engine, "Ship to 77 Massachusetts Ave, Cambridge, MA 02139"),
            (Hits{{"77 Massachusetts Ave, Cambridge, MA 02139", Entity::STREET_ADDRESS}}));
  EXPECT_EQ(Scan(engine, "at 123 MAIN STREET today"),
            (Hits{{"123 MAIN STREET", Entity::STREET_ADDRESS}}));
  EXPECT_EQ(Scan(engine, "Mail: PO Box 1234, Austin"),
            (Hits{{"PO Box 1234", Entity::STREET_ADDRESS}}));
  EXPECT_EQ(Scan(engine, "P.O. Box 77"), (Hits{{"P.O. Box 77", Entity::STREET_ADDRESS}}));
  EXPECT_EQ(Scan(engine, "Mailing address ZIP 90210-1234"),
            (Hits{{"90210-1234", Entity::STREET_ADDRESS}}));
  for (const char* text : {"We sold 500 units in 2023.", "The total is 12345.",
                           "Part 90210-1234 ordered", "In 2019 Central Park was busy.",
                           "Call 555-123-4567", "Price $1,299 per Street Fair ticket",
                           "I have 3 apples on the way", "chapter 3 The Road Ahead"}) {
    EXPECT_TRUE(Scan(engine, text).empty()) << text;
  }
}

// Who introduces themselves names themselves, in a chat or transcript often in lower case.
TEST(Personal, NameAfterMyNameIs) {
  Engine engine(Only({Entity::PERSON}));
  EXPECT_EQ(Scan(engine, "my name is keisha washington and i need help"),
            (Hits{{"keisha washington", Entity::PERSON}}));
  EXPECT_EQ(Scan(engine, "hello my name is john"), (Hits{{"john", Entity::PERSON}}));
  EXPECT_EQ(Scan(engine, "my surname is okafor"), (Hits{{"okafor", Entity::PERSON}}));
  EXPECT_EQ(Scan(engine, "My last name is Smith, first name Jane"),
            (Hits{{"Smith", Entity::PERSON}}));
  for (const char* text : {"My name is not important.", "my name is in the list",
                           "my name is will and i am here", "my name is on the door"}) {
    EXPECT_TRUE(Scan(engine, text).empty()) << text;
  }
}

// The other USPS street suffixes are words too ("Burgs", "Crossing", "Park"): an address with
// them takes a unit or a town, state and ZIP code.
TEST(Personal, UspsSuffixesNeedAUnitOrATown) {
  Engine engine(Only({Entity::STREET_ADDRESS}));
  EXPECT_EQ(Scan(engine, "I live at 8422 Tyler Burgs Apt. 233, Port Jessica, NC 04012."),
            (Hits{{"8422 Tyler Burgs Apt. 233, Port Jessica, NC 04012", Entity::STREET_ADDRESS}}));
  EXPECT_EQ(Scan(engine, "4 Mill Creek Crossing, Austin, TX 78701"),
            (Hits{{"4 Mill Creek Crossing, Austin, TX 78701", Entity::STREET_ADDRESS}}));
  for (const char* text : {"We met at 12 Oak Park yesterday.", "Page 12 Spring Valley, then",
                           "In 2019 Central Park was busy."}) {
    EXPECT_TRUE(Scan(engine, text).empty()) << text;
  }
}

// "Copyright 1991-1998 Thomas G. Lane": years after a copyright notice are no house number.
TEST(Personal, CopyrightYearsAreNoHouseNumber) {
  Engine engine(Only({Entity::STREET_ADDRESS}));
  for (const char* text : {"Copyright (C) 1991-1998 Thomas G. Lane.", " * (c) 2004 John Lane\n",
                           "\xC2\xA9 2010-2012 Mary Drive"}) {
    EXPECT_TRUE(Scan(engine, text).empty()) << text;
  }
  // Under a "Copyright:" field of a Debian copyright file the notice is lines above: a range of
  // years needs more than a street word to be an address.
  EXPECT_TRUE(Scan(engine, "Copyright:\n 1991-1998 Thomas G. Lane\n").empty());
  EXPECT_EQ(Scan(engine, "Deliver to 1901-1905 Market Street, Suite 4"),
            (Hits{{"1901-1905 Market Street, Suite 4", Entity::STREET_ADDRESS}}));
  EXPECT_EQ(Scan(engine, "Mailing address: 1901-1905 Market Street"),
            (Hits{{"1901-1905 Market Street", Entity::STREET_ADDRESS}}));
  EXPECT_EQ(Scan(engine, "Deliver to 10-12 Market Street"),
            (Hits{{"10-12 Market Street", Entity::STREET_ADDRESS}}));
  EXPECT_EQ(Scan(engine, "Copyright notice kept at 12 Mill Lane"),
            (Hits{{"12 Mill Lane", Entity::STREET_ADDRESS}}));
}

// Continental Europe writes the street type into the name, or before the number, or first:
// each with its postal code and town when they follow.
TEST(Personal, ContinentalStreetAddresses) {
  Engine engine(Only({Entity::STREET_ADDRESS}));
  const std::pair<const char*, const char*> found[] = {
      {"Lieferadresse: Hauptstr. 5a, 80331 M\xC3\xBCnchen", "Hauptstr. 5a, 80331 M\xC3\xBCnchen"},
      {"B\xC3\xBCro: Berliner Stra\xC3\x9F"
       "e 12-14, D-60311 Frankfurt am Main",
       "Berliner Stra\xC3\x9F"
       "e 12-14, D-60311 Frankfurt am Main"},
      {"Musterstra\xC3\x9F"
       "e 12",
       "Musterstra\xC3\x9F"
       "e 12"},
      {"Bezoekadres: Keizersgracht 123, 1015 CJ Amsterdam", "Keizersgracht 123, 1015 CJ Amsterdam"},
      {"Wohnhaft: Ehlertgasse 4/7, 1020 Wien", "Ehlertgasse 4/7, 1020 Wien"},
      {"Si\xC3\xA8ge : 3 bis avenue Victor Hugo, 75116 Paris",
       "3 bis avenue Victor Hugo, 75116 Paris"},
      {"au 12 rue de la Paix.", "12 rue de la Paix"},
      {"Oficina: Calle Mayor 12, 28013 Madrid", "Calle Mayor 12, 28013 Madrid"},
      {"Sede: Via Roma, 5 - 00184 Roma", "Via Roma, 5 - 00184 Roma"},
      {"Piazza della Signoria 1, Firenze", "Piazza della Signoria 1"},
      {"Morada: Rua Augusta 100, 1100-053 Lisboa", "Rua Augusta 100, 1100-053 Lisboa"},
      // A letterhead: the postal code and town on the next line.
      {"Martin Schr\xC3\xB6"
       "der\nCr\xC3\xBCsemannallee 3\nD-28213 Bremen\n",
       "Cr\xC3\xBCsemannallee 3\nD-28213 Bremen"},
      {"Keizersgracht 123\r\n1015 CJ Amsterdam", "Keizersgracht 123\r\n1015 CJ Amsterdam"},
      {"Adres: Marktsingel 8, 3811HJ, Amersfoort", "Marktsingel 8, 3811HJ, Amersfoort"},
      {"Stationsdreef 12, 5211 HM, Eindhoven", "Stationsdreef 12, 5211 HM, Eindhoven"},
      // Nordic, Finnish, Turkish street words; streets named without a type, before a number, a
      // postal code (four or five digits, "137 69", "66-332") and a town of one or two words.
      {"Adresse: Lundevej 46B, 2687 NÃ¸rre Ã"
       "by",
       "Lundevej 46B, 2687 NÃ¸rre Ã"
       "by"},
      {"Holmbergs Gata 48, 01377 KristlÃ¶v", "Holmbergs Gata 48, 01377 KristlÃ¶v"},
      {"Mevlana Sokak 99a, 85205 Zonguldak", "Mevlana Sokak 99a, 85205 Zonguldak"},
      {"Send it to Mariaraitti 824, 08550 Pori.", "Mariaraitti 824, 08550 Pori"},
      {"Na Pramenech 8, 41103 Pardubice", "Na Pramenech 8, 41103 Pardubice"},
      {"V NÃ¡sypu 591, 137 69 Bojkovice", "V NÃ¡sypu 591, 137 69 Bojkovice"},
      {"An den Rheinauen 13, 86362 Nord Elanurburg", "An den Rheinauen 13, 86362 Nord Elanurburg"},
      {"Graneggen 3, 0495 NÃ¦rdal\n", "Graneggen 3, 0495 NÃ¦rdal"},
      {"Rynek 5, 66-332 Cybinka", "Rynek 5, 66-332 Cybinka"},
      {"ul. Wieczorek 47c, 28-111 Ujście", "Wieczorek 47c, 28-111 Ujście"},
      // More Italian, Spanish and Portuguese street words; a floor, door or flat after the number.
      {"Contrada Sorrentino 10, 61934 Frosinone", "Contrada Sorrentino 10, 61934 Frosinone"},
      {"Sede: Borgo Pinti 12, 50121 Firenze", "Borgo Pinti 12, 50121 Firenze"},
      {"Via Roma 5 Scala B, 00184 Roma", "Via Roma 5 Scala B, 00184 Roma"},
      {"Calle Mayor 12, Piso 3, 28013 Madrid", "Calle Mayor 12, Piso 3, 28013 Madrid"},
      {"Pasaje Begoña 7 Puerta 2 , 48001 Bilbao", "Pasaje Begoña 7 Puerta 2 , 48001 Bilbao"},
      {"Carretera de Cádiz 55, Málaga", "Carretera de Cádiz 55"},
      {"Praça do Comércio 10, 1100-148 Lisboa", "Praça do Comércio 10, 1100-148 Lisboa"},
      // The province after the town; a locality before the postal code, or a town and a code
      // that ends the address; the abbreviations of map services; a French code in two parts.
      {"Sede: Via Roma 5, 00184 Roma (RM)", "Via Roma 5, 00184 Roma (RM)"},
      {"Contrada Sorrentino 10, Settimo Milanese, 20019 Settimo (MI).",
       "Contrada Sorrentino 10, Settimo Milanese, 20019 Settimo (MI)"},
      {"Calle Mayor 12 Piso 6 , Sevilla, 41001", "Calle Mayor 12 Piso 6 , Sevilla, 41001"},
      {"C. de Alcalá, 45, 28014 Madrid", "C. de Alcalá, 45, 28014 Madrid"},
      {"Av. de la Constitución 21, 41004 Sevilla", "Av. de la Constitución 21, 41004 Sevilla"},
      {"1, rue Pénélope Samson, 88 168 Mercierboeuf",
       "1, rue Pénélope Samson, 88 168 Mercierboeuf"},
      // A French street with no house number, made an address by its postal code and town.
      {"Envoyer à : rue de Guillon, 59210 Bonnin", "rue de Guillon, 59210 Bonnin"},
      {"chemin des Vignes d'Or, 17830 Tessier", "chemin des Vignes d'Or, 17830 Tessier"},
      {"Siège : Place Vendôme, 75001 Paris", "Place Vendôme, 75001 Paris"},
  };
  for (const auto& [text, address] : found) {
    EXPECT_EQ(Scan(engine, text), (Hits{{address, Entity::STREET_ADDRESS}})) << text;
  }
  for (const char* text : {
           "The spring 2024 release; Spring 2024 plans; String 12 bytes.",
           "We went via Roma 5 times. Plaza 3 is empty.",
           "Follow the route 5 times. I have 3 place settings.",
           "Please see Platz 1.5 and Weg 3.",
           "Copyright Calle Rosenquist, 2016-2018",
           "In 2019 Place Vend\xC3\xB4me reopened.",
           "Calle Mayor 12:30 meeting",
           "The Strada 5 release notes; Alameda 2019 report.",
           // A number, a comma and another number are no street and postcode.
           "Windows 10, 2004 Update",
           "Item 3, 12000 USD",
           "we shipped 12, 45000 Units",
           "Table 3, 4096 rows",
           // No street type before a name and code; a code followed by no town.
           "The Rivoli, 75001 Paris office",
           "the rue de Rivoli, 12000 visitors a day",
           "We met at the Place, 75001 Paris",
       }) {
    EXPECT_TRUE(Scan(engine, text).empty()) << text;
  }
  // A line after the address that starts with a year is something else.
  EXPECT_EQ(Scan(engine, "Hauptstr. 5\n2024 Annual Report"),
            (Hits{{"Hauptstr. 5", Entity::STREET_ADDRESS}}));
  // A town and a year after the street are no locality and postal code.
  EXPECT_EQ(Scan(engine, "Via Roma 5, Milano, 2024 was a good year."),
            (Hits{{"Via Roma 5", Entity::STREET_ADDRESS}}));
  EXPECT_EQ(Scan(engine, "Via Roma 5, Milano, 20121-4 rows"),
            (Hits{{"Via Roma 5", Entity::STREET_ADDRESS}}));
}

// An address block on an envelope, a letterhead or a signature: the town, state and code on the
// lines under the street, taken in when the lines end in a ZIP code or postcode.
TEST(Personal, AddressBlocksOverSeveralLines) {
  Engine engine(Only({Entity::STREET_ADDRESS}));
  for (std::string_view address : {
           "123 Main Street\nSpringfield, IL 62704",
           "1600 Pennsylvania Avenue NW\r\nWashington, DC 20500-0003",
           "10 Downing Street\nLondon\nSW1A 2AA",
           "22 Harbour Road,\n    Bristol BS1 5TY",
           "44 Jesse Avenue\nPort Scott NT 0820",
       }) {
    std::string text = "Jane Doe\n" + std::string(address) + "\n\nNext paragraph.";
    EXPECT_EQ(Scan(engine, text), (Hits{{std::string(address), Entity::STREET_ADDRESS}})) << text;
  }
  // A road type that is also a word takes a unit or a town and code.
  EXPECT_TRUE(Scan(engine, "We watched 12 Easter Parade floats and 3 Rise tests.").empty());
  // Lines that end in no code are the text going on.
  EXPECT_EQ(Scan(engine, "The office at 5 High Street\nIs Closed Today\nfor repairs."),
            (Hits{{"5 High Street", Entity::STREET_ADDRESS}}));
  EXPECT_EQ(
      Scan(engine, "See 5 High Street\n\nLondon SW1A 2AA"),
      (Hits{{"5 High Street", Entity::STREET_ADDRESS}, {"SW1A 2AA", Entity::STREET_ADDRESS}}));
}

// A postcode of digits alone after the town, on the street's own line: India, Singapore, New
// Zealand, South Africa, Brazil; a spelled-out state before a ZIP code; a PO box's town.
TEST(Personal, NumericPostcodesAfterTheTown) {
  Engine engine(Only({Entity::STREET_ADDRESS}));
  for (std::string_view address : {
           "12 MG Road, Bengaluru, Karnataka 560001",
           "12 MG Road, Bengaluru 560 001",
           "1 Queen Street, Auckland 1010",
           "1 Long Street, Cape Town, 8001",
           "1 Raffles Place, Singapore 048616",
           "171 Second Street, Suite 300, San Francisco, California 94105",
           "PO Box 1234, Springfield, IL 62704",
       }) {
    EXPECT_EQ(Scan(engine, "Ship to " + std::string(address) + " by Friday."),
              (Hits{{std::string(address), Entity::STREET_ADDRESS}}));
  }
  // A year, a decimal, or a number on the line under the street is no postcode.
  for (std::string_view text :
       {"Ship to 1 Queen Street, Auckland 2019 edition.",
        "Ship to 1 Queen Street, Auckland 1010.5 kg.", "Ship to 1 Queen Street\nTotal 1500"}) {
    EXPECT_EQ(Scan(engine, text), (Hits{{"1 Queen Street", Entity::STREET_ADDRESS}})) << text;
  }
}

// A postal code before its town after the street, as continental Europe, Brazil and many forms
// write it for every country.
TEST(Personal, PostalCodeBeforeTheTown) {
  Engine engine(Only({Entity::STREET_ADDRESS}));
  for (std::string_view address : {
           "267 Quarn Gardens, 72042-7636 Tessbury",
           "12 Main Street, 10115 Berlin",
           "4 Marlborough Road, ST1 7EA East Quarnton",
           "803 Quarn Place, A7R 0Z3 Tessborough",
           "22 Quarn Avenue, 1865 CQ Heiloo",
           "9 Quarn Road, 74070-144 Moreira do Descoberto",
           "P.O. Box 94079, 1090 GB Amsterdam",
       }) {
    EXPECT_EQ(Scan(engine, "Ship to " + std::string(address) + " today."),
              (Hits{{std::string(address), Entity::STREET_ADDRESS}}));
  }
  // A year, a sentence or a word in lower case after the number is no town.
  for (std::string_view text :
       {"Ship to 5 Park Road, 2019 The year was good.",
        "Ship to 5 Park Road, 12345 units were sold.", "Ship to 5 Park Road, 12345 The rest"}) {
    EXPECT_EQ(Scan(engine, text), (Hits{{"5 Park Road", Entity::STREET_ADDRESS}})) << text;
  }
}

// The town, state or province and postcode after the street, as Australia and Canada write them;
// "WA 6000" is Western Australia where "WA 98101" is Washington.
TEST(Personal, AustralianAndCanadianAddressTails) {
  Engine engine(Only({Entity::STREET_ADDRESS}));
  for (std::string_view address : {
           "12 Smith Street, Fitzroy VIC 3065",
           "44 Jesse Avenue, Port Scott, NT, 0820",
           "88 Hay Street, Perth, WA 6000",
           "290 Bremner Blvd, Toronto, ON M5V 3L9",
           "9333 Cameron Road, Lake Heather, BC V6B4Y8",
           "400 Pine Street, Seattle, WA 98101",
           "7 Ocean Parade, Coogee NSW 2034",
           "Unit 4, 15 Harbour Esplanade, Docklands, VIC, 3008",
       }) {
    EXPECT_EQ(Scan(engine, "Ship to " + std::string(address) + "."),
              (Hits{{std::string(address), Entity::STREET_ADDRESS}}));
    EXPECT_EQ(validators::StreetAddressScore(address), 0.9f) << address;
  }
  // Not a postcode of either: five digits after an Australian state, a D or a Q in a Canadian
  // postal code, a province code without one.
  for (std::string_view tail :
       {"Sydney NSW 20001", "Toronto, ON D5V 3L9", "Quebec, QC M5Q 3L9", "Toronto, ON"}) {
    EXPECT_EQ(Scan(engine, "Ship to 5 King Street, " + std::string(tail) + "."),
              (Hits{{"5 King Street", Entity::STREET_ADDRESS}}))
        << tail;
  }
}

// A place no list knows, after words only a place follows; not a month, a thing or an everyday
// word after the same words.
// Dates of birth as clinical records and other languages write them.
TEST(Personal, DatesOfBirthInOtherFormsAndLanguages) {
  Engine engine(Only({Entity::DATE_OF_BIRTH}));
  const std::pair<const char*, const char*> found[] = {
      {"DOB: 4-May-80", "4-May-80"},
      {"Geburtsdatum: 4. Mai 1980", "4. Mai 1980"},
      {"Geburtsdatum: 4. M\xC3\xA4rz 1980", "4. M\xC3\xA4rz 1980"},
      {"n\xC3\xA9 le 4 mai 1980 \xC3\xA0 Lyon", "4 mai 1980"},
      {"n\xC3\xA9"
       "e le 12 d\xC3\xA9"
       "cembre 1975",
       "12 d\xC3\xA9"
       "cembre 1975"},
      {"Fecha de nacimiento: 4 de mayo de 1980", "4 de mayo de 1980"},
      {"Geboortedatum: 4 mei 1980", "4 mei 1980"},
      {"Data de nascimento: 4 de maio de 1980", "4 de maio de 1980"},
  };
  for (const auto& [text, date] : found) {
    EXPECT_EQ(Scan(engine, text), (Hits{{date, Entity::DATE_OF_BIRTH}})) << text;
  }
  for (const char* text : {"Meeting on 4-May-80 at noon.", "NATO summit, 4 May 1980",
                           "Le 4 mai 1980, la r\xC3\xA9union", "Geburtsdatum: 4. Mai",
                           "DOB: 4-Mai-80x", "DOB: 31-Feb-80"}) {
    EXPECT_TRUE(Scan(engine, text).empty()) << text;
  }
}

TEST(Personal, AddressAfterItsLabel) {
  Engine engine(Only({Entity::STREET_ADDRESS}));
  // The rest of the line, up to the next label or sentence, whatever words the street is in.
  for (auto [text, address] : std::initializer_list<std::pair<std::string_view, std::string_view>>{
           {"Address: 133 Robinson walks, Chelseaborough, TF3A 5UN",
            "133 Robinson walks, Chelseaborough, TF3A 5UN"},
           {"Home address: 8 Patterson Villas, East William, NT, 2522\nPhone: 555",
            "8 Patterson Villas, East William, NT, 2522"},
           {"Mailing address: Unit 8125 Box 2867, DPO AP 66577 Tel: 0161 496 0000",
            "Unit 8125 Box 2867, DPO AP 66577"},
           {"Indirizzo: Canale Omar 7, Alighiero del friuli, 35171 Trapani (MT)",
            "Canale Omar 7, Alighiero del friuli, 35171 Trapani (MT)"},
           {"Anschrift: Quarnweg 12; Tessbury", "Quarnweg 12"},
           {"Address: 206 Quarn Blvd., Suite 571, Tessbury, NY 70709. Our priority remains.",
            "206 Quarn Blvd., Suite 571, Tessbury, NY 70709"},
       }) {
    EXPECT_EQ(Scan(engine, text), (Hits{{std::string(address), Entity::STREET_ADDRESS}})) << text;
  }
  // Machines' addresses, prose after the word, and values no postal address has.
  for (std::string_view text : {
           "Server address: db01 Quarn rack 3, row 2",
           "Wallet address: 1A1zP1eP5QGefi 2DMPTfTL5SLmv7DivfNa",
           "address: 0x7ffd5e8c1a40 in Frame 3",
           "The address: 12 and 14 are both taken.",
           "Address: see attached",
           "Address: Version 2.4.1 Notes",
           "Address: {{ street }} {{ number }}",
       }) {
    EXPECT_TRUE(Scan(engine, text).empty()) << text;
  }
}

TEST(Personal, AddressColumnsHoldWholeAddresses) {
  Engine engine(Only({Entity::STREET_ADDRESS}));
  EXPECT_EQ(Scan(engine, "133 Robinson walks, Chelseaborough", "Address"),
            (Hits{{"133 Robinson walks, Chelseaborough", Entity::STREET_ADDRESS}}));
  EXPECT_EQ(Scan(engine, "  8 Patterson Villas\nEast William NT 2522 ", "home_address"),
            (Hits{{"8 Patterson Villas\nEast William NT 2522", Entity::STREET_ADDRESS}}));
  EXPECT_TRUE(Scan(engine, "133 Robinson walks, Chelseaborough", "Notes").empty());
  EXPECT_TRUE(Scan(engine, "133 Robinson walks, Chelseaborough").empty());
  for (std::string_view value : {"10.1.2.3", "jane@example.com", "fe80::1", "Port 8080",
                                 "00:1A:2B:3C:4D:5E", "https://example.com/2"}) {
    EXPECT_TRUE(Scan(engine, value, "IP address").empty()) << value;
  }
}

// A postal code named as one, of any country, and a postal code's column.
TEST(Personal, PostalCodesNamedAsSuch) {
  Engine engine(Only({Entity::STREET_ADDRESS}));
  for (auto [text, code] : std::initializer_list<std::pair<std::string_view, std::string_view>>{
           {"My ZIP code is 94105.", "94105"},
           {"Zip code 94105-1234", "94105-1234"},
           {"PLZ: 10115", "10115"},
           {"PIN code 560 001", "560 001"},
           {"Postcode 1865 CQ", "1865 CQ"},
           {"Postal code: K1A 0B1", "K1A 0B1"},
           {"CEP 01310-200", "01310-200"},
       }) {
    EXPECT_EQ(Scan(engine, text), (Hits{{std::string(code), Entity::STREET_ADDRESS}})) << text;
  }
  // "zip" in a sentence is as often the archive; digits without the word are any number.
  for (std::string_view text : {"zip 2019 file", "Unzip 12345 files", "Order 94105 shipped"}) {
    EXPECT_TRUE(Scan(engine, text).empty()) << text;
  }
  EXPECT_EQ(Scan(engine, " 94105 ", "ZIP"), (Hits{{"94105", Entity::STREET_ADDRESS}}));
  EXPECT_EQ(Scan(engine, "K1A 0B1", "postal_code"), (Hits{{"K1A 0B1", Entity::STREET_ADDRESS}}));
  EXPECT_TRUE(Scan(engine, "94105", "Orders").empty());
}

TEST(Personal, UkAddressesAndPostcodes) {
  Engine engine(Only({Entity::STREET_ADDRESS}));
  EXPECT_EQ(Scan(engine, "Write to 10 Downing Street, London SW1A 2AA."),
            (Hits{{"10 Downing Street, London SW1A 2AA", Entity::STREET_ADDRESS}}));
  EXPECT_EQ(Scan(engine, "Write to Flat 3, 22 Baker Street, London NW1 6XE."),
            (Hits{{"Flat 3, 22 Baker Street, London NW1 6XE", Entity::STREET_ADDRESS}}));
  EXPECT_EQ(Scan(engine, "Our office: Level 5, 1 Martin Place, Sydney NSW 2000"),
            (Hits{{"Level 5, 1 Martin Place, Sydney NSW 2000", Entity::STREET_ADDRESS}}));
  EXPECT_EQ(Scan(engine, "Shop 3, 45 George Street"),
            (Hits{{"Shop 3, 45 George Street", Entity::STREET_ADDRESS}}));
  EXPECT_EQ(Scan(engine, "Item 3, 22 Baker Street"),
            (Hits{{"22 Baker Street", Entity::STREET_ADDRESS}}));
  EXPECT_EQ(Scan(engine, "Flat at 221B Baker Street, Marylebone"),
            (Hits{{"221B Baker Street", Entity::STREET_ADDRESS}}));
  EXPECT_EQ(Scan(engine, "Postcode: EC1A 1BB"), (Hits{{"EC1A 1BB", Entity::STREET_ADDRESS}}));
  EXPECT_EQ(Scan(engine, "post code M1 1AE"), (Hits{{"M1 1AE", Entity::STREET_ADDRESS}}));
  EXPECT_EQ(Scan(engine, "Postal code: GIR 0AA"), (Hits{{"GIR 0AA", Entity::STREET_ADDRESS}}));
  EXPECT_EQ(Scan(engine, "Postcode CR26XH"), (Hits{{"CR26XH", Entity::STREET_ADDRESS}}));
  EXPECT_EQ(Scan(engine, " B33 8TH ", "Postcode"), (Hits{{"B33 8TH", Entity::STREET_ADDRESS}}));
  EXPECT_EQ(
      Scan(engine, "Unit 4, 12 Mill Lane, Leeds, West Yorkshire LS1 4DY"),
      (Hits{{"Unit 4, 12 Mill Lane, Leeds, West Yorkshire LS1 4DY", Entity::STREET_ADDRESS}}));
  // After a town, in a signature: the town is the context, the postcode the finding.
  EXPECT_EQ(Scan(engine, "Halvorsen LLP | 22 Bishopsgate, London EC2N 4AJ | +44 20"),
            (Hits{{"EC2N 4AJ", Entity::STREET_ADDRESS}}));
  EXPECT_EQ(Scan(engine, "Wellington House, Leeds, LS1 4DY"),
            (Hits{{"LS1 4DY", Entity::STREET_ADDRESS}}));
  for (const char* text : {"Model Q1 1AA", "Postcode M1 1CA", "Postcode Q1 1AA", "London EC2N4AJ",
                           "Version 12 3AB", "London QQ1 1AA"}) {
    EXPECT_TRUE(Scan(engine, text).empty()) << text;
  }
}

TEST(Personal, ArticleStreetNeedsContext) {
  Engine engine(Only({Entity::STREET_ADDRESS}));
  EXPECT_EQ(Scan(engine, "She lives at 3 The Avenue"),
            (Hits{{"3 The Avenue", Entity::STREET_ADDRESS}}));
  EXPECT_TRUE(Scan(engine, "see chapter 3 The Road Ahead").empty());
}

// Everyday office text full of numbers, dates and capitalised words, none of them personal data
// of the types in this group.
TEST(Personal, OfficeTextHasNoFalsePositives) {
  Policy all;
  all.enabled.fill(false);
  for (Entity e : {Entity::US_SSN,
                   Entity::US_ITIN,
                   Entity::US_EIN,
                   Entity::US_PASSPORT,
                   Entity::US_DRIVER_LICENSE,
                   Entity::UK_NINO,
                   Entity::UK_NHS,
                   Entity::CA_SIN,
                   Entity::AU_TFN,
                   Entity::AU_ABN,
                   Entity::AU_MEDICARE,
                   Entity::IN_PAN,
                   Entity::IN_AADHAAR,
                   Entity::SG_NRIC,
                   Entity::ES_NIF,
                   Entity::IT_FISCAL_CODE,
                   Entity::DE_TAX_ID,
                   Entity::DATE_OF_BIRTH,
                   Entity::MEDICAL_RECORD_NUMBER,
                   Entity::STREET_ADDRESS}) {
    all.enabled[static_cast<size_t>(e)] = true;
  }
  Engine engine(all);
  const char* text =
      "Invoice #100234 dated 2024-03-15. Order number 123456789 shipped via UPS.\n"
      "Total: $1,234.56 (tax 8.25%). Call (555) 123-4567, +1 555 123 4567 or 555-123-4567.\n"
      "Meeting on 12/03/2024 at 10:30 in Room 4B, Building 7. Budget: 4,500,000 EUR.\n"
      "ISBN 978-3-16-148410-0. Version 2.10.3 released 2023-11-02. Ref REF-2024-00123.\n"
      "PO 4500012345 approved on March 3, 2024. Account 12345678, sort code 12-34-56.\n"
      "Flight BA 117 departs 09:45; seat 32A. Population 8 336 817 (2020 census).\n"
      "The Main Street Fair was great. In 2019 Central Park hosted 300 Events.\n"
      "Phone 020 7946 0958, mobile 07700 900123. Company No. 01234567. Page 12 of 40.\n"
      "Order ID 98765-4321 ready. Part A1234567 in stock. Patient satisfaction 95%.\n";
  EXPECT_EQ(Scan(engine, text), Hits{});
}

TEST(Personal, JunkNeverCrashes) {
  Engine engine(
      Only({Entity::DATE_OF_BIRTH, Entity::MEDICAL_RECORD_NUMBER, Entity::STREET_ADDRESS}));
  auto scanner = engine.NewScanner();
  std::string junk;
  constexpr std::string_view kBytes = "19 Jan/12.2024 Main St DOB MRN 1\xc3\xa9,";
  for (size_t i = 0; i < 20000; ++i) junk.push_back(kBytes[i % kBytes.size()]);
  scanner.Scan(junk);
  scanner.Scan("1");
  scanner.Scan("DOB");
}

TEST(Personal, RandomTextGivesFindingsWithinBounds) {
  Policy all;
  for (Entity e : {Entity::PERSON, Entity::ORGANIZATION, Entity::LOCATION}) {
    all.enabled[static_cast<size_t>(e)] = false;
  }
  Engine engine(all);
  auto scanner = engine.NewScanner();
  // Pieces that steer the text into the recognizers' shapes, glued at random.
  const std::vector<std::string> pieces = {
      "1",    "23",        "456",  "7890", " ",    "-",    "/",       ".",    ",",    "#",
      "\n",   "\xc3",      "\xa9", "A",    "Z",    "St",   " Street", "Apt",  "SSN ", "DOB ",
      "MRN:", "Postcode ", "NY ",  "SW1A", " 2AA", "Jan ", "born ",   "DL# ", "9",    "passport "};
  std::mt19937 rng(20260615);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    size_t n = rng() % 40;
    for (size_t i = 0; i < n; ++i) text += pieces[rng() % pieces.size()];
    std::string hint = (round % 3 == 0) ? "DOB" : (round % 3 == 1 ? "Postcode" : "");
    for (const Finding& f : scanner.Scan(text, hint)) {
      ASSERT_LT(f.begin, f.end) << text;
      ASSERT_LE(f.end, text.size()) << text;
    }
  }
}

}  // namespace
}  // namespace deskbench
