#pragma once
// True redaction of page areas with MuPDF: a Redact annotation is placed over each area and
// applied, which removes the glyphs under it from the content streams (and the Form XObjects they
// draw), blanks the image pixels under it and paints a black box. A label, when given, is written
// in white Helvetica inside its box after the redaction, as new page content.

#include <string>
#include <vector>

#include "formats/pdf/pdf_file.h"

namespace deskbench::pdf {

struct Redaction {
  std::vector<fz_quad> quads;  // page space
  std::string label;           // printable ASCII, or empty for a plain box
};

void RedactPage(PdfFile& file, pdf_page* page, const std::vector<Redaction>& redactions);

// The label drawn for a replacement: the replacement itself when it is an entity tag ("[PERSON]"),
// else nothing (a pseudonym is not typeset into the page).
std::string LabelFor(const std::string& replacement);

}  // namespace deskbench::pdf
