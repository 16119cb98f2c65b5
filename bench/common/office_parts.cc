#include "common/office_parts.h"

#include <array>
#include <string_view>

#include "formats/ooxml/zip_writer.h"

namespace bench::office {

namespace {

constexpr std::array<std::string_view, 8> kFirst = {"Margaret", "Daniel", "Priya",  "Tomasz",
                                                    "Aiko",     "Samuel", "Fatima", "Lucas"};
constexpr std::array<std::string_view, 8> kLast = {"Hollingsworth", "Okafor", "Raman",  "Nowak",
                                                   "Tanaka",        "Brooks", "Haddad", "Moreau"};

}  // namespace

std::string Person(Rng& rng) {
  return std::string(kFirst[rng.Below(kFirst.size())]) + " " +
         std::string(kLast[rng.Below(kLast.size())]);
}

std::string Email(Rng& rng) {
  std::string first(kFirst[rng.Below(kFirst.size())]);
  std::string last(kLast[rng.Below(kLast.size())]);
  first[0] = static_cast<char>(first[0] | 0x20);
  last[0] = static_cast<char>(last[0] | 0x20);
  return first + "." + last + "@example.com";
}

std::string Zip(const Parts& parts) {
  // Level 6 whatever deskbench writes its outputs at: the documents stay the same from build to
  // build (they are grown to a zipped size).
  deskbench::ooxml::ZipWriter w(deskbench::ooxml::ZipWriter::Zip64::kWhenNeeded, 6);
  for (const auto& [name, content] : parts) {
    w.Add(name, content, deskbench::ooxml::kNeutralZipTime);
  }
  return w.Finish();
}

}  // namespace bench::office
