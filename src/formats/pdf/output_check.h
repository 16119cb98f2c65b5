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
#include "formats/pdf/value_match.h"  // NormalizeSpaces, ContainsWord

namespace deskbench::pdf {

// Throws Refusal naming file and the location of the first leftover. The areas read with OCR on
// pages that had redactions (scanned pages, images; their page, image and area are used) are
// rendered and read with OCR (ocr_lang) again.
void CheckOutput(std::string bytes, const std::filesystem::path& file,
                 const std::vector<std::string>& values, const Limits& limits,
                 const std::vector<OcrArea>& ocr_areas = {}, const std::string& ocr_lang = "");

}  // namespace deskbench::pdf
