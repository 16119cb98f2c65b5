// Fake secrets: the vendor prefix stays (so a reader still sees "a GitHub token was here") and the
// rest becomes keyed characters of the same classes and length. PEM blocks keep their armour lines.

#include "core/ascii.h"
#include "redact/keyed.h"
#include "redact/shape.h"
#include "redact/surrogates/surrogates.h"

namespace deskbench::redact {

namespace {

// Longest first where one prefix starts another.
constexpr std::string_view kPrefixes[] = {"github_pat_", "sk-proj-",
                                          "sk-ant-",     "sk_live_",
                                          "sk_test_",    "pk_live_",
                                          "pk_test_",    "rk_live_",
                                          "rk_test_",    "whsec_",
                                          "dop_v1_",     "shpat_",
                                          "shpss_",      "sq0atp-",
                                          "sq0csp-",     "glpat-",
                                          "xoxb-",       "xoxp-",
                                          "xoxa-",       "xoxs-",
                                          "xapp-",       "pypi-",
                                          "npm_",        "ghp_",
                                          "gho_",        "ghu_",
                                          "ghs_",        "ghr_",
                                          "hf_",         "AKIA",
                                          "ASIA",        "AIza",
                                          "ya29.",       "SG.",
                                          "sk-",         "eyJ",
                                          "AccountKey=", "SharedAccessSignature=",
                                          "key-"};

std::string_view KnownPrefix(std::string_view value) {
  std::string_view best;
  for (auto p : kPrefixes) {
    if (value.starts_with(p) && p.size() > best.size()) best = p;
  }
  return best;
}

// Letters and digits become keyed ones of the same class; punctuation (JWT dots, base64 padding,
// dashes) stays, so the shape survives.
std::string Scramble(std::string_view text, Keyed& keyed) {
  std::string out(text);
  for (char& c : out) {
    if (ascii::IsDigit(c))
      c = keyed.Digit();
    else if (ascii::IsUpper(c))
      c = keyed.Upper();
    else if (ascii::IsLower(c))
      c = keyed.Lower();
  }
  return out;
}

}  // namespace

std::string FakeSecret(const SurrogateKey& sk, std::string_view value) {
  Keyed keyed(sk.key, "secret", value);
  std::string out;
  if (value.starts_with("-----BEGIN")) {
    // Armour lines stay, the body is scrambled line by line.
    size_t i = 0;
    while (i < value.size()) {
      size_t nl = value.find('\n', i);
      size_t end = nl == std::string_view::npos ? value.size() : nl + 1;
      std::string_view line = value.substr(i, end - i);
      out += line.starts_with("-----") ? std::string(line) : Scramble(line, keyed);
      i = end;
    }
  } else {
    std::string_view prefix = KnownPrefix(value);
    out = std::string(prefix) + Scramble(value.substr(prefix.size()), keyed);
  }
  // A secret with no letters or digits after its prefix has nothing to scramble.
  if (out == value) out = std::string(KnownPrefix(value)) + "REDACTED";
  return out;
}

}  // namespace deskbench::redact
