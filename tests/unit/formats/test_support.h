#pragma once
// Helpers shared by the adapter tests: collect segments, and edit by finding a string.

#include <map>
#include <string>
#include <vector>

#include "formats/document.h"

namespace deskbench::testing {

struct Seen {
  std::string text;
  std::string location;
  std::string hint;
  std::vector<uint64_t> offsets;  // FileOffset(i) for i in [0, text.size()]
};

inline std::vector<Seen> Collect(Document& doc) {
  std::vector<Seen> out;
  doc.Scan([&](const Segment& s) {
    Seen seen{std::string(s.text), std::string(s.location), std::string(s.hint), {}};
    for (size_t i = 0; i <= s.text.size(); ++i) seen.offsets.push_back(s.FileOffset(i));
    out.push_back(std::move(seen));
  });
  return out;
}

inline std::string WriteWith(Document& doc, const SegmentEditor& editor) {
  StringSink sink;
  doc.Write(editor, sink);
  return sink.Take();
}

inline std::string WriteUnchanged(Document& doc) {
  return WriteWith(doc, [](const Segment&) { return std::vector<Edit>{}; });
}

// An editor that replaces every occurrence of needle in every segment.
inline SegmentEditor Replacing(const std::string& needle, const std::string& replacement) {
  return [needle, replacement](const Segment& s) {
    std::vector<Edit> edits;
    for (size_t at = s.text.find(needle); at != std::string_view::npos;
         at = s.text.find(needle, at + needle.size())) {
      edits.push_back({at, at + needle.size(), replacement});
    }
    return edits;
  };
}

// An editor that replaces, left to right, whichever key of `table` starts at each position.
inline SegmentEditor Replacing(std::map<std::string, std::string> table) {
  return [table](const Segment& s) {
    std::vector<Edit> edits;
    for (size_t i = 0; i < s.text.size();) {
      bool hit = false;
      for (const auto& [from, to] : table) {
        if (s.text.substr(i).starts_with(from)) {
          edits.push_back({i, i + from.size(), to});
          i += from.size();
          hit = true;
          break;
        }
      }
      if (!hit) ++i;
    }
    return edits;
  };
}

inline std::string WriteReplacing(Document& doc, const std::string& needle,
                                  const std::string& replacement) {
  return WriteWith(doc, Replacing(needle, replacement));
}

// The same through Document::WriteLast (the pipeline's write, edits in place where allowed).
inline std::string WriteLastReplacing(Document& doc, const std::string& needle,
                                      const std::string& replacement) {
  StringSink sink;
  doc.WriteLast(Replacing(needle, replacement), sink);
  return sink.Take();
}

}  // namespace deskbench::testing
