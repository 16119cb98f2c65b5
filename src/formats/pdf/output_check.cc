#include "formats/pdf/output_check.h"

#include "core/error.h"
#include "formats/pdf/content_strings.h"
#include "formats/pdf/pdf_file.h"
#include "formats/pdf/pdf_units.h"

namespace deskbench::pdf {
namespace {

// Values shorter than this match too much unrelated text to prove anything.
constexpr size_t kMinValueBytes = 3;

bool IsSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Letters and digits, counting every byte of a multi-byte UTF-8 character as one.
bool IsWordByte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80;
}

}  // namespace

bool ContainsWord(std::string_view text, std::string_view needle) {
  if (needle.empty()) return false;
  bool open_start = IsWordByte(static_cast<unsigned char>(needle.front()));
  bool open_end = IsWordByte(static_cast<unsigned char>(needle.back()));
  for (size_t at = text.find(needle); at != std::string_view::npos;
       at = text.find(needle, at + 1)) {
    size_t end = at + needle.size();
    bool starts = !open_start || at == 0 || !IsWordByte(static_cast<unsigned char>(text[at - 1]));
    bool ends =
        !open_end || end == text.size() || !IsWordByte(static_cast<unsigned char>(text[end]));
    if (starts && ends) return true;
  }
  return false;
}

std::string NormalizeSpaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending = false;
  for (unsigned char c : text) {
    if (IsSpace(c)) {
      pending = !out.empty();
      continue;
    }
    if (pending) out.push_back(' ');
    pending = false;
    out.push_back(static_cast<char>(c));
  }
  return out;
}

void CheckOutput(std::string bytes, const std::filesystem::path& file,
                 const std::vector<std::string>& values, const Limits& limits,
                 const std::vector<OcrArea>& ocr_areas, const std::string& ocr_lang) {
  std::vector<std::string> wanted;
  for (const std::string& v : values) {
    std::string n = NormalizeSpaces(v);
    if (n.size() >= kMinValueBytes) wanted.push_back(std::move(n));
  }
  if (wanted.empty()) return;
  PdfFile written(std::move(bytes), file, "");
  written.ShowAllLayers();
  Inventory inventory(written, limits, /*everything=*/true, /*attachments=*/false);
  // Lines of a page are searched together too: a value may be cut over two lines.
  std::string page_text;
  int page = -1;
  auto search = [&](const std::string& text, const std::string& location) {
    std::string n = NormalizeSpaces(text);
    for (const std::string& v : wanted) {
      if (ContainsWord(n, v)) {
        throw Refusal(file, "output check failed: a redacted value can still be extracted from " +
                                location + " of the written PDF; nothing was written");
      }
    }
  };
  for (const Unit& u : inventory.units()) {
    if (u.kind == UnitKind::kPageLine) {
      if (u.page != page) {
        if (page >= 0) search(page_text, "page " + std::to_string(page + 1));
        page_text.clear();
        page = u.page;
      }
      page_text += u.text;
      page_text += ' ';
    }
    search(u.text, u.location);
  }
  if (page >= 0) search(page_text, "page " + std::to_string(page + 1));
  // Strings the text device does not show (marked-content /ActualText, text MuPDF skips) but
  // other readers may.
  for (int p = 0; p < written.page_count(); ++p) {
    PdfFile::Page loaded = written.LoadPage(p);
    for (const std::string& s : PageStrings(written, loaded.get())) {
      search(s, "the content stream of page " + std::to_string(p + 1));
    }
  }
  for (const OcrArea& area : ocr_areas) {
    if (area.page < 0 || area.page >= written.page_count()) continue;
    PdfFile::Page loaded = written.LoadPage(area.page);
    OcrArea read = ReadPageArea(written, loaded.get(), area.page, area.area, area.image, ocr_lang);
    std::string where = "the pixels of page " + std::to_string(area.page + 1) +
                        (area.image >= 0 ? ", image " + std::to_string(area.image + 1) : "");
    std::string all;
    for (const image::OcrLine& line : read.lines) {
      search(line.text, where);
      all += line.text;
      all += ' ';
    }
    search(all, where);
  }
}

}  // namespace deskbench::pdf
