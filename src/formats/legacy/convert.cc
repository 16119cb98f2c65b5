#include "formats/legacy/convert.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <system_error>
#include <thread>
#include <vector>

#include "core/ascii.h"
#include "core/error.h"

extern char** environ;

namespace deskbench::legacy {
namespace {

namespace fs = std::filesystem;
using namespace std::string_view_literals;

struct Kind {
  std::string_view extension;
  std::string_view format;
};

constexpr std::array kKinds = {
    Kind{".doc", "doc"}, Kind{".dot", "doc"}, Kind{".xls", "xls"}, Kind{".xlt", "xls"},
    Kind{".ppt", "ppt"}, Kind{".pot", "ppt"}, Kind{".pps", "ppt"},
};

// Directory entry names as stored in the OLE directory (UTF-16LE, NUL-terminated). Word first:
// a workbook or presentation can embed a Word document, whose storage holds "WordDocument" too.
struct Stream {
  std::string_view name;
  std::string_view format;
};
constexpr std::array kStreams = {
    Stream{"W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0\0\0"sv, "doc"},
    Stream{"P\0o\0w\0e\0r\0P\0o\0i\0n\0t\0 \0D\0o\0c\0u\0m\0e\0n\0t\0\0\0"sv, "ppt"},
    Stream{"W\0o\0r\0k\0b\0o\0o\0k\0\0\0"sv, "xls"},
    Stream{"B\0o\0o\0k\0\0\0"sv, "xls"},
};

// A private folder (mkdtemp, mode 0700) removed with everything in it, also on failure.
class TempDir {
 public:
  TempDir() {
    const char* base = std::getenv("TMPDIR");
    std::string pattern = std::string(base && *base ? base : "/tmp") + "/deskbench-legacy-XXXXXX";
    if (::mkdtemp(pattern.data()) == nullptr) {
      throw FileError(pattern,
                      std::string("cannot create a temporary folder: ") + std::strerror(errno));
    }
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

std::string ReadFile(const fs::path& path, uint64_t max_bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::string bytes;
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    bytes.append(buf, static_cast<size_t>(in.gcount()));
    if (bytes.size() > max_bytes) break;
  }
  return bytes;
}

// The last non-empty lines of soffice's output, for the refusal message.
std::string Tail(const std::string& output) {
  std::string_view t = ascii::Trim(output);
  if (t.size() > 300) t = t.substr(t.size() - 300);
  std::string flat(t);
  for (char& c : flat) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return flat;
}

// A file URL for an absolute path: bytes other than unreserved ones and '/' are percent-encoded,
// so a TMPDIR with spaces or '%' still names the right folder.
std::string FileUrl(const fs::path& path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string url = "file://";
  for (unsigned char c : path.string()) {
    if (ascii::IsAlnum(static_cast<char>(c)) || c == '/' || c == '-' || c == '_' || c == '.' ||
        c == '~') {
      url.push_back(static_cast<char>(c));
    } else {
      url += {'%', kHex[c >> 4], kHex[c & 15]};
    }
  }
  return url;
}

struct Outcome {
  bool timed_out = false;
  int status = 0;
};

// Spawns argv[0] in its own process group with stdin from /dev/null and stdout/stderr into log;
// kills the whole group on timeout and afterwards (soffice may leave helpers behind).
Outcome Run(const std::vector<std::string>& args, const std::vector<std::string>& env,
            const fs::path& log, std::chrono::seconds timeout) {
  std::vector<char*> argv, envp;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  for (const auto& e : env) envp.push_back(const_cast<char*>(e.c_str()));
  envp.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_adddup2(&actions, 1, 2);
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
  posix_spawnattr_setpgroup(&attr, 0);
  pid_t pid = 0;
  int rc = posix_spawn(&pid, argv[0], &actions, &attr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  if (rc != 0) {
    throw Refusal(args.back(), std::string("cannot start LibreOffice: ") + std::strerror(rc));
  }
  Outcome outcome;
  auto deadline = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    pid_t got = ::waitpid(pid, &outcome.status, WNOHANG);
    if (got == pid) break;
    if (got < 0 && errno != EINTR) break;
    if (std::chrono::steady_clock::now() >= deadline) {
      outcome.timed_out = true;
      ::kill(-pid, SIGKILL);
      while (::waitpid(pid, &outcome.status, 0) < 0 && errno == EINTR) {
      }
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ::kill(-pid, SIGKILL);  // leftovers of the group; ESRCH when there are none
  return outcome;
}

}  // namespace

std::string LegacyFormat(const fs::path& path, std::string_view content) {
  std::string ext = ascii::Lower(path.extension().string());
  for (const Kind& k : kKinds) {
    if (ext == k.extension) return std::string(k.format);
  }
  // Other OLE files (.msg mail, .msi installers...) can hold an embedded Word document: only a
  // file with no extension is recognised by its streams.
  if (!ext.empty()) return "";
  for (const Stream& s : kStreams) {
    if (content.find(s.name) != std::string_view::npos) return std::string(s.format);
  }
  return "";
}

std::string_view TargetFormat(std::string_view legacy_format) {
  if (legacy_format == "doc") return "docx";
  if (legacy_format == "xls") return "xlsx";
  if (legacy_format == "ppt") return "pptx";
  return "";
}

std::optional<fs::path> FindSoffice(std::string_view path_list) {
  while (true) {
    size_t colon = path_list.find(':');
    std::string_view dir = path_list.substr(0, colon);
    if (!dir.empty()) {
      for (std::string_view name : {"soffice"sv, "libreoffice"sv}) {
        fs::path candidate = fs::path(dir) / name;
        std::error_code ec;
        if (fs::is_regular_file(candidate, ec) && ::access(candidate.c_str(), X_OK) == 0) {
          return candidate;
        }
      }
    }
    if (colon == std::string_view::npos) return std::nullopt;
    path_list.remove_prefix(colon + 1);
  }
}

std::string MissingSofficeReason() {
  return "legacy Word/Excel/PowerPoint file: install LibreOffice (apt-get install "
         "libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui) or save it as "
         ".docx/.xlsx/.pptx";
}

std::string ConvertWithLibreOffice(const fs::path& input, std::string_view legacy_format,
                                   const fs::path& soffice, const Limits& limits,
                                   std::chrono::seconds timeout) {
  std::string_view target = TargetFormat(legacy_format);
  if (target.empty()) throw Refusal(input, "not a legacy Word/Excel/PowerPoint file");
  TempDir temp;
  fs::path profile = temp.path() / "profile";
  fs::path in_dir = temp.path() / "in";
  fs::path out_dir = temp.path() / "out";
  std::error_code ec;
  fs::create_directory(profile, ec);
  fs::create_directory(in_dir, ec);
  fs::create_directory(out_dir, ec);
  // A fixed name: the user's file name could look like an option or confuse the filter.
  fs::path copy = in_dir / ("input." + std::string(legacy_format));
  if (!fs::copy_file(input, copy, ec)) {
    throw FileError(input, "cannot copy for conversion: " + ec.message());
  }
  std::vector<std::string> args = {
      soffice.string(),
      "--headless",
      "--norestore",
      "--nolockcheck",
      "-env:UserInstallation=" + FileUrl(profile),
      "--convert-to",
      std::string(target),
      "--outdir",
      out_dir.string(),
      copy.string(),
  };
  // soffice may write under HOME and TMPDIR: keep both inside the private folder.
  std::vector<std::string> env;
  for (char** e = environ; e != nullptr && *e != nullptr; ++e) {
    std::string_view var(*e);
    if (var.starts_with("HOME=") || var.starts_with("TMPDIR=")) continue;
    env.emplace_back(var);
  }
  env.push_back("HOME=" + temp.path().string());
  env.push_back("TMPDIR=" + temp.path().string());
  fs::path log = temp.path() / "soffice.log";
  Outcome outcome = Run(args, env, log, timeout);
  std::string output = ReadFile(log, 1 << 16);
  if (outcome.timed_out) {
    throw Refusal(input, "LibreOffice did not convert the file within " +
                             std::to_string(timeout.count()) + " s");
  }
  if (!WIFEXITED(outcome.status) || WEXITSTATUS(outcome.status) != 0) {
    std::string how = WIFEXITED(outcome.status)
                          ? "exit code " + std::to_string(WEXITSTATUS(outcome.status))
                          : "signal " + std::to_string(WTERMSIG(outcome.status));
    throw Refusal(input, "LibreOffice could not convert the file (" + how + "): " + Tail(output));
  }
  fs::path converted = out_dir / ("input." + std::string(target));
  if (!fs::is_regular_file(converted, ec)) {
    throw Refusal(
        input, "LibreOffice could not convert the file (encrypted or damaged?): " + Tail(output));
  }
  std::string bytes = ReadFile(converted, limits.max_document_bytes);
  if (bytes.size() > limits.max_document_bytes) {
    throw Refusal(input, "converted file is larger than the document size limit");
  }
  if (bytes.empty()) throw Refusal(input, "LibreOffice produced an empty file");
  return bytes;
}

}  // namespace deskbench::legacy
