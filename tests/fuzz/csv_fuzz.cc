// Fuzzes the CSV adapter: untouched output is identical, and edited output has the same rows and
// columns as the input.
#include <cstdint>
#include <string>
#include <vector>

#include "core/error.h"
#include "formats/csv/csv_document.h"
#include "fuzz_support.h"

namespace {

std::vector<size_t> Shape(const std::string& data, char delimiter) {
  using namespace deskbench::csv;
  std::vector<size_t> shape;
  Record record;
  size_t pos = data.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  while (pos < data.size()) {
    if (ParseRecord(data, pos, delimiter, true, record, nullptr) != ParseStatus::kRecord) {
      return {};
    }
    shape.push_back(record.fields.size());
    pos = record.end;
  }
  return shape;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace deskbench;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  try {
    auto doc = csv::CsvDocument::FromBytes(bytes, fuzz::SmallLimits());
    std::string edited;
    fuzz::Check(fuzz::Exercise(*doc, &edited) == bytes);
    fuzz::Check(Shape(edited, doc->delimiter()) == Shape(bytes, doc->delimiter()));
  } catch (const Refusal&) {
  }
  return 0;
}
