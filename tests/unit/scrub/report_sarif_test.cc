// SARIF as GitHub code scanning accepts it: the fields its upload checks (SARIF 2.1.0, a driver
// with rules, each result with a rule, a message, a relative location with a line >= 1, and a
// fingerprint).

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>

#include "scrub/report_writers.h"

namespace deskbench {
namespace {

ReportedFinding Secret(std::string rule, std::string location, uint64_t line = 0) {
  ReportedFinding x{};
  x.type = Entity::SECRET;
  x.text = "value-of-" + rule;
  x.recognizer = std::move(rule);
  x.location = std::move(location);
  x.line = line;
  x.column = line > 0 ? 5 : 0;
  x.value_id = "0123456789abcdef";
  return x;
}

RunReport Sample() {
  RunReport r;
  r.version = "0.1.0";
  FileReport plain;
  plain.source = "./config/app.env";
  plain.findings.push_back(Secret("secret_github_pat", "line 3", 3));
  ReportedFinding email{};
  email.type = Entity::EMAIL;
  email.recognizer = "email";
  email.location = "line 1";
  plain.findings.push_back(email);  // not a secret: not in SARIF
  FileReport absolute;
  absolute.source = (std::filesystem::current_path() / "deep/x.py").string();
  absolute.findings.push_back(Secret("secret_aws_access_key_id", "line 7", 7));
  FileReport repo;
  repo.source = ".";
  repo.findings.push_back(Secret("secret_github_pat", "history 1a2b3c4d5e:deploy/.env › line 4"));
  repo.findings.push_back(Secret("secret_slack_webhook", "src/app.py › line 12"));
  repo.findings.push_back(Secret("secret_stripe_secret_key", "commit 1a2b3c4d5e message"));
  r.files = {plain, absolute, repo};
  return r;
}

TEST(ReportSarif, HasWhatGitHubCodeScanningRequires) {
  auto doc = nlohmann::json::parse(ReportSarif(Sample()));
  EXPECT_EQ(doc["version"], "2.1.0");
  EXPECT_EQ(doc["$schema"], "https://json.schemastore.org/sarif-2.1.0.json");
  ASSERT_EQ(doc["runs"].size(), 1u);
  const auto& run = doc["runs"][0];
  const auto& driver = run["tool"]["driver"];
  EXPECT_EQ(driver["name"], "deskbench");
  std::set<std::string> rule_ids;
  for (const auto& rule : driver["rules"]) {
    ASSERT_TRUE(rule["id"].is_string());
    EXPECT_TRUE(rule_ids.insert(rule["id"].get<std::string>()).second) << "duplicate rule";
    EXPECT_FALSE(rule["shortDescription"]["text"].get<std::string>().empty());
  }
  const auto& results = run["results"];
  ASSERT_EQ(results.size(), 5u);
  for (const auto& res : results) {
    std::string rule = res["ruleId"];
    EXPECT_TRUE(rule_ids.count(rule)) << rule;
    EXPECT_EQ(driver["rules"][res["ruleIndex"].get<size_t>()]["id"], rule);
    EXPECT_FALSE(res["message"]["text"].get<std::string>().empty());
    ASSERT_EQ(res["locations"].size(), 1u);
    const auto& phys = res["locations"][0]["physicalLocation"];
    std::string uri = phys["artifactLocation"]["uri"];
    EXPECT_FALSE(uri.empty());
    EXPECT_NE(uri[0], '/') << uri;
    EXPECT_EQ(uri.find("file:"), std::string::npos) << uri;
    EXPECT_EQ(uri.find("./"), std::string::npos) << uri;
    EXPECT_GE(phys["region"]["startLine"].get<int>(), 1);
    EXPECT_TRUE(res["partialFingerprints"].is_object());
    EXPECT_FALSE(res["partialFingerprints"].empty());
  }
}

TEST(ReportSarif, LocatesFilesAndRepositoryMembers) {
  auto results = nlohmann::json::parse(ReportSarif(Sample()))["runs"][0]["results"];
  auto where = [&](size_t i) {
    const auto& phys = results[i]["locations"][0]["physicalLocation"];
    return phys["artifactLocation"]["uri"].get<std::string>() + ":" +
           std::to_string(phys["region"]["startLine"].get<int>());
  };
  EXPECT_EQ(where(0), "config/app.env:3");
  EXPECT_EQ(where(1), "deep/x.py:7");
  EXPECT_EQ(where(2), "deploy/.env:4");
  EXPECT_EQ(where(3), "src/app.py:12");
  EXPECT_EQ(where(4), ".:1");  // a commit message: the repository itself
  EXPECT_NE(results[2]["message"]["text"].get<std::string>().find("1a2b3c4d5e"), std::string::npos);
}

TEST(ReportSarif, NoSecretsGivesAValidEmptyRun) {
  RunReport r;
  r.version = "0.1.0";
  auto doc = nlohmann::json::parse(ReportSarif(r));
  EXPECT_TRUE(doc["runs"][0]["results"].empty());
  EXPECT_TRUE(doc["runs"][0]["tool"]["driver"]["rules"].is_array());
}

}  // namespace
}  // namespace deskbench
