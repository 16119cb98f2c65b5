#pragma once
// Text in pixels: tesseract finds the words of an image with their boxes, and the boxes of words
// that hold something sensitive are painted over. Shared by the image adapter and the PDF adapter
// (scanned pages).

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace deskbench::image {

struct Pixels {
  int width = 0, height = 0, channels = 0;  // channels: 1 gray, 3 RGB, 4 RGBA
  std::vector<uint8_t> data;                // row-major, tightly packed
};

struct Box {
  int x0, y0, x1, y1;  // pixel rectangle, x1/y1 exclusive
};

// One line of text as tesseract read it.
struct OcrLine {
  std::string text;                          // words joined by one space
  std::vector<size_t> word_begin, word_end;  // byte spans of the words in text
  std::vector<Box> word_box;
};

// The language data tesseract needs is not installed; the message names the Debian package.
class OcrUnavailable : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The lines of text in image, top to bottom in tesseract's reading order. Thread-safe: each thread
// keeps its own engine per language. lang is tesseract's ("eng", "eng+deu"); throws OcrUnavailable
// when its data is missing and std::invalid_argument when lang or image is malformed.
std::vector<OcrLine> Recognize(const Pixels& image, const std::string& lang);

// The boxes of the words that overlap text bytes [begin, end) of a line.
std::vector<Box> BoxesFor(const OcrLine& line, size_t begin, size_t end);

// Fills each box, grown by pad pixels on every side and clipped to the image, with solid black
// (alpha, where there is one, made opaque).
void PaintBoxes(Pixels& image, const std::vector<Box>& boxes, int pad);

}  // namespace deskbench::image
