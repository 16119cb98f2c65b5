#include "common/office_docs.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>
#include <vector>

#include "common/office_parts.h"
#include "common/rng.h"

namespace bench {
namespace {

using office::Email;
using office::Person;
using office::Zip;

constexpr std::array<std::string_view, 12> kWords = {"the",     "quarterly", "report", "shows",
                                                     "revenue", "growth",    "across", "regional",
                                                     "teams",   "while",     "costs",  "remained"};

const std::string kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

std::string Types(const std::string& overrides) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default "
         "Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+"
         "xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
         overrides + "</Types>";
}

std::string Rels(const std::string& inner) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
         inner + "</Relationships>";
}

std::string Sentence(Rng& rng, size_t words) {
  std::string s;
  for (size_t i = 0; i < words; ++i) {
    if (i > 0) s += ' ';
    s += kWords[rng.Below(kWords.size())];
  }
  return s;
}

}  // namespace

OfficeDoc GenerateDocx(uint64_t seed, uint64_t xml_bytes) {
  Rng rng(seed);
  std::string body;
  body.reserve(xml_bytes + 4096);
  body +=
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document "
      "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
  for (uint64_t n = 0; body.size() < xml_bytes; ++n) {
    // Three runs, the middle one bold: a paragraph as Word writes it.
    std::string middle = Sentence(rng, 4);
    if (n % 10 == 3) middle = Person(rng) + " approved";
    if (n % 10 == 7) middle = "write to " + Email(rng);
    body += "<w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr><w:r><w:t xml:space=\"preserve\">" +
            Sentence(rng, 6) + " </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>" + middle +
            "</w:t></w:r><w:r><w:t xml:space=\"preserve\"> " + Sentence(rng, 5) +
            ".</w:t></w:r></w:p>";
  }
  body += "<w:sectPr/></w:body></w:document>";
  OfficeDoc doc;
  doc.xml_bytes = body.size();
  const std::string wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
  doc.bytes = Zip({
      {"[Content_Types].xml", Types("<Override PartName=\"/word/document.xml\" ContentType=\"" +
                                    wml + "document.main+xml\"/>")},
      {"_rels/.rels", Rels("<Relationship Id=\"rId1\" Type=\"" + kRel +
                           "/officeDocument\" Target=\"word/document.xml\"/>")},
      {"word/document.xml", std::move(body)},
  });
  return doc;
}

namespace {

// Rows until the sheet has xml_bytes of XML or rows rows, whichever comes first.
OfficeDoc Workbook(uint64_t seed, uint64_t xml_bytes, uint64_t rows) {
  Rng rng(seed);
  std::string sheet;
  sheet.reserve(std::min<uint64_t>(xml_bytes, rows * 300) + 4096);
  sheet +=
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet "
      "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
      "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Name</t></is></c><c r=\"B1\" "
      "t=\"inlineStr\"><is><t>Email</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>Phone</t>"
      "</is></c><c r=\"D1\" t=\"inlineStr\"><is><t>Note</t></is></c><c r=\"E1\" "
      "t=\"inlineStr\"><is><t>Amount</t></is></c></row>";
  for (uint64_t r = 2; sheet.size() < xml_bytes && r <= rows; ++r) {
    std::string row = std::to_string(r);
    auto text = [&](char col, const std::string& value) {
      return std::string("<c r=\"") + col + row + "\" t=\"inlineStr\"><is><t>" + value +
             "</t></is></c>";
    };
    std::string phone = "415555" + std::to_string(1000 + rng.Below(9000));
    sheet += "<row r=\"" + row + "\">" + text('A', r % 10 == 3 ? Person(rng) : Sentence(rng, 2)) +
             text('B', r % 10 == 7 ? Email(rng) : Sentence(rng, 1)) + "<c r=\"C" + row + "\"><v>" +
             (r % 10 == 5 ? phone : std::to_string(rng.Below(100))) + "</v></c>" +
             text('D', Sentence(rng, 3)) + "<c r=\"E" + row + "\"><v>" +
             std::to_string(rng.Below(100000)) + ".25</v></c></row>";
  }
  sheet += "</sheetData></worksheet>";
  OfficeDoc doc;
  doc.xml_bytes = sheet.size();
  const std::string sml = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
  doc.bytes = Zip({
      {"[Content_Types].xml",
       Types("<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + sml +
             "sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" +
             sml + "worksheet+xml\"/>")},
      {"_rels/.rels", Rels("<Relationship Id=\"rId1\" Type=\"" + kRel +
                           "/officeDocument\" Target=\"xl/workbook.xml\"/>")},
      {"xl/workbook.xml",
       "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook "
       "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"" +
           kRel +
           "\"><sheets><sheet name=\"People\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
           "</workbook>"},
      {"xl/_rels/workbook.xml.rels", Rels("<Relationship Id=\"rId1\" Type=\"" + kRel +
                                          "/worksheet\" Target=\"worksheets/sheet1.xml\"/>")},
      {"xl/worksheets/sheet1.xml", std::move(sheet)},
  });
  return doc;
}

}  // namespace

OfficeDoc GenerateXlsx(uint64_t seed, uint64_t xml_bytes) {
  return Workbook(seed, xml_bytes, ~uint64_t{0});
}

OfficeDoc GenerateXlsxRows(uint64_t seed, uint64_t rows) {
  return Workbook(seed, ~uint64_t{0}, rows);
}

}  // namespace bench
