#include "detect/recognizers/groups.h"

namespace deskbench::recognizers {

// Placeholder until this group is written.
std::span<const PatternRecognizer> Personal() { return {}; }

}  // namespace deskbench::recognizers
