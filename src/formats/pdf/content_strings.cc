#include "formats/pdf/content_strings.h"

#include <cstring>
#include <functional>

namespace deskbench::pdf {
namespace {

// Where an inline image's data ends: after "EI" standing alone, from `from`.
size_t InlineImageEnd(std::string_view content, size_t from) {
  for (size_t at = content.find("EI", from); at != std::string_view::npos;
       at = content.find("EI", at + 2)) {
    bool before = at > 0 && std::strchr(" \t\r\n\f", content[at - 1]) != nullptr;
    bool after = at + 2 >= content.size() || std::strchr(" \t\r\n\f/[<(", content[at + 2]);
    if (before && after) return at + 2;
  }
  return content.size();
}

std::string Decoded(fz_context* ctx, const char* data, size_t len) {
  std::string out;
  pdf_obj* volatile s = nullptr;
  fz_try(ctx) {
    s = pdf_new_string(ctx, data, len);
    const char* text = pdf_to_text_string(ctx, s);
    out.assign(text ? text : "");
  }
  fz_always(ctx) {
    pdf_drop_obj(ctx, s);
  }
  fz_catch(ctx) {
    out.assign(data, len);
  }
  return out;
}

// Lexes content into result; returns false when the lexer threw.
bool Lex(fz_context* ctx, std::string_view content, ContentStrings& result) {
  fz_stream* volatile stm = nullptr;
  pdf_lexbuf buf;
  pdf_lexbuf_init(ctx, &buf, PDF_LEXBUF_SMALL);
  volatile bool ok = true;
  fz_try(ctx) {
    stm =
        fz_open_memory(ctx, reinterpret_cast<const unsigned char*>(content.data()), content.size());
    size_t prev_end = 0;
    size_t name_start = 0;
    bool after_actual_text = false;
    for (;;) {
      pdf_token tok = pdf_lex(ctx, stm, &buf);
      size_t end = static_cast<size_t>(fz_tell(ctx, stm));
      if (tok == PDF_TOK_EOF || tok == PDF_TOK_ERROR) break;
      if (tok == PDF_TOK_STRING) {
        result.strings.push_back(Decoded(ctx, buf.scratch, buf.len));
        if (after_actual_text) result.actual_text.emplace_back(name_start, end);
      } else if (tok == PDF_TOK_KEYWORD && std::strcmp(buf.scratch, "BT") == 0) {
        result.text_objects.push_back(end);
      } else if (tok == PDF_TOK_KEYWORD && std::strcmp(buf.scratch, "ID") == 0) {
        fz_seek(ctx, stm, static_cast<int64_t>(InlineImageEnd(content, end)), SEEK_SET);
        end = static_cast<size_t>(fz_tell(ctx, stm));
      }
      after_actual_text = tok == PDF_TOK_NAME && std::strcmp(buf.scratch, "ActualText") == 0;
      if (after_actual_text) name_start = prev_end;
      prev_end = end;
    }
  }
  fz_always(ctx) {
    fz_drop_stream(ctx, stm);
    pdf_lexbuf_fin(ctx, &buf);
  }
  fz_catch(ctx) {
    ok = false;
  }
  return ok;
}

std::string StreamBytes(PdfFile& file, pdf_obj* stream) {
  fz_context* ctx = file.ctx();
  fz_buffer* buf = nullptr;
  file.context().Guard("cannot read a content stream", [&] { buf = pdf_load_stream(ctx, stream); });
  unsigned char* data = nullptr;
  size_t len = fz_buffer_storage(ctx, buf, &data);
  std::string bytes(reinterpret_cast<const char*>(data), len);
  fz_drop_buffer(ctx, buf);
  return bytes;
}

}  // namespace

ContentStrings ReadContentStrings(fz_context* ctx, std::string_view content) {
  ContentStrings result;
  result.complete = Lex(ctx, content, result);
  return result;
}

std::vector<pdf_obj*> PageStreams(PdfFile& file, pdf_page* page) {
  fz_context* ctx = file.ctx();
  std::vector<pdf_obj*> streams;
  file.context().Guard("cannot read the page's streams", [&] {
    pdf_obj* contents = pdf_dict_get(ctx, page->obj, PDF_NAME(Contents));
    if (pdf_is_array(ctx, contents)) {
      for (int i = 0, n = pdf_array_len(ctx, contents); i < n; ++i) {
        pdf_obj* s = pdf_array_get(ctx, contents, i);
        if (pdf_is_stream(ctx, s)) streams.push_back(pdf_keep_obj(ctx, s));
      }
    } else if (pdf_is_stream(ctx, contents)) {
      streams.push_back(pdf_keep_obj(ctx, contents));
    }
    pdf_obj* resources = pdf_dict_get_inheritable(ctx, page->obj, PDF_NAME(Resources));
    pdf_obj* xobjects = pdf_dict_get(ctx, resources, PDF_NAME(XObject));
    for (int i = 0, n = pdf_dict_len(ctx, xobjects); i < n; ++i) {
      pdf_obj* x = pdf_dict_get_val(ctx, xobjects, i);
      if (pdf_is_stream(ctx, x) &&
          pdf_name_eq(ctx, pdf_dict_get(ctx, x, PDF_NAME(Subtype)), PDF_NAME(Form))) {
        streams.push_back(pdf_keep_obj(ctx, x));
      }
    }
  });
  return streams;
}

namespace {

// Rewrites each of the page's streams that `rewrite` changes: it gets the stream's bytes and what
// the lexer found in them, and returns whether it changed the bytes. Returns how many it changed.
int RewriteStreams(PdfFile& file, pdf_page* page,
                   const std::function<bool(std::string&, const ContentStrings&)>& rewrite) {
  fz_context* ctx = file.ctx();
  std::vector<pdf_obj*> streams = PageStreams(file, page);
  int rewritten = 0;
  try {
    for (pdf_obj* stream : streams) {
      std::string bytes = StreamBytes(file, stream);
      ContentStrings found = ReadContentStrings(ctx, bytes);
      if (!rewrite(bytes, found)) continue;
      ++rewritten;
      fz_buffer* buf = nullptr;
      try {
        file.context().Guard("cannot rewrite a content stream", [&] {
          buf = fz_new_buffer_from_copied_data(
              ctx, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
          pdf_update_stream(ctx, file.doc(), stream, buf, 0);
        });
      } catch (...) {
        fz_drop_buffer(ctx, buf);
        throw;
      }
      fz_drop_buffer(ctx, buf);
    }
  } catch (...) {
    for (pdf_obj* s : streams) pdf_drop_obj(ctx, s);
    throw;
  }
  for (pdf_obj* s : streams) pdf_drop_obj(ctx, s);
  return rewritten;
}

}  // namespace

int StripActualText(PdfFile& file, pdf_page* page) {
  int removed = 0;
  RewriteStreams(file, page, [&](std::string& bytes, const ContentStrings& found) {
    if (found.actual_text.empty()) return false;
    std::string kept;
    size_t at = 0;
    for (auto [begin, end] : found.actual_text) {
      kept.append(bytes, at, begin - at);
      at = end;
    }
    kept.append(bytes, at, std::string::npos);
    removed += static_cast<int>(found.actual_text.size());
    bytes = std::move(kept);
    return true;
  });
  return removed;
}

int ResetTextMatrices(PdfFile& file, pdf_page* page) {
  int reset = 0;
  RewriteStreams(file, page, [&](std::string& bytes, const ContentStrings& found) {
    // Only a stream the lexer read to its end: a BT the lexer did not reach is left as it is.
    if (found.text_objects.empty() || !found.complete) return false;
    std::string out;
    out.reserve(bytes.size() + found.text_objects.size() * 16);
    size_t at = 0;
    for (size_t after_bt : found.text_objects) {
      out.append(bytes, at, after_bt - at);
      out += "\n1 0 0 1 0 0 Tm\n";
      at = after_bt;
    }
    out.append(bytes, at, std::string::npos);
    reset += static_cast<int>(found.text_objects.size());
    bytes = std::move(out);
    return true;
  });
  return reset;
}

std::vector<std::string> PageStrings(PdfFile& file, pdf_page* page) {
  fz_context* ctx = file.ctx();
  std::vector<pdf_obj*> streams = PageStreams(file, page);
  std::vector<std::string> strings;
  try {
    for (pdf_obj* stream : streams) {
      ContentStrings found = ReadContentStrings(ctx, StreamBytes(file, stream));
      for (std::string& s : found.strings) strings.push_back(std::move(s));
    }
  } catch (...) {
    for (pdf_obj* s : streams) pdf_drop_obj(ctx, s);
    throw;
  }
  for (pdf_obj* s : streams) pdf_drop_obj(ctx, s);
  return strings;
}

}  // namespace deskbench::pdf
