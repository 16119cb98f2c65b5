// Fuzzes the .xlsx adapter over the zip container and XML parts: hostile bytes are opened or
// refused, writes complete, and what is written opens again with the same text.
#include <cstdint>
#include <string>
#include <vector>

#include "core/error.h"
#include "formats/ooxml/xlsx_document.h"
#include "fuzz_support.h"

namespace {

std::vector<std::string> Texts(deskbench::Document& doc) {
  std::vector<std::string> out;
  doc.Scan([&](const deskbench::Segment& s) {
    if (s.hint.starts_with("metadata:")) return;
    // Control characters XML 1.0 forbids are dropped on writing.
    std::string text;
    for (char c : s.text) {
      if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
        text.push_back(c);
      }
    }
    if (!text.empty()) out.push_back(std::move(text));
  });
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace deskbench;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  Limits limits = fuzz::SmallLimits();
  limits.max_inflated_bytes = 8 << 20;
  limits.max_zip_entries = 200;
  try {
    auto doc = ooxml::XlsxDocument::FromBytes(bytes, limits);
    std::string edited;
    std::string same = fuzz::Exercise(*doc, &edited);
    // A package written without edits opens again and holds the same text.
    auto again = ooxml::XlsxDocument::FromBytes(same, limits);
    fuzz::Check(Texts(*again) == Texts(*doc));
    auto changed = ooxml::XlsxDocument::FromBytes(edited, limits);
    changed->Scan([](const Segment&) {});
  } catch (const Refusal&) {
  }
  return 0;
}
