#include "formats/pdf/pdf_file.h"

namespace deskbench::pdf {

PdfFile::PdfFile(std::string bytes, const std::filesystem::path& name, const std::string& password)
    : bytes_(std::move(bytes)), context_(std::make_unique<Context>(name)) {
  fz_context* ctx = context_->get();
  fz_stream* stream = nullptr;
  try {
    context_->Guard("cannot open the PDF", [&] {
      stream =
          fz_open_memory(ctx, reinterpret_cast<const unsigned char*>(bytes_.data()), bytes_.size());
      doc_ = pdf_open_document_with_stream(ctx, stream);
    });
  } catch (...) {
    fz_drop_stream(ctx, stream);
    throw;
  }
  fz_drop_stream(ctx, stream);  // the document keeps its own reference
  try {
    context_->Guard("cannot open the PDF", [&] {
      encrypted_ = doc_->crypt != nullptr;
      needed_password_ = pdf_needs_password(ctx, doc_) != 0;
    });
    if (needed_password_) {
      if (password.empty()) {
        throw Refusal(name,
                      "the PDF is encrypted with a user password: give it with --pdf-password");
      }
      int ok = 0;
      context_->Guard("cannot open the PDF",
                      [&] { ok = pdf_authenticate_password(ctx, doc_, password.c_str()); });
      if (!ok) throw Refusal(name, "the PDF password given (--pdf-password) does not open it");
    }
    context_->Guard("cannot read the page tree", [&] { page_count_ = pdf_count_pages(ctx, doc_); });
  } catch (...) {
    pdf_drop_document(ctx, doc_);
    throw;
  }
}

PdfFile::~PdfFile() {
  pdf_drop_document(context_->get(), doc_);
}

bool PdfFile::repaired() {
  return pdf_was_repaired(ctx(), doc_) != 0;
}

int PdfFile::ShowAllLayers() {
  int off = 0;
  context_->Guard("cannot read optional content", [&] {
    int n = pdf_count_layers(ctx(), doc_);
    for (int i = 0; i < n; ++i) {
      if (!pdf_layer_is_enabled(ctx(), doc_, i)) {
        pdf_enable_layer(ctx(), doc_, i, 1);
        ++off;
      }
    }
  });
  return off;
}

PdfFile::Page PdfFile::LoadPage(int i) {
  pdf_page* page = nullptr;
  context_->Guard("cannot load a page", [&] { page = pdf_load_page(ctx(), doc_, i); });
  return Page(page, PageDeleter{ctx()});
}

}  // namespace deskbench::pdf
