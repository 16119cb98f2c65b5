#include "review/review_state.h"

#include <nlohmann/json.hpp>

#include "core/atomic_file.h"
#include "core/error.h"

namespace deskbench::review {
namespace fs = std::filesystem;
using nlohmann::json;
using nlohmann::ordered_json;

std::string FindingRef::Key() const {
  std::string k = file;
  k.push_back('\0');
  if (start != kNoOrigin) return k + std::to_string(start);
  k += location;
  k.push_back('\0');
  return k + text;
}

ReviewState ReviewState::Load(const fs::path& path) {
  ReviewState s;
  if (!fs::exists(path)) return s;
  Decisions::Load(path);  // the same checks, and the same error messages, as scrub --decisions
  json doc = json::parse(ReadFile(path, 256ull << 20));
  for (const auto& v : doc.value("values", json::array())) {
    auto type = ParseEntity(v["type"].get<std::string>());
    auto op = ParseOperator(v["action"].get<std::string>());
    s.SetValue(*type, v["text"].get<std::string>(), *op);
  }
  for (const auto& f : doc.value("findings", json::array())) {
    FindingRef ref;
    ref.file = f["file"].get<std::string>();
    if (f.contains("start") && f["start"].is_number_unsigned()) {
      ref.start = f["start"].get<uint64_t>();
    } else {
      ref.location = f["location"].get<std::string>();
      ref.text = f["text"].get<std::string>();
    }
    s.SetFinding(ref, *ParseOperator(f["action"].get<std::string>()));
  }
  if (doc.contains("terms")) {
    const json& t = doc["terms"];
    auto list = [&](const char* name, std::vector<std::string>& out) {
      if (!t.is_object() || !t.contains(name)) return;
      if (!t[name].is_array())
        throw UsageError(path.string() + ": \"terms\"." + name + " must be a list");
      for (const auto& x : t[name]) {
        if (!x.is_string()) throw UsageError(path.string() + ": terms must be strings");
        out.push_back(x.get<std::string>());
      }
    };
    list("deny", s.terms_.deny);
    list("allow", s.terms_.allow);
  }
  return s;
}

void ReviewState::SetValue(Entity type, const std::string& text, Operator action) {
  values_[ValueId(type, text)] = {type, text, action};
}

void ReviewState::SetFinding(const FindingRef& finding, Operator action) {
  findings_[finding.Key()] = {finding, action};
}

void ReviewState::ClearFinding(const FindingRef& finding) {
  findings_.erase(finding.Key());
}

std::optional<Operator> ReviewState::ValueAction(Entity type, const std::string& text) const {
  auto it = values_.find(ValueId(type, text));
  if (it == values_.end()) return std::nullopt;
  return it->second.action;
}

std::optional<Operator> ReviewState::FindingAction(const FindingRef& finding) const {
  auto it = findings_.find(finding.Key());
  if (it == findings_.end()) return std::nullopt;
  return it->second.second;
}

Decisions ReviewState::ToDecisions() const {
  Decisions d;
  for (const auto& [id, v] : values_) d.SetValue(v.type, v.text, v.action);
  for (const auto& [key, f] : findings_) {
    const FindingRef& r = f.first;
    if (r.start != kNoOrigin) {
      d.SetFinding(r.file, r.start, f.second);
    } else {
      d.SetFinding(r.file, r.location, r.text, f.second);
    }
  }
  return d;
}

std::string ReviewState::ToJson(const RunReport& latest) const {
  ordered_json values = ordered_json::array();
  std::map<std::string, bool> written;
  for (const auto& [id, v] : latest.values) {
    auto decided = ValueAction(v.type, v.text);
    values.push_back({{"id", id},
                      {"type", EntityName(v.type)},
                      {"text", v.text},
                      {"action", OperatorName(decided.value_or(v.action))},
                      {"replacement", v.replacement},
                      {"count", v.count}});
    written[id] = true;
  }
  // Decisions about values the latest run no longer found still hold if they come back.
  for (const auto& [id, v] : values_) {
    if (written.count(id)) continue;
    values.push_back({{"id", id},
                      {"type", EntityName(v.type)},
                      {"text", v.text},
                      {"action", OperatorName(v.action)}});
  }
  ordered_json findings = ordered_json::array();
  for (const auto& [key, f] : findings_) {
    const FindingRef& r = f.first;
    ordered_json j = {{"file", r.file}};
    if (r.start != kNoOrigin) {
      j["start"] = r.start;
    } else {
      j["location"] = r.location;
      j["text"] = r.text;
    }
    j["action"] = OperatorName(f.second);
    findings.push_back(std::move(j));
  }
  ordered_json doc = {
      {"version", 1},
      {"about",
       "Decisions of the review page (deskbench task review): \"action\" per value, per-finding "
       "overrides under \"findings\", and the reviewer's deny and allow terms under \"terms\"."},
      {"values", values},
      {"findings", findings},
      {"terms", {{"deny", terms_.deny}, {"allow", terms_.allow}}}};
  return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace deskbench::review
