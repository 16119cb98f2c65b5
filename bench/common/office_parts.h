#pragma once
// What both Office generators (office_docs.cc, office_typical.cc) draw from: the same people, and
// a package zipped the way deskbench writes one.

#include <string>
#include <utility>
#include <vector>

#include "common/rng.h"

namespace bench::office {

using Parts = std::vector<std::pair<std::string, std::string>>;

// "Margaret Okafor": a given name and a surname of eight each.
std::string Person(Rng& rng);
// "margaret.okafor@example.com".
std::string Email(Rng& rng);
// The parts as a zip package, entries in order, with deskbench's neutral entry time.
std::string Zip(const Parts& parts);

}  // namespace bench::office
