#pragma once
// An OOXML document that was converted from a legacy binary file: scrubbed by the OOXML adapter,
// with a note telling the user the output is in the new format.

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "formats/document.h"

namespace deskbench::legacy {

class ConvertedDocument : public Document {
 public:
  ConvertedDocument(std::unique_ptr<Document> converted, std::string from_extension)
      : converted_(std::move(converted)), from_(std::move(from_extension)) {}

  void Scan(const SegmentVisitor& visit) override { converted_->Scan(visit); }
  void Write(const SegmentEditor& edits, Sink& out) override { converted_->Write(edits, out); }
  std::vector<Note> Notes() const override {
    std::vector<Note> notes = {{"document", "converted from " + from_ + " with LibreOffice"}};
    for (Note& n : converted_->Notes()) notes.push_back(std::move(n));
    return notes;
  }

 private:
  std::unique_ptr<Document> converted_;
  std::string from_;
};

}  // namespace deskbench::legacy
