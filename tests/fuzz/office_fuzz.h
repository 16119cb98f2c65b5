#pragma once
// The one fuzz check every Office adapter gets: hostile bytes are opened or refused, writes
// complete, and a package written without edits opens again with the same text.
#include <cstdint>
#include <string>
#include <vector>

#include "core/error.h"
#include "fuzz_support.h"

namespace deskbench::fuzz {

inline std::vector<std::string> OfficeTexts(Document& doc) {
  std::vector<std::string> out;
  doc.Scan([&](const Segment& s) {
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

template <typename OfficeDocument>
int FuzzOfficeDocument(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  Limits limits = SmallLimits();
  limits.max_inflated_bytes = 8 << 20;
  limits.max_zip_entries = 200;
  try {
    auto doc = OfficeDocument::FromBytes(bytes, limits);
    std::string edited;
    std::string same = Exercise(*doc, &edited);
    auto again = OfficeDocument::FromBytes(same, limits);
    Check(OfficeTexts(*again) == OfficeTexts(*doc));
    auto changed = OfficeDocument::FromBytes(edited, limits);
    changed->Scan([](const Segment&) {});
  } catch (const Refusal&) {
  }
  return 0;
}

}  // namespace deskbench::fuzz
