// Google Benchmark runs of the image adapter: metadata-only scrub of 2-megapixel JPEG photos (as
// `deskbench scrub --no-ocr` does per file: open from bytes, walk the markers, write) and OCR of a
// text page rendered at 300 dpi (A4, 2480 x 3508 pixels).

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "core/sink.h"
#include "formats/image/codec.h"
#include "formats/image/jpeg_markers.h"
#include "formats/image/ocr.h"
#include "formats/registry.h"

namespace {

using namespace deskbench;

std::string Le16(uint32_t v) {
  return {static_cast<char>(v & 0xFF), static_cast<char>(v >> 8)};
}
std::string Le32(uint32_t v) {
  return Le16(v & 0xFFFF) + Le16(v >> 16);
}

// An EXIF APP1 segment as a camera writes one: artist, GPS, serial number, and a 12 KB maker
// note standing in for the vendor data and thumbnail real photos carry.
std::string ExifSegment() {
  using namespace std::string_literals;
  auto entry = [](uint16_t tag, uint16_t type, uint32_t count, std::string value) {
    value.resize(4, '\0');
    return Le16(tag) + Le16(type) + Le32(count) + value;
  };
  std::string t = "II*\0"s + Le32(8) + Le16(3);
  t += entry(315, 2, 4, "Ann");
  t += entry(34853, 4, 1, Le32(50));
  t += entry(34665, 4, 1, Le32(68));
  t += Le32(0);
  t += Le16(1) + entry(1, 2, 2, "N") + Le32(0);
  t += Le16(2) + entry(0xA431, 2, 4, "SN1") + entry(0x927C, 7, 12000, Le32(98)) + Le32(0);
  t += std::string(12000, 'M');
  std::string payload = "Exif\0\0"s + t;
  std::string size = {static_cast<char>((payload.size() + 2) >> 8),
                      static_cast<char>((payload.size() + 2) & 0xFF)};
  return "\xFF\xE1"s + size + payload;
}

// A 1632 x 1224 (2.0 megapixel) photo-like JPEG at quality 90: smooth gradients with noise.
const std::string& Photo() {
  static const std::string jpeg = [] {
    image::Pixels px{1632, 1224, 3, {}};
    px.data.resize(static_cast<size_t>(px.width) * px.height * 3);
    std::mt19937 rng(7);
    size_t i = 0;
    for (int y = 0; y < px.height; ++y) {
      for (int x = 0; x < px.width; ++x) {
        int noise = static_cast<int>(rng() % 24);
        px.data[i++] = static_cast<uint8_t>((x * 200 / px.width + noise) & 0xFF);
        px.data[i++] = static_cast<uint8_t>((y * 200 / px.height + noise) & 0xFF);
        px.data[i++] = static_cast<uint8_t>(((x + y) % 256 + noise) & 0xFF);
      }
    }
    std::string plain =
        image::Picture::FromPixels(px).Encode(image::ImageFormat::kJpeg, 90, false, "");
    return plain.substr(0, 2) + ExifSegment() + plain.substr(2);
  }();
  return jpeg;
}

// One metadata-only scrub: open the bytes through the registry, write without edits.
void BM_JpegMetadataScrub(benchmark::State& state) {
  const std::string& photo = Photo();
  FormatOptions options;
  options.ocr = false;
  for (auto _ : state) {
    OpenedDocument opened = OpenSource(ByteSource::FromBytes(photo, "photo.jpg"), options);
    StringSink sink;
    opened.document->Write([](const Segment&) { return std::vector<Edit>{}; }, sink);
    benchmark::DoNotOptimize(sink.data().size());
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(photo.size()));
  state.counters["file_bytes"] = static_cast<double>(photo.size());
}
BENCHMARK(BM_JpegMetadataScrub)->Unit(benchmark::kMillisecond);

// The marker walk alone.
void BM_StripJpeg(benchmark::State& state) {
  const std::string& photo = Photo();
  for (auto _ : state) benchmark::DoNotOptimize(image::StripJpeg(photo).bytes.size());
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_StripJpeg)->Unit(benchmark::kMicrosecond);

// A page of prose at 300 dpi (11 pt DejaVu Sans, about 45 lines), drawn by Debian's python3/PIL.
const image::Pixels& Page() {
  static const image::Pixels page = [] {
    auto dir = std::filesystem::temp_directory_path() / "deskbench-bench-page";
    std::filesystem::create_directories(dir);
    auto png = dir / "page.png";
    std::string script =
        "from PIL import Image, ImageDraw, ImageFont\n"
        "font = ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', 46)\n"
        "img = Image.new('L', (2480, 3508), 255)\n"
        "d = ImageDraw.Draw(img)\n"
        "words = ('the quarterly report for the regional office shows revenue growth of twelve '\n"
        "         'percent while costs held steady contact maria lopez at maria.lopez@example.org "
        "'\n"
        "         'or call the front desk for the full statement and the audit notes').split()\n"
        "for i in range(45):\n"
        "    line = ' '.join(words[(i * 7 + k) % len(words)] for k in range(12))\n"
        "    d.text((200, 200 + i * 68), line, fill=0, font=font)\n"
        "img.save('" +
        png.string() + "')\n";
    std::string cmd = "/usr/bin/python3 -c \"$(cat <<'PY'\n" + script + "PY\n)\"";
    if (std::system(cmd.c_str()) != 0) {
      std::fprintf(stderr, "images: drawing the page needs /usr/bin/python3 with PIL\n");
      std::exit(2);
    }
    std::ifstream in(png, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    std::filesystem::remove_all(dir);
    return image::Picture::Decode(bytes.str()).ToPixels();
  }();
  return page;
}

void BM_OcrPage300dpi(benchmark::State& state) {
  const image::Pixels& page = Page();
  size_t words = 0;
  image::Recognize(page, "eng");  // engine start-up is once per thread, not per page
  for (auto _ : state) {
    auto lines = image::Recognize(page, "eng");
    words = 0;
    for (const auto& l : lines) words += l.word_box.size();
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["words"] = static_cast<double>(words);
}
BENCHMARK(BM_OcrPage300dpi)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
