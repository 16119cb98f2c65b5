#pragma once
// Small PDFs written by hand for the PDF adapter tests: numbered objects with a correct
// cross-reference table, so MuPDF opens them without repair.

#include <cstdio>
#include <string>
#include <vector>

namespace deskbench::testing {

// objects[i] is the body of object i + 1 (without "obj"/"endobj"); trailer_extra is added to the
// trailer dictionary (e.g. "/Info 10 0 R"). Object 1 must be the catalog.
inline std::string MakePdf(const std::vector<std::string>& objects,
                           const std::string& trailer_extra = "") {
  std::string pdf = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t off : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", off);
    pdf += line;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R " +
         trailer_extra + " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

inline std::string Stream(const std::string& dict_entries, const std::string& data) {
  return "<< " + dict_entries + " /Length " + std::to_string(data.size()) + " >>\nstream\n" + data +
         "\nendstream";
}

// One page with: visible text, text in a hidden optional-content layer, text in a Form XObject,
// a sticky-note comment, a form field, a bookmark, a page label, a link, document information and
// a JavaScript open action, alt text in the structure tree, a page thumbnail.
inline std::string SamplePdf() {
  std::string content =
      "BT /F1 12 Tf 72 700 Td (Contact Jane Roe today.) Tj ET\n"
      "BT /F1 12 Tf 72 680 Td (Nothing here.) Tj ET\n"
      "/OC /oc1 BDC BT /F1 12 Tf 72 660 Td (Hidden Alice Hidden) Tj ET EMC\n"
      "/X1 Do\n";
  std::string form = "BT /F1 12 Tf 72 600 Td (Form Bob Formsby) Tj ET";
  return MakePdf(
      {
          // 1 catalog
          "<< /Type /Catalog /Pages 2 0 R /OpenAction 7 0 R /Outlines 11 0 R"
          " /PageLabels << /Nums [0 << /S /D /P (Jane Roe-) >>] >>"
          " /AcroForm << /Fields [13 0 R 16 0 R] >>"
          " /OCProperties << /OCGs [8 0 R] /D << /OFF [8 0 R] /Order [8 0 R] >> >>"
          " /StructTreeRoot << /Type /StructTreeRoot /K [<< /S /Figure /Alt (Photo of Jane Roe)"
          " /K [<< /S /Span /ActualText (Jane Roe) >>] >>] >> >>",
          // 2 pages
          "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
          // 3 page
          "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R"
          " /Resources << /Font << /F1 4 0 R >> /XObject << /X1 6 0 R >>"
          " /Properties << /oc1 8 0 R >> >> /Annots [9 0 R 13 0 R 14 0 R 16 0 R]"
          " /Thumb 15 0 R >>",
          // 4 font
          "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
          // 5 content
          Stream("", content),
          // 6 form xobject
          Stream("/Type /XObject /Subtype /Form /BBox [0 0 612 792]"
                 " /Resources << /Font << /F1 4 0 R >> >>",
                 form),
          // 7 script
          "<< /S /JavaScript /JS (app.alert\\(1\\)) >>",
          // 8 layer
          "<< /Type /OCG /Name (Notes layer) >>",
          // 9 comment
          "<< /Type /Annot /Subtype /Text /Rect [400 700 420 720] /P 3 0 R"
          " /Contents (Call Carol Commenter) /T (Carol Commenter) >>",
          // 10 info
          "<< /Author (Jane Roe) /Title (Plan) >>",
          // 11 outlines
          "<< /Type /Outlines /First 12 0 R /Last 12 0 R /Count 1 >>",
          // 12 bookmark
          "<< /Title (Chapter for Jane Roe) /Parent 11 0 R /Dest [3 0 R /Fit] >>",
          // 13 field + widget
          "<< /Type /Annot /Subtype /Widget /FT /Tx /T (employee) /V (Dave Fielding)"
          " /Rect [150 500 400 520] /P 3 0 R /DA (/Helv 10 Tf 0 g) >>",
          // 14 link
          "<< /Type /Annot /Subtype /Link /Rect [72 640 200 655]"
          " /A << /S /URI /URI (https://example.com/jane.roe) >> >>",
          // 15 thumbnail (2x2 grey)
          Stream("/Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8",
                 std::string("\x10\x20\x30\x40", 4)),
          // 16 list box: options and a multiple selection
          "<< /Type /Annot /Subtype /Widget /FT /Ch /Ff 2097152 /T (reviewers)"
          " /Opt [(Ann Optionsby) [(x2) (Other Person)]] /V [(Ann Optionsby)]"
          " /RV (<p>Ann Optionsby</p>) /Rect [150 400 400 480] /P 3 0 R /DA (/Helv 10 Tf 0 g) >>",
      },
      "/Info 10 0 R");
}

}  // namespace deskbench::testing
