#pragma once
// The built-in output check: the PDF just written is opened again from its bytes and everything a
// reader could extract from it (page text as displayed, hidden layers, annotations, form fields,
// bookmarks, labels, links, attachment names, metadata) is searched for the values that were
// redacted, and scanned pages and images with redactions are read with OCR again. One hit and the
// file is refused instead of written.

#include <filesystem>
#include <string>
#include <vector>

#include "core/limits.h"
#include "formats/pdf/page_ocr.h"

namespace deskbench::pdf {

// Runs of white space become one space, ends trimmed: PDF text extraction decides spacing.
std::string NormalizeSpaces(std::string_view text);

// Whether needle occurs in text as a whole word: where needle starts (ends) with a letter or digit,
// the text before (after) it is not one. A value inside a longer word ("Smith" in "Goldsmith") is
// not the value.
bool ContainsWord(std::string_view text, std::string_view needle);

// Throws Refusal naming file and the location of the first leftover. The areas read with OCR on
// pages that had redactions (scanned pages, images; their page, image and area are used) are
// rendered and read with OCR (ocr_lang) again.
void CheckOutput(std::string bytes, const std::filesystem::path& file,
                 const std::vector<std::string>& values, const Limits& limits,
                 const std::vector<OcrArea>& ocr_areas = {}, const std::string& ocr_lang = "");

}  // namespace deskbench::pdf
