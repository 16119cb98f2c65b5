// Fuzzes the JSON and JSON Lines adapters: untouched output is identical and edited output is
// still valid JSON.
#include <cstdint>
#include <string>

#include "core/error.h"
#include "formats/json/json_document.h"
#include "formats/json/json_tokenizer.h"
#include "formats/json/jsonl_document.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace deskbench;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  try {
    auto doc = json::JsonDocument::FromBytes(bytes, fuzz::SmallLimits());
    std::string edited;
    fuzz::Check(fuzz::Exercise(*doc, &edited) == bytes);
    std::string_view body(edited);
    if (body.starts_with("\xEF\xBB\xBF")) body.remove_prefix(3);
    try {
      json::Walk(body, 64, [](const json::Token&) {});
    } catch (const json::ParseError&) {
      fuzz::Check(false);
    }
  } catch (const Refusal&) {
  }
  try {
    auto doc = json::JsonlDocument::FromBytes(bytes, fuzz::SmallLimits());
    std::string edited;
    fuzz::Check(fuzz::Exercise(*doc, &edited) == bytes);
    // Every edited line must still be accepted.
    json::JsonlDocument::FromBytes(edited, fuzz::SmallLimits());
  } catch (const Refusal&) {
  }
  return 0;
}
