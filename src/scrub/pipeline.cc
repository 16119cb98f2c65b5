#include "scrub/pipeline.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <ctime>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <unordered_map>

#include "core/ascii.h"
#include "core/atomic_dir.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "core/hash.h"
#include "core/parallel.h"
#include "core/utf8.h"
#include "detect/engine.h"
#include "detect/names/identity.h"
#include "detect/names/org_book.h"
#include "formats/registry.h"
#include "redact/replacer.h"
#include "scrub/identity_key.h"
#include "scrub/line_index.h"
#include "scrub/locations.h"
#include "scrub/segment_names.h"

namespace deskbench {
namespace fs = std::filesystem;

namespace {

// A PERSON or ORGANIZATION finding at least this sure seeds the names searched for everywhere in
// pass 2.
constexpr float kSeedScore = 0.8f;
constexpr size_t kContextBytes = 40;
// Distinct values of one file kept with their replacement before they go to the run's value
// store: enough for any ordinary document to be seen whole, few enough to bound a huge one.
constexpr size_t kFileValueCache = 1 << 16;

std::string NowUtc() {
  std::time_t t = std::time(nullptr);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
  return buf;
}

// Context for people: whole UTF-8 characters only, line breaks shown as spaces.
std::string Excerpt(std::string_view text, size_t begin, size_t end) {
  while (begin > 0 && begin < text.size() && utf8::IsContinuation(text[begin])) --begin;
  while (end < text.size() && utf8::IsContinuation(text[end])) ++end;
  std::string out(text.substr(begin, end - begin));
  for (char& c : out) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  if (!utf8::IsValid(out)) out = utf8::FromLatin1(out);
  return out;
}

// Members of containers (files in a repository or an archive) have no file offsets, so their
// findings get no line from the file; their location ends in the line their segment starts on
// ("src/app.py › line 1"). This turns that into the finding's own line by counting the line
// breaks before it, remembering the last count since findings of a segment come in order.
class MemberLines {
 public:
  std::string Locate(const Segment& seg, size_t begin) {
    std::string_view loc = seg.location;
    size_t at = loc.rfind("line ");
    if (at == std::string_view::npos) return std::string(loc);
    std::string_view digits = loc.substr(at + 5);
    if (digits.empty() || digits.find_first_not_of("0123456789") != std::string_view::npos ||
        digits.size() > 12) {
      return std::string(loc);
    }
    if (seg.text.data() != text_ || begin < pos_) {
      text_ = seg.text.data();
      pos_ = 0;
      breaks_ = 0;
    }
    begin = std::min(begin, seg.text.size());
    breaks_ += ascii::CountNewlines(std::string_view(seg.text).substr(pos_, begin - pos_));
    pos_ = begin;
    return std::string(loc.substr(0, at + 5)) +
           std::to_string(std::stoull(std::string(digits)) + breaks_);
  }

 private:
  const char* text_ = nullptr;
  size_t pos_ = 0;
  uint64_t breaks_ = 0;
};

// A digest of a folder output: every regular file's relative path and bytes, in path order.
std::string FolderDigest(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.is_regular_file()) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  Sha256Stream hash;
  for (const auto& f : files) {
    std::string rel = fs::relative(f, dir).generic_string();
    hash.Update(rel);
    hash.Update(std::string_view("\0", 1));
    hash.Update(Sha256Hex(ReadFile(f, ~uint64_t{0})));
  }
  return hash.FinishHex();
}

class HashingSink : public Sink {
 public:
  explicit HashingSink(Sink& inner) : inner_(inner) {}
  void Write(std::string_view bytes) override {
    hash_.Update(bytes);
    inner_.Write(bytes);
  }
  std::string FinishHex() { return hash_.FinishHex(); }

 private:
  Sink& inner_;
  Sha256Stream hash_;
};

void Fail(FileReport& fr, FileStatus status, std::string reason) {
  fr.status = status;
  fr.reason = std::move(reason);
  fr.findings.clear();
  fr.finding_count = 0;
  fr.per_type = {};
}

// Runs fn, recording a refusal or error in the file's report instead of stopping the run.
template <typename Fn>
void Guard(FileReport& fr, Fn&& fn) {
  try {
    fn();
  } catch (const Refusal& e) {
    Fail(fr, FileStatus::kRefused, e.reason());
  } catch (const FileError& e) {
    Fail(fr, FileStatus::kError, e.reason());
  } catch (const std::bad_alloc&) {
    Fail(fr, FileStatus::kError, "out of memory");
  } catch (const std::exception& e) {
    Fail(fr, FileStatus::kError, e.what());
  }
}

// Scanners reused from file to file: each holds vectorscan scratch sized for the whole database,
// and allocating it anew for every file of a set of many small files costs more than the scan.
class ScannerPool {
 public:
  explicit ScannerPool(const Engine& engine) : engine_(engine) {}

  // A scanner for one file on the calling thread; it goes back to the pool when the lease ends.
  class Lease {
   public:
    explicit Lease(ScannerPool& pool) : pool_(pool), scanner_(pool.Take()) {}
    ~Lease() { pool_.Give(std::move(scanner_)); }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Engine::Scanner& operator*() { return *scanner_; }

   private:
    ScannerPool& pool_;
    std::unique_ptr<Engine::Scanner> scanner_;
  };

 private:
  std::unique_ptr<Engine::Scanner> Take() {
    {
      std::lock_guard lock(mu_);
      if (!free_.empty()) {
        auto s = std::move(free_.back());
        free_.pop_back();
        return s;
      }
    }
    return std::make_unique<Engine::Scanner>(engine_.NewScanner());
  }
  void Give(std::unique_ptr<Engine::Scanner> s) {
    std::lock_guard lock(mu_);
    free_.push_back(std::move(s));
  }

  const Engine& engine_;
  std::mutex mu_;
  std::vector<std::unique_ptr<Engine::Scanner>> free_;
};

// Types whose values are found only beside a word that says what they are ("IMEI:", "Account
// no.", "GPS") or under such a column. Pass 1 learns their values, so that pass 2 finds the same
// value in every file where it stands without that word: an account number named in the
// workbook's column and again in the covering email.
constexpr Entity kContextValueTypes[] = {Entity::IMEI,
                                         Entity::GPS_COORDINATES,
                                         Entity::ID_DOCUMENT,
                                         Entity::MEDICAL_RECORD_NUMBER,
                                         Entity::US_DRIVER_LICENSE,
                                         Entity::US_BANK_ACCOUNT};

// A value to look for everywhere needs six letters or digits at least: "Latitude: 37.77" says
// nothing of a price of 37.77 elsewhere.
bool Distinctive(std::string_view value) {
  return std::count_if(value.begin(), value.end(), [](char c) { return ascii::IsAlnum(c); }) >= 6;
}

// At most this many values are learnt in a run (about 20 MB): memory stays bounded however many
// distinct account numbers a task holds; the values past it are still found where their own word
// or column is.
constexpr size_t kMaxLearntValues = size_t{1} << 18;

bool IsContextValueType(Entity type) {
  return std::find(std::begin(kContextValueTypes), std::end(kContextValueTypes), type) !=
         std::end(kContextValueTypes);
}

// What pass 1 looks for: names, and the values of kContextValueTypes.
Policy LearningPolicy(const Policy& base) {
  Policy p = base;
  p.enabled.fill(false);
  p.enabled[static_cast<size_t>(Entity::PERSON)] = base.Enabled(Entity::PERSON);
  p.enabled[static_cast<size_t>(Entity::ORGANIZATION)] = base.Enabled(Entity::ORGANIZATION);
  // Places too: a place read before a person ("San Jose") is no person to learn, and the names
  // pass 1 finds are then the very names pass 2 would find (KeptNames).
  p.enabled[static_cast<size_t>(Entity::LOCATION)] = base.Enabled(Entity::LOCATION);
  for (Entity type : kContextValueTypes) {
    p.enabled[static_cast<size_t>(type)] = base.Enabled(type);
  }
  p.terms.clear();
  p.deny.clear();
  return p;
}

// What pass 1 learns: the people and organisations named with confidence anywhere in the set, and
// the values of kContextValueTypes.
struct Known {
  names::IdentityBook people;
  names::OrgBook orgs;
  std::map<std::string, std::pair<Entity, float>> values;  // the type found with most certainty
};

// Documents pass 1 opened and scanned, by file index, that pass 2 takes instead of opening them
// again (Document::ReusableBytes within RunOptions::reuse_budget).
struct KeptDocuments {
  std::vector<OpenedDocument> by_file;
  uint64_t held = 0;  // guarded by the pass's mutex
};

// The names pass 1 found in each segment of each file (scrub/segment_names.h).
struct KeptNames {
  std::vector<SegmentNames> by_file;
  uint64_t held = 0;  // bytes, guarded by the pass's mutex
};

std::vector<uint64_t> FileSizes(const std::vector<FileReport>& files) {
  std::vector<uint64_t> sizes;
  sizes.reserve(files.size());
  for (const FileReport& f : files) sizes.push_back(f.bytes_in);
  return sizes;
}

uint64_t SegmentKey(const Segment& seg) {
  const uint64_t text = std::hash<std::string_view>{}(seg.text);
  const uint64_t hint = std::hash<std::string_view>{}(seg.hint);
  return text ^ (hint * 0x9e3779b97f4a7c15ull) ^ (seg.text.size() << 1);
}

Known LearnNamesAndValues(const Plan& plan, const RunOptions& o, std::vector<FileReport>& files,
                          KeptDocuments& kept, KeptNames& kept_names) {
  Known known;
  const Policy learning = LearningPolicy(o.config.policy);
  if (std::none_of(learning.enabled.begin(), learning.enabled.end(), [](bool on) { return on; })) {
    return known;
  }
  Engine engine(learning);
  ScannerPool scanners(engine);
  std::mutex mu;
  std::set<std::string> seeds, org_seeds;
  std::map<std::string, std::pair<Entity, float>> values;
  // A value found as two types ("deposit" near an IMEI) is learnt as the surer one.
  auto learn = [](std::map<std::string, std::pair<Entity, float>>& into, std::string text,
                  Entity type, float score) {
    if (into.size() >= kMaxLearntValues && !into.contains(text)) return;
    auto [it, added] = into.try_emplace(std::move(text), type, score);
    // Ties go to the first type in Entity's order, not to the file read first: the same answer
    // however many threads read the files, in whatever order.
    const auto [old_type, old_score] = it->second;
    if (!added && (score > old_score || (score == old_score && type < old_type))) {
      it->second = {type, score};
    }
  };
  size_t done = 0;
  ParallelForLargestFirst(FileSizes(files), o.jobs, [&](size_t i) {
    FileReport& fr = files[i];
    std::set<std::string> local, local_orgs;
    std::map<std::string, std::pair<Entity, float>> local_values;
    OpenedDocument keep;
    uint64_t keep_bytes = 0;
    SegmentNames names;
    uint64_t names_bytes = 0;
    bool names_fit = o.names_budget > 0;
    Guard(fr, [&] {
      OpenedDocument opened = OpenDocument(plan.files[i].path, o.config.formats);
      fr.format = opened.format;
      ScannerPool::Lease lease(scanners);
      Engine::Scanner& scanner = *lease;
      opened.document->Scan([&](const Segment& seg) {
        const std::vector<Finding>& found = scanner.Scan(seg.text, seg.hint);
        if (names_fit) {
          names_bytes += SegmentNames::BytesOf(scanner.Names().size());
          names_fit = names_bytes <= o.names_budget;
          if (names_fit) {
            names.Add(SegmentKey(seg), scanner.Names());
          } else {
            names.Clear();
          }
        }
        for (const Finding& f : found) {
          if (f.score < kSeedScore) continue;
          if (f.type == Entity::PERSON) local.emplace(seg.text.substr(f.begin, f.end - f.begin));
          if (f.type == Entity::ORGANIZATION) {
            local_orgs.emplace(seg.text.substr(f.begin, f.end - f.begin));
          }
          const std::string_view text = seg.text.substr(f.begin, f.end - f.begin);
          if (IsContextValueType(f.type) && Distinctive(text)) {
            learn(local_values, std::string(text), f.type, f.score);
          }
        }
      });
      if (o.reuse_budget > 0) {
        keep_bytes = opened.document->ReusableBytes();
        if (keep_bytes > 0 && keep_bytes <= o.reuse_budget) keep = std::move(opened);
      }
    });
    std::lock_guard lock(mu);
    if (keep.document && kept.held + keep_bytes <= o.reuse_budget) {
      kept.held += keep_bytes;
      kept.by_file[i] = std::move(keep);
    }
    if (names_fit && fr.status != FileStatus::kRefused && fr.status != FileStatus::kError &&
        kept_names.held + names_bytes <= o.names_budget) {
      kept_names.held += names_bytes;
      kept_names.by_file[i] = std::move(names);
    }
    seeds.insert(local.begin(), local.end());
    org_seeds.insert(local_orgs.begin(), local_orgs.end());
    for (auto& [text, found] : local_values) learn(values, text, found.first, found.second);
    if (o.on_progress) o.on_progress("learning names", ++done, plan.files.size());
  });
  for (const auto& s : seeds) known.people.Add(s);
  for (const auto& s : org_seeds) known.orgs.Add(s);
  known.values = std::move(values);
  return known;
}

Policy ActPolicy(const RunOptions& o, const Known& known) {
  Policy p = o.config.policy;
  // A large task has millions of variants: moved, not copied.
  auto add = [&](std::vector<std::string> variants, Entity type) {
    p.terms.reserve(p.terms.size() + variants.size());
    for (std::string& v : variants) p.terms.push_back({std::move(v), type, 0.9f});
  };
  if (p.Enabled(Entity::PERSON)) add(known.people.Variants(), Entity::PERSON);
  if (p.Enabled(Entity::ORGANIZATION)) add(known.orgs.Variants(), Entity::ORGANIZATION);
  // Above a guess from context alone (0.8: "deposit" near an IMEI), so that a value keeps the
  // type its own word gave it; where a recognizer finds it as that type again, the finding stays
  // the recognizer's (detect/engine.cc).
  for (const auto& [text, found] : known.values) p.terms.push_back({text, found.first, 0.85f});
  for (auto& t : o.decisions.Terms()) p.terms.push_back(std::move(t));
  return p;
}

// A file name can carry a name too ("Jane_Doe_CV.txt"): scan each component, keep the extension.
fs::path ScrubPath(const fs::path& rel, Engine::Scanner& scanner, const Replacer& replacer,
                   const Known& known, const RunOptions& o, FileReport& fr) {
  fs::path out;
  for (const auto& part : rel) {
    std::string name = part.string();
    std::string text = name;
    // Separators in file names stand for spaces: "Jane_Doe" is the name "Jane Doe".
    for (char& c : text) {
      if (c == '_' || c == '-') c = ' ';
    }
    std::string result;
    size_t pos = 0;
    for (const Finding& f : scanner.Scan(text, "file name")) {
      std::string_view value = std::string_view(name).substr(f.begin, f.end - f.begin);
      Operator op = o.decisions.ForValue(f.type, value).value_or(o.config.OperatorFor(f.type));
      if (op == Operator::kKeep) continue;
      std::string rep = replacer.Replace(op, f.type, text.substr(f.begin, f.end - f.begin));
      for (char& c : rep) {
        if (c == '/' || c == '\\' || c == '\0') c = '_';
        if (c == ' ' && (name.find('_') != std::string::npos)) c = '_';
      }
      result += name.substr(pos, f.begin - pos);
      result += rep;
      pos = f.end;
      ReportedFinding rf{f.type,
                         std::string(value),
                         rep,
                         op,
                         f.score,
                         std::string(f.recognizer),
                         "file name",
                         kNoOrigin,
                         kNoOrigin,
                         0,
                         0,
                         "",
                         "",
                         ValueId(f.type, value),
                         IdentityKey(f.type, value, known.people, known.orgs)};
      ++fr.finding_count;
      ++fr.per_type[static_cast<size_t>(f.type)];
      fr.findings.push_back(std::move(rf));
    }
    result += name.substr(pos);
    if (result.empty() || result == "." || result == "..") result = "_";
    out /= result;
  }
  return out;
}

}  // namespace

RunReport Run(const Plan& plan, const RunOptions& o) {
  auto t0 = std::chrono::steady_clock::now();
  RunReport report;
  report.command = o.write ? "scrub" : "scan";
  report.version = DESKBENCH_VERSION;
  report.started = NowUtc();
  report.policy_hash = PolicyHash(o.config);
  report.output = o.out.string();

  std::vector<FileReport> files(plan.files.size());
  for (size_t i = 0; i < plan.files.size(); ++i) {
    files[i].path = plan.files[i].rel.generic_string();
    files[i].source = plan.files[i].path.string();
    std::error_code ec;
    files[i].bytes_in = fs::file_size(plan.files[i].path, ec);
    if (ec) files[i].bytes_in = 0;
  }

  KeptDocuments kept;
  kept.by_file.resize(plan.files.size());
  KeptNames kept_names;
  kept_names.by_file.resize(plan.files.size());
  Known known = LearnNamesAndValues(plan, o, files, kept, kept_names);
  Engine engine(ActPolicy(o, known));
  ScannerPool scanners(engine);
  Replacer replacer(o.key.empty() ? RandomKey() : o.key, &known.people, o.config.replace,
                    &known.orgs);

  std::mutex mu;  // guards on_finding, on_progress, `done` and report.values
  std::atomic<size_t> reported{0};
  size_t done = 0;
  std::set<std::string> taken_paths;
  ParallelForLargestFirst(FileSizes(files), o.jobs, [&](size_t i) {
    FileReport& fr = files[i];
    if (fr.status == FileStatus::kRefused || fr.status == FileStatus::kError) {
      std::lock_guard lock(mu);
      if (o.on_progress)
        o.on_progress(o.write ? "scrubbing" : "scanning", ++done, plan.files.size());
      return;
    }
    Guard(fr, [&] {
      // Taken, so that it is let go with this file.
      OpenedDocument opened = std::move(kept.by_file[i]);
      const SegmentNames learnt_names = std::move(kept_names.by_file[i]);
      if (!opened.document) opened = OpenDocument(plan.files[i].path, o.config.formats);
      fr.format = opened.format;
      if (uint64_t content = opened.document->ContentBytes(); content > 0) fr.bytes_in = content;
      ScannerPool::Lease lease(scanners);
      Engine::Scanner& scanner = *lease;
      MemberLines member_lines;
      // Distinct values of this file with their replacement: a cache (documents repeat their
      // values) and, merged at the end, the run's value list for decisions.json.
      struct FileValue {
        ValueSummary summary;
        std::string id;  // ValueId, a SHA-256: computed once a value, when first needed
      };
      std::unordered_map<std::string, FileValue> values;
      std::string key;
      uint64_t segment_index = 0;  // Scan and Write visit segments in the same order
      // The run's value list feeds decisions.json and the review page, which only a scrub
      // writes. The cache goes to it whenever it grows large, so that one huge file cannot hold
      // every distinct value of its own in memory either.
      auto flush_values = [&] {
        std::vector<std::pair<std::string, ValueSummary>> ids;
        if (o.write) {
          ids.reserve(values.size());
          for (auto& [k, v] : values) {
            std::string id = v.id.empty() ? ValueId(v.summary.type, v.summary.text) : v.id;
            // Most values are their own identity: kept once, as the key (readers fall back to it).
            if (v.summary.identity == id) std::string().swap(v.summary.identity);
            ids.emplace_back(std::move(id), std::move(v.summary));
          }
        }
        values.clear();
        std::lock_guard lock(mu);
        for (auto& [id, v] : ids) report.values.Add(std::move(id), std::move(v));
      };
      const AllowList& allow = o.config.allow;
      const bool file_allowed = allow.AllowsPath(fr.path);
      auto edits_for = [&](const Segment& seg) {
        uint64_t segment = segment_index++;
        std::vector<Edit> edits;
        if (file_allowed) return edits;
        std::optional<bool> member_allowed;
        const bool learnt =
            segment < learnt_names.size() && learnt_names.Key(segment) == SegmentKey(seg);
        const std::vector<Finding>& found =
            learnt ? scanner.Scan(seg.text, seg.hint, learnt_names.Names(segment))
                   : scanner.Scan(seg.text, seg.hint);
        for (const Finding& f : found) {
          std::string_view value = seg.text.substr(f.begin, f.end - f.begin);
          if (allow.AllowsFinding(f.recognizer, value) ||
              allow.AllowsInline(seg.text, f.begin, f.end)) {
            continue;
          }
          if (!allow.paths.empty()) {
            if (!member_allowed) member_allowed = allow.AllowsPath(MemberPath(seg.location));
            if (*member_allowed) continue;
          }
          uint64_t start = seg.FileOffset(f.begin);
          Operator op =
              o.decisions.ForFinding(fr.path, start, seg.location, value)
                  .value_or(
                      o.decisions.ForValue(f.type, value).value_or(o.config.OperatorFor(f.type)));
          key.assign(1, static_cast<char>(f.type));
          key.push_back(static_cast<char>(op));
          key.append(value);
          if (values.size() >= kFileValueCache) flush_values();
          auto [slot, fresh] = values.try_emplace(key);
          ValueSummary& summary = slot->second.summary;
          std::string& value_id = slot->second.id;
          if (fresh) {
            // A scan reports what was found; only a scrub needs (and pays for) the replacement,
            // and a scan needs the identity only of the findings it reports (below). A scrub
            // lists every value by its id (flush_values), which is most values' identity too.
            if (o.write) value_id = ValueId(f.type, value);
            summary = {f.type,
                       std::string(value),
                       o.write ? replacer.Replace(op, f.type, value) : std::string(),
                       op,
                       0,
                       o.write ? IdentityKey(f.type, value, known.people, known.orgs, value_id)
                               : std::string()};
          }
          ++summary.count;
          const std::string& rep = summary.replacement;
          ++fr.finding_count;
          ++fr.per_type[static_cast<size_t>(f.type)];
          bool keep_in_report = o.list_findings && fr.findings.size() < kMaxFindingsPerFile &&
                                reported.fetch_add(1) < kMaxReportedFindings;
          if (keep_in_report || o.on_finding) {
            if (value_id.empty()) value_id = ValueId(f.type, value);
            if (summary.identity.empty()) {
              summary.identity = IdentityKey(f.type, value, known.people, known.orgs, value_id);
            }
            size_t lo = f.begin > kContextBytes ? f.begin - kContextBytes : 0;
            size_t hi = std::min(seg.text.size(), f.end + kContextBytes);
            ReportedFinding rf{
                f.type,
                std::string(value),
                rep,
                op,
                f.score,
                std::string(f.recognizer),
                start == kNoOrigin ? member_lines.Locate(seg, f.begin) : std::string(seg.location),
                start,
                seg.FileOffset(f.end),
                0,
                0,
                Excerpt(seg.text, lo, f.begin),
                Excerpt(seg.text, f.end, hi),
                value_id,
                summary.identity,
                segment,
                f.begin,
                f.end};
            if (o.on_finding) {
              std::lock_guard lock(mu);
              o.on_finding(fr, rf);
            }
            if (keep_in_report) fr.findings.push_back(std::move(rf));
          }
          if (op != Operator::kKeep && rep != value) edits.push_back({f.begin, f.end, rep});
        }
        return edits;
      };
      if (o.write) {
        fs::path rel = ScrubPath(plan.files[i].rel, scanner, replacer, known, o, fr);
        if (!opened.output_extension.empty()) rel.replace_extension(opened.output_extension);
        {
          std::lock_guard lock(mu);
          // Two names could scrub to the same path; never let one output overwrite another.
          std::string candidate = rel.generic_string();
          for (int n = 2; !taken_paths.insert(candidate).second; ++n) {
            candidate = (rel.parent_path() /
                         (rel.stem().string() + "-" + std::to_string(n) + rel.extension().string()))
                            .generic_string();
          }
          rel = candidate;
        }
        fr.path = rel.empty() ? "." : rel.generic_string();
        if (opened.document->WritesTree()) {
          // A repository given as the only input is the output folder itself.
          AtomicDir dir(rel.empty() ? o.out : o.out / rel);
          opened.document->WriteTree(edits_for, dir.temp());
          fr.sha256_out = FolderDigest(dir.temp());
          dir.Commit();
        } else {
          AtomicFile file(o.out / rel);
          HashingSink sink(file);
          opened.document->WriteLast(edits_for, sink);  // then only Notes()
          file.Commit();
          fr.sha256_out = sink.FinishHex();
        }
      } else {
        opened.document->Scan([&](const Segment& seg) { edits_for(seg); });
      }
      fr.notes = opened.document->Notes();
      flush_values();
      {
        std::lock_guard lock(mu);
        // Values found in the file's name are reviewed like any other.
        for (const ReportedFinding& x : fr.findings) {
          if (x.location != "file name") continue;
          report.values.Add(x.value_id,
                            ValueSummary{x.type, x.text, x.replacement, x.action, 1, x.identity});
        }
      }
      fr.status =
          fr.finding_count > 0 || !fr.notes.empty() ? FileStatus::kScrubbed : FileStatus::kClean;
      AddLineNumbers(plan.files[i].path, fr.findings);
    });
    std::lock_guard lock(mu);
    if (o.on_progress) o.on_progress(o.write ? "scrubbing" : "scanning", ++done, plan.files.size());
  });

  for (const auto& s : plan.skipped) {
    FileReport fr;
    fr.path = s.path.generic_string();
    fr.source = s.path.string();
    fr.status = FileStatus::kSkipped;
    fr.reason = s.reason;
    files.push_back(std::move(fr));
  }
  report.files = std::move(files);
  for (const auto& f : report.files) {
    report.findings += f.finding_count;
    report.bytes += f.bytes_in;
    for (size_t t = 0; t < kEntityCount; ++t) report.per_type[t] += f.per_type[t];
  }
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return report;
}

std::string_view FileStatusName(FileStatus s) {
  switch (s) {
    case FileStatus::kScrubbed:
      return "scrubbed";
    case FileStatus::kClean:
      return "clean";
    case FileStatus::kRefused:
      return "refused";
    case FileStatus::kError:
      return "error";
    case FileStatus::kSkipped:
      return "skipped";
  }
  return "?";
}

}  // namespace deskbench
