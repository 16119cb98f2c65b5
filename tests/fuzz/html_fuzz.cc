// Fuzzes the HTML tokenizer and adapter: output without edits is the input minus its comments, and
// edits never crash and give a page that opens again.
#include <cstdint>
#include <string>

#include "core/error.h"
#include "formats/html/html_document.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace deskbench;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  try {
    auto doc = html::HtmlDocument::FromBytes(bytes, fuzz::SmallLimits());
    std::string edited;
    std::string same = fuzz::Exercise(*doc, &edited);
    if (doc->Notes().empty()) fuzz::Check(same == bytes);
    // The edited page opens and scans again.
    auto again = html::HtmlDocument::FromBytes(edited, fuzz::SmallLimits());
    again->Scan([](const Segment&) {});
  } catch (const Refusal&) {
  }
  return 0;
}
