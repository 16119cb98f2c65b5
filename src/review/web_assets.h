#pragma once
// The review page's files (web/), compiled into the binary by cmake/embed_web.cmake.

#include <cstddef>
#include <string_view>

namespace deskbench::review {

struct WebAsset {
  std::string_view name;  // "index.html", "review.js"
  std::string_view content_type;
  std::string_view body;
};

extern const WebAsset kWebAssets[];
extern const size_t kWebAssetCount;

inline const WebAsset* FindWebAsset(std::string_view name) {
  for (size_t i = 0; i < kWebAssetCount; ++i) {
    if (kWebAssets[i].name == name) return &kWebAssets[i];
  }
  return nullptr;
}

}  // namespace deskbench::review
