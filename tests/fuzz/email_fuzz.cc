// Fuzzes the email adapter (GMime parsing of messages and mailboxes, header and address edits,
// attachments through the registry, re-serialising): hostile bytes open or are refused, the file
// offsets given are the file's bytes, writes complete, and an edited message opens again.
#include <cstdint>
#include <cstdio>
#include <string>

#include "core/error.h"
#include "formats/email/email_document.h"
#include "formats/registry.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace deskbench;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  const FormatOptions options = fuzz::ContainerOptions();
  std::string edited;
  try {
    email::EmailDocument doc(ByteSource::FromBytes(bytes, "fuzz.eml"), options, OpenSource);
    // A segment placed at one offset is the file's bytes there; one placed byte by byte (a folded
    // header, an HTML entity in a 7bit body) stays inside the file, in order.
    doc.Scan([&](const Segment& s) {
      if (s.origins.empty() && s.origin != kNoOrigin) {
        fuzz::Check(s.origin <= bytes.size() && s.text.size() <= bytes.size() - s.origin &&
                    bytes.compare(s.origin, s.text.size(), s.text) == 0);
      }
      for (size_t i = 1; i < s.origins.size(); ++i) {
        fuzz::Check(s.origins[i] <= bytes.size() && s.origins[i - 1] <= s.origins[i]);
      }
    });
    fuzz::Exercise(doc, &edited);
    (void)doc.Notes();
  } catch (const Refusal&) {
    return 0;
  }
  try {
    email::EmailDocument again(ByteSource::FromBytes(edited, "again.eml"), options, OpenSource);
    again.Scan([](const Segment&) {});
  } catch (const Refusal& e) {
    std::fprintf(stderr, "edited output refused: %s\n", e.what());
    fuzz::Check(false);  // what the adapter writes, it reads
  }
  return 0;
}
