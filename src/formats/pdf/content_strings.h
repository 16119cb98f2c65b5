#pragma once
// The string operands of content streams, read with MuPDF's lexer. MuPDF's redaction removes the
// glyphs under a box but keeps marked-content properties such as /ActualText (the text a reader
// extracts instead of the glyphs), so a redacted name could survive there: on redacted pages the
// /ActualText entries are removed, and the output check searches every string left in the page's
// content streams and Form XObjects.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "formats/pdf/pdf_file.h"

namespace deskbench::pdf {

struct ContentStrings {
  // Byte ranges of "/ActualText <string>" pairs (with the white space before them).
  std::vector<std::pair<size_t, size_t>> actual_text;
  // Every string operand, decoded as a PDF text string (UTF-16 with a byte-order mark, else
  // PDFDocEncoding), in UTF-8.
  std::vector<std::string> strings;
  // Offsets just after each BT operator (the start of a text object).
  std::vector<size_t> text_objects;
  bool complete = true;  // false when the lexer stopped on something it could not read
};

ContentStrings ReadContentStrings(fz_context* ctx, std::string_view content);

// The content streams of a page and the Form XObjects its resources name (kept references; the
// caller drops them).
std::vector<pdf_obj*> PageStreams(PdfFile& file, pdf_page* page);

// Removes every /ActualText entry from the page's content streams and Form XObjects; returns how
// many were removed.
int StripActualText(PdfFile& file, pdf_page* page);

// MuPDF 1.21's redaction (its content-stream sanitiser) drops a text object whose glyphs are all
// removed but keeps that object's pending Td and adds it to the first Td of the next text object,
// which moves the rest of the page's text (off the page: pdfTeX draws a URL as a text object of
// its own). Starting every text object of the page's streams with an explicit identity text
// matrix (what BT sets anyway: the page looks the same) makes MuPDF forget that pending move.
// Returns how many text objects were given one.
int ResetTextMatrices(PdfFile& file, pdf_page* page);

// Every string operand of the page's streams.
std::vector<std::string> PageStrings(PdfFile& file, pdf_page* page);

}  // namespace deskbench::pdf
