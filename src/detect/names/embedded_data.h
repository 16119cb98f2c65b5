#pragma once
// The data/*.txt gazetteers, compiled into the binary by cmake/embed_data.cmake.

#include <cstddef>
#include <string_view>

namespace deskbench::names {

struct EmbeddedFile {
  std::string_view name;  // file name, e.g. "surnames.txt"
  std::string_view text;
};

extern const EmbeddedFile kEmbeddedData[];
extern const size_t kEmbeddedDataCount;

// The text of one embedded file, or empty when there is none by that name.
inline std::string_view EmbeddedText(std::string_view name) {
  for (size_t i = 0; i < kEmbeddedDataCount; ++i) {
    if (kEmbeddedData[i].name == name) return kEmbeddedData[i].text;
  }
  return {};
}

}  // namespace deskbench::names
