#pragma once
// Small Office packages built in memory for the adapter tests that need one inside another (a
// chart's workbook, an embedded document), and a package's entries read back.

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/limits.h"
#include "formats/ooxml/zip_reader.h"
#include "formats/ooxml/zip_writer.h"

namespace deskbench::testing {

// Every entry of a package, inflated, by name.
inline std::map<std::string, std::string> Unzip(const std::string& bytes) {
  ooxml::ZipReader reader(bytes, "package", Limits{});
  std::map<std::string, std::string> out;
  for (const ooxml::ZipEntry& e : reader.entries()) out[e.name] = reader.Read(e);
  return out;
}

// A workbook with one sheet whose cell A1 holds text (a shared string).
inline std::string TinyWorkbook(const std::string& text) {
  const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  const std::string sml = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
  const std::string main = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
  auto rels = [](const std::string& inner) {
    return "<?xml version=\"1.0\"?><Relationships "
           "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
           inner + "</Relationships>";
  };
  std::vector<std::pair<std::string, std::string>> parts = {
      {"[Content_Types].xml",
       "<?xml version=\"1.0\"?><Types "
       "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
       "<Default Extension=\"rels\" "
       "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
       "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
       "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" +
           sml +
           "sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" "
           "ContentType=\"" +
           sml + "worksheet+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" +
           sml + "sharedStrings+xml\"/></Types>"},
      {"_rels/.rels", rels("<Relationship Id=\"rId1\" Type=\"" + rel +
                           "officeDocument\" Target=\"xl/workbook.xml\"/>")},
      {"xl/workbook.xml", "<?xml version=\"1.0\"?><workbook " + main + " xmlns:r=\"" +
                              rel.substr(0, rel.size() - 1) +
                              "\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/>"
                              "</sheets></workbook>"},
      {"xl/_rels/workbook.xml.rels",
       rels("<Relationship Id=\"rId1\" Type=\"" + rel +
            "worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" +
            rel + "sharedStrings\" Target=\"sharedStrings.xml\"/>")},
      {"xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet " + main +
                                       "><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                                       "<c r=\"B1\"><v>42</v></c></row></sheetData></worksheet>"},
      {"xl/sharedStrings.xml",
       "<?xml version=\"1.0\"?><sst " + main + "><si><t>" + text + "</t></si></sst>"},
  };
  ooxml::ZipWriter w;
  for (const auto& [name, content] : parts) w.Add(name, content, 315532800);
  return w.Finish();
}

}  // namespace deskbench::testing
