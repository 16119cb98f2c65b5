// Fuzzes worksheets read as a stream (sheet_stream.h, xlsx_streamed_sheet.h): the input is the
// worksheet part of a small workbook (shared strings, a sheet name formulas use), opened with
// every worksheet streamed. It is scanned and written (unchanged, and with hostile edits), what
// is written must open again with the same text, and when the same workbook also opens with its
// sheet parsed whole, both paths must give the same segments and, written, the same sheet.
#include <cstdint>
#include <string>
#include <vector>

#include "../ooxml_fixture.h"
#include "core/error.h"
#include "formats/ooxml/xlsx_document.h"
#include "formats/ooxml/xml_part.h"
#include "formats/ooxml/zip_reader.h"
#include "formats/ooxml/zip_writer.h"
#include "fuzz_support.h"
#include "office_fuzz.h"

namespace deskbench::fuzz {
namespace {

const std::string kSheetPart = "xl/worksheets/sheet1.xml";

std::string Workbook(const std::string& sheet) {
  return fixture::Workbook(
      {{"Data", sheet}},
      "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>Name</t>"
      "</si><si><t>Date of birth</t></si><si><t>Ann Lee</t></si></sst>");
}

}  // namespace
}  // namespace deskbench::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace deskbench;
  std::string book = fuzz::Workbook(std::string(reinterpret_cast<const char*>(data), size));
  auto open = fuzz::StreamingOpener<ooxml::XlsxDocument>(&Limits::stream_sheet_bytes);
  fuzz::CompareStreamedWithWhole(book, fuzz::kSheetPart, open, false);
  return 0;
}
