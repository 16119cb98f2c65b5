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

const std::string kSml = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
const std::string kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const std::string kStringsPart = "xl/sharedStrings.xml";

using fixture::Rels;

std::string Workbook(const std::string& strings) {
  ooxml::ZipWriter w;
  auto add = [&](const std::string& name, const std::string& content) {
    w.Add(name, content, ooxml::kNeutralZipTime);
  };
  add("[Content_Types].xml",
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default "
      "Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+"
      "xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"" +
          kSml + "sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" " +
          "ContentType=\"" + kSml + "worksheet+xml\"/><Override PartName=\"/" + kStringsPart +
          "\" ContentType=\"" + kSml + "sharedStrings+xml\"/></Types>");
  add("_rels/.rels", Rels("<Relationship Id=\"rId1\" Type=\"" + kRel +
                          "/officeDocument\" Target=\"xl/workbook.xml\"/>"));
  add("xl/workbook.xml",
      "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"" +
          kRel +
          "\"><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
  add("xl/_rels/workbook.xml.rels",
      Rels("<Relationship Id=\"rId1\" Type=\"" + kRel +
           "/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" +
           kRel + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"));
  add(kStringsPart, strings);
  add("xl/worksheets/sheet1.xml",
      "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
      "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\" t=\"s\"><v>3</v></c></row>"
      "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>4</v></c><c r=\"B3\" t=\"s\"><v>5</v></c></row>"
      "</sheetData></worksheet>");
  return w.Finish();
}

std::string Canonical(const std::string& package) {
  return CanonicalPart(package, kStringsPart, "fuzz.xlsx");
}

}  // namespace
}  // namespace deskbench::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace deskbench;
  std::string book = fuzz::Workbook(std::string(reinterpret_cast<const char*>(data), size));
  auto open = [](const std::string& bytes, bool streamed) {
    FormatOptions options;
    options.limits = fuzz::SmallLimits();
    options.limits.max_xml_depth = 64;
    options.limits.stream_shared_strings_bytes = streamed ? 0 : ~uint64_t{0};
    return std::make_unique<ooxml::XlsxDocument>(ByteSource::FromBytes(bytes), options);
  };
  std::unique_ptr<ooxml::XlsxDocument> streamed;
  try {
    streamed = open(book, true);
  } catch (const Refusal&) {
    return 0;
  }
  std::string edited;
  std::string same = fuzz::Exercise(*streamed, &edited);
  fuzz::Check(fuzz::OfficeTexts(*open(same, true)) == fuzz::OfficeTexts(*streamed));
  open(edited, true)->Scan([](const Segment&) {});
  std::unique_ptr<ooxml::XlsxDocument> whole;
  try {
    whole = open(book, false);
  } catch (const Refusal&) {
    return 0;  // refused whole (a lenient parse the stream refuses): nothing to compare
  }
  fuzz::Check(fuzz::Segments(*whole) == fuzz::Segments(*streamed));
  std::string edited_whole;
  fuzz::Exercise(*whole, &edited_whole);
  fuzz::Check(fuzz::Canonical(edited_whole) == fuzz::Canonical(edited));
  // The pipeline's write: spliced by both paths where they can.
  auto hostile = [](const Segment& s) { return fuzz::HostileEdits(s); };
  StringSink last_whole, last_streamed;
  open(book, false)->WriteLast(hostile, last_whole);
  open(book, true)->WriteLast(hostile, last_streamed);
  fuzz::Check(fuzz::Canonical(last_whole.Take()) == fuzz::Canonical(last_streamed.Take()));
  return 0;
}
