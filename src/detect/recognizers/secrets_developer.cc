// SECRET rules of version control, CI/CD, package registries and developer tools.

#include "detect/recognizers/secrets_internal.h"

namespace deskbench::recognizers::secrets {

namespace {

using validators::PrefixedToken;

constexpr SecretRule kRules[] = {
    // GitHub
    Token("secret_github_pat", "GitHub", "ghp_ + 36 alphanumerics", R"(\bghp_[A-Za-z0-9]{36})",
          PrefixedToken<4>),
    Token("secret_github_oauth_token", "GitHub", "gho_ + 36 alphanumerics",
          R"(\bgho_[A-Za-z0-9]{36})", PrefixedToken<4>),
    Token("secret_github_user_to_server_token", "GitHub", "ghu_ + 36 alphanumerics",
          R"(\bghu_[A-Za-z0-9]{36})", PrefixedToken<4>),
    Token("secret_github_server_to_server_token", "GitHub", "ghs_ + 36 alphanumerics",
          R"(\bghs_[A-Za-z0-9]{36})", PrefixedToken<4>),
    Token("secret_github_refresh_token", "GitHub", "ghr_ + 36 alphanumerics",
          R"(\bghr_[A-Za-z0-9]{36})", PrefixedToken<4>),
    Token("secret_github_fine_grained_pat", "GitHub", "github_pat_ + 22 alnum + _ + 59 alnum",
          R"(\bgithub_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})", PrefixedToken<11>),
    // GitLab
    Token("secret_gitlab_pat", "GitLab", "glpat- + >= 20 [\\w-] (dot-separated parts allowed)",
          R"(\bglpat-[\w-]+(?:\.[\w-]+)*)", PrefixedToken<6, 20>),
    Token("secret_gitlab_deploy_token", "GitLab", "gldt- + >= 20 [\\w-]", R"(\bgldt-[\w-]+)",
          PrefixedToken<5, 20>),
    Token("secret_gitlab_runner_token", "GitLab", "glrt- + >= 20 [\\w-] (dot-separated parts)",
          R"(\bglrt-[\w-]+(?:\.[\w-]+)*)", PrefixedToken<5, 20>),
    Token("secret_gitlab_runner_registration_token", "GitLab", "GR1348941 + 20 [\\w-]",
          R"(\bGR1348941[\w-]{20})", PrefixedToken<9>),
    Token("secret_gitlab_pipeline_trigger_token", "GitLab", "glptt- + 40 hex",
          R"(\bglptt-[0-9a-f]{40})", PrefixedToken<6>),
    Token("secret_gitlab_ci_job_token", "GitLab", "glcbt- + >= 20 [\\w-]", R"(\bglcbt-[\w-]+)",
          PrefixedToken<6, 20>),
    Token("secret_gitlab_incoming_mail_token", "GitLab", "glimt- + 25 [\\w-]",
          R"(\bglimt-[\w-]{25})", PrefixedToken<6>),
    Token("secret_gitlab_agent_token", "GitLab", "glagent- + 50 [\\w-]", R"(\bglagent-[\w-]{50})",
          PrefixedToken<8>),
    Token("secret_gitlab_oauth_app_secret", "GitLab", "gloas- + 64 [\\w-]", R"(\bgloas-[\w-]{64})",
          PrefixedToken<6>),
    Token("secret_gitlab_feed_token", "GitLab", "glft- + 20 [\\w-]", R"(\bglft-[\w-]{20})",
          PrefixedToken<5>),
    Token("secret_gitlab_scim_token", "GitLab", "glsoat- + 20 [\\w-]", R"(\bglsoat-[\w-]{20})",
          PrefixedToken<7>),
    Token("secret_gitlab_feature_flag_token", "GitLab", "glffct- + 20 [\\w-]",
          R"(\bglffct-[\w-]{20})", PrefixedToken<7>),
    // Atlassian / Bitbucket
    Token("secret_bitbucket_app_password", "Bitbucket", "ATBB + 32 alphanumerics",
          R"(\bATBB[A-Za-z0-9]{32})", PrefixedToken<4>),
    Token("secret_atlassian_api_token", "Atlassian", "ATATT3 + >= 50 [\\w=-]", R"(\bATATT3[\w=-]+)",
          PrefixedToken<6, 50>),
    Token("secret_atlassian_access_token", "Atlassian / Bitbucket", "ATCTT3 + >= 50 [\\w=-]",
          R"(\bATCTT3[\w=-]+)", PrefixedToken<6, 50>),
    // Package registries
    Token("secret_npm_token", "npm", "npm_ + 36 alphanumerics", R"(\bnpm_[A-Za-z0-9]{36})",
          PrefixedToken<4>),
    Token("secret_pypi_token", "PyPI", "pypi-AgEIcHlwaS5vcmc + >= 50 [\\w-]",
          R"(\bpypi-AgEIcHlwaS5vcmc[\w-]+)", PrefixedToken<5, 60>),
    Token("secret_test_pypi_token", "TestPyPI", "pypi-AgENdGVzdC5weXBpLm9yZw + >= 50 [\\w-]",
          R"(\bpypi-AgENdGVzdC5weXBpLm9yZw[\w-]+)", PrefixedToken<5, 60>),
    Token("secret_rubygems_api_key", "RubyGems", "rubygems_ + 48 hex", R"(\brubygems_[a-f0-9]{48})",
          PrefixedToken<9>),
    Token("secret_nuget_api_key", "NuGet", "oy2 + 43 [a-z0-9]", R"(\boy2[a-z0-9]{43})",
          PrefixedToken<3>, 0.9f),
    Token("secret_docker_hub_pat", "Docker Hub", "dckr_pat_ + 27 [\\w-]", R"(\bdckr_pat_[\w-]{27})",
          PrefixedToken<9>),
    Token("secret_docker_hub_org_token", "Docker Hub", "dckr_oat_ + >= 20 [\\w-]",
          R"(\bdckr_oat_[\w-]+)", PrefixedToken<9, 20>),
    Token("secret_crates_io_token", "crates.io", "cio + 32 alphanumerics",
          R"(\bcio[A-Za-z0-9]{32})", PrefixedToken<3>, 0.9f),
    Token("secret_jfrog_api_key", "JFrog Artifactory", "AKCp + 69 alphanumerics",
          R"(\bAKCp[A-Za-z0-9]{69})", PrefixedToken<4>),
    Token("secret_jfrog_identity_token", "JFrog Artifactory",
          "cmVmdGtuOjAxOj (base64 of reftkn:01:) + >= 40 alphanumerics",
          R"(\bcmVmdGtuOjAxOj[A-Za-z0-9]+)", PrefixedToken<14, 40>),
    Token("secret_clojars_token", "Clojars", "CLOJARS_ + 60 [a-z0-9]", R"(\bCLOJARS_[a-z0-9]{60})",
          PrefixedToken<8>),
    // CI/CD and developer tools
    Token("secret_circleci_pat", "CircleCI", "CCIPAT_ + 22 alnum + _ + 40 hex",
          R"(\bCCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40})", PrefixedToken<7>),
    Token("secret_buildkite_token", "Buildkite", "bkua_ + 40 hex", R"(\bbkua_[a-f0-9]{40})",
          PrefixedToken<5>),
    Token("secret_sonar_token", "SonarQube / SonarCloud", "squ_/sqp_/sqa_ + 40 hex",
          R"(\bsq[pua]_[a-f0-9]{40})", PrefixedToken<4>),
    Token("secret_postman_api_key", "Postman", "PMAK- + 24 hex + - + 34 hex",
          R"(\bPMAK-[a-f0-9]{24}-[a-f0-9]{34})", PrefixedToken<5>),
    Token("secret_prefect_api_key", "Prefect", "pnu_ + 36 alphanumerics",
          R"(\bpnu_[A-Za-z0-9]{36})", PrefixedToken<4>),
    Token("secret_readme_api_key", "ReadMe", "rdme_ + 70 [a-z0-9]", R"(\brdme_[a-z0-9]{70})",
          PrefixedToken<5>),
    Token("secret_harness_pat", "Harness", "pat. + 22 [\\w-] + . + 24 hex + . + 20 alnum",
          R"(\bpat\.[\w-]{22}\.[a-f0-9]{24}\.[A-Za-z0-9]{20})", PrefixedToken<4>),
    Token("secret_octopus_deploy_api_key", "Octopus Deploy", "API- + 26 [A-Z0-9]",
          R"(\bAPI-[A-Z0-9]{26})", PrefixedToken<4>, 0.85f),
    Token("secret_infracost_api_key", "Infracost", "ico- + 32 alphanumerics",
          R"(\bico-[A-Za-z0-9]{32})", PrefixedToken<4>),
    Token("secret_scalingo_token", "Scalingo", "tk-us- + 48 [\\w-]", R"(\btk-us-[\w-]{48})",
          PrefixedToken<6>),
    Token("secret_1password_service_account_token", "1Password", "ops_eyJ + >= 100 base64",
          R"(\bops_eyJ[\w+/=-]+)", PrefixedToken<4, 100>),
    Token("secret_1password_secret_key", "1Password", "A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX",
          R"(\bA3-[A-Z0-9]{6}-[A-Z0-9]{6}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})",
          PrefixedToken<3>),
    Token("secret_frameio_token", "Frame.io", "fio-u- + 64 [\\w=-]", R"(\bfio-u-[\w=-]{64})",
          PrefixedToken<6>),
    Token("secret_typeform_token", "Typeform", "tfp_ + >= 40 [\\w=.-]", R"(\btfp_[\w=.-]+)",
          PrefixedToken<4, 40>),
    Token("secret_contentful_pat", "Contentful", "CFPAT- + 43 [\\w-]", R"(\bCFPAT-[\w-]{43})",
          PrefixedToken<6>),
    Token("secret_posthog_personal_api_key", "PostHog", "phx_ + 43 alphanumerics",
          R"(\bphx_[A-Za-z0-9]{43})", PrefixedToken<4>),
    Token("secret_launchdarkly_key", "LaunchDarkly", "api-/sdk- + UUID",
          R"(\b(?:api|sdk)-)" DESKBENCH_UUID, PrefixedToken<4>, 0.85f),
};

}  // namespace

std::span<const SecretRule> DeveloperRules() {
  return kRules;
}

}  // namespace deskbench::recognizers::secrets
