#pragma once
// Geographic coordinates as people write them: decimal degrees ("40.7128, -74.0060", "51.5074° N,
// 0.1278° W") and degrees, minutes and seconds ("40°42′46″N 74°00′21″W", "48° 51' 24\" N").

#include <cstddef>
#include <optional>
#include <string_view>

namespace deskbench::validators {

// One latitude or longitude read from the text.
struct Coordinate {
  size_t begin = 0;  // its sign or first digit
  size_t end = 0;    // past its hemisphere letter, or its last digit or mark
  bool degree_sign = false;
  bool hemisphere = false;  // N, S, E or W written after it
  bool minutes = false;     // written in degrees and minutes (and seconds)
  size_t decimals = 0;      // digits after the point of the degrees
};

// Where the number whose digit is at `digit` starts: back over digits, one decimal point and a
// sign. npos when a letter or another number is glued to it.
size_t CoordinateStart(std::string_view text, size_t digit);

// The coordinate starting at `begin`: degrees (up to 90 for a latitude, 180 for a longitude),
// with a degree sign and minutes (and seconds) below 60, then a hemisphere letter of its axis.
std::optional<Coordinate> ReadCoordinate(std::string_view text, size_t begin, bool latitude);

// A latitude, a separator (a comma, a semicolon, a slash or blanks) and a longitude.
struct CoordinatePair {
  Coordinate latitude;
  Coordinate longitude;
  // Written so that nothing else reads so: numbers with decimals or minutes, both with a
  // hemisphere letter or both with a degree sign. Plain decimals could be any two measurements.
  bool Marked() const;
};
std::optional<CoordinatePair> ReadCoordinatePair(std::string_view text, size_t begin);

}  // namespace deskbench::validators
