#include "detect/names/identity.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace deskbench::names {
namespace {

bool Has(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(IdentityBook, ParsesTheUsualWritings) {
  IdentityBook book;
  book.Add("Dr. Jane Q. Doe");
  book.Add("Doe, Jane");  // the same person again
  book.Add("Okafor, Daniel");
  book.Add("Prince");    // one word: not a full name
  book.Add("J. Smith");  // an initial is not a given name
  EXPECT_EQ(book.size(), 2u);
  auto jane = book.Resolve("Jane Doe");
  ASSERT_TRUE(jane.has_value());
  EXPECT_EQ(*jane, (PersonName{"Jane", "Q.", "Doe"}));
  auto daniel = book.Resolve("Daniel Okafor");
  ASSERT_TRUE(daniel.has_value());
  EXPECT_EQ(daniel->last, "Okafor");
}

TEST(IdentityBook, ResolvesMentionsOfOnePerson) {
  IdentityBook book;
  book.Add("Jane Q. Doe");
  book.Add("Daniel Okafor");
  for (std::string_view m : {"Jane Q. Doe", "Jane Doe", "Doe", "J. Doe", "Jane", "JANE DOE",
                             "Doe, Jane", "Ms. Doe", "jdoe", "jane.doe", "janedoe", "doe.jane",
                             "jane_doe", "jane.doe@example.com", "  Jane   Doe "}) {
    auto who = book.Resolve(m);
    ASSERT_TRUE(who.has_value()) << m;
    EXPECT_EQ(who->last, "Doe") << m;
  }
  EXPECT_FALSE(book.Resolve("John Doe").has_value());
  EXPECT_FALSE(book.Resolve("Jane R. Doe").has_value());  // a different middle initial
  EXPECT_FALSE(book.Resolve("Smith").has_value());
  EXPECT_FALSE(book.Resolve("").has_value());
}

TEST(IdentityBook, SharedSurnamesAreAmbiguous) {
  IdentityBook book;
  book.Add("Jane Doe");
  book.Add("John Doe");
  EXPECT_FALSE(book.Resolve("Doe").has_value());
  EXPECT_FALSE(book.Resolve("J. Doe").has_value());
  EXPECT_FALSE(book.Resolve("jdoe").has_value());
  ASSERT_TRUE(book.Resolve("Jane").has_value());
  EXPECT_EQ(book.Resolve("john.doe")->first, "John");
  EXPECT_EQ(book.Resolve("Doe, John")->first, "John");
}

TEST(IdentityBook, VariantsForPropagation) {
  IdentityBook book;
  book.Add("Jane Q. Doe");
  book.Add("John Doe");
  book.Add("Margaret Ellison");
  auto v = book.Variants();
  for (std::string_view s :
       {"Jane Q. Doe", "Jane Doe", "Doe, Jane", "John Doe", "Margaret Ellison", "M. Ellison",
        "Ellison, Margaret", "Ellison", "Margaret", "Jane", "jane.doe", "janedoe", "doe.jane",
        "jane_doe", "mellison", "margaret.ellison"}) {
    EXPECT_TRUE(Has(v, s)) << s;
  }
  // Shared by the two Does, so they would link the wrong person.
  EXPECT_FALSE(Has(v, "Doe"));
  EXPECT_FALSE(Has(v, "J. Doe"));
  EXPECT_FALSE(Has(v, "jdoe"));
}

TEST(IdentityBook, EmailPartsDropDiacritics) {
  IdentityBook book;
  book.Add("José García");
  ASSERT_TRUE(book.Resolve("jose.garcia@example.com").has_value());
  ASSERT_TRUE(book.Resolve("JOSÉ GARCÍA").has_value());
  EXPECT_TRUE(Has(book.Variants(), "jgarcia"));
}

TEST(IdentityBook, EverydayWordsAreNotVariantsAlone) {
  IdentityBook book;
  book.Add("Will Brown");
  auto v = book.Variants();
  EXPECT_TRUE(Has(v, "Will Brown"));
  EXPECT_FALSE(Has(v, "Will"));
  EXPECT_FALSE(Has(v, "Brown"));
}

// A given name that is a month or a weekday ("Jan" of Jan Kowalski, "June") would be found in
// every date.
TEST(IdentityBook, CalendarWordsAreNotVariantsAlone) {
  IdentityBook book;
  book.Add("Jan Kowalski");
  book.Add("June Okafor");
  auto v = book.Variants();
  EXPECT_TRUE(Has(v, "Jan Kowalski"));
  EXPECT_TRUE(Has(v, "Kowalski"));
  EXPECT_FALSE(Has(v, "Jan"));
  EXPECT_FALSE(Has(v, "June"));
}

// Names that are also names of software: "Mac" of Mac Lagan would be found in "Mac OS", "Jenkins"
// of Ada Jenkins in every CI log. Their full names still propagate.
TEST(IdentityBook, TechnicalWordsAreNotVariantsAlone) {
  IdentityBook book;
  book.Add("Mac Lagan");
  book.Add("Ruby Okonkwo");
  book.Add("Ada Jenkins");
  book.Add("Serif Yilmaz");
  book.Add("German Ramos");
  book.Add("GOTO Masanori");
  book.Add("Apache Commons");
  auto v = book.Variants();
  for (std::string_view s : {"Mac Lagan", "Ruby Okonkwo", "Ada Jenkins", "Lagan", "Okonkwo"}) {
    EXPECT_TRUE(Has(v, s)) << s;
  }
  for (std::string_view s :
       {"Mac", "Ruby", "Ada", "Jenkins", "Serif", "German", "GOTO", "Apache"}) {
    EXPECT_FALSE(Has(v, s)) << s;
  }
}

// An email local part that is a place ("xinjiang" of Xin Jiang) would be found in every mention of
// the place.
TEST(IdentityBook, LocalPartsThatArePlacesAreNotVariants) {
  IdentityBook book;
  book.Add("Xin Jiang");
  auto v = book.Variants();
  EXPECT_TRUE(Has(v, "Xin Jiang"));
  EXPECT_TRUE(Has(v, "xin.jiang"));
  EXPECT_FALSE(Has(v, "xinjiang"));
}

}  // namespace
}  // namespace deskbench::names
