// Fuzzes the streaming text adapter: every encoding (UTF-8, BOMs, UTF-16, Latin-1 fallback) must
// round-trip byte for byte and survive edits.
#include <cstdint>
#include <string>

#include "core/error.h"
#include "formats/text/text_document.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace deskbench;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  try {
    auto doc = text::TextDocument::FromBytes(bytes, fuzz::SmallLimits());
    fuzz::Check(fuzz::Exercise(*doc, nullptr) == bytes);
  } catch (const Refusal&) {
  }
  return 0;
}
