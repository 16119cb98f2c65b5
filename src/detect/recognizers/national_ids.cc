#include "detect/recognizers/groups.h"

namespace deskbench::recognizers {

// Placeholder until this group is written.
std::span<const PatternRecognizer> NationalIds() { return {}; }

}  // namespace deskbench::recognizers
