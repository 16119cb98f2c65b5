// Fuzzes the notebook adapter (JSON with a depth limit, nbformat checks, ANSI mapping, members in
// outputs, re-serialising): hostile bytes open or are refused, writes complete, and an edited
// notebook opens again.
#include <cstdint>
#include <cstdio>
#include <string>

#include "core/error.h"
#include "formats/notebook/notebook_document.h"
#include "formats/registry.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace deskbench;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  const FormatOptions options = fuzz::ContainerOptions();
  std::string edited;
  try {
    notebook::NotebookDocument doc(ByteSource::FromBytes(bytes, "fuzz.ipynb"), options, OpenSource);
    fuzz::Exercise(doc, &edited);
    (void)doc.Notes();
  } catch (const Refusal&) {
    return 0;
  }
  try {
    notebook::NotebookDocument again(ByteSource::FromBytes(edited, "again.ipynb"), options,
                                     OpenSource);
    again.Scan([](const Segment&) {});
  } catch (const Refusal& e) {
    std::fprintf(stderr, "edited output refused: %s\n", e.what());
    fuzz::Check(false);  // what the adapter writes, it reads
  }
  return 0;
}
