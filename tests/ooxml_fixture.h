#pragma once
// Pieces of the small OOXML packages that the streamed-part tests and fuzz targets build.

#include <string>
#include <utility>
#include <vector>

#include "formats/ooxml/zip_writer.h"

namespace deskbench::fixture {

// A relationships part holding `inner` (Relationship elements).
inline std::string Rels(const std::string& inner) {
  return "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
         inner + "</Relationships>";
}

// A workbook package: its sheets (name and worksheet XML, as xl/worksheets/sheetN.xml) and a
// shared strings part (xl/sharedStrings.xml).
inline std::string Workbook(const std::vector<std::pair<std::string, std::string>>& sheets,
                            const std::string& shared_strings) {
  const std::string sml = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
  const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  std::string overrides, entries, rels;
  for (size_t i = 0; i < sheets.size(); ++i) {
    const std::string n = std::to_string(i + 1);
    overrides += "<Override PartName=\"/xl/worksheets/sheet" + n + ".xml\" ContentType=\"" + sml +
                 "worksheet+xml\"/>";
    entries +=
        "<sheet name=\"" + sheets[i].first + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
    rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + rel +
            "/worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>";
  }
  ooxml::ZipWriter w;
  auto add = [&](const std::string& name, const std::string& content) {
    w.Add(name, content, ooxml::kNeutralZipTime);
  };
  add("[Content_Types].xml",
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default "
      "Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+"
      "xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"" +
          sml + "sheet.main+xml\"/>" + overrides +
          "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + sml +
          "sharedStrings+xml\"/></Types>");
  add("_rels/.rels", Rels("<Relationship Id=\"rId1\" Type=\"" + rel +
                          "/officeDocument\" Target=\"xl/workbook.xml\"/>"));
  add("xl/workbook.xml",
      "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"" +
          rel + "\"><sheets>" + entries + "</sheets></workbook>");
  add("xl/_rels/workbook.xml.rels", Rels(rels + "<Relationship Id=\"rIdS\" Type=\"" + rel +
                                         "/sharedStrings\" Target=\"sharedStrings.xml\"/>"));
  add("xl/sharedStrings.xml", shared_strings);
  for (size_t i = 0; i < sheets.size(); ++i) {
    add("xl/worksheets/sheet" + std::to_string(i + 1) + ".xml", sheets[i].second);
  }
  return w.Finish();
}

}  // namespace deskbench::fixture
