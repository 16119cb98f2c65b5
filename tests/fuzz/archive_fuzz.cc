// Fuzzes the archive adapter (libarchive reading under limits, member recursion through the
// registry, name edits, writing back): hostile bytes open or are refused, writes complete, and an
// edited archive opens again.
#include <cstdint>
#include <cstdio>
#include <string>

#include "core/error.h"
#include "formats/archive/archive_document.h"
#include "formats/registry.h"
#include "fuzz_support.h"

namespace {

deskbench::FormatOptions Options() {
  deskbench::FormatOptions options;
  options.limits = deskbench::fuzz::SmallLimits();
  options.limits.max_archive_entries = 64;
  options.limits.max_member_bytes = 1 << 20;
  options.limits.max_archive_inflated_bytes = 4 << 20;
  options.limits.max_nesting = 2;
  return options;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace deskbench;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  std::string edited;
  try {
    archive::ArchiveDocument doc(ByteSource::FromBytes(bytes, "fuzz.zip"), Options(), OpenSource);
    fuzz::Exercise(doc, &edited);
    (void)doc.Notes();
  } catch (const Refusal&) {
    return 0;
  }
  try {
    archive::ArchiveDocument again(ByteSource::FromBytes(edited, "again.zip"), Options(),
                                   OpenSource);
    again.Scan([](const Segment&) {});
  } catch (const Refusal& e) {
    std::fprintf(stderr, "edited output refused: %s\n", e.what());
    fuzz::Check(false);  // what the adapter writes, it reads
  }
  return 0;
}
