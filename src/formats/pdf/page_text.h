#pragma once
// Text of a PDF page with the position of every character, read through MuPDF's structured-text
// device: text of the content stream and of the Form XObjects it draws, visible or not
// (invisible OCR layers, white text, hidden optional content once the layers are switched on),
// in MuPDF's reading order, one unit per line.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "formats/pdf/mupdf_context.h"

namespace deskbench::pdf {

struct TextLine {
  std::string text;               // UTF-8
  std::vector<uint32_t> char_at;  // character index of each text byte
  std::vector<fz_quad> quads;     // per character, in page space (what annotations take)
};

// An image drawn on the page (the content stream, a Form XObject, an inline image).
struct PageImage {
  fz_rect box;    // where it is drawn, page space, clipped to the page
  int width = 0;  // its own pixels
  int height = 0;
  double text_area = 0;  // the characters' boxes whose centre lies on it (an OCR text layer)
};

struct PageText {
  std::vector<TextLine> lines;
  std::vector<PageImage> images;
  size_t chars = 0;
  double text_area = 0;   // sum of the characters' boxes
  double image_area = 0;  // sum of the images' boxes, clipped to the page
  double page_area = 0;
};

// Reads the page's content stream only (annotations and form widgets are units of their own) or,
// with `everything`, the page as displayed with its annotations and widgets (for the output check).
PageText ReadPageText(Context& context, pdf_page* page, bool everything);

// MuPDF puts a space between the letters of letter-spaced text (a heading set with character
// spacing: "M a r g a r e t  H o l l i n g s w o r t h") where poppler, and people, read words.
// For a line with a run of at least kLetterSpacedRun single characters each followed by one
// space, the same line with those spaces taken out (a double space stays, as one: the words'
// gap), each character keeping its quad; nullopt for any other line. Read pages carry it as one
// more line after the page's lines, so it is scanned, redacted and checked like them.
constexpr size_t kLetterSpacedRun = 4;
std::optional<TextLine> WithoutLetterSpacing(const TextLine& line);

// Where the characters [begin, end) of a line are: one quad per run of characters, from the first
// character's left edge to the last one's right edge. begin/end are byte offsets of line.text.
std::vector<fz_quad> QuadsFor(const TextLine& line, size_t begin, size_t end);

}  // namespace deskbench::pdf
