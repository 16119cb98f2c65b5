#include "task/checks.h"

#include <cmath>
#include <map>
#include <regex>
#include <set>

#include "core/ascii.h"
#include "core/error.h"
#include "core/hash.h"
#include "formats/registry.h"

namespace deskbench::task {

namespace {

// Formats whose content can be all pixels: no text is no evidence of an empty file.
bool MayHaveNoText(std::string_view format) {
  return format.find("pdf") != std::string_view::npos ||
         format.find("image") != std::string_view::npos || format == "png" || format == "jpeg" ||
         format == "tiff" || format == "gif" || format == "webp" || format == "heic" ||
         format == "bmp";
}

// Segments that say nothing about the content: properties, sheet names, slide-master prompts
// ("Click to edit"). A workbook with one empty sheet still has the sheet name "Sheet1".
bool IsScaffolding(std::string_view hint) {
  return hint.starts_with("metadata") || hint == "sheet name" || hint == "defined name" ||
         hint == "master" || hint == "file name" || hint == "section name" || hint == "tag";
}

size_t CountWords(std::string_view text) {
  size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

std::string Human(uint64_t bytes) {
  char buf[32];
  if (bytes >= (1ull << 20)) {
    std::snprintf(buf, sizeof buf, "%.1f MiB", static_cast<double>(bytes) / (1 << 20));
  } else {
    std::snprintf(buf, sizeof buf, "%.1f KiB", static_cast<double>(bytes) / (1 << 10));
  }
  return buf;
}

// What one deliverable's content amounts to, read through its adapter.
struct Content {
  std::string format;
  std::string refusal;  // non-empty: it could not be opened
  size_t visible_chars = 0;
  size_t words = 0;
};

Content Read(const BundleFile& f, const FormatOptions& formats) {
  Content c;
  try {
    OpenedDocument opened = OpenDocument(f.path, formats);
    c.format = opened.format;
    opened.document->Scan([&](const Segment& seg) {
      if (IsScaffolding(seg.hint)) return;
      for (char ch : seg.text) {
        if (!ascii::IsSpace(ch)) ++c.visible_chars;
      }
      c.words += CountWords(seg.text);
    });
  } catch (const FileError& e) {
    c.refusal = e.reason();
  } catch (const std::exception& e) {
    c.refusal = e.what();
  }
  return c;
}

// File names a request mentions ("see the attached budget.xlsx"), by the extensions of the
// documents people attach.
std::set<std::string> MentionedFiles(const std::string& request) {
  static const std::regex name(
      R"(([A-Za-z0-9_][A-Za-z0-9_.\-]*)\.(xlsx|xlsm|xls|csv|tsv|docx|doc|pptx|ppt|pdf|txt|md|json|odt|ods|odp|png|jpe?g|gif|zip|tar|gz|py|ipynb|sql|html|xml|eml|msg|rtf)\b)",
      std::regex::icase);
  std::set<std::string> out;
  for (auto it = std::sregex_iterator(request.begin(), request.end(), name);
       it != std::sregex_iterator(); ++it) {
    out.insert((*it)[0].str());
  }
  return out;
}

class Results {
 public:
  void Fail(const std::string& id, const std::string& file, std::string message) {
    failed_.insert(id);
    list_.push_back({id, false, file, std::move(message)});
  }
  // One passing entry per check that recorded no failure, in CheckIds order, after the failures.
  std::vector<CheckResult> Finish(const std::map<std::string, std::string>& passed_messages) {
    std::vector<CheckResult> out;
    for (const auto& id : CheckIds()) {
      for (const auto& r : list_) {
        if (r.id == id) out.push_back(r);
      }
      if (!failed_.count(id)) {
        auto it = passed_messages.find(id);
        out.push_back({id, true, "", it == passed_messages.end() ? "ok" : it->second});
      }
    }
    return out;
  }

 private:
  std::vector<CheckResult> list_;
  std::set<std::string> failed_;
};

}  // namespace

const std::vector<std::string>& CheckIds() {
  static const std::vector<std::string> ids = {"metadata",
                                               "hours",
                                               "request-present",
                                               "request-length",
                                               "request-files",
                                               "deliverable-present",
                                               "deliverable-opens",
                                               "deliverable-not-empty",
                                               "deliverable-not-summary",
                                               "deliverable-not-reference",
                                               "file-size",
                                               "task-size",
                                               "inside-bundle"};
  return ids;
}

bool AllPassed(const std::vector<CheckResult>& results) {
  for (const auto& r : results) {
    if (!r.passed) return false;
  }
  return true;
}

std::vector<CheckResult> CheckBundle(const Bundle& b, const CheckOptions& o) {
  Results r;
  std::map<std::string, std::string> ok;
  const std::string dir = b.dir.string();

  for (const auto& problem : ValidateMetadata(b.meta)) r.Fail("metadata", "task.toml", problem);
  ok["metadata"] = "task.toml has every required field in shape";

  if (!(b.meta.hours >= o.min_hours)) {
    char buf[160];
    std::snprintf(buf, sizeof buf,
                  "hours is %g but a task is work of at least %g hour(s): set hours in task.toml "
                  "to the time the work really took",
                  b.meta.hours, o.min_hours);
    r.Fail("hours", "task.toml", buf);
  }
  ok["hours"] = "the work took at least the minimum hours";

  size_t request_words = CountWords(b.request);
  if (!b.has_request) {
    r.Fail("request-present", "request.md",
           "request.md is missing: paste the request exactly as it was written to you into " +
               (b.dir / "request.md").string());
  } else if (request_words == 0) {
    r.Fail("request-present", "request.md",
           "request.md is empty: paste the request exactly as it was written to you");
  }
  ok["request-present"] = "request.md is there";
  if (request_words > 0 && request_words < o.min_request_words) {
    r.Fail("request-length", "request.md",
           "request.md has " + std::to_string(request_words) + " words; a request needs at least " +
               std::to_string(o.min_request_words) +
               ": paste the whole request as it was written (the email or ticket), with its "
               "context");
  }
  ok["request-length"] = "the request is long enough";

  std::set<std::string> names;
  for (const auto& f : b.references) names.insert(ascii::Lower(f.path.filename().string()));
  for (const auto& f : b.deliverables) names.insert(ascii::Lower(f.path.filename().string()));
  for (const auto& mention : MentionedFiles(b.request)) {
    if (!names.count(ascii::Lower(mention))) {
      r.Fail("request-files", "request.md",
             "request.md mentions " + mention +
                 " but reference/ has no such file: add it with deskbench task add " + dir +
                 " --reference " + mention + " (or reword the request if it was not given)");
    }
  }
  ok["request-files"] = "every file the request mentions is in the bundle";

  if (b.deliverables.empty()) {
    r.Fail("deliverable-present", "deliverable/",
           "deliverable/ is empty: add the files you produced with deskbench task add " + dir +
               " --deliverable FILE... (the real files, not a summary of them)");
  }
  ok["deliverable-present"] = std::to_string(b.deliverables.size()) + " deliverable(s)";

  std::map<std::string, std::string> reference_hashes;  // sha256 -> rel
  for (const auto& f : b.references) {
    if (f.size > o.max_file_bytes) continue;
    try {
      reference_hashes.emplace(Sha256FileHex(f.path), f.rel);
    } catch (const FileError&) {
    }
  }
  for (const auto& f : b.deliverables) {
    if (f.size > o.max_file_bytes) continue;  // reported by file-size, not opened
    if (f.size == 0) {
      r.Fail("deliverable-not-empty", f.rel,
             f.rel + " is an empty file (0 bytes): replace it with the file you delivered");
      continue;
    }
    Content c = Read(f, o.formats);
    if (!c.refusal.empty()) {
      r.Fail("deliverable-opens", f.rel,
             f.rel + " cannot be read: " + c.refusal +
                 ". Add it in a supported format (docx, xlsx, pptx, pdf, odt/ods/odp, csv, text, "
                 "code, an archive) or remove it");
      continue;
    }
    if (c.visible_chars == 0 && !MayHaveNoText(c.format)) {
      r.Fail("deliverable-not-empty", f.rel,
             f.rel + " has no text at all (a blank " + c.format +
                 "): replace it with the document you delivered");
    }
    if ((c.format == "text" || c.format == "markdown") && c.visible_chars > 0 &&
        c.words < o.min_text_deliverable_words) {
      r.Fail("deliverable-not-summary", f.rel,
             f.rel + " has only " + std::to_string(c.words) +
                 " words: this looks like a summary of the work, not the work. Add the files you "
                 "actually delivered (the spreadsheet, the report, the deck)");
    }
    try {
      auto it = reference_hashes.find(Sha256FileHex(f.path));
      if (it != reference_hashes.end()) {
        r.Fail("deliverable-not-reference", f.rel,
               f.rel + " is identical to " + it->second +
                   ": a deliverable is what you produced, not a file you were given. Remove one "
                   "of them");
      }
    } catch (const FileError& e) {
      r.Fail("deliverable-opens", f.rel, f.rel + " cannot be read: " + e.reason());
    }
  }
  ok["deliverable-opens"] = "every deliverable opens in its format";
  ok["deliverable-not-empty"] = "no deliverable is blank";
  ok["deliverable-not-summary"] = "no deliverable is a short text standing in for the work";
  ok["deliverable-not-reference"] = "no deliverable is a copy of a reference file";

  uint64_t total = 0;
  for (const auto& f : b.Files()) {
    total += f.size;
    if (f.size > o.max_file_bytes) {
      r.Fail("file-size", f.rel,
             f.rel + " is " + Human(f.size) + ", over the limit of " + Human(o.max_file_bytes) +
                 " per file: keep only what the task needs (split or trim it)");
    }
  }
  ok["file-size"] = "every file is within " + Human(o.max_file_bytes);
  if (total > o.max_task_bytes) {
    r.Fail("task-size", "",
           "the task holds " + Human(total) + ", over the limit of " + Human(o.max_task_bytes) +
               ": remove files the task does not need");
  }
  ok["task-size"] = "the task is within " + Human(o.max_task_bytes);

  for (const auto& s : b.strays) r.Fail("inside-bundle", s.rel, s.rel + ": " + s.reason);
  ok["inside-bundle"] = "every file is a plain file inside the bundle";

  return r.Finish(ok);
}

}  // namespace deskbench::task
