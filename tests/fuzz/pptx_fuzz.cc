// Fuzzes the zip container, the XML parts and the PowerPoint adapter (see office_fuzz.h).
#include "formats/ooxml/pptx_document.h"
#include "office_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return deskbench::fuzz::FuzzOfficeDocument<deskbench::ooxml::PptxDocument>(data, size);
}
