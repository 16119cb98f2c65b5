#pragma once
// Generated Office documents for the benchmarks: a .docx of paragraphs split over runs and a .xlsx
// of rows (names, emails, phone numbers, amounts), with a person or an email about every tenth
// unit, of about a given size of XML. Seeded, so every run scrubs the same bytes.

#include <cstdint>
#include <string>

namespace bench {

struct OfficeDoc {
  std::string bytes;        // the package
  uint64_t xml_bytes = 0;   // inflated size of its largest part
};

OfficeDoc GenerateDocx(uint64_t seed, uint64_t xml_bytes);
OfficeDoc GenerateXlsx(uint64_t seed, uint64_t xml_bytes);

}  // namespace bench
