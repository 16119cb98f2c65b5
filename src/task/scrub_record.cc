#include "task/scrub_record.h"

#include <nlohmann/json.hpp>

#include "core/atomic_file.h"
#include "core/error.h"
#include "core/hash.h"

namespace deskbench::task {
namespace fs = std::filesystem;
using nlohmann::json;

std::map<std::string, std::string> HashInputs(const Bundle& bundle) {
  std::map<std::string, std::string> out;
  for (const auto& f : bundle.Files()) out[f.rel] = Sha256FileHex(f.path);
  return out;
}

std::map<std::string, std::string> HashTree(const fs::path& root) {
  std::map<std::string, std::string> out;
  std::error_code ec;
  if (!fs::is_directory(root, ec)) return out;
  for (fs::recursive_directory_iterator it(root, fs::directory_options::none, ec), end;
       !ec && it != end; it.increment(ec)) {
    fs::file_status st = it->symlink_status(ec);
    if (st.type() == fs::file_type::directory) continue;
    std::string rel = it->path().lexically_relative(root).generic_string();
    if (st.type() == fs::file_type::regular) {
      out[rel] = Sha256FileHex(it->path());
    } else {
      out[rel] = st.type() == fs::file_type::symlink ? "link" : "special";
    }
  }
  return out;
}

std::string HashIfPresent(const fs::path& file) {
  std::error_code ec;
  if (!fs::exists(file, ec)) return "";
  return Sha256FileHex(file);
}

std::string ScrubRecordJson(const ScrubRecord& r) {
  json j = {{"version", 1},
            {"deskbench", r.deskbench_version},
            {"scrubbed_at", r.scrubbed_at},
            {"policy_hash", r.policy_hash},
            {"inputs", r.inputs},
            {"decisions_sha256", r.decisions_sha256},
            {"terms_sha256", r.terms_sha256},
            {"outputs", r.outputs},
            {"allow", r.allow}};
  return j.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

std::optional<ScrubRecord> LoadScrubRecord(const fs::path& report_dir) {
  fs::path file = report_dir / "scrub-record.json";
  std::error_code ec;
  if (!fs::exists(file, ec)) return std::nullopt;
  try {
    json j = json::parse(ReadFile(file, 64 << 20));
    ScrubRecord r;
    r.deskbench_version = j.at("deskbench").get<std::string>();
    r.scrubbed_at = j.at("scrubbed_at").get<std::string>();
    r.policy_hash = j.at("policy_hash").get<std::string>();
    r.inputs = j.at("inputs").get<std::map<std::string, std::string>>();
    r.decisions_sha256 = j.at("decisions_sha256").get<std::string>();
    r.terms_sha256 = j.at("terms_sha256").get<std::string>();
    r.outputs = j.at("outputs").get<std::map<std::string, std::string>>();
    r.allow = j.value("allow", std::vector<std::string>{});
    return r;
  } catch (const json::exception& e) {
    throw UsageError(file.string() + ": unreadable (" + e.what() +
                     "): run deskbench task scrub again");
  } catch (const FileError& e) {
    throw UsageError(e.what());
  }
}

}  // namespace deskbench::task
