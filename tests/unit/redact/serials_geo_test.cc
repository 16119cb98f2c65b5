// VIN, IMEI and GPS surrogates: written like the original, valid where it was, never the original.
#include <gtest/gtest.h>

#include <string>

#include "core/ascii.h"
#include "detect/validators/coordinates.h"
#include "detect/validators/luhn.h"
#include "detect/validators/vin.h"
#include "redact/replacer.h"

namespace deskbench {
namespace {

TEST(FakeVin, KeepsMakerAndYearAndTheCheckWhenThereWasOne) {
  for (char k : {'k', 'q', 'z'}) {
    Replacer r(std::string(32, k));
    const std::string checked = r.Pseudonym(Entity::VIN, "2T1BR32E34C123456");
    ASSERT_EQ(checked.size(), 17u);
    EXPECT_NE(checked, "2T1BR32E34C123456");
    EXPECT_EQ(checked.substr(0, 3), "2T1");  // the manufacturer
    EXPECT_EQ(checked[9], '4');              // the model year
    EXPECT_TRUE(validators::VinShape(checked)) << checked;
    EXPECT_TRUE(validators::VinCheckValid(checked)) << checked;
    // A European VIN without a check digit gets none either, but keeps its shape.
    const std::string european = r.Pseudonym(Entity::VIN, "WVWZZZ1JZXW000001");
    EXPECT_TRUE(validators::VinShape(european)) << european;
    EXPECT_EQ(european.substr(0, 3), "WVW");
    EXPECT_NE(european, "WVWZZZ1JZXW000001");
  }
}

TEST(FakeImei, KeepsTheModelAndGroupingWithALuhnCheck) {
  for (char k : {'k', 'q', 'z'}) {
    Replacer r(std::string(32, k));
    const std::string fake = r.Pseudonym(Entity::IMEI, "35-780502-398494-2");
    ASSERT_EQ(fake.size(), 18u) << fake;
    EXPECT_EQ(fake.substr(0, 9), "35-780502");  // the type allocation code: the phone model
    EXPECT_EQ(fake[16], '-');
    EXPECT_NE(fake, "35-780502-398494-2");
    EXPECT_TRUE(LuhnValid(ascii::Digits(fake))) << fake;
    const std::string fourteen = r.Pseudonym(Entity::IMEI, "13263005432108");
    EXPECT_EQ(fourteen.substr(0, 8), "13263005") << fourteen;
    EXPECT_EQ(fourteen.size(), 14u);
    EXPECT_NE(fourteen, "13263005432108");
  }
}

TEST(FakeCoordinates, AnotherPlaceWrittenTheSameWay) {
  for (char k : {'k', 'q', 'z'}) {
    Replacer r(std::string(32, k));
    for (std::string_view real :
         {"40.712776, -74.005974", "51.5074° N, 0.1278° W", "40°42′46″N 74°00′21″W",
          "-33.8688, 151.2093", "48° 51' 24\" N, 2° 21' 03\" E"}) {
      const std::string fake = r.Pseudonym(Entity::GPS_COORDINATES, real);
      EXPECT_NE(fake, real);
      ASSERT_EQ(fake.size(), real.size()) << fake;
      for (size_t i = 0; i < fake.size(); ++i) {
        EXPECT_EQ(ascii::IsDigit(fake[i]), ascii::IsDigit(real[i])) << real << " -> " << fake;
        if (!ascii::IsDigit(real[i])) {
          EXPECT_EQ(fake[i], real[i]) << real << " -> " << fake;
        }
      }
      auto pair = validators::ReadCoordinatePair(fake, 0);
      ASSERT_TRUE(pair.has_value()) << real << " -> " << fake;
      EXPECT_EQ(pair->longitude.end, fake.size()) << fake;
    }
    // One coordinate alone: a three-digit longitude stays below 180.
    const std::string lon = r.Pseudonym(Entity::GPS_COORDINATES, "-122.4194");
    EXPECT_TRUE(validators::ReadCoordinate(lon, 0, false).has_value()) << lon;
  }
}

}  // namespace
}  // namespace deskbench
