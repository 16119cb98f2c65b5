// The report for people: one self-contained page (no server, no scripts from elsewhere) that shows
// each finding in its context, before and after, grouped by file and by type.
#include <cmath>
#include <map>
#include <string>
#include <type_traits>

#include "formats/html/html_entities.h"
#include "scrub/report_writers.h"

namespace deskbench {

namespace {

// Written in pieces of about 64 KiB through one buffer: a report lists every finding (tens of
// thousands for a set of staff lists). A stream's insertions and a new string for each escaped
// value were most of its cost, and then the pages of the whole page held in memory as it grew
// (the kernel's zeroing of fresh pages was most of what was left).
class Page {
 public:
  explicit Page(Sink& sink) : sink_(sink) { out_.reserve(2 * kPiece); }
  Page& operator<<(std::string_view s) {
    out_.append(s);
    return Spilled();
  }
  Page& operator<<(const char* s) { return *this << std::string_view(s); }
  // Counts and percentages (not characters: none is written as a number).
  template <typename Integer>
  requires(std::is_integral_v<Integer> && !std::is_same_v<Integer, char> &&
           !std::is_same_v<Integer, bool>) Page&
  operator<<(Integer n) {
    out_.append(std::to_string(n));
    return Spilled();
  }
  struct Escaped {
    std::string_view text;
  };
  Page& operator<<(Escaped e) {
    html::AppendEscaped(html::Context::kAttributeDouble, e.text, out_);
    return Spilled();
  }
  void Finish() {
    sink_.Write(out_);
    out_.clear();
  }

 private:
  static constexpr size_t kPiece = 1 << 16;
  Page& Spilled() {
    if (out_.size() >= kPiece) Finish();
    return *this;
  }

  Sink& sink_;
  std::string out_;
};

// Everything the report writes sits in element text or a double-quoted attribute.
Page::Escaped Esc(std::string_view s) {
  return {s};
}

constexpr std::string_view kStyle = R"css(
:root { --bg:#f7f7f5; --card:#fff; --ink:#1d1d1f; --muted:#6b6b70; --line:#e3e3e0;
        --old:#fde2e1; --old-ink:#9b1c1c; --new:#dcf5e3; --new-ink:#12602f; --accent:#3451b2; }
* { box-sizing: border-box; }
body { margin:0; font:15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; background:var(--bg); color:var(--ink); }
header { padding:24px 32px; background:var(--card); border-bottom:1px solid var(--line); }
h1 { margin:0 0 4px; font-size:22px; } h2 { font-size:17px; margin:0; }
.meta { color:var(--muted); font-size:13px; }
main { padding:24px 32px; max-width:1200px; }
.cards { display:flex; gap:12px; flex-wrap:wrap; margin:16px 0 8px; }
.card { background:var(--card); border:1px solid var(--line); border-radius:10px; padding:10px 16px; min-width:110px; }
.card b { display:block; font-size:22px; }
.types span { display:inline-block; margin:2px 6px 2px 0; padding:2px 8px; border-radius:999px; background:#eef1fb; color:var(--accent); font-size:12px; }
details { background:var(--card); border:1px solid var(--line); border-radius:10px; margin:12px 0; }
summary { cursor:pointer; padding:12px 16px; display:flex; gap:12px; align-items:baseline; flex-wrap:wrap; }
summary .path { font-weight:600; font-family:ui-monospace, monospace; }
.status { font-size:12px; padding:1px 8px; border-radius:999px; background:#eee; }
.status.refused, .status.error { background:var(--old); color:var(--old-ink); }
.status.scrubbed { background:#fff4d6; color:#7a5200; } .status.clean { background:var(--new); color:var(--new-ink); }
table { width:100%; border-collapse:collapse; font-size:14px; }
th, td { text-align:left; padding:6px 12px; border-top:1px solid var(--line); vertical-align:top; }
th { color:var(--muted); font-weight:500; font-size:12px; text-transform:uppercase; letter-spacing:.03em; }
td.ctx { font-family:ui-monospace, monospace; font-size:13px; word-break:break-word; }
del { background:var(--old); color:var(--old-ink); text-decoration:none; padding:0 2px; border-radius:3px; }
ins { background:var(--new); color:var(--new-ink); text-decoration:none; padding:0 2px; border-radius:3px; }
.type { font-size:12px; font-weight:600; color:var(--accent); white-space:nowrap; }
.note { padding:8px 16px; color:var(--muted); font-size:13px; border-top:1px solid var(--line); }
.reason { padding:8px 16px 12px; color:var(--old-ink); }
)css";

}  // namespace

std::string ReportHtml(const RunReport& r) {
  StringSink sink;
  WriteReportHtml(r, sink);
  return sink.Take();
}

void WriteReportHtml(const RunReport& r, Sink& sink) {
  const bool scrub = r.command != "scan";  // a scan computes no replacements
  Page h(sink);
  h << "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
    << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    << "<title>deskbench " << Esc(r.command) << " report</title><style>" << kStyle
    << "</style></head><body><header><h1>deskbench " << Esc(r.command) << " report</h1>"
    << "<div class=\"meta\">version " << Esc(r.version) << " · " << Esc(r.started) << " · policy "
    << Esc(r.policy_hash.substr(0, 12));
  if (!r.output.empty()) h << " · output <code>" << Esc(r.output) << "</code>";
  h << "</div><div class=\"meta\">This report quotes the original values. Keep it on this "
       "machine; share only the output folder.</div></header><main><div class=\"cards\">";
  auto card = [&](std::string_view label, uint64_t n) {
    h << "<div class=\"card\"><b>" << n << "</b>" << label << "</div>";
  };
  card("files", r.files.size());
  card("findings", r.findings);
  card("scrubbed", r.Count(FileStatus::kScrubbed));
  card("clean", r.Count(FileStatus::kClean));
  card("refused", r.Count(FileStatus::kRefused) + r.Count(FileStatus::kError));
  card("skipped", r.Count(FileStatus::kSkipped));
  h << "</div><div class=\"types\">";
  for (size_t t = 0; t < kEntityCount; ++t) {
    if (r.per_type[t] > 0) {
      h << "<span>" << EntityName(static_cast<Entity>(t)) << " " << r.per_type[t] << "</span>";
    }
  }
  h << "</div>";

  for (const auto& f : r.files) {
    bool open = f.status == FileStatus::kRefused || f.status == FileStatus::kError ||
                (f.finding_count > 0 && f.finding_count <= 200);
    h << "<details" << (open ? " open" : "") << "><summary><span class=\"path\">" << Esc(f.path)
      << "</span><span class=\"status " << FileStatusName(f.status) << "\">"
      << FileStatusName(f.status) << "</span>";
    if (!f.format.empty()) h << "<span class=\"meta\">" << Esc(f.format) << "</span>";
    if (f.finding_count > 0) h << "<span class=\"meta\">" << f.finding_count << " findings</span>";
    h << "</summary>";
    if (!f.reason.empty()) h << "<div class=\"reason\">" << Esc(f.reason) << "</div>";
    for (const auto& n : f.notes) {
      h << "<div class=\"note\">" << Esc(n.part) << ": " << Esc(n.action) << "</div>";
    }
    if (!f.findings.empty()) {
      // Grouped by type, in document order within a type.
      std::map<std::string_view, std::vector<const ReportedFinding*>> by_type;
      for (const auto& x : f.findings) by_type[EntityName(x.type)].push_back(&x);
      h << "<table><tr><th>type</th><th>in context" << (scrub ? ": before → after" : "")
        << "</th><th>where</th>"
           "<th>action</th><th>score</th></tr>";
      for (const auto& [type, list] : by_type) {
        for (const ReportedFinding* x : list) {
          h << "<tr><td class=\"type\">" << type << "</td><td class=\"ctx\">…" << Esc(x->before)
            << "<del>" << Esc(x->text) << "</del>";
          if (scrub && x->replacement != x->text) {
            h << " → <ins>" << Esc(x->replacement) << "</ins>";
          }
          h << Esc(x->after) << "…</td><td>" << Esc(x->location);
          if (x->line > 0 && !x->location.starts_with("line ")) h << " (line " << x->line << ")";
          h << "</td><td>" << OperatorName(x->action) << "</td><td>" << std::lround(x->score * 100)
            << "%</td></tr>";
        }
      }
      h << "</table>";
      if (f.finding_count > f.findings.size()) {
        h << "<div class=\"note\">" << (f.finding_count - f.findings.size())
          << " more findings are counted but not listed.</div>";
      }
    }
    h << "</details>";
  }
  h << "</main></body></html>\n";
  h.Finish();
}

}  // namespace deskbench
