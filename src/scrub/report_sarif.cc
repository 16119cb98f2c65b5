// SARIF 2.1.0 for GitHub code scanning: only SECRET findings, each located by a path relative to
// the folder the scan ran in (members of a repository or a container by their path inside it)
// and a line, with a fingerprint of the value so an alert keeps its identity across runs.

#include <algorithm>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "scrub/locations.h"
#include "scrub/report_writers.h"

namespace deskbench {
using nlohmann::json;
using nlohmann::ordered_json;

namespace {
namespace fs = std::filesystem;

// The input as a path relative to the working folder, with forward slashes; "" for the folder
// itself.
std::string RelativeSource(const std::string& source) {
  fs::path p(source);
  if (p.is_absolute()) {
    std::error_code ec;
    fs::path rel = p.lexically_relative(fs::current_path(ec));
    if (!ec && !rel.empty() && *rel.begin() != "..") p = rel;
  }
  std::string s = p.lexically_normal().generic_string();
  if (s == "." || s == "./") return "";
  if (s.starts_with("./")) s.erase(0, 2);
  return s;
}

std::string Dump(const ordered_json& j) {
  return j.dump(2, ' ', false, json::error_handler_t::replace);
}

}  // namespace

std::string ReportSarif(const RunReport& r) {
  std::map<std::string, size_t> rule_index;
  for (const auto& f : r.files) {
    for (const auto& x : f.findings) {
      if (x.type == Entity::SECRET) rule_index.emplace(x.recognizer, 0);
    }
  }
  ordered_json rules = ordered_json::array();
  for (auto& [id, index] : rule_index) {
    index = rules.size();
    rules.push_back({{"id", id},
                     {"name", id},
                     {"shortDescription", {{"text", "Secret: " + id}}},
                     {"fullDescription", {{"text", "A secret matched the rule " + id + "."}}},
                     {"defaultConfiguration", {{"level", "error"}}},
                     {"properties", {{"tags", {"security", "secret"}}}}});
  }
  ordered_json results = ordered_json::array();
  for (const auto& f : r.files) {
    std::string base = RelativeSource(f.source);
    for (const auto& x : f.findings) {
      if (x.type != Entity::SECRET) continue;
      std::string uri = base;
      std::string member = MemberPath(x.location);
      if (!member.empty()) uri = uri.empty() ? member : uri + "/" + member;
      if (uri.empty()) uri = ".";
      uint64_t line = x.line > 0 ? x.line : LocationLine(x.location);
      ordered_json region = {{"startLine", std::max<uint64_t>(line, 1)}};
      if (x.line > 0 && x.column > 0) region["startColumn"] = x.column;
      results.push_back(
          {{"ruleId", x.recognizer},
           {"ruleIndex", rule_index.at(x.recognizer)},
           {"level", "error"},
           {"message", {{"text", "Secret detected (" + x.recognizer + ") at " + x.location}}},
           {"locations", ordered_json::array(
                             {{{"physicalLocation",
                                {{"artifactLocation", {{"uri", uri}, {"uriBaseId", "%SRCROOT%"}}},
                                 {"region", region}}}}})},
           {"partialFingerprints", {{"valueHash/v1", x.value_id}}}});
    }
  }
  ordered_json doc = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                      {"version", "2.1.0"},
                      {"runs", ordered_json::array({{{"tool",
                                                      {{"driver",
                                                        {{"name", "deskbench"},
                                                         {"version", r.version},
                                                         {"semanticVersion", r.version},
                                                         {"rules", rules}}}}},
                                                     {"results", results}}})}};
  return Dump(doc) + "\n";
}

}  // namespace deskbench
