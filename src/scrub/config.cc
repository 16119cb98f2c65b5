#include "scrub/config.h"

#include <fnmatch.h>
#include <toml++/toml.h>

#include <sstream>

#include "core/ascii.h"
#include "core/error.h"
#include "core/hash.h"

namespace deskbench {
namespace fs = std::filesystem;

namespace {

[[noreturn]] void Fail(const fs::path& path, const toml::node* node, const std::string& what) {
  std::string where = path.string();
  if (node != nullptr && node->source().begin.line > 0) {
    where += ":" + std::to_string(node->source().begin.line);
  }
  throw UsageError(where + ": " + what);
}

std::vector<std::string> Strings(const fs::path& path, const toml::node& node,
                                 std::string_view key) {
  const toml::array* arr = node.as_array();
  if (arr == nullptr) Fail(path, &node, std::string(key) + " must be an array of strings");
  std::vector<std::string> out;
  for (const toml::node& item : *arr) {
    auto s = item.value<std::string>();
    if (!s) Fail(path, &item, std::string(key) + " must hold only strings");
    out.push_back(*s);
  }
  return out;
}

float Threshold(const fs::path& path, const toml::node& node) {
  auto v = node.value<double>();
  if (!v || *v < 0 || *v > 1) Fail(path, &node, "a threshold is a number from 0 to 1");
  return static_cast<float>(*v);
}

Operator ParseOp(const fs::path& path, const toml::node& node) {
  auto s = node.value<std::string>();
  auto op = s ? ParseOperator(*s) : std::nullopt;
  if (!op) {
    Fail(path, &node, "operator must be one of pseudonymize, redact, mask, hash, remove, keep");
  }
  return *op;
}

Entity ParseType(const fs::path& path, const toml::node* node, std::string_view name) {
  auto e = ParseEntity(name);
  if (!e)
    Fail(path, node, "unknown entity type \"" + std::string(name) + "\" (see docs/entities.md)");
  return *e;
}

void ApplyDetect(const fs::path& path, const toml::table& t, Config& c) {
  for (auto&& [k, v] : t) {
    std::string_view key = k.str();
    if (key == "threshold") {
      c.policy.threshold.fill(Threshold(path, v));
    } else if (key == "allow") {
      c.policy.allow = Strings(path, v, key);
    } else if (key == "deny") {
      c.policy.deny = Strings(path, v, key);
    } else if (key == "phone_regions") {
      c.policy.phone_regions = Strings(path, v, key);
    } else if (key == "disable") {
      for (const auto& name : Strings(path, v, key)) {
        c.policy.enabled[static_cast<size_t>(ParseType(path, &v, name))] = false;
      }
    } else {
      Fail(path, &v, "unknown key detect." + std::string(key));
    }
  }
}

void ApplyRedact(const fs::path& path, const toml::table& t, Config& c) {
  for (auto&& [k, v] : t) {
    std::string_view key = k.str();
    if (key == "operator") {
      c.operators.fill(ParseOp(path, v));
    } else if (key == "mask_keep_last") {
      auto n = v.value<int64_t>();
      if (!n || *n < 0 || *n > 64) Fail(path, &v, "mask_keep_last is a whole number from 0 to 64");
      c.replace.mask_keep_last = static_cast<size_t>(*n);
    } else {
      Fail(path, &v, "unknown key redact." + std::string(key));
    }
  }
}

void ApplyTypes(const fs::path& path, const toml::table& t, Config& c) {
  for (auto&& [k, v] : t) {
    Entity e = ParseType(path, &v, k.str());
    const toml::table* tt = v.as_table();
    if (tt == nullptr) Fail(path, &v, "[types." + std::string(k.str()) + "] must be a table");
    auto i = static_cast<size_t>(e);
    for (auto&& [kk, vv] : *tt) {
      std::string_view key = kk.str();
      if (key == "enabled") {
        auto b = vv.value<bool>();
        if (!b) Fail(path, &vv, "enabled is true or false");
        c.policy.enabled[i] = *b;
      } else if (key == "threshold") {
        c.policy.threshold[i] = Threshold(path, vv);
      } else if (key == "operator") {
        c.operators[i] = ParseOp(path, vv);
      } else {
        Fail(path, &vv, "unknown key types." + std::string(k.str()) + "." + std::string(key));
      }
    }
  }
}

void ApplyAllow(const fs::path& path, const toml::table& t, Config& c) {
  for (auto&& [k, v] : t) {
    std::string_view key = k.str();
    if (key == "paths") {
      c.allow.paths = Strings(path, v, key);
    } else if (key == "rules") {
      for (auto& r : Strings(path, v, key)) c.allow.rules.insert(std::move(r));
    } else if (key == "hashes") {
      for (auto& h : Strings(path, v, key)) {
        h = ascii::Lower(h);
        if (h.size() != 64 || h.find_first_not_of("0123456789abcdef") != std::string::npos) {
          Fail(path, &v, "allow.hashes holds SHA-256 digests: 64 hexadecimal digits");
        }
        c.allow.hashes.insert(std::move(h));
      }
    } else if (key == "inline_comment") {
      auto b = v.value<bool>();
      if (!b) Fail(path, &v, "inline_comment is true or false");
      c.allow.inline_comment = *b;
    } else {
      Fail(path, &v, "unknown key allow." + std::string(key));
    }
  }
}

void ApplyFormats(const fs::path& path, const toml::table& t, Config& c) {
  for (auto&& [k, v] : t) {
    std::string_view key = k.str();
    if (key == "keep_comments") {
      auto b = v.value<bool>();
      if (!b) Fail(path, &v, "keep_comments is true or false");
      c.formats.keep_comments = *b;
    } else {
      Fail(path, &v, "unknown key formats." + std::string(key));
    }
  }
}

}  // namespace

bool AllowList::AllowsPath(std::string_view p) const {
  if (paths.empty() || p.empty()) return false;
  std::string s(p);
  for (const auto& glob : paths) {
    if (::fnmatch(glob.c_str(), s.c_str(), 0) == 0) return true;
  }
  return false;
}

bool AllowList::AllowsFinding(std::string_view rule, std::string_view value) const {
  if (!rules.empty() && rules.count(std::string(rule))) return true;
  return !hashes.empty() && hashes.count(Sha256Hex(value));
}

bool AllowList::AllowsInline(std::string_view text, size_t begin, size_t end) const {
  if (!inline_comment) return false;
  size_t from = text.rfind('\n', begin);
  from = from == std::string_view::npos ? 0 : from + 1;
  size_t to = text.find('\n', end);
  if (to == std::string_view::npos) to = text.size();
  return text.substr(from, to - from).find(kInlineAllow) != std::string_view::npos;
}

Config LoadConfig(const fs::path& path) {
  toml::table root;
  try {
    root = toml::parse_file(path.string());
  } catch (const toml::parse_error& e) {
    throw UsageError(path.string() + ":" + std::to_string(e.source().begin.line) + ": " +
                     std::string(e.description()));
  }
  Config c;
  // Sections are applied in a fixed order so [types.X] always overrides the defaults above it.
  for (auto&& [k, v] : root) {
    std::string_view key = k.str();
    if (key != "detect" && key != "redact" && key != "types" && key != "allow" &&
        key != "formats") {
      Fail(path, &v, "unknown section [" + std::string(key) + "]");
    }
    if (!v.is_table()) Fail(path, &v, "[" + std::string(key) + "] must be a table");
  }
  if (auto* t = root["detect"].as_table()) ApplyDetect(path, *t, c);
  if (auto* t = root["redact"].as_table()) ApplyRedact(path, *t, c);
  if (auto* t = root["types"].as_table()) ApplyTypes(path, *t, c);
  if (auto* t = root["allow"].as_table()) ApplyAllow(path, *t, c);
  if (auto* t = root["formats"].as_table()) ApplyFormats(path, *t, c);
  return c;
}

Config ResolveConfig(const std::optional<fs::path>& explicit_path) {
  if (explicit_path) {
    std::error_code ec;
    if (!fs::is_regular_file(*explicit_path, ec)) {
      throw UsageError(explicit_path->string() + ": config file not found");
    }
    return LoadConfig(*explicit_path);
  }
  if (fs::is_regular_file("deskbench.toml")) return LoadConfig("deskbench.toml");
  return Config{};
}

std::string PolicyHash(const Config& c) {
  std::ostringstream s;
  for (size_t i = 0; i < kEntityCount; ++i) {
    s << EntityName(static_cast<Entity>(i)) << ':' << c.policy.enabled[i] << ':'
      << c.policy.threshold[i] << ':' << OperatorName(c.operators[i]) << ';';
  }
  for (const auto& a : c.policy.allow) s << "allow:" << a << ';';
  for (const auto& d : c.policy.deny) s << "deny:" << d << ';';
  for (const auto& r : c.policy.phone_regions) s << "region:" << r << ';';
  s << "mask:" << c.replace.mask_keep_last;
  for (const auto& p : c.allow.paths) s << ";allow-path:" << p;
  for (const auto& r : c.allow.rules) s << ";allow-rule:" << r;
  for (const auto& h : c.allow.hashes) s << ";allow-hash:" << h;
  s << ";allow-inline:" << c.allow.inline_comment;
  s << ";keep_comments:" << c.formats.keep_comments;
  return Sha256Hex(s.str());
}

}  // namespace deskbench
