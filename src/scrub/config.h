#pragma once
// The user's settings: deskbench.toml plus command-line overrides. See README "Configuration".

#include <array>
#include <filesystem>
#include <optional>
#include <string>

#include "formats/options.h"
#include "detect/policy.h"
#include "redact/operator.h"
#include "redact/replacer.h"

namespace deskbench {

struct Config {
  Config() { operators.fill(Operator::kPseudonymize); }

  Policy policy;
  std::array<Operator, kEntityCount> operators;
  ReplaceOptions replace;
  FormatOptions formats;

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
