#include "formats/notebook/home_folders.h"

#include <array>
#include <string_view>

namespace deskbench::notebook {
namespace {

bool EndsName(char c) {
  return c == '/' || c == '\\' || c == '"' || c == '\'' || c == ' ' || c == '\n' || c == '\t' ||
         c == ':' || c == '\x1b' || c == '>' || c == '<' || c == ',' || c == ')';
}

}  // namespace

size_t MaskHomeFolders(std::string& text) {
  static constexpr std::array<std::string_view, 3> kHomes = {"/home/", "/Users/", "\\Users\\"};
  size_t count = 0;
  for (std::string_view home : kHomes) {
    for (size_t at = text.find(home); at != std::string::npos; at = text.find(home, at + 1)) {
      size_t begin = at + home.size();
      size_t end = begin;
      while (end < text.size() && !EndsName(text[end])) ++end;
      std::string_view user(text.data() + begin, end - begin);
      if (end == begin || user == kHomeUser) continue;
      text.replace(begin, end - begin, kHomeUser);
      ++count;
    }
  }
  return count;
}

}  // namespace deskbench::notebook
