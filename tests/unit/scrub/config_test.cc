#include "scrub/config.h"

#include <gtest/gtest.h>

#include <fstream>

#include "core/error.h"

namespace deskbench {
namespace {

std::filesystem::path WriteToml(const std::string& text) {
  static int n = 0;
  auto p = std::filesystem::temp_directory_path() /
           ("deskbench-config-" + std::to_string(::getpid()) + "-" + std::to_string(++n) + ".toml");
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
