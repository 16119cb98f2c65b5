#pragma once
// A PDF opened with MuPDF from bytes in memory, in a context of its own: the password handling,
// repair detection and layer switching every reader of a PDF here needs.

#include <memory>
#include <string>

#include "formats/pdf/mupdf_context.h"

namespace deskbench::pdf {

class PdfFile {
 public:
  // Throws Refusal when MuPDF cannot open the file, when it needs a user password that was not
  // given (or the one given is wrong).
  PdfFile(std::string bytes, const std::filesystem::path& name, const std::string& password);
  ~PdfFile();
  PdfFile(const PdfFile&) = delete;
  PdfFile& operator=(const PdfFile&) = delete;

  Context& context() { return *context_; }
  fz_context* ctx() { return context_->get(); }
  pdf_document* doc() { return doc_; }
  const std::string& bytes() const { return bytes_; }

  bool encrypted() const { return encrypted_; }
  bool needed_password() const { return needed_password_; }
  bool repaired();
  // Switches every optional-content layer on so that hidden text is read too; returns how many
  // were off.
  int ShowAllLayers();

  // Loads page i (0-based); the returned holder drops it.
  struct PageDeleter {
    fz_context* ctx;
    void operator()(pdf_page* page) const { fz_drop_page(ctx, &page->super); }
  };
  using Page = std::unique_ptr<pdf_page, PageDeleter>;
  Page LoadPage(int i);
  int page_count() const { return page_count_; }

 private:
  std::string bytes_;  // MuPDF reads from here for as long as the document is open
  std::unique_ptr<Context> context_;
  pdf_document* doc_ = nullptr;
  bool encrypted_ = false;
  bool needed_password_ = false;
  int page_count_ = 0;
};

}  // namespace deskbench::pdf
