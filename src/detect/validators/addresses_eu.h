#pragma once
// Street addresses as continental Europe writes them, which the US/UK reading (house number,
// name, street type) misses:
// - the street type ends the street's name and the number follows: "Musterstraße 12",
//   "Hauptstr. 5a", "Keizersgracht 123", "Lindenallee 7" (German, Dutch);
// - the number comes first, then the type, then the name: "12 rue de la Paix",
//   "3 bis avenue Victor Hugo" (French);
// - the type first, then the name, then the number: "Calle Mayor 12", "Via Roma, 5",
//   "Piazza della Signoria 1", "Rua Augusta 100" (Spanish, Italian, Portuguese).
// Each may be followed by a postal code and a town ("10115 Berlin", "75002 Paris", "1016 GV
// Amsterdam"), which the address then takes in.

#include <string_view>

#include "detect/recognizer.h"

namespace deskbench::validators {

// The match is a street-type ending and its number ("straße 12"): reads back to the start of the
// street's name, then on over a postal code and town.
bool StreetSuffixAddress(std::string_view text, Match& m);

// The match is a house number and a street type ("12 rue "): reads the street's name after it,
// then a postal code and town.
bool NumberTypeNameAddress(std::string_view text, Match& m);

// The match is a house number's last character, a comma and a postal code's first digits
// ("4, 08", of "824, 08550 Pori"):
// reads the street's name before the number, which names no street type ("Mariaraitti 824, 08550
// Pori", "Na Pramenech 8, 41103 Pardubice", "Graneggen 3, 0495 Nærdal"). The postal code and
// town make it an address.
bool NamedStreetPostcodeAddress(std::string_view text, Match& m);

// The match is a street type ("Calle ", "Via "): reads the name and the number after it, then a
// postal code and town.
bool TypeNameNumberAddress(std::string_view text, Match& m);

}  // namespace deskbench::validators
