#include "detect/recognizers/groups.h"

namespace deskbench::recognizers {

// Placeholder until this group is written.
std::span<const PatternRecognizer> Contact() { return {}; }

}  // namespace deskbench::recognizers
