#pragma once
// Options and helpers shared by the subcommands.

#include <CLI/CLI.hpp>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "scrub/config.h"
#include "scrub/pipeline.h"

namespace deskbench::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitError = 2;

// Flags every subcommand that reads inputs takes.
struct CommonFlags {
  std::vector<std::string> inputs;
  std::optional<std::string> config;
  std::vector<std::string> deny;
  std::vector<std::string> allow;
  unsigned jobs = 0;
  bool quiet = false;
  std::optional<std::string> pdf_password;
  bool pdf_label = false;
  std::optional<std::string> ocr_lang;
  bool no_ocr = false;
  bool keep_history = false;
  bool keep_comments = false;

  // inputs_required: false for commands that default to the current folder.
  void Register(CLI::App& app, bool inputs_required = true);
  // The config with the command line's overrides applied. Throws UsageError.
  Config LoadConfig() const;
  unsigned Jobs() const;
  std::vector<std::filesystem::path> Paths() const;
};

// A progress line on stderr, only when stderr is a terminal and not --quiet.
std::function<void(std::string_view, size_t, size_t)> ProgressPrinter(bool quiet);

// Prints refused / failed / skipped inputs on stderr, one line each, naming file and reason.
void PrintProblems(const RunReport& report);

// Counts the secrets found only in a repository's history (deleted before HEAD), and those found
// in what no output holds (stashes, reflogs, remote URLs), and says so on stderr: the output no
// longer holds them, but they were written down once and stay valid until rotated.
void PrintHistorySecrets(const RunReport& report);

// A subcommand: registered on the root app; `run` is called when it was chosen.
struct Command {
  CLI::App* app;
  std::function<int()> run;
};

Command AddScrubCommand(CLI::App& root);
Command AddScanCommand(CLI::App& root);
Command AddTaskCommand(CLI::App& root);

}  // namespace deskbench::cli
