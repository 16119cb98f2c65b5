#pragma once
// Generated Office documents for the benchmarks: a .docx of paragraphs split over runs and a .xlsx
// of rows (names, emails, phone numbers, amounts), with a person or an email about every tenth
// unit, of about a given size of XML. Seeded, so every run scrubs the same bytes.

#include <cstdint>
#include <string>

namespace bench {

struct OfficeDoc {
  std::string bytes;       // the package
  uint64_t xml_bytes = 0;  // inflated size of its largest part
};

OfficeDoc GenerateDocx(uint64_t seed, uint64_t xml_bytes);
OfficeDoc GenerateXlsx(uint64_t seed, uint64_t xml_bytes);
// The same rows, rows of them (the header row included): a million make about 270 MB of XML.
OfficeDoc GenerateXlsxRows(uint64_t seed, uint64_t rows);

// Documents as Word and Excel write them (office_typical.cc), of about file_bytes once zipped:
// a letter (styles, theme, settings, fonts, numbering, properties, prose with people and emails,
// optionally a small letterhead picture) and a staff list (shared strings, styles, theme).
OfficeDoc GenerateTypicalDocx(uint64_t seed, uint64_t file_bytes, bool logo);
OfficeDoc GenerateTypicalXlsx(uint64_t seed, uint64_t file_bytes);
// A staff list whose notes are paragraphs, so that its shared strings part (about strings_bytes
// of XML) is its largest, as in a large workbook people write: nearly all its text is there.
OfficeDoc GenerateStringsXlsx(uint64_t seed, uint64_t strings_bytes);
// A report of about file_bytes: 4 MB of the letter's prose (about 1 MB zipped) and photographs
// (JPEG, about 240 KB each) for the rest, as the large Word files people keep mostly are.
OfficeDoc GenerateReportDocx(uint64_t seed, uint64_t file_bytes);

}  // namespace bench
