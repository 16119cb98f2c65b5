#include "formats/pdf/output_check.h"

#include "core/error.h"
#include "formats/pdf/content_strings.h"
#include "formats/pdf/pdf_file.h"
#include "formats/pdf/pdf_units.h"
#include "formats/pdf/value_match.h"

namespace deskbench::pdf {

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
