#include "redact/date_shift.h"

#include <gtest/gtest.h>

#include "redact/replacer.h"

namespace deskbench {
namespace {

using redact::DateShiftDays;
using redact::DaysFromCivil;
using redact::ShiftDate;

const std::string kKey(32, 'k');

TEST(DateShift, CivilDaysRoundTrip) {
  EXPECT_EQ(DaysFromCivil(1970, 1, 1), 0);
  EXPECT_EQ(DaysFromCivil(2000, 3, 1) - DaysFromCivil(2000, 2, 28), 2);  // 2000 was a leap year
  EXPECT_EQ(DaysFromCivil(1900, 3, 1) - DaysFromCivil(1900, 2, 28), 1);  // 1900 was not
  for (int64_t d = -800000; d < 800000; d += 997) {
    int64_t y;
    int m, day;
    redact::CivilFromDays(d, y, m, day);
    EXPECT_EQ(DaysFromCivil(y, m, day), d);
  }
}

TEST(DateShift, ShiftIsKeyedNonZeroAndWithinAYear) {
  int a = DateShiftDays(kKey);
  EXPECT_EQ(a, DateShiftDays(kKey));
  bool differs = false;
  for (int k = 0; k < 50; ++k) {
    int s = DateShiftDays(std::string(32, static_cast<char>(k)));
    EXPECT_NE(s, 0);
    EXPECT_GE(s, -365);
    EXPECT_LE(s, 365);
    differs |= s != a;
  }
  EXPECT_TRUE(differs);
}

TEST(DateShift, EachFormatPrintsBackInItsOwnFormat) {
  // 1980-01-31 + 10 days = 1980-02-10; - 40 days = 1979-12-22.
  EXPECT_EQ(ShiftDate("1980-01-31", 10), "1980-02-10");
  EXPECT_EQ(ShiftDate("1980/01/31", -40), "1979/12/22");
  EXPECT_EQ(ShiftDate("01/31/1980", 10), "02/10/1980");
  EXPECT_EQ(ShiftDate("31/01/1980", 10), "10/02/1980");
  EXPECT_EQ(ShiftDate("31.01.1980", 10), "10.02.1980");
  EXPECT_EQ(ShiftDate("31-01-1980", 10), "10-02-1980");
  EXPECT_EQ(ShiftDate("1/31/80", 10), "2/10/80");
  EXPECT_EQ(ShiftDate("19800131", 10), "19800210");
  EXPECT_EQ(ShiftDate("31 Jan 1980", 10), "10 Feb 1980");
  EXPECT_EQ(ShiftDate("31 JANUARY 1980", -40), "22 DECEMBER 1979");
  EXPECT_EQ(ShiftDate("January 31, 1980", 10), "February 10, 1980");
  EXPECT_EQ(ShiftDate("Jan. 31st, 1980", 1), "Feb. 1st, 1980");
  EXPECT_EQ(ShiftDate("31st of January 1980", 2), "2nd of February 1980");
  EXPECT_EQ(ShiftDate("Sept 3, 1980", 30), "Oct 3, 1980");
  // 1980-01-31 was a Thursday; ten days later was a Sunday.
  EXPECT_EQ(ShiftDate("Thursday, 31 January 1980", 10), "Sunday, 10 February 1980");
  EXPECT_EQ(ShiftDate("Thu 31 Jan 1980", 10), "Sun 10 Feb 1980");
}

TEST(DateShift, AmbiguousNumericDates) {
  // US slashes read month first, dots and dashes day first.
  EXPECT_EQ(ShiftDate("02/03/1980", 1), "02/04/1980");
  EXPECT_EQ(ShiftDate("02.03.1980", 1), "03.03.1980");
  // A first number above 12 can only be a day.
  EXPECT_EQ(ShiftDate("13/03/1980", 1), "14/03/1980");
}

TEST(DateShift, LeapDays) {
  EXPECT_EQ(ShiftDate("1980-02-28", 1), "1980-02-29");
  EXPECT_EQ(ShiftDate("1981-02-28", 1), "1981-03-01");
  EXPECT_EQ(ShiftDate("1981-02-29", 1), std::nullopt);
}

TEST(DateShift, NotDates) {
  for (std::string_view s : {"", "born 1980", "1980", "32/01/1980", "1980-13-01", "12/12",
                             "31 Foo 1980", "Jan 1980", "\xff\xfe", "1/2/3/4", "00/00/0000"}) {
    EXPECT_EQ(ShiftDate(s, 10), std::nullopt) << s;
  }
}

TEST(DateShift, OneShiftForTheWholeRunAcrossFormats) {
  Replacer r(kKey);
  int shift = DateShiftDays(kKey);
  EXPECT_EQ(r.Pseudonym(Entity::DATE_OF_BIRTH, "1980-01-31"), ShiftDate("1980-01-31", shift));
  EXPECT_EQ(r.Pseudonym(Entity::DATE_OF_BIRTH, "31 Jan 1980"), ShiftDate("31 Jan 1980", shift));
  EXPECT_EQ(r.Pseudonym(Entity::DATE_OF_BIRTH, "01/31/1980"), ShiftDate("01/31/1980", shift));
  // The same date in two formats is the same shifted date.
  auto iso = *ShiftDate("1980-01-31", shift);
  auto us = *ShiftDate("01/31/1980", shift);
  EXPECT_EQ(iso.substr(5, 2) + "/" + iso.substr(8, 2) + "/" + iso.substr(0, 4), us);
  EXPECT_NE(r.Pseudonym(Entity::DATE_OF_BIRTH, "1980-01-31"), "1980-01-31");
}

TEST(DateShift, UnparseableDatesKeepTheirShape) {
  Replacer r(kKey);
  std::string fake = r.Pseudonym(Entity::DATE_OF_BIRTH, "born 1980");
  ASSERT_EQ(fake.size(), 9u);
  EXPECT_EQ(fake.substr(0, 5), "born ");
  EXPECT_NE(fake, "born 1980");
}

}  // namespace
}  // namespace deskbench
