// Fuzzes what a collection server reads from an uploaded pack before anything else: manifest.json
// and task.toml. Either parses into plain data that writes back and parses again to the same
// values, or is refused with a UsageError; nothing else may escape.
#include <cstdint>
#include <string>

#include "core/error.h"
#include "fuzz_support.h"
#include "task/manifest.h"
#include "task/metadata.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace deskbench;
  using namespace deskbench::task;
  if (size == 0) return 0;
  std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  try {
    if (data[0] % 2 == 0) {
      Manifest m = ParseManifest(text);
      Manifest again = ParseManifest(ManifestJson(m));
      fuzz::Check(again.files.size() == m.files.size());
      fuzz::Check(again.task.id == m.task.id);
    } else {
      Metadata m = ParseMetadata(text, "task.toml");
      Metadata again = ParseMetadata(MetadataToml(m), "task.toml");
      fuzz::Check(again.title == m.title && again.tags == m.tags && again.id == m.id);
      ValidateMetadata(m);
      ApplyTextView(m, MetadataTextView(m));
    }
  } catch (const UsageError&) {
  }
  return 0;
}
