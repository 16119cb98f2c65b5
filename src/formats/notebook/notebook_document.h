#pragma once
// Jupyter notebooks (.ipynb, nbformat 4): cell sources, outputs (stream text, text/plain,
// markdown, LaTeX, error values and tracebacks with their ANSI colours, JSON data) and the string
// values of notebook and cell metadata are segments. HTML outputs, SVG and images (PNG, JPEG, GIF)
// in outputs and markdown attachments are members, scrubbed by their own adapters; one no adapter
// handles is removed and noted. Metadata that only says who ran what where (authors, VS Code and
// Colab state, interpreter paths, execution timestamps, widget state) and JavaScript outputs are
// removed and noted. User names in home folder paths (/home/jdoe, C:\Users\jdoe) become "user".
// The output is the notebook as Jupyter writes it (one-space indent, sorted
// keys), so it stays valid nbformat.

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "formats/document.h"
#include "formats/members.h"
#include "formats/options.h"
#include "formats/source.h"

namespace deskbench::notebook {

class NotebookDocument : public Document {
 public:
  // Throws Refusal for invalid JSON, JSON nested deeper than limits.max_depth, files over
  // limits.max_document_bytes, and JSON that is not an nbformat 4 notebook.
  NotebookDocument(const ByteSource& source, const FormatOptions& options, MemberOpener opener);

  void Scan(const SegmentVisitor& visit) override;
  void Write(const SegmentEditor& edits, Sink& out) override;
  std::vector<Note> Notes() const override;

 private:
  // raw is a string value (lines joined); the callee may change it.
  using TextFn =
      std::function<void(std::string& raw, std::string_view location, std::string_view hint)>;
  // A member's value: returns false to remove it (only while the notebook is being opened).
  using MemberFn = std::function<bool(nlohmann::json& value, const std::string& name, bool base64)>;
  void Walk(nlohmann::json& nb, const TextFn& text, const MemberFn& member);
  void WalkBundle(nlohmann::json& bundle, const std::string& location, const std::string& name,
                  const TextFn& text, const MemberFn& member);

  std::filesystem::path name_;
  nlohmann::json nb_;
  Members members_;
  std::vector<size_t> member_order_;  // members in the order Walk meets them
  std::vector<Note> notes_;
  bool opening_ = false;
  size_t home_folders_ = 0;  // user names in home folder paths replaced by the last Write  // the
                             // first walk removes what is personal and opens members
};

}  // namespace deskbench::notebook
