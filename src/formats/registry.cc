#include "formats/registry.h"

#include "core/error.h"

namespace deskbench {

// Placeholder until the adapters land: refuses everything.
OpenedDocument OpenDocument(const std::filesystem::path& path, const Limits&) {
  throw Refusal(path, "no adapter for this format yet");
}

}  // namespace deskbench
