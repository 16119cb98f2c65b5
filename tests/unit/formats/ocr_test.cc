#include "formats/image/ocr.h"

#include <dirent.h>
#include <gtest/gtest.h>
#include <leptonica/allheaders.h>

#include <cstdlib>
#include <thread>

#include "formats/image/ocr_memo.h"
#include "image_fixtures.h"

namespace deskbench::image {
namespace {

// Decodes a PNG with leptonica into RGB pixels (independent of the adapter's codec).
Pixels DecodePng(const std::string& png) {
  PIX* pix = pixReadMem(reinterpret_cast<const l_uint8*>(png.data()), png.size());
  if (pix == nullptr) throw std::runtime_error("not an image");
  PIX* rgb = pixConvertTo32(pix);
  Pixels out;
  out.width = pixGetWidth(rgb);
  out.height = pixGetHeight(rgb);
  out.channels = 3;
  for (int y = 0; y < out.height; ++y) {
    for (int x = 0; x < out.width; ++x) {
      l_int32 r, g, b;
      pixGetRGBPixel(rgb, x, y, &r, &g, &b);
      out.data.push_back(r);
      out.data.push_back(g);
      out.data.push_back(b);
    }
  }
  pixDestroy(&rgb);
  pixDestroy(&pix);
  return out;
}

Pixels Text(const std::vector<std::string>& lines) {
  return DecodePng(testing::RenderText(lines, "PNG"));
}

bool AllDark(const Pixels& p, const Box& b) {
  for (int y = b.y0; y < b.y1; ++y) {
    for (int x = b.x0; x < b.x1; ++x) {
      if (p.data[(static_cast<size_t>(y) * p.width + x) * p.channels] != 0) return false;
    }
  }
  return true;
}

TEST(Ocr, ReadsLinesWithWordSpansAndBoxes) {
  Pixels img = Text({"Quarterly report draft", "Contact Maria Lopez today"});
  auto lines = Recognize(img, "eng");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text, "Quarterly report draft");
  EXPECT_EQ(lines[1].text, "Contact Maria Lopez today");
  for (const auto& line : lines) {
    ASSERT_EQ(line.word_begin.size(), line.word_box.size());
    for (size_t w = 0; w < line.word_box.size(); ++w) {
      std::string word =
          line.text.substr(line.word_begin[w], line.word_end[w] - line.word_begin[w]);
      EXPECT_EQ(word.find(' '), std::string::npos);
      const Box& b = line.word_box[w];
      EXPECT_LT(b.x0, b.x1);
      EXPECT_LT(b.y0, b.y1);
      EXPECT_LE(b.x1, img.width);
    }
  }
  // Second line lies below the first; words run left to right.
  EXPECT_GT(lines[1].word_box[0].y0, lines[0].word_box[0].y1 - 5);
  EXPECT_LT(lines[1].word_box[1].x1, lines[1].word_box[2].x0);
}

size_t ThreadsOfThisProcess() {
  size_t n = 0;
  DIR* dir = opendir("/proc/self/task");
  if (dir == nullptr) return 0;
  while (const dirent* e = readdir(dir)) n += e->d_name[0] != '.';
  closedir(dir);
  return n;
}

// deskbench runs one file per core; tesseract's OpenMP team on top of that made OCR 3x slower
// (bench/RESULTS.md). A page is read on the calling thread alone unless the user set the limit.
TEST(Ocr, ReadsAPageOnTheCallingThreadAlone) {
  if (std::getenv("OMP_THREAD_LIMIT") != nullptr || std::getenv("OMP_NUM_THREADS") != nullptr) {
    GTEST_SKIP() << "the user's OpenMP setting wins";
  }
  Pixels img = Text({"Quarterly report draft", "Contact Maria Lopez today"});
  const size_t before = ThreadsOfThisProcess();
  ASSERT_GT(before, 0u);
  size_t during = 0;
  std::vector<OcrLine> lines;
  // A fresh thread, as the pipeline's workers are: the setting is per thread.
  std::thread worker([&] {
    lines = Recognize(img, "eng");
    during = ThreadsOfThisProcess();
  });
  worker.join();
  ASSERT_EQ(lines.size(), 2u);
  // OpenMP keeps its team's threads alive after a parallel region: none may have been started.
  EXPECT_EQ(during, before + 1);
}

TEST(Ocr, BoxesForPicksOverlappingWords) {
  OcrLine line;
  line.text = "call Maria Lopez now";
  line.word_begin = {0, 5, 11, 17};
  line.word_end = {4, 10, 16, 20};
  line.word_box = {{0, 0, 10, 10}, {20, 0, 30, 10}, {40, 0, 50, 10}, {60, 0, 70, 10}};
  auto boxes = BoxesFor(line, 5, 16);
  ASSERT_EQ(boxes.size(), 2u);
  EXPECT_EQ(boxes[0].x0, 20);
  EXPECT_EQ(boxes[1].x0, 40);
  EXPECT_EQ(BoxesFor(line, 7, 8).size(), 1u);    // part of a word hides the whole word
  EXPECT_EQ(BoxesFor(line, 10, 11).size(), 0u);  // the space between words
  EXPECT_EQ(BoxesFor(line, 12, 12).size(), 1u);  // an insertion inside a word
}

TEST(Ocr, PaintedWordsAreNoLongerRead) {
  Pixels img = Text({"Send it to jane.roe@example.org please"});
  auto lines = Recognize(img, "eng");
  ASSERT_EQ(lines.size(), 1u);
  size_t at = lines[0].text.find("jane.roe@example.org");
  ASSERT_NE(at, std::string::npos) << lines[0].text;
  auto boxes = BoxesFor(lines[0], at, at + 20);
  ASSERT_EQ(boxes.size(), 1u);
  PaintBoxes(img, boxes, 2);
  EXPECT_TRUE(AllDark(img, boxes[0]));
  auto again = Recognize(img, "eng");
  std::string all;
  for (const auto& l : again) all += l.text + "\n";
  EXPECT_EQ(all.find("jane"), std::string::npos) << all;
  EXPECT_EQ(all.find("example"), std::string::npos) << all;
  EXPECT_NE(all.find("Send"), std::string::npos) << all;
  EXPECT_NE(all.find("please"), std::string::npos) << all;
}

TEST(Ocr, PaintClipsAndMakesAlphaOpaque) {
  Pixels img{4, 3, 4, std::vector<uint8_t>(4 * 3 * 4, 200)};
  PaintBoxes(img, {{-5, -5, 2, 1}}, 0);
  EXPECT_EQ(img.data[0], 0);
  EXPECT_EQ(img.data[3], 255);
  EXPECT_EQ(img.data[4 * 1], 0);
  EXPECT_EQ(img.data[4 * 2], 200);  // x = 2 is outside
  EXPECT_EQ(img.data[4 * 4], 200);  // second row untouched
  PaintBoxes(img, {{3, 2, 100, 100}}, 1);
  EXPECT_EQ(img.data[(1 * 4 + 2) * 4], 0);  // pad reaches (2, 1)
}

TEST(Ocr, MissingLanguageNamesThePackage) {
  Pixels img{40, 40, 1, std::vector<uint8_t>(1600, 255)};
  try {
    Recognize(img, "eng+qqq");
    FAIL() << "no error";
  } catch (const OcrUnavailable& e) {
    EXPECT_NE(std::string(e.what()).find("tesseract-ocr-qqq"), std::string::npos) << e.what();
    EXPECT_EQ(std::string(e.what()).find("tesseract-ocr-eng"), std::string::npos) << e.what();
  }
  EXPECT_THROW(Recognize(img, "../etc"), std::invalid_argument);
  Pixels wrong{40, 40, 3, std::vector<uint8_t>(10)};
  EXPECT_THROW(Recognize(wrong, "eng"), std::invalid_argument);
}

TEST(OcrMemo, SameBytesAreReadOnce) {
  Pixels img = Text({"Remembered line"});
  int decoded = 0;
  auto pixels = [&] {
    ++decoded;
    return img;
  };
  auto first = RecognizeOnce("bytes-of-the-memo-test", 1, "eng", pixels);
  auto second = RecognizeOnce("bytes-of-the-memo-test", 1, "eng", pixels);
  EXPECT_EQ(decoded, 1);
  ASSERT_EQ(first.size(), 1u);
  EXPECT_EQ(second[0].text, first[0].text);
  RecognizeOnce("bytes-of-the-memo-test", 6, "eng", pixels);  // another orientation
  EXPECT_EQ(decoded, 2);
}

}  // namespace
}  // namespace deskbench::image
