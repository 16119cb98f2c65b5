#include "cli/common.h"

#include <unistd.h>

#include <cstdio>
#include <thread>

#include "core/error.h"
#include "scrub/locations.h"

namespace deskbench::cli {

void CommonFlags::Register(CLI::App& app, bool inputs_required) {
  auto* in = app.add_option("inputs", inputs, "Files and folders (folders are read recursively)");
  if (inputs_required) in->required();
  app.add_option("--config", config,
                 "deskbench.toml to use (default: ./deskbench.toml if present)");
  // One value per flag, so "--deny Acme in/" leaves in/ to the inputs.
  app.add_option("--deny", deny, "A term to find and replace everywhere (repeatable)")
      ->allow_extra_args(false);
  app.add_option("--allow", allow, "A value never to report (repeatable)")->allow_extra_args(false);
  app.add_option("-j,--jobs", jobs, "Worker threads (default: the number of cores)");
  app.add_flag("-q,--quiet", quiet, "No progress or summary on stderr");
  app.add_option("--pdf-password", pdf_password,
                 "Password that opens PDFs encrypted with a user password (written unencrypted)");
  app.add_flag("--pdf-label", pdf_label,
               "Write the entity type (\"[PERSON]\") inside PDF redaction boxes instead of "
               "leaving them plain black");
  app.add_option("--ocr-lang", ocr_lang,
                 "Tesseract languages for text in images and scanned pages (default eng; e.g. "
                 "eng+deu, each needs its tesseract-ocr-<lang> package)");
  app.add_flag("--no-ocr", no_ocr,
               "Do not read text in images (faster; images only lose their metadata)");
  app.add_flag("--keep-history", keep_history,
               "Git repositories: rewrite every commit instead of one squashed commit of HEAD");
  app.add_flag("--keep-comments", keep_comments,
               "Keep comments (Office, OpenDocument), scrubbed like the text, instead of removing "
               "them");
}

Config CommonFlags::LoadConfig() const {
  std::optional<std::filesystem::path> path;
  if (config) path = *config;
  Config c = ResolveConfig(path);
  c.policy.deny.insert(c.policy.deny.end(), deny.begin(), deny.end());
  c.policy.allow.insert(c.policy.allow.end(), allow.begin(), allow.end());
  if (pdf_password) c.formats.pdf_password = *pdf_password;
  if (pdf_label) c.formats.pdf_label = true;
  if (ocr_lang) c.formats.ocr_lang = *ocr_lang;
  if (no_ocr) c.formats.ocr = false;
  if (keep_history) c.formats.keep_history = true;
  if (keep_comments) c.formats.keep_comments = true;
  return c;
}

unsigned CommonFlags::Jobs() const {
  if (jobs > 0) return jobs;
  return std::max(1u, std::thread::hardware_concurrency());
}

std::vector<std::filesystem::path> CommonFlags::Paths() const {
  return {inputs.begin(), inputs.end()};
}

std::function<void(std::string_view, size_t, size_t)> ProgressPrinter(bool quiet) {
  if (quiet || ::isatty(STDERR_FILENO) == 0) return nullptr;
  return [](std::string_view phase, size_t done, size_t total) {
    int width = 30;
    int filled = total == 0 ? width : static_cast<int>(width * done / total);
    std::fprintf(stderr, "\r\033[K%-15.*s [%.*s%*s] %zu/%zu", static_cast<int>(phase.size()),
                 phase.data(), filled, "##############################", width - filled, "", done,
                 total);
    if (done == total) std::fputc('\n', stderr);
    std::fflush(stderr);
  };
}

void PrintProblems(const RunReport& report) {
  for (const auto& f : report.files) {
    if (f.status == FileStatus::kRefused) {
      std::fprintf(stderr, "deskbench: refused %s: %s\n", f.source.c_str(), f.reason.c_str());
    } else if (f.status == FileStatus::kError) {
      std::fprintf(stderr, "deskbench: error %s: %s\n", f.source.c_str(), f.reason.c_str());
    } else if (f.status == FileStatus::kSkipped) {
      std::fprintf(stderr, "deskbench: skipped %s: %s\n", f.source.c_str(), f.reason.c_str());
    }
  }
}

void PrintHistorySecrets(const RunReport& report) {
  for (const auto& f : report.files) {
    size_t history = 0;
    size_t left_behind = 0;
    for (const auto& x : f.findings) {
      if (x.type != Entity::SECRET && x.recognizer != "url_with_credentials") continue;
      if (x.type == Entity::SECRET && x.location.starts_with("history ")) ++history;
      if (LeftBehindInRepository(x.location)) ++left_behind;
    }
    if (history > 0) {
      std::fprintf(stderr,
                   "deskbench: %s: %zu secret%s found only in history (deleted before HEAD, "
                   "still valid until rotated): see the report\n",
                   f.source.c_str(), history, history == 1 ? "" : "s");
    }
    if (left_behind > 0) {
      std::fprintf(stderr,
                   "deskbench: %s: %zu secret%s found in stashes, reflogs, remote-tracking "
                   "branches or remote URLs (never carried over, still valid until rotated): see "
                   "the report\n",
                   f.source.c_str(), left_behind, left_behind == 1 ? "" : "s");
    }
  }
}

}  // namespace deskbench::cli
