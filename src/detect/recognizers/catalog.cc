#include <vector>

#include "detect/recognizer.h"
#include "detect/recognizers/groups.h"

namespace deskbench {

std::span<const PatternRecognizer> BuiltinRecognizers() {
  static const std::vector<PatternRecognizer> all = [] {
    std::vector<PatternRecognizer> v;
    for (auto group : {recognizers::Contact(), recognizers::Financial(), recognizers::NationalIds(),
                       recognizers::EuIds(), recognizers::IdDocuments(), recognizers::Serials(),
                       recognizers::Geo(), recognizers::Personal(), recognizers::Places(),
                       recognizers::Secrets(), recognizers::Markers(), recognizers::Columns()}) {
      v.insert(v.end(), group.begin(), group.end());
    }
    return v;
  }();
  return all;
}

}  // namespace deskbench
