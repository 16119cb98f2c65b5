#include "task/manifest.h"

#include <map>
#include <nlohmann/json.hpp>

#include "core/error.h"

namespace deskbench::task {
using nlohmann::ordered_json;

namespace {

ordered_json TaskJson(const Metadata& m) {
  ordered_json j = {{"schema_version", m.schema_version},
                    {"id", m.id},
                    {"title", m.title},
                    {"occupation", m.occupation}};
  if (!m.onet_soc.empty()) j["onet_soc"] = m.onet_soc;
  j["sector"] = m.sector;
  j["hours"] = m.hours;
  j["month_completed"] = m.month_completed;
  j["language"] = m.language;
  j["contributor_id"] = m.contributor_id;
  j["tags"] = m.tags;
  return j;
}

// nlohmann's get<> casts any number to the type asked for: a float out of its range is undefined
// behaviour (found by task_manifest_fuzz with "size": 4.1e74). Whole numbers are checked first.
uint64_t Count(const ordered_json& v, const std::string& what) {
  if (!v.is_number_unsigned()) {
    throw UsageError("manifest.json: " + what + " is not a whole number of at least 0");
  }
  return v.get<uint64_t>();
}

std::map<std::string, uint64_t> Counts(const ordered_json& v, const std::string& what) {
  if (!v.is_object()) throw UsageError("manifest.json: " + what + " is not an object");
  std::map<std::string, uint64_t> counts;
  for (const auto& [key, value] : v.items()) counts[key] = Count(value, what + "." + key);
  return counts;
}

int Version(const ordered_json& v) {
  if (!v.is_number_integer() || v.get<int64_t>() < 0 || v.get<int64_t>() > 1000000) {
    throw UsageError("manifest.json: schema_version is not a version number");
  }
  return static_cast<int>(v.get<int64_t>());
}

Metadata TaskFrom(const ordered_json& j) {
  Metadata m;
  m.schema_version = Version(j.at("schema_version"));
  m.id = j.at("id").get<std::string>();
  m.title = j.at("title").get<std::string>();
  m.occupation = j.at("occupation").get<std::string>();
  if (j.contains("onet_soc")) m.onet_soc = j.at("onet_soc").get<std::string>();
  m.sector = j.at("sector").get<std::string>();
  m.hours = j.at("hours").get<double>();
  m.month_completed = j.at("month_completed").get<std::string>();
  m.language = j.at("language").get<std::string>();
  m.contributor_id = j.at("contributor_id").get<std::string>();
  m.tags = j.at("tags").get<std::vector<std::string>>();
  return m;
}

}  // namespace

std::string ManifestJson(const Manifest& m) {
  ordered_json files = ordered_json::array();
  for (const auto& f : m.files) {
    files.push_back({{"path", f.path}, {"size", f.size}, {"sha256", f.sha256}});
  }
  const Certificate& c = m.certificate;
  ordered_json accepted = ordered_json::array();
  for (const auto& a : c.accepted_values) {
    accepted.push_back({{"type", a.type}, {"text", a.text}, {"why", a.why}});
  }
  ordered_json j = {{"format", "deskbench-task-pack"},
                    {"schema_version", m.schema_version},
                    {"task", TaskJson(m.task)},
                    {"files", files},
                    {"certificate",
                     {{"deskbench_version", c.deskbench_version},
                      {"policy_hash", c.policy_hash},
                      {"scrubbed_at", c.scrubbed_at},
                      {"entity_counts", c.entity_counts},
                      {"decision_counts", c.decision_counts},
                      {"decisions_explicit", c.decisions_explicit},
                      {"suggestions_accepted", c.suggestions_accepted},
                      {"checks_passed", c.checks_passed},
                      {"accepted_values", accepted}}}};
  return j.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

Manifest ParseManifest(std::string_view text) {
  try {
    ordered_json j = ordered_json::parse(text);
    if (j.value("format", "") != "deskbench-task-pack") {
      throw UsageError("manifest.json: not a deskbench task pack manifest (\"format\")");
    }
    Manifest m;
    m.schema_version = Version(j.at("schema_version"));
    if (m.schema_version != kManifestVersion) {
      throw UsageError("manifest.json: schema_version " + std::to_string(m.schema_version) +
                       " is not supported");
    }
    m.task = TaskFrom(j.at("task"));
    for (const auto& f : j.at("files")) {
      m.files.push_back({f.at("path").get<std::string>(), Count(f.at("size"), "size"),
                         f.at("sha256").get<std::string>()});
    }
    const auto& c = j.at("certificate");
    Certificate& cert = m.certificate;
    cert.deskbench_version = c.at("deskbench_version").get<std::string>();
    cert.policy_hash = c.at("policy_hash").get<std::string>();
    cert.scrubbed_at = c.at("scrubbed_at").get<std::string>();
    cert.entity_counts = Counts(c.at("entity_counts"), "entity_counts");
    cert.decision_counts = Counts(c.at("decision_counts"), "decision_counts");
    cert.decisions_explicit = Count(c.at("decisions_explicit"), "decisions_explicit");
    cert.suggestions_accepted = Count(c.at("suggestions_accepted"), "suggestions_accepted");
    cert.checks_passed = c.at("checks_passed").get<std::vector<std::string>>();
    for (const auto& a : c.at("accepted_values")) {
      cert.accepted_values.push_back({a.at("type").get<std::string>(),
                                      a.at("text").get<std::string>(),
                                      a.at("why").get<std::string>()});
    }
    return m;
  } catch (const ordered_json::exception& e) {
    throw UsageError(std::string("manifest.json: ") + e.what());
  }
}

}  // namespace deskbench::task
