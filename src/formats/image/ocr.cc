#include "formats/image/ocr.h"

#include <dlfcn.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <memory>

namespace deskbench::image {
namespace {

// Languages are tesseract data file names joined by '+': nothing else may reach a path.
void CheckLanguage(const std::string& lang) {
  bool ok = !lang.empty() && lang.size() <= 128 && lang.front() != '+' && lang.back() != '+';
  for (char c : lang) {
    ok = ok && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                c == '_' || c == '+');
  }
  if (!ok) throw std::invalid_argument("OCR language \"" + lang + "\" is not a tesseract language");
}

// Names the packages of the languages in lang that are not in loaded.
std::string MissingLanguageMessage(const std::string& lang,
                                   const std::vector<std::string>& loaded) {
  std::string packages;
  size_t start = 0;
  while (start <= lang.size()) {
    size_t plus = std::min(lang.find('+', start), lang.size());
    std::string one = lang.substr(start, plus - start);
    start = plus + 1;
    if (std::find(loaded.begin(), loaded.end(), one) != loaded.end()) continue;
    for (char& c : one) c = c == '_' ? '-' : static_cast<char>(std::tolower(c));
    if (!packages.empty()) packages += " ";
    packages += "tesseract-ocr-" + one;
  }
  return "OCR language data for \"" + lang + "\" is not installed: install the Debian package(s) " +
         packages;
}

// Debian builds tesseract with OpenMP, which spreads one page over every core, while deskbench
// already reads one file per core: the two together made OCR 3x slower (bench/RESULTS.md). No
// active parallel level on this thread makes each of tesseract's regions a team of one; the
// setting is the thread's own, so it is made where the thread's engine is. OpenMP is tesseract's
// dependency, not ours: looked up, and nothing to do where tesseract was built without it. A user
// who set OpenMP's own variables gets what they asked for.
void OnePageOneThread() {
  if (std::getenv("OMP_THREAD_LIMIT") != nullptr || std::getenv("OMP_NUM_THREADS") != nullptr) {
    return;
  }
  using SetLevels = void (*)(int);
  static const auto set_levels =
      reinterpret_cast<SetLevels>(::dlsym(RTLD_DEFAULT, "omp_set_max_active_levels"));
  if (set_levels != nullptr) set_levels(0);
}

struct EngineDeleter {
  void operator()(tesseract::TessBaseAPI* api) const {
    api->End();
    delete api;
  }
};
using Engine = std::unique_ptr<tesseract::TessBaseAPI, EngineDeleter>;

// One engine per thread and language: initialising one reads the model (tens of milliseconds).
tesseract::TessBaseAPI& EngineFor(const std::string& lang) {
  thread_local std::map<std::string, Engine> engines;
  auto it = engines.find(lang);
  if (it != engines.end()) return *it->second;
  OnePageOneThread();
  Engine api(new tesseract::TessBaseAPI());
  // LSTM only: its results do not depend on pages recognised before (the legacy engine adapts),
  // so the same image gives the same lines in both scrub passes.
  std::vector<std::string> names = {"debug_file"};
  std::vector<std::string> values = {"/dev/null"};
  if (api->Init(nullptr, lang.c_str(), tesseract::OEM_LSTM_ONLY, nullptr, 0, &names, &values,
                false) != 0) {
    throw OcrUnavailable(MissingLanguageMessage(lang, {}));
  }
  // Init succeeds when the first language loads and skips missing others: check them all.
  std::vector<std::string> loaded;
  api->GetLoadedLanguagesAsVector(&loaded);
  size_t wanted = static_cast<size_t>(std::count(lang.begin(), lang.end(), '+')) + 1;
  if (loaded.size() < wanted) throw OcrUnavailable(MissingLanguageMessage(lang, loaded));
  api->SetPageSegMode(tesseract::PSM_AUTO);
  return *engines.emplace(lang, std::move(api)).first->second;
}

void CheckImage(const Pixels& image) {
  bool ok = image.width > 0 && image.height > 0 &&
            (image.channels == 1 || image.channels == 3 || image.channels == 4) &&
            image.data.size() == static_cast<size_t>(image.width) * image.height * image.channels;
  if (!ok) throw std::invalid_argument("OCR: pixel buffer does not match its size");
}

}  // namespace

std::vector<OcrLine> Recognize(const Pixels& image, const std::string& lang) {
  CheckLanguage(lang);
  CheckImage(image);
  tesseract::TessBaseAPI& api = EngineFor(lang);
  api.SetImage(image.data.data(), image.width, image.height, image.channels,
               image.width * image.channels);
  api.SetSourceResolution(300);  // images rarely say; tesseract only uses it for size heuristics
  std::vector<OcrLine> lines;
  if (api.Recognize(nullptr) != 0) {
    api.Clear();
    throw std::runtime_error("OCR failed on this image");
  }
  std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
  if (it) {
    bool open = false;
    do {
      if (it->Empty(tesseract::RIL_WORD)) continue;
      std::unique_ptr<char[]> word(it->GetUTF8Text(tesseract::RIL_WORD));
      std::string text = word ? word.get() : "";
      if (text.empty()) continue;
      int l = 0, t = 0, r = 0, b = 0;
      if (!it->BoundingBox(tesseract::RIL_WORD, &l, &t, &r, &b)) continue;
      if (!open || it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
        lines.emplace_back();
        open = true;
      }
      OcrLine& line = lines.back();
      if (!line.text.empty()) line.text += ' ';
      line.word_begin.push_back(line.text.size());
      line.text += text;
      line.word_end.push_back(line.text.size());
      line.word_box.push_back(Box{l, t, r, b});
    } while (it->Next(tesseract::RIL_WORD));
  }
  api.Clear();
  return lines;
}

std::vector<Box> BoxesFor(const OcrLine& line, size_t begin, size_t end) {
  std::vector<Box> boxes;
  for (size_t w = 0; w < line.word_box.size(); ++w) {
    // A word overlaps [begin, end) when they share a byte; an empty range touches the word it
    // sits in, so an insertion still hides the word around it.
    bool overlaps = begin < end ? line.word_begin[w] < end && begin < line.word_end[w]
                                : line.word_begin[w] <= begin && begin < line.word_end[w];
    if (overlaps) boxes.push_back(line.word_box[w]);
  }
  return boxes;
}

void PaintBoxes(Pixels& image, const std::vector<Box>& boxes, int pad) {
  for (const Box& box : boxes) {
    int x0 = std::max(0, box.x0 - pad), y0 = std::max(0, box.y0 - pad);
    int x1 = std::min(image.width, box.x1 + pad), y1 = std::min(image.height, box.y1 + pad);
    for (int y = y0; y < y1; ++y) {
      uint8_t* row = image.data.data() + (static_cast<size_t>(y) * image.width) * image.channels;
      for (int x = x0; x < x1; ++x) {
        uint8_t* px = row + static_cast<size_t>(x) * image.channels;
        int colour = image.channels == 4 ? 3 : image.channels;
        std::fill(px, px + colour, 0);
        if (image.channels == 4) px[3] = 255;
      }
    }
  }
}

}  // namespace deskbench::image
