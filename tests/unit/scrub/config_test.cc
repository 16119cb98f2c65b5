#include "scrub/config.h"

#include <gtest/gtest.h>

#include <fstream>

#include "../temp_folder.h"
#include "core/error.h"
#include "core/hash.h"

namespace deskbench {
namespace {

std::filesystem::path WriteToml(const std::string& text) {
  static const testing::TempFolder folder("config-test");
  static int n = 0;
  auto p = folder.path() / ("config-" + std::to_string(++n) + ".toml");
  std::ofstream(p) << text;
  return p;
}

TEST(Config, ReadsEverySection) {
  Config c = LoadConfig(WriteToml(R"(
[detect]
threshold = 0.6
allow = ["Example Corp"]
deny = ["Acme", "Bluebird"]
phone_regions = ["DE"]
disable = ["LOCATION"]

[redact]
operator = "redact"
mask_keep_last = 2

[types.PERSON]
threshold = 0.8
operator = "pseudonymize"

[types.US_SSN]
operator = "mask"

[formats]
keep_comments = true
)"));
  EXPECT_FLOAT_EQ(c.policy.Threshold(Entity::EMAIL), 0.6f);
  EXPECT_FLOAT_EQ(c.policy.Threshold(Entity::PERSON), 0.8f);
  EXPECT_FALSE(c.policy.Enabled(Entity::LOCATION));
  EXPECT_TRUE(c.policy.Enabled(Entity::PERSON));
  EXPECT_EQ(c.policy.deny, (std::vector<std::string>{"Acme", "Bluebird"}));
  EXPECT_EQ(c.policy.allow, (std::vector<std::string>{"Example Corp"}));
  EXPECT_EQ(c.policy.phone_regions, (std::vector<std::string>{"DE"}));
  EXPECT_EQ(c.OperatorFor(Entity::EMAIL), Operator::kRedact);
  EXPECT_EQ(c.OperatorFor(Entity::PERSON), Operator::kPseudonymize);
  EXPECT_EQ(c.OperatorFor(Entity::US_SSN), Operator::kMask);
  EXPECT_EQ(c.replace.mask_keep_last, 2u);
  EXPECT_TRUE(c.formats.keep_comments);
}

TEST(Config, RejectsTyposWithFileAndLine) {
  auto p = WriteToml("[detect]\nthreshold = 0.5\nthreshhold = 0.7\n");
  try {
    LoadConfig(p);
    FAIL() << "a misspelt key must not be ignored";
  } catch (const UsageError& e) {
    EXPECT_NE(std::string(e.what()).find(p.string() + ":3"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("threshhold"), std::string::npos);
  }
}

TEST(Config, RejectsBadValues) {
  EXPECT_THROW(LoadConfig(WriteToml("[detect]\nthreshold = 1.5\n")), UsageError);
  EXPECT_THROW(LoadConfig(WriteToml("[redact]\noperator = \"shred\"\n")), UsageError);
  EXPECT_THROW(LoadConfig(WriteToml("[types.NOT_A_TYPE]\nenabled = false\n")), UsageError);
  EXPECT_THROW(LoadConfig(WriteToml("[detect\n")), UsageError);
  EXPECT_THROW(LoadConfig(WriteToml("[surprise]\n")), UsageError);
  EXPECT_THROW(LoadConfig(WriteToml("[formats]\nkeep_comments = \"yes\"\n")), UsageError);
  EXPECT_THROW(LoadConfig(WriteToml("[formats]\nkeep_coments = true\n")), UsageError);
}

TEST(Config, PolicyHashChangesWithThePolicy) {
  Config a, b;
  EXPECT_EQ(PolicyHash(a), PolicyHash(b));
  b.policy.deny.push_back("Acme");
  EXPECT_NE(PolicyHash(a), PolicyHash(b));
  Config kept;
  kept.formats.keep_comments = true;
  EXPECT_NE(PolicyHash(a), PolicyHash(kept));
}

}  // namespace
}  // namespace deskbench

namespace deskbench {
namespace {

TEST(ConfigAllow, ReadsTheAllowTable) {
  std::string digest(64, 'a');
  Config c =
      LoadConfig(WriteToml("[allow]\npaths = [\"tests/fixtures/*\", \"*.example\"]\n"
                           "rules = [\"secret_generic_assignment\"]\nhashes = [\"" +
                           std::string(64, 'A') + "\"]\ninline_comment = false\n"));
  EXPECT_EQ(c.allow.paths.size(), 2u);
  EXPECT_TRUE(c.allow.rules.count("secret_generic_assignment"));
  EXPECT_TRUE(c.allow.hashes.count(digest)) << "digests are compared in lower case";
  EXPECT_FALSE(c.allow.inline_comment);
}

TEST(ConfigAllow, RejectsUnknownKeysAndBadDigests) {
  EXPECT_THROW(LoadConfig(WriteToml("[allow]\npath = [\"x\"]\n")), UsageError);
  EXPECT_THROW(LoadConfig(WriteToml("[allow]\nhashes = [\"abc\"]\n")), UsageError);
  EXPECT_THROW(LoadConfig(WriteToml("[allow]\nrules = \"secret_x\"\n")), UsageError);
}

TEST(ConfigAllow, MatchesPathsRulesHashesAndInlineComments) {
  AllowList a;
  a.paths = {"tests/fixtures/*", "*.example"};
  a.rules = {"secret_generic_assignment"};
  EXPECT_TRUE(a.AllowsPath("tests/fixtures/deep/key.pem"));
  EXPECT_TRUE(a.AllowsPath("config/app.env.example"));
  EXPECT_FALSE(a.AllowsPath("src/tests/fixtures.py"));
  EXPECT_FALSE(a.AllowsPath(""));
  EXPECT_TRUE(a.AllowsFinding("secret_generic_assignment", "anything"));
  EXPECT_FALSE(a.AllowsFinding("secret_github_pat", "anything"));
  a.hashes = {Sha256Hex("ghp_value")};
  EXPECT_TRUE(a.AllowsFinding("secret_github_pat", "ghp_value"));
  EXPECT_FALSE(a.AllowsFinding("secret_github_pat", "ghp_other"));
  std::string text = "a = 1\nkey = 'abc' # deskbench:allow\nother = 'abc'\n";
  size_t first = text.find("abc"), second = text.rfind("abc");
  EXPECT_TRUE(a.AllowsInline(text, first, first + 3));
  EXPECT_FALSE(a.AllowsInline(text, second, second + 3));
  a.inline_comment = false;
  EXPECT_FALSE(a.AllowsInline(text, first, first + 3));
}

TEST(ConfigAllow, ChangesThePolicyHash) {
  Config a, b;
  b.allow.rules.insert("secret_generic_assignment");
  EXPECT_NE(PolicyHash(a), PolicyHash(b));
}

}  // namespace
}  // namespace deskbench
