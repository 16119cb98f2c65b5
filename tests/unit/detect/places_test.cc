#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "detect/engine.h"
#include "scan_hits.h"

namespace deskbench {
namespace {

using test::Hits;
using test::Only;
using test::Scan;

TEST(Places, UnlistedPlacesAfterPlacePhrases) {
  Engine engine(Only({Entity::LOCATION}));
  EXPECT_EQ(Scan(engine, "She lives in Quarnvale with her cat."),
            (Hits{{"Quarnvale", Entity::LOCATION}}));
  EXPECT_EQ(Scan(engine, "I was born on 4 May 1980 in Tessbury."),
            (Hits{{"Tessbury", Entity::LOCATION}}));
  EXPECT_EQ(Scan(engine, "We moved from Quarnvale to Port Ellisby last year."),
            (Hits{{"Quarnvale", Entity::LOCATION}, {"Port Ellisby", Entity::LOCATION}}));
  EXPECT_EQ(Scan(engine, "He grew up in Vila Nova do Quarn, then left."),
            (Hits{{"Vila Nova do Quarn", Entity::LOCATION}}));
  EXPECT_EQ(Scan(engine, "She relocated to Quarnvale Office last May."),
            (Hits{{"Quarnvale", Entity::LOCATION}}));
  EXPECT_EQ(Scan(engine, "Headquartered in Quarnvale's old mill."),
            (Hits{{"Quarnvale", Entity::LOCATION}}));
  EXPECT_EQ(Scan(engine, "SHE WAS BORN IN LONDON"), (Hits{{"LONDON", Entity::LOCATION}}));
  // A form's label that only a town follows.
  EXPECT_EQ(Scan(engine, "Name: J. Doe\nCity: Quarnvale\nPlace of birth: Port Ellisby\n"),
            (Hits{{"Quarnvale", Entity::LOCATION}, {"Port Ellisby", Entity::LOCATION}}));
  EXPECT_EQ(Scan(engine, "Wohnort: Hochwolkersdorf"),
            (Hits{{"Hochwolkersdorf", Entity::LOCATION}}));
  // "Location:" and "Venue:" lead to towns, rooms, buildings and meeting services alike.
  EXPECT_EQ(Scan(engine, "Attendees: J. Doe\nVenue: Lake Quarnvale\n"),
            (Hits{{"Lake Quarnvale", Entity::LOCATION}}));
  EXPECT_EQ(Scan(engine, "Location: Hyvinkää"), (Hits{{"Hyvinkää", Entity::LOCATION}}));
  // "New" and the other words that lead a town's name, hyphenated towns, names' prefixes.
  EXPECT_EQ(Scan(engine, "Venue: New Quarnvale"), (Hits{{"New Quarnvale", Entity::LOCATION}}));
  EXPECT_EQ(Scan(engine, "She now lives in New Tessbury."),
            (Hits{{"New Tessbury", Entity::LOCATION}}));
  EXPECT_EQ(Scan(engine, "He moved to Quarn-Tessbury last year."),
            (Hits{{"Quarn-Tessbury", Entity::LOCATION}}));
  EXPECT_EQ(Scan(engine, "born in O'Quarnvale"), (Hits{{"O'Quarnvale", Entity::LOCATION}}));
  EXPECT_EQ(Scan(engine, "Town: DeQuarn"), (Hits{{"DeQuarn", Entity::LOCATION}}));
  for (std::string_view text : {
           "Location: Microsoft Teams Meeting",
           "Location: Webex",
           "Venue: Boardroom 2",
           "Location: Online",
           "Venue: Quarnvale Hotel, 2nd floor",
           "func move(Location: NSPoint) -> CGFloat",
           "var location: CGFloat",
       }) {
    EXPECT_TRUE(Scan(engine, text).empty()) << text;
  }
  for (std::string_view text : {
           "City: Select one",
           "Capacity: Medium",
           "Location: Conference Room B",
           "Town: The Old Mill",
           "The option is located in Settings.",
           "The release is based in March.",
           "It lives in Python and Rust.",
           "She moved to Inc. headquarters.",
           "He was born in the spring.",
           "moved to Quarnvale@example.com",
           "General: Moved to LPPL 1.3c.",
           "The service is based in AWS.",
       }) {
    EXPECT_TRUE(Scan(engine, text).empty()) << text;
  }
}

TEST(Places, TownColumnsHoldTowns) {
  Engine engine(Only({Entity::LOCATION}));
  EXPECT_EQ(Scan(engine, "Port Vanessatown", "City"),
            (Hits{{"Port Vanessatown", Entity::LOCATION}}));
  EXPECT_EQ(Scan(engine, " Kinghaven ", "town_of_birth"), (Hits{{"Kinghaven", Entity::LOCATION}}));
  // Lower-case words of the town's name belong to it.
  EXPECT_EQ(Scan(engine, "San Quarno in Fiore", "Wohnort"),
            (Hits{{"San Quarno in Fiore", Entity::LOCATION}}));
  // Not under another column, not alone, and no everyday word, month or acronym under this one.
  EXPECT_TRUE(Scan(engine, "Kinghaven", "Notes").empty());
  EXPECT_TRUE(Scan(engine, "Kinghaven").empty());
  for (std::string_view value : {"Select one", "March", "HQ", "Various", "kinghaven"}) {
    EXPECT_TRUE(Scan(engine, value, "City").empty()) << value;
  }
}

}  // namespace
}  // namespace deskbench
