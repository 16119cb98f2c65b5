#include "detect/names/place_shape.h"

#include <algorithm>

#include "detect/names/lexicon.h"

namespace deskbench::names {

namespace {

// Endings that few surnames or words share: "Tessmouth", "Quarnchester", "Vanessaville".
constexpr std::string_view kPlaceEndings[] = {
    "chester", "caster", "cester",  "mouth", "haven", "hafen", "burgh", "borough",
    "brough",  "bury",   "shire",   "ville", "town",  "stadt", "stad",  "dorf",
    "hausen",  "thorpe", "minster", "furt",  "vik",   "holm",  "sund",  "kirchen"};
// Endings of towns that surnames share as often ("Clayton", "Goldberg", "Mansfield",
// "Crawford", "Davenport"): only for words no list knows.
constexpr std::string_view kSurnameEndings[] = {"ton",  "berg", "burg", "field", "ford",
                                                "port", "land", "wich", "wick",  "heim"};
// The joints of French compound names: "Boulogne-sur-Mer", "Aix-en-Provence".
constexpr std::string_view kFrenchJoints[] = {"-sur-", "-sous-", "-en-", "-l\xC3\xA8s-", "-les-",
                                              "-le-",  "-la-",   "-de-", "-du-",         "-des-"};

bool EndsWithAfterStem(std::string_view w, std::string_view ending) {
  return w.size() >= ending.size() + 3 && w.ends_with(ending);
}

}  // namespace

bool IsPlaceLead(std::string_view word) {
  return std::find(kPlaceLeads.begin(), kPlaceLeads.end(), word) != kPlaceLeads.end();
}

bool HasPlaceShape(std::string_view lower, uint32_t flags) {
  if (flags & kNotPlaceShape) return false;
  for (std::string_view joint : kFrenchJoints) {
    const size_t at = lower.find(joint);
    if (at != std::string_view::npos && at >= 2 && at + joint.size() + 2 <= lower.size()) {
      return true;
    }
  }
  for (std::string_view ending : kPlaceEndings) {
    if (EndsWithAfterStem(lower, ending)) return true;
  }
  if (flags != 0) return false;
  for (std::string_view ending : kSurnameEndings) {
    if (EndsWithAfterStem(lower, ending)) return true;
  }
  return false;
}

}  // namespace deskbench::names
