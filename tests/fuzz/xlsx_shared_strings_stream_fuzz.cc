// Fuzzes shared strings read as a stream (string_stream.h, xlsx_streamed_strings.h): the input is
// the shared strings part of a small workbook (a sheet whose header row and rows below use
// strings 0 to 5), opened with the part streamed. It is scanned and written (unchanged, and with
// hostile edits), what is written must open again with the same text, and when the same workbook
// also opens with the part parsed whole, both paths must give the same segments and, written
// (Write and the pipeline's WriteLast), parts that read the same.
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

const std::string kStringsPart = "xl/sharedStrings.xml";

std::string Workbook(const std::string& strings) {
  return fixture::Workbook(
      {{"Data",
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v>"
        "</c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\" t=\"s\"><v>3</v>"
        "</c></row><row r=\"3\"><c r=\"A3\" t=\"s\"><v>4</v></c><c r=\"B3\" t=\"s\"><v>5</v>"
        "</c></row></sheetData></worksheet>"}},
      strings);
}

}  // namespace
}  // namespace deskbench::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace deskbench;
  std::string book = fuzz::Workbook(std::string(reinterpret_cast<const char*>(data), size));
  auto open = fuzz::StreamingOpener<ooxml::XlsxDocument>(&Limits::stream_shared_strings_bytes);
  // A lenient parse the stream refuses leaves nothing to compare.
  if (fuzz::CompareStreamedWithWhole(book, fuzz::kStringsPart, open, false).whole == nullptr) {
    return 0;
  }
  // The pipeline's write: spliced by both paths where they can.
  auto hostile = [](const Segment& s) { return fuzz::HostileEdits(s); };
  StringSink last_whole, last_streamed;
  open(book, false)->WriteLast(hostile, last_whole);
  open(book, true)->WriteLast(hostile, last_streamed);
  fuzz::Check(fuzz::CanonicalPart(last_whole.Take(), fuzz::kStringsPart, "fuzz") ==
              fuzz::CanonicalPart(last_streamed.Take(), fuzz::kStringsPart, "fuzz"));
  return 0;
}
