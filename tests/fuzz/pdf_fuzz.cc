// Fuzzes the PDF adapter: MuPDF's parser and repair, the text, annotation, form, outline, label
// and attachment readers, redaction, cleaning, writing and the output check. OCR is off (the
// seeds have no scanned pages and tesseract is fuzzed through the image targets).
#include "core/error.h"
#include "formats/pdf/pdf_document.h"
#include "formats/registry.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace deskbench;
  FormatOptions options;
  options.limits = fuzz::SmallLimits();
  options.ocr = false;
  try {
    pdf::PdfDocument doc(
        ByteSource::FromBytes(std::string(reinterpret_cast<const char*>(data), size), "f.pdf"),
        options, OpenSource);
    std::string edited;
    fuzz::Exercise(doc, &edited);
    fuzz::Check(edited.starts_with("%PDF-"));
  } catch (const FileError&) {
  }
  return 0;
}
