#pragma once
// The user's settings: deskbench.toml plus command-line overrides. See README "Configuration".

#include <array>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "detect/policy.h"
#include "formats/options.h"
#include "redact/operator.h"
#include "redact/replacer.h"

namespace deskbench {

// Findings never reported nor replaced ([allow] in deskbench.toml): in files whose path matches a
// glob, of some rules, or with a value whose SHA-256 is listed; and on any line holding the
// comment "deskbench:allow".
struct AllowList {
  std::vector<std::string> paths;  // fnmatch globs; `*` also matches `/`
  std::set<std::string> rules;     // recognizer ids ("secret_generic_assignment")
  std::set<std::string> hashes;    // lower-case hex SHA-256 of the value
  bool inline_comment = true;      // honour "deskbench:allow" on the finding's line

  // True when a finding of rule with value in a file at path (or a container's member at path)
  // on the given line of text is allowed.
  bool AllowsPath(std::string_view path) const;
  bool AllowsFinding(std::string_view rule, std::string_view value) const;
  // text[begin] lies on a line holding the marker.
  bool AllowsInline(std::string_view text, size_t begin, size_t end) const;
};

inline constexpr std::string_view kInlineAllow = "deskbench:allow";

struct Config {
  Config() { operators.fill(Operator::kPseudonymize); }

  Policy policy;
  std::array<Operator, kEntityCount> operators;
  ReplaceOptions replace;
  FormatOptions formats;
  AllowList allow;

  Operator OperatorFor(Entity e) const { return operators[static_cast<size_t>(e)]; }
};

// Reads a deskbench.toml. Throws UsageError naming the file, the line and what is wrong (unknown
// keys are errors too: a typo must not silently turn a detector off).
Config LoadConfig(const std::filesystem::path& path);

// The config named with --config, else ./deskbench.toml when present, else the defaults.
Config ResolveConfig(const std::optional<std::filesystem::path>& explicit_path);

// A stable digest of everything in the config that changes results (for the certificate).
std::string PolicyHash(const Config& config);

}  // namespace deskbench
