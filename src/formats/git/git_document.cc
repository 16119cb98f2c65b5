#include "formats/git/git_document.h"

#include <git2/sys/commit.h>

#include <ctime>
#include <optional>
#include <set>
#include <unordered_map>

#include "core/error.h"
#include "formats/file_name.h"
#include "formats/git/pack_writer.h"
#include "formats/splice.h"

namespace deskbench::git {
namespace fs = std::filesystem;

namespace {

constexpr const char* kNeutralName = "deskbench";
constexpr const char* kNeutralEmail = "contributor@example.com";
constexpr const char* kSnapshotMessage = "Scrubbed snapshot\n\nWritten by deskbench scrub.\n";
constexpr int64_t kDay = 24 * 60 * 60;

std::string ApplyEdits(std::string_view text, const std::vector<Edit>& edits) {
  std::string out;
  size_t pos = 0;
  for (const Edit& e : SanitizeEdits(text, edits)) {
    out.append(text.substr(pos, e.begin - pos));
    out.append(e.replacement);
    pos = e.end;
  }
  out.append(text.substr(pos));
  return out;
}

// Names and emails go into "name <email>" lines: no angle brackets or line breaks, never empty.
std::string SignaturePart(std::string s, const char* fallback) {
  std::string out;
  for (char c : s) {
    if (c == '<' || c == '>' || c == '\n' || c == '\r' || c == '\0') continue;
    out.push_back(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  while (!out.empty() && out.front() == ' ') out.erase(out.begin());
  return out.empty() ? fallback : out;
}

// Branch and tag names after scrubbing: only characters git accepts everywhere.
std::string RefPart(const std::string& s) {
  std::string out;
  for (char c : s) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_' || c == '.' || c == '/';
    out.push_back(ok ? c : '-');
  }
  return out;
}

// A scrubbed file or folder name git accepts in a tree: never empty, ".", "..", or ".git" in any
// case (git would refuse the tree, or a checkout would write into the repository itself).
std::string TreeEntryName(std::string name) {
  std::string lower;
  for (char c : name) lower.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  if (name.empty() || name == "." || name == ".." || lower == ".git") name.insert(0, "_");
  return name;
}

Signature MakeSignature(const Person& p, const fs::path& path) {
  git_signature* s = nullptr;
  Check(git_signature_new(&s, SignaturePart(p.name, "unknown").c_str(),
                          SignaturePart(p.email, "unknown@example.com").c_str(), p.when.time, 0),
        path, "cannot write a signature");
  return Signature(s);
}

// What the editor made of one person.
Person EditedPerson(const Person& p, std::string name, std::string email) {
  Person out = p;
  out.name = std::move(name);
  out.email = std::move(email);
  out.when.offset = 0;  // time zones say where people live; times are kept in UTC
  return out;
}

}  // namespace

bool IsRepository(const fs::path& dir) {
  std::error_code ec;
  if (fs::exists(dir / ".git", ec)) return true;
  return fs::is_regular_file(dir / "HEAD", ec) && fs::is_directory(dir / "objects", ec) &&
         fs::is_directory(dir / "refs", ec);
}

// One pass over the model in Scan order. With an editor it records what each segment became.
class GitDocument::Walker {
 public:
  Walker(GitDocument& doc, const SegmentVisitor* visit, const SegmentEditor* edit, bool write_all)
      : d_(doc), visit_(visit), edit_(edit), write_all_(write_all) {}

  // Scrubbed bytes by original blob id; dropped blobs are absent.
  std::unordered_map<git_oid, std::string, OidHash, OidEq> blobs;
  std::vector<Person> authors, committers;
  std::vector<std::string> messages;
  std::vector<Person> taggers;
  std::vector<std::string> tag_messages;
  std::vector<std::string> branch_names, tag_names;
  // New names of the files and folders whose names changed, by old name.
  std::unordered_map<std::string, std::string> renames;

  void Run() {
    const RepositoryModel& m = d_.model_;
    for (const BlobItem& b : m.blobs) Blob(b);
    for (const NameItem& n : m.names) Name(n);
    for (const CommitItem& c : m.commits) {
      std::string at = "commit " + Short(c.id) + " ";
      Person a = Who(c.author, at + "author", "author");
      Person k = Who(c.committer, at + "committer", "committer");
      std::string msg = Field(c.message, at + "message", "commit message");
      if (edit_) {
        authors.push_back(std::move(a));
        committers.push_back(std::move(k));
        messages.push_back(std::move(msg));
      }
    }
    for (const TagItem& t : m.tags) {
      std::string at = "tag " + t.name + " ";
      Person p;
      std::string msg;
      if (t.annotated) {
        p = Who(t.tagger, at + "tagger", "tagger");
        msg = Field(t.message, at + "message", "tag message");
      }
      if (edit_) {
        taggers.push_back(std::move(p));
        tag_messages.push_back(std::move(msg));
      }
    }
    for (const BranchItem& b : m.branches) {
      std::string name = Field(b.name, "branch " + b.name, "branch");
      if (edit_) branch_names.push_back(std::move(name));
    }
    for (const TagItem& t : m.tags) {
      std::string name = Field(t.name, "tag " + t.name, "tag");
      if (edit_) tag_names.push_back(std::move(name));
    }
    // Never written: scanned (or edited, and the edits dropped) so that the report shows them.
    for (const ReportOnlyText& t : m.report_only) Field(t.text, t.location, t.hint);
  }

 private:
  std::string Field(std::string_view text, const std::string& location, std::string_view hint) {
    Segment seg{text, location, hint};
    size_t piece = d_.options_.limits.max_segment_bytes;
    if (edit_) return ApplyEdits(text, EditPieces(seg, piece, *edit_));
    VisitPieces(seg, piece, *visit_);
    return {};
  }

  Person Who(const Person& p, const std::string& location, const std::string& role) {
    std::string name = Field(p.name, location + " name", role);
    std::string email = Field(p.email, location + " email", role + " email");
    return EditedPerson(p, std::move(name), std::move(email));
  }

  // "" for HEAD's tree, "history 1a2b3c4d5e:" for the rest of the history ("1a2b3c4d5e:" in a
  // commit range), "stash@{0}:" or "reflog 1a2b3c4d5e:" for what is left behind.
  std::string Label(Reach reach, const std::string& revision) const {
    bool whole = !d_.scope_.staged && d_.scope_.range.empty();
    if (reach == Reach::kHead) return "";
    if (reach == Reach::kHistory && whole) return "history " + revision + ":";
    return revision + ":";
  }

  // In a squashed output only HEAD's blobs and names are written; with keep_history the whole
  // history's. The others are scanned for the report.
  bool Written(Reach reach) const {
    return edit_ && (reach == Reach::kHead || (write_all_ && reach == Reach::kHistory));
  }

  void Name(const NameItem& n) {
    std::string text = FileNameText(n.name);
    std::string location = Label(n.reach, n.revision) + n.path + " \u203a file name";
    Segment seg{text, location, kFileNameHint};
    size_t piece = d_.options_.limits.max_segment_bytes;
    if (!edit_) {
      VisitPieces(seg, piece, *visit_);
      return;
    }
    std::vector<Edit> edits = SanitizeEdits(text, EditPieces(seg, piece, *edit_));
    if (edits.empty() || !Written(n.reach)) return;
    std::string renamed = TreeEntryName(ApplyFileNameEdits(n.name, edits));
    if (renamed != n.name) renames.emplace(n.name, std::move(renamed));
  }

  void Blob(const BlobItem& b) {
    std::string label = Label(b.reach, b.revision);
    bool write = Written(b.reach);
    bool noted = !edit_ || write;
    std::string bytes;
    std::string refused;
    git_blob* raw = nullptr;
    if (git_blob_lookup(&raw, d_.repo_.get(), &b.id) < 0) {
      refused = "cannot read the blob";
    } else {
      git::Blob blob(raw);
      uint64_t size = git_blob_rawsize(blob.get());
      if (size > d_.options_.limits.max_document_bytes) {
        refused = "larger than the limit of " +
                  std::to_string(d_.options_.limits.max_document_bytes >> 20) + " MiB";
      } else {
        bytes.assign(static_cast<const char*>(git_blob_rawcontent(blob.get())), size);
      }
    }
    if (!refused.empty()) {
      if (noted) d_.Noted({label + b.path, "removed: " + refused});
      return;
    }
    Members members(d_.opener_, d_.options_);
    members.Add(b.path, std::move(bytes));
    if (noted) {
      for (Note& n : members.Notes()) d_.Noted({label + n.part, std::move(n.action)});
    }
    if (!members.refused(0).empty()) return;
    std::string location;
    auto relabel = [&](const Segment& seg) {
      location.assign(label).append(seg.location);
      Segment s = seg;
      s.location = location;
      return s;
    };
    if (write) {
      blobs[b.id] = members.Write(0, [&](const Segment& seg) { return (*edit_)(relabel(seg)); });
    } else if (edit_) {
      members.ScanMember(0, [&](const Segment& seg) { (*edit_)(relabel(seg)); });
    } else {
      members.ScanMember(0, [&](const Segment& seg) { (*visit_)(relabel(seg)); });
    }
  }

  GitDocument& d_;
  const SegmentVisitor* visit_;
  const SegmentEditor* edit_;
  bool write_all_;
};

GitDocument::GitDocument(const fs::path& path, MemberOpener opener, FormatOptions options,
                         Scope scope)
    : path_(path),
      opener_(std::move(opener)),
      options_(std::move(options)),
      scope_(std::move(scope)),
      repo_(OpenRepository(path)),
      model_(ReadModel(repo_.get(), path, scope_)) {}

GitDocument::~GitDocument() = default;

void GitDocument::Noted(Note note) {
  if (noted_.insert(note.part + '\0' + note.action).second) notes_.push_back(std::move(note));
}

void GitDocument::Scan(const SegmentVisitor& visit) {
  Walker walker(*this, &visit, nullptr, false);
  walker.Run();
}

void GitDocument::Write(const SegmentEditor&, Sink&) {
  throw Refusal(path_, "a git repository is written as a folder");
}

std::vector<Note> GitDocument::Notes() const {
  std::vector<Note> out = model_.notes;
  out.insert(out.end(), notes_.begin(), notes_.end());
  return out;
}

namespace {

// Builds the output repository's trees from the input's, with scrubbed blobs under scrubbed names;
// memoised by tree id since most trees of a history are shared between commits.
class TreeWriter {
 public:
  TreeWriter(git_repository* in, git_repository* out, const fs::path& path,
             const std::unordered_map<git_oid, git_oid, OidHash, OidEq>& blobs,
             const std::unordered_map<std::string, std::string>& renames)
      : in_(in), out_(out), path_(path), blobs_(blobs), renames_(renames) {}

  // The new tree's id, or nullopt when nothing in it survived.
  std::optional<git_oid> Rewrite(const git_oid& id) {
    if (auto it = done_.find(id); it != done_.end()) return it->second;
    git_tree* raw = nullptr;
    Check(git_tree_lookup(&raw, in_, &id), path_, "cannot read a tree");
    Tree tree(raw);
    struct Entry {
      const char* name;
      git_oid target;
      git_filemode_t mode;
      const std::string* renamed;  // null when the name is kept
    };
    std::vector<Entry> entries;
    for (size_t i = 0, n = git_tree_entrycount(tree.get()); i < n; ++i) {
      const git_tree_entry* e = git_tree_entry_byindex(tree.get(), i);
      git_filemode_t mode = git_tree_entry_filemode(e);
      std::optional<git_oid> target;
      if (mode == GIT_FILEMODE_TREE) {
        target = Rewrite(*git_tree_entry_id(e));
      } else if (mode == GIT_FILEMODE_BLOB || mode == GIT_FILEMODE_BLOB_EXECUTABLE) {
        if (auto it = blobs_.find(*git_tree_entry_id(e)); it != blobs_.end()) target = it->second;
      }
      if (!target) continue;
      const char* name = git_tree_entry_name(e);
      auto renamed = renames_.empty() ? renames_.end() : renames_.find(name);
      entries.push_back(
          {name, *target, mode, renamed == renames_.end() ? nullptr : &renamed->second});
    }
    // Kept names first, so that a name an edit made equal to one already there ("Jane_Doe.md"
    // become "Alex_Kim.md" beside "Alex_Kim.md") takes a suffix, not the untouched entry; among
    // renamed entries the tree's own order decides.
    std::set<std::string> taken;
    for (const Entry& e : entries) {
      if (!e.renamed) taken.insert(e.name);
    }
    git_treebuilder* b = nullptr;
    Check(git_treebuilder_new(&b, out_, nullptr), path_, "cannot build a tree");
    TreeBuilder builder(b);
    for (const Entry& e : entries) {
      std::string name = e.renamed ? UniqueFileName(*e.renamed, taken) : e.name;
      Check(git_treebuilder_insert(nullptr, builder.get(), name.c_str(), &e.target, e.mode), path_,
            "cannot build a tree");
    }
    std::optional<git_oid> result;
    if (git_treebuilder_entrycount(builder.get()) > 0) {
      git_oid written;
      Check(git_treebuilder_write(&written, builder.get()), path_, "cannot write a tree");
      result = written;
    }
    done_.emplace(id, result);
    return result;
  }

  git_oid EmptyTree() {
    git_treebuilder* b = nullptr;
    Check(git_treebuilder_new(&b, out_, nullptr), path_, "cannot build a tree");
    TreeBuilder builder(b);
    git_oid id;
    Check(git_treebuilder_write(&id, builder.get()), path_, "cannot write a tree");
    return id;
  }

 private:
  git_repository* in_;
  git_repository* out_;
  const fs::path& path_;
  const std::unordered_map<git_oid, git_oid, OidHash, OidEq>& blobs_;
  const std::unordered_map<std::string, std::string>& renames_;
  std::unordered_map<git_oid, std::optional<git_oid>, OidHash, OidEq> done_;
};

// Unique, valid ref names: a scrubbed name that git would not accept, or that another ref already
// took, becomes "<kind>-N".
class RefNames {
 public:
  explicit RefNames(std::string prefix, std::string fallback)
      : prefix_(std::move(prefix)), fallback_(std::move(fallback)) {}
  std::string Take(const std::string& wanted) {
    std::string name = RefPart(wanted);
    int valid = 0;
    std::string full = prefix_ + name;
    if (name.empty() || git_reference_name_is_valid(&valid, full.c_str()) < 0 || !valid ||
        !taken_.insert(name).second) {
      do {
        name = fallback_ + "-" + std::to_string(++n_);
      } while (!taken_.insert(name).second);
    }
    return name;
  }

 private:
  std::string prefix_, fallback_;
  std::set<std::string> taken_;
  int n_ = 0;
};

}  // namespace

void GitDocument::WriteTree(const SegmentEditor& edits, const fs::path& dir) {
  if (scope_.staged || !scope_.range.empty()) {
    throw Refusal(path_, "a scan of staged changes or a commit range cannot be written");
  }
  const bool keep = options_.keep_history;
  Walker walker(*this, nullptr, &edits, keep);
  walker.Run();

  git_repository_init_options init = GIT_REPOSITORY_INIT_OPTIONS_INIT;
  init.flags = GIT_REPOSITORY_INIT_MKPATH | GIT_REPOSITORY_INIT_NO_REINIT;
  if (model_.bare) init.flags |= GIT_REPOSITORY_INIT_BARE;
  git_repository* raw = nullptr;
  Check(git_repository_init_ext(&raw, dir.c_str(), &init), path_,
        "cannot create the output repository");
  Repository out(raw);
  PackWriter pack(out.get(), path_);

  std::unordered_map<git_oid, git_oid, OidHash, OidEq> blob_ids;
  for (auto& [id, bytes] : walker.blobs) {
    git_oid written;
    Check(git_blob_create_from_buffer(&written, out.get(), bytes.data(), bytes.size()), path_,
          "cannot write a blob");
    blob_ids.emplace(id, written);
  }
  walker.blobs.clear();
  TreeWriter trees(repo_.get(), out.get(), path_, blob_ids, walker.renames);

  RefNames branch_names("refs/heads/", "branch");
  std::string head_ref;
  std::optional<git_oid> head_commit;
  if (!keep) {
    // One commit of HEAD's tree. Its date is HEAD's commit date cut to the day, in UTC: close
    // enough to place the work in time, not the minute someone committed.
    if (model_.head) {
      git_commit* c = nullptr;
      Check(git_commit_lookup(&c, repo_.get(), &*model_.head), path_, "cannot read HEAD");
      Commit head(c);
      git_oid tree = trees.Rewrite(*git_commit_tree_id(head.get())).value_or(trees.EmptyTree());
      Person neutral{kNeutralName, kNeutralEmail, {}};
      neutral.when.time = git_commit_time(head.get()) / kDay * kDay;
      Signature sig = MakeSignature(neutral, path_);
      git_oid id;
      Check(git_commit_create_from_ids(&id, out.get(), nullptr, sig.get(), sig.get(), nullptr,
                                       kSnapshotMessage, &tree, 0, nullptr),
            path_, "cannot write the commit");
      head_commit = id;
      std::string branch = "main";
      for (size_t i = 0; i < model_.branches.size(); ++i) {
        if (model_.branches[i].name == model_.head_branch) branch = walker.branch_names[i];
      }
      head_ref = "refs/heads/" + branch_names.Take(branch);
      git_reference* r = nullptr;
      Check(git_reference_create(&r, out.get(), head_ref.c_str(), &id, 0, nullptr), path_,
            "cannot write a branch");
      git_reference_free(r);
    }
  } else {
    std::unordered_map<git_oid, git_oid, OidHash, OidEq> commits;
    for (size_t i = 0; i < model_.commits.size(); ++i) {
      const CommitItem& c = model_.commits[i];
      git_oid tree = trees.Rewrite(c.tree).value_or(trees.EmptyTree());
      std::vector<git_oid> parents;
      for (const git_oid& p : c.parents) {
        if (auto it = commits.find(p); it != commits.end()) parents.push_back(it->second);
      }
      std::vector<const git_oid*> parent_ptrs;
      for (const git_oid& p : parents) parent_ptrs.push_back(&p);
      Signature author = MakeSignature(walker.authors[i], path_);
      Signature committer = MakeSignature(walker.committers[i], path_);
      git_oid id;
      Check(git_commit_create_from_ids(&id, out.get(), nullptr, author.get(), committer.get(),
                                       nullptr, walker.messages[i].c_str(), &tree,
                                       parent_ptrs.size(), parent_ptrs.data()),
            path_, "cannot write commit " + Short(c.id));
      commits.emplace(c.id, id);
    }
    for (size_t i = 0; i < model_.branches.size(); ++i) {
      auto it = commits.find(model_.branches[i].target);
      if (it == commits.end()) continue;
      std::string ref = "refs/heads/" + branch_names.Take(walker.branch_names[i]);
      git_reference* r = nullptr;
      Check(git_reference_create(&r, out.get(), ref.c_str(), &it->second, 0, nullptr), path_,
            "cannot write a branch");
      git_reference_free(r);
      if (model_.branches[i].name == model_.head_branch) head_ref = ref;
    }
    RefNames tag_names("refs/tags/", "tag");
    for (size_t i = 0; i < model_.tags.size(); ++i) {
      const TagItem& t = model_.tags[i];
      auto it = commits.find(t.target);
      if (it == commits.end()) continue;
      std::string name = tag_names.Take(walker.tag_names[i]);
      if (t.annotated) {
        git_object* target = nullptr;
        Check(git_object_lookup(&target, out.get(), &it->second, GIT_OBJECT_COMMIT), path_,
              "cannot read a written commit");
        Object obj(target);
        Signature tagger = MakeSignature(walker.taggers[i], path_);
        git_oid tag_id;
        Check(git_tag_create(&tag_id, out.get(), name.c_str(), obj.get(), tagger.get(),
                             walker.tag_messages[i].c_str(), 0),
              path_, "cannot write tag");
        pack.KeepLoose(tag_id);
      } else {
        std::string ref = "refs/tags/" + name;
        git_reference* r = nullptr;
        Check(git_reference_create(&r, out.get(), ref.c_str(), &it->second, 0, nullptr), path_,
              "cannot write a tag");
        git_reference_free(r);
      }
    }
    if (model_.head) {
      if (auto it = commits.find(*model_.head); it != commits.end()) head_commit = it->second;
    }
  }

  pack.Flush();
  if (!head_ref.empty()) {
    Check(git_repository_set_head(out.get(), head_ref.c_str()), path_, "cannot set HEAD");
  } else if (head_commit) {
    Check(git_repository_set_head_detached(out.get(), &*head_commit), path_, "cannot set HEAD");
  }
  if (head_commit && !model_.bare) {
    git_checkout_options co = GIT_CHECKOUT_OPTIONS_INIT;
    co.checkout_strategy = GIT_CHECKOUT_FORCE;
    Check(git_checkout_head(out.get(), &co), path_, "cannot check out the scrubbed tree");
  }
  // libgit2 logs every ref it writes with the identity of this machine's git configuration (the
  // contributor's real name), and init leaves sample hooks: neither belongs in the output.
  fs::path git_dir = git_repository_path(out.get());
  out.reset();
  std::error_code ec;
  fs::remove_all(git_dir / "logs", ec);
  for (const auto& e : fs::directory_iterator(git_dir / "hooks", ec)) fs::remove_all(e.path(), ec);
}

}  // namespace deskbench::git
