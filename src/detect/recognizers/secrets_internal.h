#pragma once
// The SECRET rules, kept as tables of plain data so that adding a provider is one line. Each rule
// also names its provider and describes its shape, for docs/entities.md and the tests.

#include <span>
#include <string_view>

#include "detect/recognizer.h"
#include "detect/validators/secrets.h"

namespace deskbench::recognizers::secrets {

struct SecretRule {
  PatternRecognizer recognizer;
  std::string_view provider;
  std::string_view shape;
};

// `keyword ... <op> value` as written in code, .env, YAML, JSON and INI files: the keyword (a
// caseless regex alternation), a few more identifier bytes, an optional closing quote, one of
// = : => :=, blanks and an optional opening quote. The value's own regex follows. The repeats are
// bounded on purpose: unbounded ones after caseless keywords halve vectorscan's throughput.
#define DESKBENCH_KEYWORD_VALUE(keyword) \
  "(?i:" keyword ")[\\w.-]{0,24}[\"']?[ \\t]{0,8}(?:=>|:=|=|:)[ \\t]{0,8}[\"']?"

// A lower-case hexadecimal UUID.
#define DESKBENCH_UUID "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"

// A token found by its literal prefix; the validator checks boundaries and randomness.
constexpr SecretRule Token(std::string_view id, std::string_view provider, std::string_view shape,
                           std::string_view regex, Validator validate, float score = 0.95f) {
  return {{id, Entity::SECRET, regex, score, validate}, provider, shape};
}

// A value recognised only next to its provider's keyword.
constexpr SecretRule Keyword(std::string_view id, std::string_view provider, std::string_view shape,
                             std::string_view regex, Validator validate, float score = 0.9f) {
  return {{id, Entity::SECRET, regex, score, validate}, provider, shape};
}

std::span<const SecretRule> CloudRules();       // cloud and infrastructure providers
std::span<const SecretRule> DeveloperRules();   // VCS, CI, package registries, dev tools
std::span<const SecretRule> SaasRules();        // chat, payments, LLM APIs, SaaS
std::span<const SecretRule> StructuralRules();  // PEM/PuTTY keys, JWT, URLs, generic assignments

// Every rule of the four tables, in order.
std::span<const SecretRule> AllRules();

}  // namespace deskbench::recognizers::secrets
