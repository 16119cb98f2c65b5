#include "detect/names/name_finder.h"

namespace deskbench::names {

// Placeholder until the gazetteers land: finds nothing.
const NameFinder& NameFinder::Default() {
  static const NameFinder finder;
  return finder;
}

void NameFinder::Find(std::string_view, std::string_view, const Policy&,
                      std::vector<Finding>&) const {}

}  // namespace deskbench::names
