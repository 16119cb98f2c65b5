#pragma once
// The one fuzz check every Office adapter gets: hostile bytes are opened or refused, writes
// complete, a package written without edits opens again with the same text, and the last write
// (WriteLast) reads as a write of a copy.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/error.h"
#include "formats/ooxml/xml_part.h"
#include "formats/ooxml/zip_reader.h"
#include "formats/options.h"
#include "formats/source.h"
#include "fuzz_support.h"

namespace deskbench::fuzz {

inline std::vector<std::string> OfficeTexts(Document& doc) {
  std::vector<std::string> out;
  doc.Scan([&](const Segment& s) {
    if (s.hint.starts_with("metadata:")) return;
    // Control characters XML 1.0 forbids are dropped on writing.
    std::string text;
    for (char c : s.text) {
      if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
        text.push_back(c);
      }
    }
    if (!text.empty()) out.push_back(std::move(text));
  });
  return out;
}

template <typename OfficeDocument>
int FuzzOfficeDocument(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  FormatOptions options;
  options.limits = SmallLimits();
  options.limits.max_inflated_bytes = 8 << 20;
  options.limits.max_zip_entries = 200;
  // Inputs of odd size keep (and scrub) their comments: both paths get fuzzed.
  options.keep_comments = size % 2 == 1;
  auto open = [&](const std::string& b) {
    return std::make_unique<OfficeDocument>(ByteSource::FromBytes(b), options);
  };
  try {
    auto doc = open(bytes);
    std::string edited;
    std::string same = Exercise(*doc, &edited);
    auto again = open(same);
    Check(OfficeTexts(*again) == OfficeTexts(*doc));
    auto changed = open(edited);
    changed->Scan([](const Segment&) {});
    // The pipeline's write (edits put into the parsed parts, spliced into their bytes where it
    // can) reads as the write of a copy.
    auto last_doc = open(bytes);
    StringSink last;
    last_doc->WriteLast([](const Segment& s) { return HostileEdits(s); }, last);
    std::unique_ptr<OfficeDocument> spliced;
    try {
      spliced = open(last.Take());
    } catch (const Refusal&) {
      Check(false);  // the copy's write opened
    }
    Check(OfficeTexts(*spliced) == OfficeTexts(*changed));
  } catch (const Refusal&) {
  }
  return 0;
}

// For the streamed parts' targets, which compare the streamed path with the whole-part path:
// what a document's segments say, and a part of a package as pugixml writes it.
struct SeenSegment {
  std::string text, location, hint;
  bool operator==(const SeenSegment&) const = default;
};

inline std::vector<SeenSegment> Segments(Document& doc) {
  std::vector<SeenSegment> out;
  doc.Scan([&](const Segment& s) {
    out.push_back({std::string(s.text), std::string(s.location), std::string(s.hint)});
  });
  return out;
}

inline std::string CanonicalPart(const std::string& package, const std::string& part,
                                 const std::string& name) {
  ooxml::ZipReader reader(package, name, Limits{});
  const ooxml::ZipEntry* e = reader.Find(part);
  Check(e != nullptr);
  return ooxml::WriteXml(*ooxml::ParseXml(reader.Read(*e), part, name, Limits{}));
}

inline std::vector<std::string> NoteLines(Document& doc) {
  std::vector<std::string> out;
  for (const Note& n : doc.Notes()) out.push_back(n.part + ": " + n.action);
  return out;
}

// Opens a package with one kind of part streamed (`limit` at 0) or parsed whole (unlimited).
template <typename OfficeDocument>
auto StreamingOpener(uint64_t Limits::*limit, bool keep_comments = false) {
  return [limit, keep_comments](const std::string& bytes, bool streamed) {
    FormatOptions options;
    options.limits = SmallLimits();
    options.limits.max_xml_depth = 64;
    options.limits.*limit = streamed ? 0 : ~uint64_t{0};
    options.keep_comments = keep_comments;
    return std::make_unique<OfficeDocument>(ByteSource::FromBytes(bytes), options);
  };
}

// A part read as a stream against the same part parsed whole; `open(bytes, streamed)` opens a
// package either way. The streamed document's writes open again with the same text; when the
// whole-part path opens the package too (it may refuse what the stream reads, or the reverse),
// both give the same segments (and notes, with `notes`) and write `part` so that it reads the
// same. Returns the two documents, null where one was refused, for the target's own checks.
template <typename Open>
auto CompareStreamedWithWhole(const std::string& package, const std::string& part, Open open,
                              bool notes) {
  struct Both {
    decltype(open(package, true)) streamed, whole;
  } both;
  try {
    both.streamed = open(package, true);
  } catch (const Refusal&) {
    return both;
  }
  std::string edited;
  std::string same = Exercise(*both.streamed, &edited);
  Check(OfficeTexts(*open(same, true)) == OfficeTexts(*both.streamed));
  open(edited, true)->Scan([](const Segment&) {});
  try {
    both.whole = open(package, false);
  } catch (const Refusal&) {
    return both;
  }
  Check(Segments(*both.whole) == Segments(*both.streamed));
  if (notes) Check(NoteLines(*both.whole) == NoteLines(*both.streamed));
  std::string edited_whole;
  Exercise(*both.whole, &edited_whole);
  Check(CanonicalPart(edited_whole, part, "fuzz") == CanonicalPart(edited, part, "fuzz"));
  return both;
}

}  // namespace deskbench::fuzz
