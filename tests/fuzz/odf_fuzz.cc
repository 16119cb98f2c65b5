// Fuzzes the zip container, the XML parts and the OpenDocument adapter (see office_fuzz.h).
#include "formats/odf/odf_document.h"
#include "office_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return deskbench::fuzz::FuzzOfficeDocument<deskbench::odf::OdfDocument>(data, size);
}
