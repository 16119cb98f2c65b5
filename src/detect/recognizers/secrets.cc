#include <vector>

#include "detect/recognizers/groups.h"
#include "detect/recognizers/secrets_internal.h"

namespace deskbench::recognizers {

namespace secrets {

std::span<const SecretRule> AllRules() {
  static const std::vector<SecretRule> all = [] {
    std::vector<SecretRule> v;
    for (auto table : {CloudRules(), DeveloperRules(), SaasRules(), StructuralRules()}) {
      v.insert(v.end(), table.begin(), table.end());
    }
    return v;
  }();
  return all;
}

}  // namespace secrets

std::span<const PatternRecognizer> Secrets() {
  static const std::vector<PatternRecognizer> all = [] {
    std::vector<PatternRecognizer> v;
    for (const secrets::SecretRule& rule : secrets::AllRules()) v.push_back(rule.recognizer);
    return v;
  }();
  return all;
}

}  // namespace deskbench::recognizers
