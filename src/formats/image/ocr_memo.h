#pragma once
// A scrub opens every file twice (pass 1 learns names, pass 2 edits), and reading the text of an
// image is by far its costliest step. The LSTM engine gives the same lines for the same pixels, so
// the lines are remembered by a hash of the image bytes, orientation and language for the life of
// the process (a bounded number of images, oldest forgotten first).

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "formats/image/ocr.h"

namespace deskbench::image {

// The lines of the image whose file bytes are `bytes`; `pixels` decodes it when they are not
// remembered. Thread-safe; exceptions of `pixels` and Recognize pass through (nothing remembered).
std::vector<OcrLine> RecognizeOnce(std::string_view bytes, int orientation, const std::string& lang,
                                   const std::function<Pixels()>& pixels);

}  // namespace deskbench::image
