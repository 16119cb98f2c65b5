// GPS_COORDINATES: latitude and longitude in the ways people write them, and the numbers that
// only look like them.
#include <gtest/gtest.h>

#include "detect/engine.h"
#include "detect/validators/coordinates.h"
#include "scan_hits.h"

namespace deskbench {
namespace {

using test::Hits;

Hits Scan(std::string_view text, std::string_view hint = {}) {
  static const Engine engine{test::Only({Entity::GPS_COORDINATES})};
  return test::Scan(engine, text, hint);
}

Hits One(std::string_view s) {
  return {{std::string(s), Entity::GPS_COORDINATES}};
}

TEST(GpsCoordinates, MarkedPairsNeedNoContext) {
  EXPECT_EQ(Scan("The pin 51.5074° N, 0.1278° W was logged."), One("51.5074° N, 0.1278° W"));
  EXPECT_EQ(Scan("Meet at 40°42′46″N 74°00′21″W tomorrow."), One("40°42′46″N 74°00′21″W"));
  EXPECT_EQ(Scan("Spot 48° 51' 24\" N, 2° 21' 03\" E."), One("48° 51' 24\" N, 2° 21' 03\" E"));
  EXPECT_EQ(Scan("Fix at 33.8688S 151.2093E, all well."), One("33.8688S 151.2093E"));
  EXPECT_EQ(Scan("Fix at 33.8688 S; 151.2093 E."), One("33.8688 S; 151.2093 E"));
  EXPECT_EQ(Scan("Fix at -33.8688°, 151.2093° here."), One("-33.8688°, 151.2093°"));
  EXPECT_EQ(Scan("40º25′N 3º42′W"), One("40º25′N 3º42′W"));  // the ordinal sign for a degree
  // One-digit degrees, and the longitude's three.
  EXPECT_EQ(Scan("GPS fix 9°57'19\"N 106°19'44\"W."), One("9°57'19\"N 106°19'44\"W"));
  EXPECT_EQ(Scan("at 0°01'42\"S 1°33'06\"E"), One("0°01'42\"S 1°33'06\"E"));
  EXPECT_EQ(Scan("at 1.2345N, 103.8198E"), One("1.2345N, 103.8198E"));
}

TEST(GpsCoordinates, PlainDecimalsBesideTheirWord) {
  EXPECT_EQ(Scan("GPS: 40.712776, -74.005974"), One("40.712776, -74.005974"));
  EXPECT_EQ(Scan("Coordinates: [-33.8688, 151.2093]"), One("-33.8688, 151.2093"));
  EXPECT_EQ(Scan("Latitude: 37.7749"), One("37.7749"));
  EXPECT_EQ(Scan("lng=-122.4194"), One("-122.4194"));
  EXPECT_EQ(Scan("lat/long 37.77, -122.41 per the survey"), One("37.77, -122.41"));
  EXPECT_EQ(Scan("37.7749", "latitude"), One("37.7749"));
  EXPECT_EQ(Scan("-122.4194", "lng"), One("-122.4194"));
  EXPECT_EQ(Scan("40.712776,-74.005974", "coordinates"), One("40.712776,-74.005974"));
}

TEST(GpsCoordinates, NearMisses) {
  EXPECT_TRUE(Scan("The site is at 40.712776, -74.005974 near the depot.").empty());  // no word
  EXPECT_TRUE(Scan("Revenue 1,234,567 and 12.345,678 units (location B).").empty());
  EXPECT_TRUE(Scan("GPS ratio 0.12, 0.56 only").empty());  // two decimals, not three
  EXPECT_TRUE(Scan("Temperatures of 25°C and 30°F, a 5 N force, 12 S 14 E.").empty());
  EXPECT_TRUE(Scan("GPS: 95.123456, 10.123456").empty());         // latitude past 90
  EXPECT_TRUE(Scan("GPS: 45.123456, 190.123456").empty());        // longitude past 180
  EXPECT_TRUE(Scan("At 48° 61' 24\" N, 2° 21' 03\" E").empty());  // 61 minutes
  EXPECT_TRUE(Scan("Angles 51.5074° N and then 12.1").empty());   // a latitude alone
  EXPECT_TRUE(Scan("build 1.2.3456, 7.8 released near the location").empty());
  EXPECT_TRUE(Scan("Latitude: 37").empty());    // no decimals
  EXPECT_TRUE(Scan("101.25", "long").empty());  // a trading sheet's long positions
  EXPECT_TRUE(Scan("37.7749", "price").empty());
}

TEST(GpsCoordinates, ReadsBothAxesWithTheirLimits) {
  auto pair = validators::ReadCoordinatePair("90.0000, 180.0000", 0);
  ASSERT_TRUE(pair.has_value());
  EXPECT_EQ(pair->longitude.end, 17u);
  EXPECT_FALSE(validators::ReadCoordinatePair("90.0001, 10.0000", 0).has_value());
  EXPECT_FALSE(validators::ReadCoordinatePair("10.0000, 180.5", 0).has_value());
  EXPECT_TRUE(validators::ReadCoordinatePair("90°00′N 180°00′W", 0).has_value());
  EXPECT_FALSE(validators::ReadCoordinatePair("90°30′N 10°00′W", 0).has_value());
  EXPECT_FALSE(validators::ReadCoordinatePair("10°30′N 180°00′15″W", 0).has_value());
  // A hemisphere letter on one number only is two numbers that meet.
  EXPECT_FALSE(validators::ReadCoordinatePair("51.5074 N, 0.1278", 0).has_value());
}

}  // namespace
}  // namespace deskbench
