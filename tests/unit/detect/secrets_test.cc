// SECRET rules through the real Engine: one constructed true positive and one near miss per rule,
// placeholders, the structured rules (key blocks, JWT, URLs, connection strings, assignments) and
// the catalogue's size and documentation.

#include "detect/validators/secrets.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "detect/engine.h"
#include "detect/recognizers/groups.h"
#include "detect/recognizers/secrets_internal.h"
#include "detect/validators/entropy.h"

namespace deskbench {
namespace {

Policy SecretsOnly() {
  Policy p;
  p.enabled.fill(false);
  p.enabled[static_cast<size_t>(Entity::SECRET)] = true;
  return p;
}

// Compiling the database takes a while; every test shares one engine.
Engine& SecretEngine() {
  static Engine engine(SecretsOnly());
  return engine;
}

struct Found {
  std::string text;
  std::string recognizer;
};

std::vector<Found> Scan(std::string_view text) {
  auto scanner = SecretEngine().NewScanner();
  std::vector<Found> out;
  for (const Finding& f : scanner.Scan(text)) {
    EXPECT_EQ(f.type, Entity::SECRET);
    out.push_back({std::string(text.substr(f.begin, f.end - f.begin)), std::string(f.recognizer)});
  }
  return out;
}

std::vector<std::string> Values(std::string_view text) {
  std::vector<std::string> out;
  for (const Found& f : Scan(text)) out.push_back(f.text);
  return out;
}

// Deterministic random-looking strings of a given alphabet: shapes, never real keys.
std::mt19937_64& Rng() {
  static std::mt19937_64 rng(20261127);
  return rng;
}
std::string Rand(std::string_view alphabet, size_t n) {
  std::string s;
  for (size_t i = 0; i < n; ++i) s.push_back(alphabet[Rng()() % alphabet.size()]);
  return s;
}
constexpr std::string_view kAlnumChars =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
std::string Alnum(size_t n) {
  return Rand(kAlnumChars, n);
}
std::string Upper(size_t n) {
  return Rand("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", n);
}
std::string LowerNum(size_t n) {
  return Rand("abcdefghijklmnopqrstuvwxyz0123456789", n);
}
std::string Hex(size_t n) {
  return Rand("0123456789abcdef", n);
}
std::string Digits(size_t n) {
  return Rand("0123456789", n);
}
std::string Letters(size_t n) {
  return Rand("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", n);
}
std::string B64(size_t n) {
  return Rand("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", n);
}
std::string Url(size_t n) {
  return Rand("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", n);
}
std::string Bech32(size_t n) {
  return Rand("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", n);
}
std::string Base32(size_t n) {
  return Rand("abcdefghijklmnopqrstuvwxyz234567", n);
}
std::string Uuid() {
  return Hex(8) + "-" + Hex(4) + "-" + Hex(4) + "-" + Hex(4) + "-" + Hex(12);
}

std::string Base64Encode(std::string_view in, bool url) {
  const char* abc = url ? "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
                        : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  uint32_t acc = 0;
  int bits = 0;
  for (unsigned char c : in) {
    acc = (acc << 8) | c;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out.push_back(abc[(acc >> bits) & 63]);
    }
  }
  if (bits > 0) out.push_back(abc[(acc << (6 - bits)) & 63]);
  if (!url) {
    while (out.size() % 4 != 0) out.push_back('=');
  }
  return out;
}

std::string PemBody(size_t lines) {
  std::string body;
  for (size_t i = 0; i < lines; ++i) body += B64(64) + "\n";
  return body;
}

struct Case {
  std::string id;
  std::string text;      // contains a true positive
  std::string expected;  // the substring the rule must report
  std::string miss;      // a near miss the rule must not report
};

// A token rule: the token stands alone in a sentence.
Case T(std::string id, const std::string& token, const std::string& miss) {
  return {std::move(id), "found " + token + " here", token, "found " + miss + " here"};
}
// A keyword rule: prefix + value + suffix.
Case K(std::string id, const std::string& prefix, const std::string& value, const std::string& miss,
       const std::string& suffix = "\n") {
  return {std::move(id), prefix + value + suffix, value, prefix + miss + suffix};
}

std::vector<Case> Cases() {
  std::vector<Case> c;
  // Cloud
  c.push_back(T("secret_aws_access_key_id", "AKIA" + Upper(16), "AKIA" + Upper(15)));
  c.push_back(K("secret_aws_secret_access_key", "aws_secret_access_key = ", B64(40), B64(39)));
  c.push_back(T("secret_aws_session_token", "IQoJb3JpZ2lu" + B64(150), "IQoJb3JpZ2lu" + B64(50)));
  {
    std::string u = Uuid();
    c.push_back(T("secret_amazon_mws_auth_token", "amzn.mws." + u, "amzn.mws." + u.substr(1)));
  }
  c.push_back(T("secret_google_api_key", "AIza" + Url(35), "AIza" + Url(34)));
  {
    std::string block = "-----BEGIN PRIVATE KEY-----\\n" + B64(64) + "\\n" + B64(64) + "\\n" +
                        B64(40) + "\\n-----END PRIVATE KEY-----";
    c.push_back({"secret_gcp_service_account_private_key",
                 "{\"type\": \"service_account\", \"private_key\": \"" + block + "\\n\"}", block,
                 "{\"private_key\": \"-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE "
                 "KEY-----\\n\"}"});
  }
  c.push_back(
      K("secret_gcp_service_account_key_id", "{\"private_key_id\": \"", Hex(40), Hex(39), "\"}"));
  c.push_back(T("secret_google_oauth_client_secret", "GOCSPX-" + Url(28), "GOCSPX-" + Url(27)));
  c.push_back(T("secret_google_oauth_access_token", "ya29." + Url(80), "ya29." + Url(20)));
  c.push_back(T("secret_google_oauth_refresh_token", "1//0" + Url(80), "1//0" + Url(20)));
  c.push_back(K("secret_azure_storage_account_key",
                "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=", B64(86) + "==",
                B64(80) + "==", ";EndpointSuffix=core.windows.net"));
  c.push_back(K("secret_azure_shared_access_key",
                "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=Root;"
                "SharedAccessKey=",
                B64(43) + "=", B64(40) + "=", ""));
  {
    std::string sig = B64(43) + "%3D";
    c.push_back(
        {"secret_azure_sas_signature",
         "https://acct.blob.core.windows.net/c/f.txt?sv=2022-11-02&sp=r&se=2030-01-01&sig=" + sig +
             "&spr=https",
         sig, "https://files.local/download?id=7&sig=" + sig});
  }
  c.push_back(T("secret_azure_ad_client_secret", Alnum(3) + "8Q~" + Alnum(34),
                Alnum(3) + "8Q~" + Alnum(20)));
  c.push_back(K("secret_azure_devops_pat", "AZURE_DEVOPS_PAT=", Base32(52), Base32(40)));
  c.push_back(T("secret_digitalocean_pat", "dop_v1_" + Hex(64), "dop_v1_" + Hex(63)));
  c.push_back(T("secret_digitalocean_oauth_token", "doo_v1_" + Hex(64), "doo_v1_" + Hex(63)));
  c.push_back(T("secret_digitalocean_refresh_token", "dor_v1_" + Hex(64), "dor_v1_" + Hex(63)));
  c.push_back(T("secret_alibaba_access_key_id", "LTAI" + Alnum(20), "LTAI" + Alnum(8)));
  c.push_back(K("secret_alibaba_access_key_secret", "ALIBABA_CLOUD_ACCESS_KEY_SECRET=", Alnum(30),
                Alnum(29)));
  c.push_back(T("secret_tencent_cloud_secret_id", "AKID" + Alnum(32), "AKID" + Alnum(31)));
  c.push_back(K("secret_ibm_cloud_api_key", "IBM_CLOUD_API_KEY=", Url(44), Url(43)));
  c.push_back(K("secret_oracle_oci_secret_key", "oci_customer_secret_key = ", B64(43) + "=",
                B64(40) + "="));
  c.push_back(T("secret_yandex_api_key", "AQVN" + Url(36), "AQVN" + Url(30)));
  {
    std::string u = Uuid();
    c.push_back(K("secret_scaleway_secret_key", "SCW_SECRET_KEY=", u, u.substr(0, 30)));
  }
  c.push_back(K("secret_linode_token", "LINODE_TOKEN=", Hex(64), Hex(63)));
  c.push_back(K("secret_hetzner_token", "HCLOUD_TOKEN=", Alnum(64), Alnum(63)));
  c.push_back(K("secret_vultr_api_key", "VULTR_API_KEY=", Upper(36), Upper(35)));
  c.push_back(K("secret_kubeconfig_client_key",
                "    client-key-data: ", "LS0tLS1CRUdJTi" + B64(300), "LS0tLS1C"));
  c.push_back(K("secret_cloudflare_api_token", "CLOUDFLARE_API_TOKEN=", Url(40), Url(39)));
  c.push_back(K("secret_cloudflare_global_api_key", "CLOUDFLARE_API_KEY=", Hex(37), Hex(36)));
  {
    std::string head = "v1.0-" + Hex(24) + "-";
    c.push_back(T("secret_cloudflare_origin_ca_key", head + Hex(146), head + Hex(100)));
  }
  c.push_back(K("secret_heroku_api_key", "HEROKU_API_KEY=", Uuid(), "not-a-uuid-at-all"));
  c.push_back(T("secret_heroku_platform_key", "HRKU-" + Url(60), "HRKU-" + Url(10)));
  c.push_back(T("secret_fly_io_token", "FlyV1 fm2_" + B64(120), "FlyV1 fm2_" + B64(20)));
  c.push_back(T("secret_netlify_pat", "nfp_" + Alnum(36), "nfp_" + Alnum(35)));
  c.push_back(K("secret_vercel_token", "VERCEL_TOKEN=", Alnum(24), Alnum(23)));
  c.push_back(T("secret_supabase_access_token", "sbp_" + Hex(40), "sbp_" + Hex(39)));
  c.push_back(T("secret_supabase_secret_key", "sb_secret_" + Url(32), "sb_secret_" + Url(10)));
  c.push_back(T("secret_planetscale_token", "pscale_tkn_" + Url(43), "pscale_tkn_" + Url(42)));
  c.push_back(T("secret_planetscale_password", "pscale_pw_" + Url(43), "pscale_pw_" + Url(42)));
  c.push_back(
      T("secret_planetscale_oauth_token", "pscale_oauth_" + Url(40), "pscale_oauth_" + Url(20)));
  c.push_back(T("secret_tailscale_key", "tskey-auth-" + Alnum(12) + "-" + Alnum(30),
                "tskey-auth-" + Alnum(8)));
  c.push_back(T("secret_terraform_cloud_token", Alnum(14) + ".atlasv1." + Url(67),
                Alnum(14) + ".atlasv1." + Url(30)));
  c.push_back(T("secret_pulumi_token", "pul-" + Hex(40), "pul-" + Hex(39)));
  c.push_back(T("secret_vault_service_token", "hvs." + Url(90), "hvs." + Url(10)));
  c.push_back(T("secret_vault_batch_token", "hvb." + Url(140), "hvb." + Url(10)));
  c.push_back(T("secret_vault_recovery_token", "hvr." + Url(90), "hvr." + Url(10)));
  c.push_back(T("secret_doppler_personal_token", "dp.pt." + Alnum(43), "dp.pt." + Alnum(30)));
  c.push_back(
      T("secret_doppler_service_token", "dp.st.dev." + Alnum(43), "dp.st.dev." + Alnum(30)));
  c.push_back(T("secret_doppler_cli_token", "dp.ct." + Alnum(43), "dp.ct." + Alnum(30)));
  c.push_back(
      T("secret_doppler_service_account_token", "dp.sa." + Alnum(43), "dp.sa." + Alnum(30)));
  c.push_back(T("secret_doppler_scim_token", "dp.scim." + Alnum(43), "dp.scim." + Alnum(30)));
  c.push_back(T("secret_doppler_audit_token", "dp.audit." + Alnum(43), "dp.audit." + Alnum(30)));
  c.push_back(
      K("secret_snowflake_credential", "SNOWFLAKE_PASSWORD=", "Sf7!" + Alnum(12), "short1A"));
  c.push_back(T("secret_databricks_token", "dapi" + Hex(32), "dapi" + Hex(31)));
  c.push_back(T("secret_grafana_cloud_token", "glc_" + B64(60) + "=", "glc_" + B64(20)));
  c.push_back(T("secret_grafana_service_account_token", "glsa_" + Alnum(32) + "_" + Hex(8),
                "glsa_" + Alnum(32) + "_" + Hex(7)));
  c.push_back(T("secret_grafana_api_key", "eyJrIjoi" + Alnum(80), "eyJrIjoi" + Alnum(20)));
  c.push_back(T("secret_dynatrace_token", "dt0c01." + Upper(24) + "." + Upper(64),
                "dt0c01." + Upper(24) + "." + Upper(60)));
  c.push_back(
      T("secret_age_secret_key", "AGE-SECRET-KEY-1" + Bech32(58), "AGE-SECRET-KEY-1" + Bech32(57)));
  // Version control, CI, registries, developer tools
  for (const char* p : {"ghp_", "gho_", "ghu_", "ghs_", "ghr_"}) {
    static const std::map<std::string, std::string> kIds = {
        {"ghp_", "secret_github_pat"},
        {"gho_", "secret_github_oauth_token"},
        {"ghu_", "secret_github_user_to_server_token"},
        {"ghs_", "secret_github_server_to_server_token"},
        {"ghr_", "secret_github_refresh_token"}};
    c.push_back(T(kIds.at(p), p + Alnum(36), p + Alnum(35)));
  }
  c.push_back(T("secret_github_fine_grained_pat", "github_pat_" + Alnum(22) + "_" + Alnum(59),
                "github_pat_" + Alnum(22) + "_" + Alnum(50)));
  c.push_back(T("secret_gitlab_pat", "glpat-" + Url(20), "glpat-" + Url(12)));
  c.push_back(T("secret_gitlab_deploy_token", "gldt-" + Url(20), "gldt-" + Url(12)));
  c.push_back(T("secret_gitlab_runner_token", "glrt-" + Url(20), "glrt-" + Url(12)));
  c.push_back(
      T("secret_gitlab_runner_registration_token", "GR1348941" + Url(20), "GR1348941" + Url(19)));
  c.push_back(T("secret_gitlab_pipeline_trigger_token", "glptt-" + Hex(40), "glptt-" + Hex(39)));
  c.push_back(T("secret_gitlab_ci_job_token", "glcbt-" + Url(30), "glcbt-" + Url(10)));
  c.push_back(T("secret_gitlab_incoming_mail_token", "glimt-" + Url(25), "glimt-" + Url(24)));
  c.push_back(T("secret_gitlab_agent_token", "glagent-" + Url(50), "glagent-" + Url(49)));
  c.push_back(T("secret_gitlab_oauth_app_secret", "gloas-" + Url(64), "gloas-" + Url(63)));
  c.push_back(T("secret_gitlab_feed_token", "glft-" + Url(20), "glft-" + Url(19)));
  c.push_back(T("secret_gitlab_scim_token", "glsoat-" + Url(20), "glsoat-" + Url(19)));
  c.push_back(T("secret_gitlab_feature_flag_token", "glffct-" + Url(20), "glffct-" + Url(19)));
  c.push_back(T("secret_bitbucket_app_password", "ATBB" + Alnum(32), "ATBB" + Alnum(31)));
  c.push_back(T("secret_atlassian_api_token", "ATATT3" + Url(180), "ATATT3" + Url(20)));
  c.push_back(T("secret_atlassian_access_token", "ATCTT3" + Url(180), "ATCTT3" + Url(20)));
  c.push_back(T("secret_npm_token", "npm_" + Alnum(36), "npm_" + Alnum(35)));
  c.push_back(
      T("secret_pypi_token", "pypi-AgEIcHlwaS5vcmc" + Url(150), "pypi-AgEIcHlwaS5vcmc" + Url(10)));
  c.push_back(T("secret_test_pypi_token", "pypi-AgENdGVzdC5weXBpLm9yZw" + Url(150),
                "pypi-AgENdGVzdC5weXBpLm9yZw" + Url(10)));
  c.push_back(T("secret_rubygems_api_key", "rubygems_" + Hex(48), "rubygems_" + Hex(47)));
  c.push_back(T("secret_nuget_api_key", "oy2" + LowerNum(43), "oy2" + LowerNum(42)));
  c.push_back(T("secret_docker_hub_pat", "dckr_pat_" + Url(27), "dckr_pat_" + Url(26)));
  c.push_back(T("secret_docker_hub_org_token", "dckr_oat_" + Url(32), "dckr_oat_" + Url(10)));
  c.push_back(T("secret_crates_io_token", "cio" + Alnum(32), "cio" + Alnum(31)));
  c.push_back(T("secret_jfrog_api_key", "AKCp" + Alnum(69), "AKCp" + Alnum(68)));
  c.push_back(
      T("secret_jfrog_identity_token", "cmVmdGtuOjAxOj" + Alnum(60), "cmVmdGtuOjAxOj" + Alnum(20)));
  c.push_back(T("secret_clojars_token", "CLOJARS_" + LowerNum(60), "CLOJARS_" + LowerNum(59)));
  c.push_back(T("secret_circleci_pat", "CCIPAT_" + Alnum(22) + "_" + Hex(40),
                "CCIPAT_" + Alnum(22) + "_" + Hex(39)));
  c.push_back(T("secret_buildkite_token", "bkua_" + Hex(40), "bkua_" + Hex(39)));
  c.push_back(T("secret_sonar_token", "squ_" + Hex(40), "squ_" + Hex(39)));
  c.push_back(T("secret_postman_api_key", "PMAK-" + Hex(24) + "-" + Hex(34),
                "PMAK-" + Hex(24) + "-" + Hex(33)));
  c.push_back(T("secret_prefect_api_key", "pnu_" + Alnum(36), "pnu_" + Alnum(35)));
  c.push_back(T("secret_readme_api_key", "rdme_" + LowerNum(70), "rdme_" + LowerNum(69)));
  {
    std::string head = "pat." + Url(22) + "." + Hex(24) + ".";
    c.push_back(T("secret_harness_pat", head + Alnum(20), head + Alnum(19)));
  }
  c.push_back(T("secret_octopus_deploy_api_key", "API-" + Upper(26), "API-" + Upper(25)));
  c.push_back(T("secret_infracost_api_key", "ico-" + Alnum(32), "ico-" + Alnum(31)));
  c.push_back(T("secret_scalingo_token", "tk-us-" + Url(48), "tk-us-" + Url(47)));
  c.push_back(
      T("secret_1password_service_account_token", "ops_eyJ" + B64(200), "ops_eyJ" + B64(20)));
  {
    std::string head =
        "A3-" + Upper(6) + "-" + Upper(6) + "-" + Upper(5) + "-" + Upper(5) + "-" + Upper(5) + "-";
    c.push_back(T("secret_1password_secret_key", head + Upper(5), head + Upper(4)));
  }
  c.push_back(T("secret_frameio_token", "fio-u-" + Url(64), "fio-u-" + Url(63)));
  c.push_back(T("secret_typeform_token", "tfp_" + Url(50), "tfp_" + Url(10)));
  c.push_back(T("secret_contentful_pat", "CFPAT-" + Url(43), "CFPAT-" + Url(42)));
  c.push_back(T("secret_posthog_personal_api_key", "phx_" + Alnum(43), "phx_" + Alnum(42)));
  {
    std::string u = Uuid();
    c.push_back(T("secret_launchdarkly_key", "sdk-" + u, "sdk-" + u.substr(0, 30)));
  }
  // Chat
  c.push_back(T("secret_slack_bot_token", "xoxb-" + Digits(12) + "-" + Digits(13) + "-" + Alnum(24),
                "xoxb-" + Digits(5) + "-" + Alnum(5)));
  c.push_back(T("secret_slack_user_token",
                "xoxp-" + Digits(12) + "-" + Digits(12) + "-" + Digits(13) + "-" + Hex(32),
                "xoxp-" + Digits(5) + "-" + Alnum(5)));
  c.push_back(
      T("secret_slack_workspace_access_token", "xoxa-2-" + Alnum(60), "xoxa-2-" + Alnum(5)));
  c.push_back(
      T("secret_slack_workspace_refresh_token", "xoxr-2-" + Alnum(60), "xoxr-2-" + Alnum(5)));
  c.push_back(T("secret_slack_legacy_token", "xoxs-" + Digits(12) + "-" + Alnum(40),
                "xoxs-" + Digits(3) + "-" + Alnum(5)));
  c.push_back(T("secret_slack_app_token", "xapp-1-A" + Upper(10) + "-" + Digits(13) + "-" + Hex(64),
                "xapp-1-A1-1-ab"));
  c.push_back(T("secret_slack_config_access_token", "xoxe.xoxp-1-" + Alnum(150),
                "xoxe.xoxp-1-" + Alnum(20)));
  c.push_back(
      T("secret_slack_config_refresh_token", "xoxe-1-" + Alnum(140), "xoxe-1-" + Alnum(20)));
  c.push_back(
      T("secret_slack_webhook",
        "https://hooks.slack.com/services/T" + Upper(10) + "/B" + Upper(10) + "/" + Alnum(24),
        "https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX"));
  {
    std::string id = Base64Encode(Digits(18), true);
    c.push_back(T("secret_discord_bot_token", id + "." + Url(6) + "." + Url(38),
                  id + "." + Url(5) + "." + Url(38)));
  }
  c.push_back(T("secret_discord_webhook",
                "https://discord.com/api/webhooks/" + Digits(18) + "/" + Url(68),
                "https://discord.com/api/webhooks/123/abc"));
  c.push_back(
      T("secret_telegram_bot_token", Digits(10) + ":AA" + Url(33), Digits(10) + ":AA" + Url(32)));
  c.push_back(T("secret_microsoft_teams_webhook",
                "https://contoso.webhook.office.com/webhookb2/" + Uuid() + "@" + Uuid() +
                    "/IncomingWebhook/" + Hex(32) + "/" + Uuid(),
                "https://contoso.webhook.office.com/webhookb2/abc"));
  // Payments
  c.push_back(T("secret_stripe_secret_key", "sk_live_" + Alnum(99), "sk_live_" + Alnum(10)));
  c.push_back(T("secret_stripe_restricted_key", "rk_live_" + Alnum(99), "rk_live_" + Alnum(10)));
  c.push_back(T("secret_stripe_publishable_key", "pk_live_" + Alnum(99), "pk_live_" + Alnum(10)));
  c.push_back(T("secret_stripe_webhook_secret", "whsec_" + Alnum(32), "whsec_" + Alnum(10)));
  c.push_back(T("secret_square_access_token", "EAAA" + Url(60), "EAAA" + Url(59)));
  c.push_back(T("secret_square_legacy_access_token", "sq0atp-" + Url(22), "sq0atp-" + Url(21)));
  c.push_back(T("secret_square_oauth_secret", "sq0csp-" + Url(43), "sq0csp-" + Url(42)));
  {
    std::string head = "access_token$production$" + LowerNum(16) + "$";
    c.push_back(T("secret_braintree_access_token", head + Hex(32), head + Hex(31)));
  }
  c.push_back(K("secret_paypal_client_secret", "PAYPAL_CLIENT_SECRET=", Url(80), Url(79)));
  c.push_back(K("secret_adyen_api_key", "ADYEN_API_KEY=", "AQE" + Alnum(100), "AQE" + Alnum(20)));
  c.push_back(T("secret_shopify_access_token", "shpat_" + Hex(32), "shpat_" + Hex(31)));
  c.push_back(T("secret_shopify_shared_secret", "shpss_" + Hex(32), "shpss_" + Hex(31)));
  c.push_back(T("secret_shopify_custom_app_token", "shpca_" + Hex(32), "shpca_" + Hex(31)));
  c.push_back(T("secret_shopify_private_app_token", "shppa_" + Hex(32), "shppa_" + Hex(31)));
  c.push_back(
      T("secret_flutterwave_secret_key", "FLWSECK-" + Hex(32) + "-X", "FLWSECK-" + Hex(31) + "-X"));
  {
    std::string u = Uuid();
    c.push_back(T("secret_plaid_access_token", "access-production-" + u, "access-sandbox-" + u));
  }
  // LLM APIs
  c.push_back(T("secret_openai_api_key", "sk-" + Alnum(20) + "T3BlbkFJ" + Alnum(20),
                "sk-" + Alnum(20) + "T3BlbkFJ" + Alnum(19)));
  c.push_back(T("secret_openai_project_key", "sk-proj-" + Url(150), "sk-proj-" + Url(20)));
  c.push_back(
      T("secret_openai_service_account_key", "sk-svcacct-" + Url(150), "sk-svcacct-" + Url(20)));
  c.push_back(T("secret_openai_admin_key", "sk-admin-" + Url(150), "sk-admin-" + Url(20)));
  c.push_back(
      T("secret_anthropic_api_key", "sk-ant-api03-" + Url(93) + "AA", "sk-ant-api03-" + Url(30)));
  c.push_back(T("secret_anthropic_admin_key", "sk-ant-admin01-" + Url(93) + "AA",
                "sk-ant-admin01-" + Url(30)));
  c.push_back(T("secret_huggingface_token", "hf_" + Letters(34), "hf_" + Letters(33)));
  c.push_back(
      T("secret_huggingface_org_token", "api_org_" + Letters(34), "api_org_" + Letters(33)));
  c.push_back(K("secret_cohere_api_key", "COHERE_API_KEY=", Alnum(40), Alnum(39)));
  c.push_back(T("secret_replicate_token", "r8_" + Alnum(37), "r8_" + Alnum(36)));
  c.push_back(T("secret_groq_api_key", "gsk_" + Alnum(52), "gsk_" + Alnum(51)));
  c.push_back(T("secret_perplexity_api_key", "pplx-" + Alnum(48), "pplx-" + Alnum(47)));
  c.push_back(K("secret_mistral_api_key", "MISTRAL_API_KEY=", Alnum(32), Alnum(31)));
  c.push_back(T("secret_xai_api_key", "xai-" + Alnum(80), "xai-" + Alnum(79)));
  c.push_back(T("secret_openrouter_api_key", "sk-or-v1-" + Hex(64), "sk-or-v1-" + Hex(63)));
  c.push_back(T("secret_langsmith_api_key", "lsv2_pt_" + Hex(32) + "_" + Hex(10),
                "lsv2_pt_" + Hex(32) + "_" + Hex(9)));
  c.push_back(T("secret_pinecone_api_key", "pcsk_" + Alnum(60), "pcsk_" + Alnum(20)));
  {
    std::string u = Uuid();
    c.push_back(T("secret_deepl_api_key", u + ":fx", u.substr(1) + ":fx"));
  }
  // Other SaaS
  c.push_back(T("secret_twilio_api_key", "SK" + Hex(32), "SK" + Hex(31)));
  {
    std::string sid = "AC" + Hex(32);
    c.push_back({"secret_twilio_account_sid", "Twilio account: " + sid, sid, "account: " + sid});
  }
  c.push_back(K("secret_twilio_auth_token", "TWILIO_AUTH_TOKEN=", Hex(32), Hex(31)));
  c.push_back(T("secret_sendgrid_api_key", "SG." + Url(22) + "." + Url(43),
                "SG." + Url(22) + "." + Url(42)));
  c.push_back(T("secret_mailgun_api_key", "key-" + Hex(32), "key-" + Hex(31)));
  c.push_back(T("secret_mailchimp_api_key", Hex(32) + "-us14", Hex(31) + "-us14"));
  c.push_back(K("secret_postmark_server_token", "POSTMARK_SERVER_TOKEN=", Uuid(), "1234"));
  c.push_back(T("secret_brevo_api_key", "xkeysib-" + Hex(64) + "-" + Alnum(16),
                "xkeysib-" + Hex(64) + "-" + Alnum(15)));
  c.push_back(T("secret_brevo_smtp_key", "xsmtpsib-" + Hex(64) + "-" + Alnum(16),
                "xsmtpsib-" + Hex(64) + "-" + Alnum(15)));
  c.push_back(K("secret_datadog_api_key", "DD_API_KEY=", Hex(32), Hex(31)));
  c.push_back(K("secret_datadog_app_key", "DD_APP_KEY=", Hex(40), Hex(39)));
  c.push_back(T("secret_new_relic_user_api_key", "NRAK-" + Upper(27), "NRAK-" + Upper(26)));
  c.push_back(T("secret_new_relic_insert_key", "NRII-" + Url(32), "NRII-" + Url(31)));
  c.push_back(T("secret_new_relic_license_key", Hex(36) + "NRAL", Hex(35) + "NRAL"));
  c.push_back(T("secret_new_relic_browser_key", "NRJS-" + Hex(19), "NRJS-" + Hex(18)));
  {
    std::string key = Hex(32);
    c.push_back({"secret_sentry_dsn",
                 "SENTRY_DSN=https://" + key + "@o123456.ingest.sentry.io/7654321", key,
                 "SENTRY_DSN=https://" + Hex(31) + "@o1.ingest.sentry.io/1"});
  }
  c.push_back(T("secret_sentry_org_token", "sntrys_eyJ" + Url(120), "sntrys_eyJ" + Url(20)));
  c.push_back(T("secret_sentry_user_token", "sntryu_" + Hex(64), "sntryu_" + Hex(63)));
  c.push_back(T("secret_linear_api_key", "lin_api_" + Alnum(40), "lin_api_" + Alnum(39)));
  c.push_back(T("secret_notion_integration_token", "secret_" + Alnum(43), "secret_" + Alnum(42)));
  c.push_back(T("secret_notion_token", "ntn_" + Alnum(46), "ntn_" + Alnum(45)));
  c.push_back(T("secret_airtable_pat", "pat" + Alnum(14) + "." + Hex(64),
                "pat" + Alnum(14) + "." + Hex(63)));
  {
    std::string head = "2/" + Digits(16) + "/" + Digits(16) + ":";
    c.push_back(T("secret_asana_pat", head + Hex(32), head + Hex(31)));
  }
  c.push_back(T("secret_figma_pat", "figd_" + Url(40), "figd_" + Url(10)));
  c.push_back(K("secret_okta_api_token", "OKTA_API_TOKEN=", "00" + Url(40), "00" + Url(39)));
  c.push_back(K("secret_algolia_admin_key", "ALGOLIA_ADMIN_KEY=", Hex(32), Hex(31)));
  {
    std::string head = "AAAA" + Url(7) + ":APA91b";
    c.push_back(T("secret_firebase_cloud_messaging_key", head + Url(134), head + Url(20)));
  }
  {
    std::string head = "eyJ1Ijoi" + Url(40) + ".";
    c.push_back(T("secret_mapbox_secret_token", "sk." + head + Url(22), "sk." + head + Url(21)));
    c.push_back(T("secret_mapbox_public_token", "pk." + head + Url(22), "pk." + head + Url(21)));
  }
  c.push_back(T("secret_dropbox_token", "sl." + Url(140), "sl." + Url(30)));
  c.push_back(T("secret_shippo_api_token", "shippo_live_" + Hex(40), "shippo_live_" + Hex(39)));
  c.push_back(T("secret_twitter_bearer_token",
                std::string(20, 'A') + "AAAMLheAAAAAAAA0%2BuSeid" + Alnum(60),
                std::string(20, 'A') + Alnum(20)));
  c.push_back(T("secret_easypost_api_key", "EZAK" + Alnum(54), "EZAK" + Alnum(53)));
  c.push_back(T("secret_duffel_token", "duffel_live_" + Url(43), "duffel_live_" + Url(42)));
  // Structural rules
  {
    std::string block =
        "-----BEGIN RSA PRIVATE KEY-----\n" + PemBody(6) + "-----END RSA PRIVATE KEY-----";
    c.push_back({"secret_private_key", "key:\n" + block + "\n", block,
                 "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----\n"});
  }
  {
    std::string ppk =
        "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: k\n"
        "Public-Lines: 2\n" +
        B64(64) + "\n" + B64(40) + "\nPrivate-Lines: 1\n" + B64(44) + "\nPrivate-MAC: " + Hex(64);
    c.push_back({"secret_putty_private_key", ppk + "\n", ppk,
                 "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\n"});
  }
  {
    std::string jwt = Base64Encode(R"({"alg":"HS256","typ":"JWT"})", true) + "." +
                      Base64Encode(R"({"sub":"1234567890","name":"Jo"})", true) + "." + Url(43);
    std::string no_alg = Base64Encode(R"({"typ":"JWT","kid":"abc"})", true) + "." +
                         Base64Encode(R"({"sub":"1234567890"})", true) + "." + Url(43);
    c.push_back({"secret_jwt", "token " + jwt + " end", jwt, "token " + no_alg + " end"});
  }
  {
    std::string pw = "Zr8" + Alnum(10);
    c.push_back({"secret_url_password",
                 "DATABASE_URL=postgres://app:" + pw + "@db.internal:5432/prod", pw,
                 "DATABASE_URL=postgres://app:${DB_PASSWORD}@db.internal:5432/prod"});
  }
  {
    std::string pw = "Pq7!" + Alnum(8);
    c.push_back({"secret_connection_string_password",
                 "Server=tcp:db,1433;Database=x;User ID=u;Password=" + pw + ";Encrypt=True", pw,
                 "Server=tcp:db,1433;Database=x;User ID=u;Password=changeme;Encrypt=True"});
  }
  {
    std::string creds = Base64Encode("svc:" + Alnum(12), false);
    c.push_back({"secret_http_basic_auth", "Authorization: Basic " + creds + "\n", creds,
                 "Authorization: Basic " + Base64Encode("no colon here", false) + "\n"});
  }
  {
    std::string token = Url(40);
    c.push_back({"secret_http_bearer_token", "Authorization: Bearer " + token + "\n", token,
                 "Authorization: Bearer <token>\n"});
  }
  {
    std::string pw = "Xq2@" + Alnum(8);
    c.push_back({"secret_xml_element", "<password>" + pw + "</password>", pw,
                 "<password>changeme</password>"});
  }
  {
    std::string pw = "d*" + Alnum(5) + "&(Vg3";
    c.push_back({"secret_labelled_password", "Username: jsmith Password: " + pw + "\n", pw,
                 "Password: required\n"});
  }
  {
    std::string pw = "Tr0" + Alnum(6) + "&3";
    c.push_back({"secret_password_in_prose",
                 "Hi Sam, the new password for user jsmith is " + pw + ". Change it today.", pw,
                 "Hi Sam, the new password for user jsmith was changed today."});
  }
  {
    std::string pw = "vT4" + Alnum(12);
    c.push_back({"secret_generic_assignment", "DB_PASSWORD=\"" + pw + "\"\n", pw,
                 "DB_PASSWORD=\"${DB_PASSWORD}\"\n"});
  }
  return c;
}

bool HasFinding(const std::vector<Found>& found, const std::string& id, const std::string& text) {
  for (const Found& f : found) {
    if (f.recognizer == id && f.text == text) return true;
  }
  return false;
}

bool HasRecognizer(const std::vector<Found>& found, const std::string& id) {
  for (const Found& f : found) {
    if (f.recognizer == id) return true;
  }
  return false;
}

TEST(Secrets, EngineWithEveryRecognizerCompiles) {
  EXPECT_NO_THROW(Engine{Policy{}});
}

TEST(Secrets, EveryRuleFindsItsTruePositive) {
  for (const Case& c : Cases()) {
    auto found = Scan(c.text);
    EXPECT_TRUE(HasFinding(found, c.id, c.expected))
        << c.id << " missed \"" << c.expected << "\" in \"" << c.text << "\"";
  }
}

TEST(Secrets, EveryRuleRejectsItsNearMiss) {
  for (const Case& c : Cases()) {
    EXPECT_FALSE(HasRecognizer(Scan(c.miss), c.id)) << c.id << " fired on \"" << c.miss << "\"";
  }
}

TEST(Secrets, EveryRuleHasATestCase) {
  std::set<std::string> tested;
  for (const Case& c : Cases()) tested.insert(c.id);
  for (const auto& rule : recognizers::secrets::AllRules()) {
    EXPECT_TRUE(tested.count(std::string(rule.recognizer.id))) << rule.recognizer.id;
  }
}

TEST(Secrets, CatalogueHasAtLeastEightyDistinctRules) {
  std::set<std::string_view> ids;
  for (const PatternRecognizer& r : recognizers::Secrets()) {
    EXPECT_EQ(r.type, Entity::SECRET);
    EXPECT_EQ(r.id.substr(0, 7), "secret_") << r.id;
    ids.insert(r.id);
  }
  EXPECT_EQ(ids.size(), recognizers::Secrets().size()) << "duplicate rule ids";
  EXPECT_GE(ids.size(), 80u);
}

// gitleaks' breadth: at least 150 provider-specific formats (the structural rules — key blocks,
// JWTs, URL passwords, generic assignments — not counted), each with its own true positive and a
// near miss in Cases().
TEST(Secrets, AtLeast150ProviderFormatsEachWithATruePositiveAndANearMiss) {
  std::map<std::string, const Case*> cases;
  for (const Case& c : Cases()) cases.emplace(c.id, &c);
  size_t providers = 0;
  for (auto table : {recognizers::secrets::CloudRules(), recognizers::secrets::DeveloperRules(),
                     recognizers::secrets::SaasRules()}) {
    for (const auto& rule : table) {
      ++providers;
      auto it = cases.find(std::string(rule.recognizer.id));
      ASSERT_NE(it, cases.end()) << rule.recognizer.id;
      EXPECT_FALSE(it->second->expected.empty()) << rule.recognizer.id;
      EXPECT_NE(it->second->text, it->second->miss) << rule.recognizer.id;
    }
  }
  EXPECT_GE(providers, 150u);
}

TEST(Secrets, EveryRuleIsDocumented) {
  std::ifstream in(std::string(DESKBENCH_TEST_DIR) + "/../docs/entities.md");
  ASSERT_TRUE(in.good());
  std::stringstream doc;
  doc << in.rdbuf();
  for (const auto& rule : recognizers::secrets::AllRules()) {
    EXPECT_NE(doc.str().find("`" + std::string(rule.recognizer.id) + "`"), std::string::npos)
        << rule.recognizer.id;
    EXPECT_FALSE(rule.provider.empty());
    EXPECT_FALSE(rule.shape.empty());
  }
}

TEST(Secrets, PublishedExampleKeysAreRejected) {
  EXPECT_TRUE(Scan("aws_access_key_id = AKIAIOSFODNN7EXAMPLE").empty());
  EXPECT_TRUE(Scan("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY").empty());
  EXPECT_TRUE(Scan("token: ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx").empty());
  EXPECT_TRUE(Scan("key sk_live_000000000000000000000000").empty());
}

TEST(Secrets, GenericAssignmentsInManySyntaxesReportOnlyTheValue) {
  const std::string v = "kP9" + Alnum(13);
  for (const std::string& text : {
           "password = \"" + v + "\"",                 // Python
           "const apiKey = '" + v + "';",              // JavaScript
           "API_KEY=" + v,                             // .env
           "  client_secret: " + v,                    // YAML
           "{\"auth_token\": \"" + v + "\"}",          // JSON
           "secret=" + v + "\n",                       // INI
           "<add key=\"x\" password=\"" + v + "\"/>",  // XML attribute
           "token := \"" + v + "\"",                   // Go
           "'credentials' => '" + v + "',",            // PHP
           "Passwd: " + v,                             // prose key-value
       }) {
    EXPECT_EQ(Values(text), std::vector<std::string>{v}) << text;
  }
}

// What people write in a message or a form: any symbol may be part of the password, sentence
// punctuation after it is not, and code that names a password is no password.
TEST(Secrets, LabelledPasswordsAsPeopleWriteThem) {
  for (std::string pw :
       {"d**0&0Vg3A", "EQ1k)Qag@9", "zHVZZOLe&6", "X(81M)kk0n", "Summer2024!", "&zqGVhPX5J"}) {
    EXPECT_EQ(Values("Username: jsmith Password: " + pw + "\n"), std::vector<std::string>{pw});
    EXPECT_EQ(Values("Your new passcode: " + pw + ". Keep it safe."), std::vector<std::string>{pw});
  }
  // The label in the gazetteers' other languages.
  for (std::string label : {"Passwort", "Kennwort", "Mot de passe ",
                            "Contrase\xC3\xB1"
                            "a",
                            "Senha", "Wachtwoord", "L\xC3\xB6senord", "Salasana"}) {
    EXPECT_EQ(Values(label + ": Sommer2024!xQ\n"), std::vector<std::string>{"Sommer2024!xQ"})
        << label;
  }
  EXPECT_TRUE(Values("Passwort: siehe Tresor\n").empty());
  EXPECT_EQ(Values("Mot  de\tpasse : Sommer2024!xQ\n"), std::vector<std::string>{"Sommer2024!xQ"});
  // The value follows the colon on its line, after at most eight blanks.
  EXPECT_EQ(Values("Password:\tSommer2024!xQ\n"), std::vector<std::string>{"Sommer2024!xQ"});
  EXPECT_EQ(Values("Password:" + std::string(8, ' ') + "Sommer2024!xQ"),
            std::vector<std::string>{"Sommer2024!xQ"});
  EXPECT_TRUE(Values("Password:" + std::string(9, ' ') + "Sommer2024!xQ").empty());
  EXPECT_TRUE(Values("Password:\nSommer2024!xQ\n").empty());
  EXPECT_TRUE(Values("Password:   ").empty());
  for (std::string text : {
           "password: str\n",
           "    password: Optional[str] = None,\n",
           "Password: getpass.getpass()\n",
           "password: List<String>\n",
           "Password: required\n",
           "password: ${DB_PASSWORD}\n",
           "  password: this.password,\n",
           "Password: ********\n",
           "Password: <your-password>\n",
           "Password: n/a-yet\n",
       }) {
    EXPECT_TRUE(Values(text).empty()) << text;
  }
}

TEST(Secrets, ShortGenericValuesMayRepeatAByte) {
  // Eight random bytes are all different only two times in three; a repeat is no placeholder.
  EXPECT_EQ(Values("password = \"kQ7mW2kR\""), std::vector<std::string>{"kQ7mW2kR"});
  EXPECT_EQ(Values("DB_PASSWORD=x9Tq2x7Lp"), std::vector<std::string>{"x9Tq2x7Lp"});
  // Repeated patterns stay out.
  EXPECT_TRUE(Values("password = \"Aa1Aa1Aa\"").empty());
  EXPECT_TRUE(Values("password = \"ab12ab12\"").empty());
}

TEST(Secrets, QualifiedClassNamesInCodeAreNotSecrets) {
  EXPECT_TRUE(
      Values("    self, private_key: ed25519.Ed25519PrivateKey, f_priv: _FragList").empty());
  EXPECT_TRUE(Values("auth: rest_framework.authentication.TokenAuth2\n").empty());
  // A quoted value, or one that is no module path, is still a secret.
  EXPECT_EQ(Values("private_key: \"ed25519.Ed25519PrivateKey\""),
            std::vector<std::string>{"ed25519.Ed25519PrivateKey"});
  EXPECT_EQ(Values("DB_PASSWORD=Tq7.Wx9Lm2"), std::vector<std::string>{"Tq7.Wx9Lm2"});
  EXPECT_EQ(Values("DB_PASSWORD=tq7.Wx9Lm2q"), std::vector<std::string>{"tq7.Wx9Lm2q"});
}

TEST(Secrets, PlaceholdersAndReferencesAreNotSecrets) {
  for (const std::string& text : {
           std::string("password = \"changeme\""),
           std::string("api_key = \"your_api_key_here\""),
           std::string("API_KEY=<your-key>"),
           std::string("password: ${DB_PASSWORD}"),
           std::string("token: \"{{ vault_token }}\""),
           std::string("secret = \"%s\""),
           std::string("password = \"********\""),
           std::string("password = \"12345678\""),
           std::string("password = \"aaaaaaaaaaaa\""),
           std::string("api_key = os.environ[\"API_KEY\"]"),
           std::string("token = process.env.GITHUB_TOKEN"),
           std::string("secret = \"EXAMPLEKEY123abc\""),
           std::string("password = \"dummyPassword1\""),
           std::string("api_key = \"placeholder-Key-1\""),
           std::string("password = \"test1234\""),
           std::string("token = \"XXXXXXXXXXXX\""),
           std::string("password = getpass()"),
           std::string("if password == \"Sup3rS3cret\":"),
           std::string("password_length = 16"),
           std::string("author: Jonathan Smithson"),
           std::string("secret: the meeting moved to Tuesday"),
           std::string("token = self.token"),
           std::string("auth_endpoint: https://login.Example1.org/oauth2"),
           std::string("private_key: /etc/ssl/private/Server2.pem"),
           std::string("passwordMinLength = \"Abcdef12x\""),
           std::string("AUTH_TOKEN_TTL=3600sTimeout1"),
           std::string("(r'\\s+', Token.Whitespace), token: Name.Function"),
           std::string("auth_error = AuthenticationError"),
           std::string("private_key: \"_RSAPrivateKey\""),
           std::string("token_kind = \"AccessTokenHolder\""),
           std::string("const password = 'Password used to generate key';"),
       }) {
    EXPECT_TRUE(Values(text).empty()) << text << " -> " << testing::PrintToString(Values(text));
  }
}

TEST(Secrets, ConnectionStringPasswordsCoverOnlyThePassword) {
  EXPECT_EQ(Values("mongodb+srv://admin:h7Gq2pLx@cluster0.mongodb.net/db"),
            std::vector<std::string>{"h7Gq2pLx"});
  EXPECT_EQ(Values("REDIS_URL=redis://:r3d1sPw9@cache:6379/0"),
            std::vector<std::string>{"r3d1sPw9"});
  EXPECT_EQ(Values("jdbc:postgresql://db:5432/app?user=svc&password=Jd8cPw2x&ssl=true"),
            std::vector<std::string>{"Jd8cPw2x"});
  EXPECT_EQ(Values("Data Source=db;Initial Catalog=x;User Id=sa;Pwd=Od8c!Pw2;"),
            std::vector<std::string>{"Od8c!Pw2"});
  // A port is not a password.
  EXPECT_TRUE(Values("see https://example.com:8080@mirror for details").empty());
}

TEST(Secrets, UrlPasswordsWithARawHashSign) {
  // RFC 3986 wants '#' percent-encoded in userinfo, but hand-written URLs carry it as typed.
  EXPECT_EQ(Values("DATABASE_URL=postgres://app:#4FIdpKMctoj@db.internal:5432/app"),
            std::vector<std::string>{"#4FIdpKMctoj"});
  EXPECT_EQ(Values("connecting to postgres://app:5#5SVe6HxZZU@db-01.internal:5432/crm"),
            std::vector<std::string>{"5#5SVe6HxZZU"});
  EXPECT_EQ(Values("https://admin:Szn7WeSb8FJ7c#9Cyo@files.example.io/repo.git"),
            std::vector<std::string>{"Szn7WeSb8FJ7c#9Cyo"});
  // A port followed by a fragment is not a password.
  EXPECT_TRUE(Values("see https://example.com:8080#top@mirror for details").empty());
}

// A CVSROOT written as a URL names its access method between colons before the user:
// "cvs://:pserver:anoncvs@host" has a user and no password.
// A URL template's brackets ("[[USERNAME:]PASSWORD@]HOST") cannot be in userinfo.
TEST(Secrets, UrlTemplatesAreNoPasswords) {
  EXPECT_TRUE(Values("URL formats: redis://[[USERNAME:]PASSWORD@]HOST[:PORT][/DBNUMBER]").empty());
}

TEST(Secrets, CvsAccessMethodIsNoPassword) {
  EXPECT_TRUE(Values("  cvs://:pserver:anoncvs@sources.example.org:/cvs/src").empty());
  EXPECT_TRUE(Values("cvs://:ext:jdoe@cvs.example.org:/home/cvs").empty());
  EXPECT_EQ(Values("cvs://:pserver:jdoe:Xq7vLp2Rk9@cvs.example.org:/cvsroot"),
            std::vector<std::string>{"Xq7vLp2Rk9"});
}

TEST(Secrets, PercentSInsideARandomPasswordIsNoTemplate) {
  EXPECT_EQ(Values("postgres://app:olOTLspU3eP8%s@db-01.internal:5432/crm"),
            std::vector<std::string>{"olOTLspU3eP8%s"});
  EXPECT_EQ(Values("postgres://app:%sJcxF5oL3@db.internal:5432/app"),
            std::vector<std::string>{"%sJcxF5oL3"});
  EXPECT_EQ(Values("  password: \"qwg5%SnB5qqdZi\""), std::vector<std::string>{"qwg5%SnB5qqdZi"});
  // Templates that format the password in are not secrets.
  EXPECT_TRUE(Values("url = \"postgres://app:%s@db.internal:5432/app\"").empty());
  EXPECT_TRUE(Values("DSN = \"postgres://%s:%s@%s/app\"").empty());
  EXPECT_TRUE(Values("password = \"pw_%-12s\"").empty());
}

TEST(Secrets, PrefixedTokensWithOneCharacterClass) {
  // AWS key IDs are base32: some are capitals only. A literal prefix makes them certain.
  const std::string id = "AKIA" + Rand("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 16);
  EXPECT_EQ(Values("aws_access_key_id: " + id), std::vector<std::string>{id});
  const std::string hf = "hf_" + Rand("abcdefghijklmnopqrstuvwxyz", 34);
  EXPECT_EQ(Values("HF_TOKEN=" + hf), std::vector<std::string>{hf});
  // Random bodies may repeat a few bytes: 16 base32 bytes stay under 3 bits now and then.
  EXPECT_EQ(Values("AWS_ACCESS_KEY_ID=AKIA5ZO7QP5W5O6Q6O55"),
            std::vector<std::string>{"AKIA5ZO7QP5W5O6Q6O55"});
  EXPECT_TRUE(Values("AWS_ACCESS_KEY_ID=AKIA5Z5Z5Z5Z5Z5Z5Z5Z").empty());
  // Still no masks, runs or single repeated letters.
  EXPECT_TRUE(Values("aws_access_key_id: AKIAXXXXXXXXXXXXXXXX").empty());
  EXPECT_TRUE(Values("aws_access_key_id: AKIAABCDEFGHIJKLMNOP").empty());
  EXPECT_TRUE(Values("key AKIAABABABABABABABAB here").empty());
}

TEST(Secrets, PrivateKeyBlocksOfEveryKindAreOneFinding) {
  for (std::string kind :
       {"PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY", "DSA PRIVATE KEY",
        "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY", "PGP PRIVATE KEY BLOCK"}) {
    std::string block =
        "-----BEGIN " + kind + "-----\n" + PemBody(8) + "-----END " + kind + "-----";
    auto found = Scan("before\n" + block + "\nafter");
    ASSERT_EQ(found.size(), 1u) << kind;
    EXPECT_EQ(found[0].text, block);
    EXPECT_EQ(found[0].recognizer, "secret_private_key");
  }
  // Two blocks stay two findings; the text between them is not swallowed.
  std::string a = "-----BEGIN EC PRIVATE KEY-----\n" + PemBody(3) + "-----END EC PRIVATE KEY-----";
  std::string b = "-----BEGIN EC PRIVATE KEY-----\n" + PemBody(3) + "-----END EC PRIVATE KEY-----";
  EXPECT_EQ(Values(a + "\nbetween\n" + b), (std::vector<std::string>{a, b}));
  // Public keys and certificates are not secrets.
  EXPECT_TRUE(
      Values("-----BEGIN PUBLIC KEY-----\n" + PemBody(4) + "-----END PUBLIC KEY-----").empty());
}

TEST(Secrets, ProviderRulesWinOverTheGenericOne) {
  const std::string token = "ghp_" + Alnum(36);
  auto found = Scan("GITHUB_TOKEN=" + token);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].recognizer, "secret_github_pat");
  EXPECT_EQ(found[0].text, token);
}

TEST(SecretValidators, EntropyAndVariety) {
  using validators::CharClasses;
  using validators::ShannonEntropy;
  EXPECT_DOUBLE_EQ(ShannonEntropy(""), 0.0);
  EXPECT_DOUBLE_EQ(ShannonEntropy("aaaa"), 0.0);
  EXPECT_DOUBLE_EQ(ShannonEntropy("abcd"), 2.0);
  EXPECT_DOUBLE_EQ(ShannonEntropy("aabb"), 1.0);
  EXPECT_EQ(CharClasses("abc"), 1);
  EXPECT_EQ(CharClasses("aB3"), 3);
  EXPECT_EQ(CharClasses("aB3!"), 4);
  EXPECT_TRUE(validators::IsMonotonous("aaaaaaab"));
  EXPECT_TRUE(validators::IsMonotonous("12345678"));
  EXPECT_TRUE(validators::IsMonotonous("zyxwvuts"));
  EXPECT_TRUE(validators::IsMonotonous("abababab"));
  EXPECT_FALSE(validators::IsMonotonous("k3Pq9xZ2"));
  EXPECT_TRUE(validators::LooksRandom("kP9" + Alnum(20)));
  EXPECT_FALSE(validators::LooksRandom("short1A"));
  EXPECT_FALSE(validators::LooksRandom("alllowercaseletters"));
  EXPECT_TRUE(validators::LooksRandom("qzmvkxwjhrtplbnd", 8, 1));
  EXPECT_FALSE(validators::LooksRandom("zzzzzzzzzzzzzzzz", 8, 1));
}

TEST(SecretValidators, Placeholders) {
  for (std::string_view p :
       {"AKIAIOSFODNN7EXAMPLE", "xxxxxxxx", "<your-key>", "${API_KEY}", "{{ token }}", "%s",
        "changeme", "your_api_key", "DUMMY_VALUE1", "placeholder", "********", "test1234",
        "sampletoken", "$DB_PASS", "process.env.TOKEN", "os.environ['K']", "sk-...abc",
        "\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2"}) {
    EXPECT_TRUE(validators::LooksLikePlaceholder(p)) << p;
  }
  for (std::string_view p : {"%s:%s", "user_%-12s", "pass%s"}) {
    EXPECT_TRUE(validators::LooksLikePlaceholder(p)) << p;
  }
  for (std::string_view p :
       {"kP9xQ2mZ7rT4", "Zr8aWq1LmN0p", "9f2c1ab7e4d3", "kP9xQ2mZ7rT4%s", "%sJcxF5oL3"}) {
    EXPECT_FALSE(validators::LooksLikePlaceholder(p)) << p;
  }
}

TEST(SecretValidators, DecodeBase64BothAlphabets) {
  char out[32];
  size_t n = validators::DecodeBase64("dXNlcjpwYXNz", out, sizeof out);
  EXPECT_EQ(std::string_view(out, n), "user:pass");
  n = validators::DecodeBase64("-_-_", out, sizeof out);
  EXPECT_EQ(n, 3u);
  EXPECT_EQ(validators::DecodeBase64("not base64!", out, sizeof out), validators::kNoMax);
  EXPECT_EQ(validators::DecodeBase64(std::string(100, 'A'), out, sizeof out), validators::kNoMax);
}

TEST(Secrets, ArbitraryBytesNeverCrash) {
  std::string junk;
  for (int i = 0; i < 20000; ++i) junk.push_back(static_cast<char>(Rng()() & 0xFF));
  for (std::string_view tail : {"password=", "-----BEGIN RSA PRIVATE KEY-----", "postgres://a:",
                                "Authorization: Basic ", "eyJhbGciOi.eyJ", "<password>x"}) {
    Scan(junk + std::string(tail));
    Scan(std::string(tail));
  }
}

}  // namespace
}  // namespace deskbench
