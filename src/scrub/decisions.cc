#include "scrub/decisions.h"

#include <nlohmann/json.hpp>

#include "core/ascii.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "core/hash.h"

namespace deskbench {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

std::string ValueKey(Entity type, std::string_view text) {
  std::string k(EntityName(type));
  k.push_back('\0');
  k += ascii::Lower(text);
  return k;
}

std::string FindingKey(std::string_view file, uint64_t start) {
  std::string k(file);
  k.push_back('\0');
  k += std::to_string(start);
  return k;
}

std::string FindingKey(std::string_view file, std::string_view location, std::string_view text) {
  std::string k(file);
  k.push_back('\0');
  k += location;
  k.push_back('\0');
  k += ascii::Lower(text);
  return k;
}

}  // namespace

std::string ValueId(Entity type, std::string_view text) {
  return Sha256Hex(ValueKey(type, text)).substr(0, 16);
}

void Decisions::SetValue(Entity type, std::string_view text, Operator action) {
  values_[ValueKey(type, text)] = {type, std::string(text), action};
}

void Decisions::SetFinding(std::string_view file, uint64_t start, Operator action) {
  findings_[FindingKey(file, start)] = action;
}

std::optional<Operator> Decisions::ForValue(Entity type, std::string_view text) const {
  if (values_.empty()) return std::nullopt;
  auto it = values_.find(ValueKey(type, text));
  if (it == values_.end()) return std::nullopt;
  return it->second.action;
}

void Decisions::SetFinding(std::string_view file, std::string_view location, std::string_view text,
                           Operator action) {
  findings_[FindingKey(file, location, text)] = action;
}

std::optional<Operator> Decisions::ForFinding(std::string_view file, uint64_t start,
                                              std::string_view location,
                                              std::string_view text) const {
  if (findings_.empty()) return std::nullopt;
  auto it = findings_.find(start != kNoOrigin ? FindingKey(file, start)
                                              : FindingKey(file, location, text));
  if (it == findings_.end()) return std::nullopt;
  return it->second;
}

std::vector<Term> Decisions::Terms() const {
  std::vector<Term> terms;
  for (const auto& [key, v] : values_) {
    if (v.action != Operator::kKeep && !ascii::Trim(v.text).empty()) {
      terms.push_back({v.text, v.type, 1.0f});
    }
  }
  return terms;
}

Decisions Decisions::Load(const fs::path& path) {
  json doc;
  try {
    doc = json::parse(ReadFile(path, 256ull << 20));
  } catch (const json::exception& e) {
    throw UsageError(path.string() + ": not valid JSON: " + e.what());
  } catch (const FileError& e) {
    throw UsageError(e.what());
  }
  auto fail = [&](const std::string& what) -> Decisions {
    throw UsageError(path.string() + ": " + what);
  };
  if (!doc.is_object()) return fail("expected a JSON object with \"values\" and \"findings\"");
  auto action_of = [&](const json& item) {
    if (!item.contains("action") || !item["action"].is_string()) {
      fail("every decision needs an \"action\" string");
    }
    auto op = ParseOperator(item["action"].get<std::string>());
    if (!op) fail("unknown action \"" + item["action"].get<std::string>() + "\"");
    return *op;
  };
  Decisions d;
  if (doc.contains("values")) {
    if (!doc["values"].is_array()) return fail("\"values\" must be an array");
    for (const auto& v : doc["values"]) {
      if (!v.is_object() || !v.contains("type") || !v.contains("text") || !v["type"].is_string() ||
          !v["text"].is_string()) {
        return fail("each value needs \"type\", \"text\" and \"action\"");
      }
      auto type = ParseEntity(v["type"].get<std::string>());
      if (!type) return fail("unknown type \"" + v["type"].get<std::string>() + "\"");
      d.SetValue(*type, v["text"].get<std::string>(), action_of(v));
    }
  }
  if (doc.contains("findings")) {
    if (!doc["findings"].is_array()) return fail("\"findings\" must be an array");
    for (const auto& f : doc["findings"]) {
      if (!f.is_object() || !f.contains("file") || !f["file"].is_string()) {
        return fail("each finding decision needs \"file\" and \"action\"");
      }
      if (f.contains("start") && f["start"].is_number_unsigned()) {
        d.SetFinding(f["file"].get<std::string>(), f["start"].get<uint64_t>(), action_of(f));
      } else if (f.contains("location") && f["location"].is_string() && f.contains("text") &&
                 f["text"].is_string()) {
        d.SetFinding(f["file"].get<std::string>(), f["location"].get<std::string>(),
                     f["text"].get<std::string>(), action_of(f));
      } else {
        return fail(
            "a finding decision names its finding by \"start\" (byte offset) or by "
            "\"location\" and \"text\"");
      }
    }
  }
  return d;
}

// Written one value per line, straight to the file, rather than as one JSON tree or one string:
// a large task has hundreds of thousands of distinct values (108 MB of decisions for 700,000).
void WriteDecisions(const fs::path& path, const RunReport& report) {
  auto dump = [](const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); };
  AtomicFile file(path);
  std::string out = "{\n  \"version\": 1,\n  \"about\": ";
  out += dump(
      "Edit \"action\" (pseudonymize, redact, mask, hash, remove, keep) per value, or add "
      "{\"file\", \"start\", \"action\"} (or {\"file\", \"location\", \"text\", \"action\"} "
      "where a finding has no byte offset) entries under \"findings\"; then run deskbench scrub "
      "again with --decisions this file.");
  out += ",\n  \"values\": [";
  bool first = true;
  report.values.ForEach([&](const std::string& id, const ValueSummary& v) {
    out += first ? "\n    " : ",\n    ";
    first = false;
    out += dump({{"id", id},
                 {"type", EntityName(v.type)},
                 {"text", v.text},
                 {"action", OperatorName(v.action)},
                 {"replacement", v.replacement},
                 {"count", v.count}});
    if (out.size() >= (1 << 16)) {
      file.Write(out);
      out.clear();
    }
  });
  out += first ? "],\n" : "\n  ],\n";
  out += "  \"findings\": []\n}\n";
  file.Write(out);
  file.Commit();
}

}  // namespace deskbench
