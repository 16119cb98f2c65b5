// Replays a fuzz target over its seed corpus and a few thousand deterministic mutations of it, so
// the normal test suite exercises every fuzz target without clang. `make fuzz` links libFuzzer's
// own main instead.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char** argv) {
  std::vector<std::string> seeds = {"", "\n", std::string(1, '\0'), "\xff\xfe", "{\"a\":[1,2,{}]}"};
  for (int i = 1; i < argc; ++i) {
    std::error_code ec;
    if (!std::filesystem::is_directory(argv[i], ec)) continue;
    for (const auto& entry : std::filesystem::directory_iterator(argv[i])) {
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      seeds.push_back(ss.str());
    }
  }
  std::mt19937_64 rng(12345);
  size_t runs = 0;
  for (const auto& seed : seeds) {
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(seed.data()), seed.size());
    ++runs;
    for (int m = 0; m < 300; ++m) {
      std::string s = seed;
      int edits = 1 + static_cast<int>(rng() % 8);
      for (int e = 0; e < edits; ++e) {
        switch (rng() % 4) {
          case 0:
            if (!s.empty()) s[rng() % s.size()] = static_cast<char>(rng());
            break;
          case 1:
            s.insert(s.begin() + static_cast<long>(s.empty() ? 0 : rng() % s.size()),
                     static_cast<char>(rng()));
            break;
          case 2:
            if (!s.empty()) s.erase(rng() % s.size(), 1 + rng() % 4);
            break;
          default:
            if (!s.empty()) {
              size_t at = rng() % s.size();
              s.insert(at, s.substr(at, 1 + rng() % 16));
            }
        }
      }
      LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(s.data()), s.size());
      ++runs;
    }
  }
  std::printf("%zu inputs replayed without a crash\n", runs);
  return 0;
}
