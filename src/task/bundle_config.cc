#include "task/bundle_config.h"

#include <fstream>
#include <sstream>

#include "core/atomic_file.h"
#include "core/error.h"
#include "task/bundle.h"

namespace deskbench::task {
namespace fs = std::filesystem;

Config LoadBundleConfig(const fs::path& dir, const std::optional<fs::path>& explicit_path) {
  if (!explicit_path) {
    if (fs::exists(ConfigFile(dir))) return LoadConfig(ConfigFile(dir));
    return ResolveConfig(std::nullopt);
  }
  Config config = LoadConfig(*explicit_path);  // a bad file is refused before it is kept
  std::ifstream in(*explicit_path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in && !in.eof()) throw UsageError(explicit_path->string() + ": cannot read the config");
  if (fs::weakly_canonical(*explicit_path) != fs::weakly_canonical(ConfigFile(dir))) {
    AtomicFile copy(ConfigFile(dir));
    copy.Write(bytes.str());
    copy.Commit();
  }
  return config;
}

}  // namespace deskbench::task
