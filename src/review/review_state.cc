#include "review/review_state.h"

#include <nlohmann/json.hpp>

#include "core/atomic_file.h"
#include "core/error.h"
#include "task/bundle.h"

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

ReviewState ReviewState::Load(const fs::path& bundle_dir) {
  ReviewState s;
  s.terms_ = task::LoadTerms(bundle_dir);
  fs::path path = task::DecisionsFile(bundle_dir);
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

std::string ReviewState::DecisionsJson() const {
  ordered_json values = ordered_json::array();
  for (const auto& [id, v] : values_) {
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
  ordered_json doc = {{"version", 1},
                      {"about",
                       "Decisions made on the review page (deskbench task review): \"action\" "
                       "per value everywhere, and per finding under \"findings\" (by \"start\" "
                       "byte offset, or by \"location\" and \"text\"). The deny and allow "
                       "terms are in terms.toml beside this file."},
                      {"values", values},
                      {"findings", findings}};
  return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

void ReviewState::Save(const fs::path& bundle_dir) const {
  task::SaveTerms(bundle_dir, terms_);  // makes .deskbench, owner-only
  WriteFileAtomic(task::DecisionsFile(bundle_dir), DecisionsJson());
}

}  // namespace deskbench::review
