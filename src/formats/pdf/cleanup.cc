#include "formats/pdf/cleanup.h"

#include <array>

namespace deskbench::pdf {
namespace {

struct Counts {
  int scripts = 0;   // JavaScript actions and document-level scripts
  int actions = 0;   // other actions that run or reach out
  int metadata = 0;  // XMP streams on objects
  int private_data = 0;
  int signatures = 0;
  int associated_files = 0;
  int thumbnails = 0;
  bool info = false;
  bool xfa = false;
};

// Actions a reader may follow without running anything or leaving the document's links.
bool HarmlessAction(fz_context* ctx, pdf_obj* action) {
  pdf_obj* s = pdf_dict_get(ctx, action, PDF_NAME(S));
  return pdf_name_eq(ctx, s, PDF_NAME(GoTo)) || pdf_name_eq(ctx, s, PDF_NAME(URI)) ||
         pdf_name_eq(ctx, s, PDF_NAME(Named));
}

bool IsScript(fz_context* ctx, pdf_obj* action) {
  return pdf_name_eq(ctx, pdf_dict_get(ctx, action, PDF_NAME(S)), PDF_NAME(JavaScript));
}

// Drops an action dictionary's key when the action is not harmless, and any /Next chain.
void CleanAction(fz_context* ctx, pdf_obj* holder, pdf_obj* key, Counts& counts) {
  pdf_obj* action = pdf_dict_get(ctx, holder, key);
  if (!pdf_is_dict(ctx, action)) return;
  if (!HarmlessAction(ctx, action)) {
    (IsScript(ctx, action) ? counts.scripts : counts.actions)++;
    pdf_dict_del(ctx, holder, key);
    return;
  }
  if (pdf_dict_get(ctx, action, PDF_NAME(Next))) {
    ++counts.actions;
    pdf_dict_del(ctx, action, PDF_NAME(Next));
  }
}

void CleanObject(fz_context* ctx, pdf_obj* obj, Counts& counts) {
  if (!pdf_is_dict(ctx, obj)) return;
  if (pdf_dict_get(ctx, obj, PDF_NAME(AA))) {
    ++counts.actions;
    pdf_dict_del(ctx, obj, PDF_NAME(AA));
  }
  CleanAction(ctx, obj, PDF_NAME(A), counts);
  if (pdf_dict_get(ctx, obj, PDF_NAME(Metadata))) {
    ++counts.metadata;
    pdf_dict_del(ctx, obj, PDF_NAME(Metadata));
  }
  if (pdf_dict_gets(ctx, obj, "PieceInfo")) {
    ++counts.private_data;
    pdf_dict_dels(ctx, obj, "PieceInfo");
  }
  // Page thumbnails are pictures of the unredacted pages.
  if (pdf_dict_gets(ctx, obj, "Thumb")) {
    ++counts.thumbnails;
    pdf_dict_dels(ctx, obj, "Thumb");
  }
  // Associated files: kept attachments are listed in the name tree, the rest must not survive.
  if (pdf_dict_gets(ctx, obj, "AF")) {
    ++counts.associated_files;
    pdf_dict_dels(ctx, obj, "AF");
  }
  // A signature field's value names the signer, where and why.
  if (pdf_name_eq(ctx, pdf_dict_get(ctx, obj, PDF_NAME(FT)), PDF_NAME(Sig)) &&
      pdf_dict_get(ctx, obj, PDF_NAME(V))) {
    ++counts.signatures;
    pdf_dict_del(ctx, obj, PDF_NAME(V));
  }
}

// A broken object is skipped: if nothing reaches it, it is not written; if something does, the
// writer fails and the file is refused.
pdf_obj* TryLoad(fz_context* ctx, pdf_document* doc, int num) {
  pdf_obj* volatile obj = nullptr;
  fz_try(ctx) {
    obj = pdf_load_object(ctx, doc, num);
  }
  fz_catch(ctx) {
    obj = nullptr;
  }
  return obj;
}

}  // namespace

std::vector<Note> RemoveActiveAndPrivateContent(PdfFile& file) {
  fz_context* ctx = file.ctx();
  pdf_document* doc = file.doc();
  Counts counts;
  file.context().Guard("cannot clean the document", [&] {
    pdf_obj* trailer = pdf_trailer(ctx, doc);
    if (pdf_dict_get(ctx, trailer, PDF_NAME(Info))) {
      counts.info = true;
      pdf_dict_del(ctx, trailer, PDF_NAME(Info));
    }
    pdf_obj* root = pdf_dict_get(ctx, trailer, PDF_NAME(Root));
    pdf_obj* open_action = pdf_new_name(ctx, "OpenAction");
    CleanAction(ctx, root, open_action, counts);
    pdf_drop_obj(ctx, open_action);
    pdf_obj* names = pdf_dict_get(ctx, root, PDF_NAME(Names));
    if (pdf_dict_get(ctx, names, PDF_NAME(JavaScript))) {
      ++counts.scripts;
      pdf_dict_del(ctx, names, PDF_NAME(JavaScript));
    }
    pdf_obj* form = pdf_dict_get(ctx, root, PDF_NAME(AcroForm));
    if (pdf_dict_get(ctx, form, PDF_NAME(XFA))) {
      counts.xfa = true;
      pdf_dict_del(ctx, form, PDF_NAME(XFA));
    }
    // Signatures are void once pages change; their permission dictionaries go with them.
    pdf_dict_del(ctx, root, PDF_NAME(Perms));
    // Annotations written directly into a page's array are not objects of their own.
    for (int p = 0, pages = pdf_count_pages(ctx, doc); p < pages; ++p) {
      pdf_obj* annots = pdf_dict_get(ctx, pdf_lookup_page_obj(ctx, doc, p), PDF_NAME(Annots));
      for (int i = 0, k = pdf_array_len(ctx, annots); i < k; ++i) {
        pdf_obj* annot = pdf_array_get(ctx, annots, i);
        if (!pdf_is_indirect(ctx, annot)) CleanObject(ctx, annot, counts);
      }
    }
    int n = pdf_xref_len(ctx, doc);
    for (int i = 1; i < n; ++i) {
      if (pdf_obj* obj = TryLoad(ctx, doc, i)) {
        CleanObject(ctx, obj, counts);
        pdf_drop_obj(ctx, obj);
      }
    }
  });

  std::vector<Note> notes;
  if (counts.info)
    notes.push_back({"document information (author, title, dates, producer)", "removed"});
  if (counts.metadata) {
    notes.push_back({"XMP metadata (" + std::to_string(counts.metadata) + " streams)", "removed"});
  }
  if (counts.scripts) {
    notes.push_back({"JavaScript (" + std::to_string(counts.scripts) + ")", "removed"});
  }
  if (counts.actions) {
    notes.push_back(
        {"actions (launch, submit, import, triggers: " + std::to_string(counts.actions) + ")",
         "removed"});
  }
  if (counts.xfa) notes.push_back({"XFA form data", "removed (the AcroForm fields are kept)"});
  if (counts.private_data) notes.push_back({"application private data (PieceInfo)", "removed"});
  if (counts.thumbnails) {
    notes.push_back({"page thumbnails (" + std::to_string(counts.thumbnails) + ")", "removed"});
  }
  if (counts.associated_files) {
    notes.push_back({"associated-file references (" + std::to_string(counts.associated_files) + ")",
                     "removed"});
  }
  if (counts.signatures) {
    notes.push_back({"digital signatures (" + std::to_string(counts.signatures) + ")", "removed"});
  }
  return notes;
}

}  // namespace deskbench::pdf
