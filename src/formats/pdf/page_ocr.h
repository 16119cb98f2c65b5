#pragma once
// Text in the pixels of a page: a scanned page (mostly image, next to no text layer) and every
// sizeable image on the other pages are rendered at 300 dpi and read with tesseract
// (formats/image/ocr.h); the word boxes of findings are mapped back to page space, where the
// redaction blanks the image pixels under them. Rendering the area as it is displayed (rather
// than decoding the image) reads what a viewer shows: masks, transforms and clipping applied.

#include <string>
#include <vector>

#include "formats/image/ocr.h"
#include "formats/pdf/page_text.h"
#include "formats/pdf/pdf_file.h"

namespace deskbench::pdf {

inline constexpr float kOcrDpi = 300;

// An area of a page read with OCR: the whole of a scanned page, or one image of a text page.
struct OcrArea {
  int page = 0;
  int image = -1;     // -1: the whole page (scanned); else the image's number on the page
  fz_rect area{};     // page space
  float scale = 1;    // pixels per page-space unit
  fz_point origin{};  // page-space position of pixel (0, 0)
  std::vector<image::OcrLine> lines;
};

// Images cover at least half of the page and their text layer is under 5% of their area.
bool LooksScanned(const PageText& text);

// The areas of the images on a page that is not scanned that are worth reading: at least 32
// pixels and 16 points both ways (icons, bullets and rules are not), without a text layer of
// their own (a searchable scan: its text is read and redacted as page text), not inside another
// one. Too many of them (a tiled picture) give the whole page as one area.
std::vector<fz_rect> ImagesToRead(const PageText& text, fz_rect page_box);

// Renders `area` (page space, clipped to the page) of page `index` and recognises its text in
// `lang`; `image` is stored as given. Throws Refusal when the language data is missing. Areas
// beyond 150 Mpixel at 300 dpi are rendered at a lower resolution. The lines of the same pixels
// are remembered for the life of the process (both passes read each area once).
OcrArea ReadPageArea(PdfFile& file, pdf_page* page, int index, fz_rect area, int image,
                     const std::string& lang);

// The whole page as one area.
OcrArea ReadScannedPage(PdfFile& file, pdf_page* page, int index, const std::string& lang);

// Where the words holding text bytes [begin, end) of a line are, in page space, padded a little
// so that anti-aliased edges go too.
std::vector<fz_quad> QuadsFor(const OcrArea& area, const image::OcrLine& line, size_t begin,
                              size_t end);

}  // namespace deskbench::pdf
