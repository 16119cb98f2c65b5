// The detection engine over arbitrary bytes: every recognizer, validator and the name finder must
// cope with any input, and every finding must lie inside the text. Inputs whose first byte is odd
// are also scanned as a field instruction (core/hints.h), whose syntax no finding may touch. A
// text scanned again gives what it gave (the second time, short texts come from the scanner's
// memory).
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "core/hints.h"
#include "detect/engine.h"
#include "detect/field_code.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const deskbench::Engine engine([] {
    deskbench::Policy p;
    p.deny = {"Acme Corp", "Bluebird"};
    return p;
  }());
  thread_local auto scanner = engine.NewScanner();
  std::string_view text(reinterpret_cast<const char*>(data), size);
  size_t hint_len = size > 0 ? data[0] % 16 : 0;
  const std::vector<deskbench::Finding> first = scanner.Scan(text, text.substr(0, hint_len));
  const std::vector<deskbench::Finding> names = scanner.Names();
  for (const auto& f : first) {
    if (f.begin >= f.end || f.end > size) std::abort();
  }
  if (scanner.Scan(text, text.substr(0, hint_len)) != first || scanner.Names() != names) {
    std::abort();
  }
  if (size > 0 && data[0] % 2 == 1) {
    const auto syntax = deskbench::FieldCodeSyntax(text);
    for (const auto& f : scanner.Scan(text, deskbench::kFieldCodeHint)) {
      if (f.begin >= f.end || f.end > size) std::abort();
      for (const auto& [b, e] : syntax) {
        if (b >= e || e > size || (f.begin < e && f.end > b)) std::abort();
      }
    }
  }
  return 0;
}
