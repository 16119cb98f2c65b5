// GPS_COORDINATES: a place given as latitude and longitude, which pins a home, a site visit or a
// patient's address closer than any town name. Written with degree signs or hemisphere letters
// ("51.5074° N, 0.1278° W", "40°42′46″N 74°00′21″W") nothing else reads so; two plain decimals
// ("40.712776, -74.005974") could be any two measurements, and count only beside a word that
// says what they are (GPS, coordinates, lat/long) or under such a column or key.

#include <string>
#include <string_view>

#include "core/ascii.h"
#include "detect/recognizers/groups.h"
#include "detect/validators/anchored.h"
#include "detect/validators/coordinates.h"

namespace deskbench::recognizers {

namespace {

using validators::CoordinatePair;
using validators::CoordinateStart;
using validators::ReadCoordinate;
using validators::ReadCoordinatePair;

constexpr std::string_view kGeoWords[] = {
    "gps",         "coordinates", "co-ordinates", "coords",
    "latitude",    "longitude",   "lat",          "lng",
    "lon",         "geolocation", "geo",          "location",
    "located",     "geotag",      "waypoint",     "coordonn\xC3\xA9\x65s",
    "koordinaten", "coordenadas", "coordinate"};
// Column headers and keys: "long" is left out, a trading sheet's column of long positions.
constexpr std::string_view kHeaders[] = {
    "lat",     "latitude",     "lng",      "lon",         "longitude",  "coordinates", "coords",
    "gps",     "geo",          "location", "geolocation", "lat/long",   "lat/lon",     "latlng",
    "latlong", "gps_lat",      "gps_lon",  "gps_lng",     "geo_lat",    "geo_lon",     "geo_lng",
    "breite",  "l\xC3\xA4nge", "latitud",  "longitud",    "latitudine", "longitudine"};
// A keyword, then one coordinate of its axis or (for the second list) a pair.
constexpr std::string_view kKeywords[] = {"lat/long",    "lat/lng",     "lat/lon",
                                          "latitude",    "longitude",   "lat",
                                          "lng",         "lon",         "latitud",
                                          "longitud",    "latitudine",  "longitudine",
                                          "gps",         "coordinates", "co-ordinates",
                                          "coords",      "geolocation", "coordonn\xC3\xA9\x65s",
                                          "koordinaten", "coordenadas", "coordinate"};

constexpr size_t kPlainDecimals = 3;  // a pair of plain decimals, beside a geo word
constexpr size_t kLabelDecimals = 2;  // after a label or under a header

bool Precise(const CoordinatePair& p, size_t decimals) {
  return p.Marked() || (p.latitude.decimals >= decimals && p.longitude.decimals >= decimals);
}

bool Take(const CoordinatePair& p, Match& m) {
  m.begin = p.latitude.begin;
  m.end = p.longitude.end;
  return true;
}

// The anchor is a digit and a mark of the latitude (a degree sign, or a hemisphere letter): the
// number the digit ends starts the pair. A longitude's mark finds no pair after it, and its pair
// has already been found from the latitude's.
bool PairAtMark(std::string_view text, Match& m, const Policy&) {
  const size_t start = CoordinateStart(text, m.begin);
  if (start == std::string_view::npos) return false;
  auto pair = ReadCoordinatePair(text, start);
  return pair && pair->Marked() && Take(*pair, m);
}

// "40.712776, -74.005974": the anchor is the latitude's last three decimals and the comma.
bool PlainPair(std::string_view text, Match& m, const Policy&) {
  const size_t start = CoordinateStart(text, m.begin);
  if (start == std::string_view::npos) return false;
  auto pair = ReadCoordinatePair(text, start);
  if (!pair || !Precise(*pair, kPlainDecimals)) return false;
  if (pair->Marked()) m.score = 0.9f;
  return Take(*pair, m);
}

// A single coordinate is taken only after the keyword of its axis; a pair after any keyword.
bool AfterGeoKeyword(std::string_view text, Match& m, const Policy&) {
  size_t digit = m.end;
  while (digit > m.begin && !ascii::IsDigit(text[digit - 1])) --digit;
  if (digit == m.begin) return false;
  const size_t start = CoordinateStart(text, digit - 1);
  if (start == std::string_view::npos || start <= m.begin) return false;
  if (auto pair = ReadCoordinatePair(text, start); pair && Precise(*pair, kLabelDecimals)) {
    return Take(*pair, m);
  }
  const char k0 = ascii::ToLower(text[m.begin]), k1 = ascii::ToLower(text[m.begin + 1]);
  const bool axis = k0 == 'l' && (k1 == 'a' || k1 == 'o' || k1 == 'n');
  if (!axis) return false;
  auto one = ReadCoordinate(text, start, k1 == 'a');
  if (!one || (one->decimals < kLabelDecimals && !one->minutes)) return false;
  m.begin = one->begin;
  m.end = one->end;
  return true;
}

// A cell under a geo header: a pair, or one coordinate of either axis.
bool GeoCell(std::string_view text, Match& m, const Policy&) {
  if (!validators::TrimBlanks(text, m)) return false;
  std::string_view cell = text.substr(0, m.end);
  if (auto pair = ReadCoordinatePair(cell, m.begin);
      pair && pair->longitude.end == m.end && Precise(*pair, kLabelDecimals)) {
    return true;
  }
  for (bool latitude : {true, false}) {
    auto one = ReadCoordinate(cell, m.begin, latitude);
    if (one && one->end == m.end && one->decimals >= kLabelDecimals) return true;
  }
  return false;
}

}  // namespace

std::span<const PatternRecognizer> Geo() {
  static const std::string keyword = validators::KeywordThenValue(
      kKeywords, R"([-+]?[0-9]{1,3}(?:\.[0-9]+|(?:\xC2[\xB0\xBA]) ?[0-9]))");
  static const std::string cell = validators::WholeSegment(
      R"([-+]?[0-9]{1,3}\.[0-9]{2,}(?:[,;/] ?[-+]?[0-9]{1,3}\.[0-9]{2,})?)");
  static const PatternRecognizer recognizers[] = {
      {.id = "gps_degrees",
       .type = Entity::GPS_COORDINATES,
       .regex = R"([0-9]\xC2[\xB0\xBA])",
       .score = 0.9f,
       .validate = PairAtMark},
      {.id = "gps_hemispheres",
       .type = Entity::GPS_COORDINATES,
       .regex = R"([0-9][NS]\b)",
       .score = 0.9f,
       .validate = PairAtMark},
      {.id = "gps_hemispheres_spaced",
       .type = Entity::GPS_COORDINATES,
       .regex = R"([0-9] [NS]\b)",
       .score = 0.9f,
       .validate = PairAtMark},
      {.id = "gps_decimal_pair",
       .type = Entity::GPS_COORDINATES,
       .regex = R"([0-9]{3},[ +\-0-9])",
       .score = 0.85f,
       .validate = PlainPair,
       .context = kGeoWords,
       .context_score = 0.85f,
       .context_required = true},
      {.id = "gps_keyword",
       .type = Entity::GPS_COORDINATES,
       .regex = keyword,
       .score = 0.85f,
       .validate = AfterGeoKeyword,
       .caseless = true},
      {.id = "gps_cell",
       .type = Entity::GPS_COORDINATES,
       .regex = cell,
       .score = 0.85f,
       .validate = GeoCell,
       .context = kHeaders,
       .context_score = 0.85f,
       .context_required = true},
  };
  return recognizers;
}

}  // namespace deskbench::recognizers
