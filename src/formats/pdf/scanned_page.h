#pragma once
// Scanned pages: a page that is mostly image and has next to no text layer is rendered at 300 dpi
// and read with tesseract (formats/image/ocr.h); the word boxes of findings are mapped back to
// page space, where the redaction blanks the image pixels under them.

#include <string>
#include <vector>

#include "formats/image/ocr.h"
#include "formats/pdf/page_text.h"
#include "formats/pdf/pdf_file.h"

namespace deskbench::pdf {

inline constexpr float kOcrDpi = 300;

struct ScannedPage {
  int page = 0;
  float scale = 1;    // pixels per page-space unit
  fz_point origin{};  // page-space position of pixel (0, 0)
  std::vector<image::OcrLine> lines;
};

// Images cover at least half of the page and their text layer is under 5% of their area.
bool LooksScanned(const PageText& text);

// Renders page `index` and recognises its text in `lang`. Throws Refusal when the language data
// is missing or the page is beyond the pixel limit.
ScannedPage ReadScannedPage(PdfFile& file, pdf_page* page, int index, const std::string& lang);

// Where the words holding text bytes [begin, end) of a line are, in page space, padded a little
// so that anti-aliased edges go too.
std::vector<fz_quad> QuadsFor(const ScannedPage& page, const image::OcrLine& line, size_t begin,
                              size_t end);

}  // namespace deskbench::pdf
