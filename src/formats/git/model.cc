#include "formats/git/model.h"

#include <functional>
#include <set>
#include <string_view>
#include <unordered_set>

#include "core/error.h"

namespace deskbench::git {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kHeads = "refs/heads/";
constexpr std::string_view kTags = "refs/tags/";

Person ToPerson(const git_signature* s) {
  if (s == nullptr) return {};
  return {s->name ? s->name : "", s->email ? s->email : "", s->when};
}

class Reader {
 public:
  Reader(git_repository* repo, const fs::path& path, RepositoryModel& model)
      : repo_(repo), path_(path), m_(model) {
    Check(git_repository_odb(&odb_, repo_), path_, "cannot read the object database");
  }
  ~Reader() { git_odb_free(odb_); }
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;

  void ReadWhole() {
    ReadHead();
    ReadRefs();
    if (m_.head) {
      Commit c = LookupCommit(*m_.head);
      Tree t = TreeOf(c.get());
      VisitTree(t.get(), "", "", Reach::kHead);
    }
    Revwalk walk = NewWalk();
    for (const auto& b : m_.branches) Check(git_revwalk_push(walk.get(), &b.target), path_, "walk");
    for (const auto& t : m_.tags) Check(git_revwalk_push(walk.get(), &t.target), path_, "walk");
    if (m_.head && m_.head_branch.empty()) {
      Check(git_revwalk_push(walk.get(), &*m_.head), path_, "walk");
    }
    git_oid id;
    while (git_revwalk_next(&id, walk.get()) == 0) {
      Commit c = LookupCommit(id);
      m_.commits.push_back(ToItem(c.get()));
      Tree t = TreeOf(c.get());
      VisitTree(t.get(), "", Short(id), Reach::kHistory);
    }
    ReadLeftBehind();
    NoteWhatIsLeftBehind();
  }

  void ReadStaged() {
    ReadHead();
    Tree head_tree;
    if (m_.head) head_tree = TreeOf(LookupCommit(*m_.head).get());
    git_index* raw_index = nullptr;
    Check(git_repository_index(&raw_index, repo_), path_, "cannot read the index");
    Index index(raw_index);
    git_diff* raw = nullptr;
    Check(git_diff_tree_to_index(&raw, repo_, head_tree.get(), index.get(), nullptr), path_,
          "cannot compare the index with HEAD");
    AddDiffBlobs(Diff(raw), "");
  }

  void ReadRange(const std::string& range) {
    Revwalk walk = NewWalk();
    if (range.find("..") != std::string::npos) {
      Check(git_revwalk_push_range(walk.get(), range.c_str()), path_,
            "cannot resolve the commit range \"" + range + "\"");
    } else {
      git_object* obj = nullptr;
      Check(git_revparse_single(&obj, repo_, range.c_str()), path_,
            "cannot resolve the commit \"" + range + "\"");
      Object o(obj);
      Check(git_revwalk_push(walk.get(), git_object_id(o.get())), path_, "walk");
    }
    git_oid id;
    while (git_revwalk_next(&id, walk.get()) == 0) {
      Commit c = LookupCommit(id);
      Tree tree = TreeOf(c.get());
      Tree parent_tree;
      if (git_commit_parentcount(c.get()) > 0) {
        git_commit* p = nullptr;
        Check(git_commit_parent(&p, c.get(), 0), path_, "cannot read a parent commit");
        parent_tree = TreeOf(Commit(p).get());
      }
      git_diff* raw = nullptr;
      Check(git_diff_tree_to_tree(&raw, repo_, parent_tree.get(), tree.get(), nullptr), path_,
            "cannot compare commit " + Short(id) + " with its parent");
      AddDiffBlobs(Diff(raw), Short(id));
    }
  }

 private:
  void Note(std::string part, std::string action) {
    if (noted_.insert(part + '\0' + action).second) {
      m_.notes.push_back({std::move(part), std::move(action)});
    }
  }

  Revwalk NewWalk() {
    git_revwalk* w = nullptr;
    Check(git_revwalk_new(&w, repo_), path_, "cannot walk the history");
    Revwalk walk(w);
    git_revwalk_sorting(w, GIT_SORT_TOPOLOGICAL | GIT_SORT_REVERSE);
    return walk;
  }

  Commit LookupCommit(const git_oid& id) {
    git_commit* c = nullptr;
    Check(git_commit_lookup(&c, repo_, &id), path_, "cannot read commit " + Short(id));
    return Commit(c);
  }

  Tree TreeOf(git_commit* c) {
    git_tree* t = nullptr;
    Check(git_commit_tree(&t, c), path_,
          "cannot read the tree of commit " + Short(*git_commit_id(c)));
    return Tree(t);
  }

  CommitItem ToItem(git_commit* c) {
    CommitItem item;
    item.id = *git_commit_id(c);
    item.tree = *git_commit_tree_id(c);
    for (unsigned i = 0; i < git_commit_parentcount(c); ++i) {
      item.parents.push_back(*git_commit_parent_id(c, i));
    }
    item.author = ToPerson(git_commit_author(c));
    item.committer = ToPerson(git_commit_committer(c));
    const char* msg = git_commit_message_raw(c);
    item.message = msg ? msg : "";
    return item;
  }

  void ReadHead() {
    m_.bare = git_repository_is_bare(repo_) != 0;
    git_reference* raw = nullptr;
    int rc = git_repository_head(&raw, repo_);
    if (rc == GIT_EUNBORNBRANCH || rc == GIT_ENOTFOUND) return;
    Check(rc, path_, "cannot read HEAD");
    Reference head(raw);
    git_object* obj = nullptr;
    Check(git_reference_peel(&obj, head.get(), GIT_OBJECT_COMMIT), path_, "HEAD is not a commit");
    m_.head = *git_object_id(obj);
    git_object_free(obj);
    if (git_reference_is_branch(head.get())) {
      m_.head_branch = std::string(git_reference_name(head.get())).substr(kHeads.size());
    }
  }

  void ReadRefs() {
    git_reference_iterator* raw = nullptr;
    Check(git_reference_iterator_new(&raw, repo_), path_, "cannot list references");
    RefIterator it(raw);
    std::vector<std::string> names;
    git_reference* ref = nullptr;
    while (git_reference_next(&ref, it.get()) == 0) {
      Reference r(ref);
      std::string name = git_reference_name(r.get());
      if (name.starts_with(kHeads)) {
        git_object* obj = nullptr;
        if (git_reference_peel(&obj, r.get(), GIT_OBJECT_COMMIT) < 0) {
          Note(name, "removed: does not name a commit");
          continue;
        }
        m_.branches.push_back({name.substr(kHeads.size()), *git_object_id(obj)});
        git_object_free(obj);
      } else if (name.starts_with(kTags)) {
        ReadTag(r.get(), name);
      } else if (name == "refs/stash") {
        Note(name, "removed: stashes are not carried over");
      } else {
        Note(name, name.starts_with("refs/remotes/")
                       ? "removed: remote-tracking branches are not carried over"
                       : "removed: only branches and tags are carried over");
        git_object* obj = nullptr;
        if (git_reference_peel(&obj, r.get(), GIT_OBJECT_COMMIT) == 0) {
          other_refs_.push_back({name, *git_object_id(obj)});
          git_object_free(obj);
        }
      }
      if (name != "refs/stash") logged_refs_.push_back(std::move(name));
    }
  }

  void ReadTag(git_reference* ref, const std::string& name) {
    const git_oid* target = git_reference_target(ref);
    if (target == nullptr) {
      Note(name, "removed: symbolic tag");
      return;
    }
    git_object* raw = nullptr;
    Check(git_object_lookup(&raw, repo_, target, GIT_OBJECT_ANY), path_, "cannot read " + name);
    Object obj(raw);
    TagItem item;
    item.name = name.substr(kTags.size());
    if (git_object_type(obj.get()) == GIT_OBJECT_TAG) {
      auto* tag = reinterpret_cast<git_tag*>(obj.get());
      if (git_tag_target_type(tag) != GIT_OBJECT_COMMIT) {
        Note(name, "removed: the tag does not name a commit");
        return;
      }
      item.annotated = true;
      item.target = *git_tag_target_id(tag);
      item.tagger = ToPerson(git_tag_tagger(tag));
      const char* msg = git_tag_message(tag);
      item.message = msg ? msg : "";
    } else if (git_object_type(obj.get()) == GIT_OBJECT_COMMIT) {
      item.target = *target;
    } else {
      Note(name, "removed: the tag does not name a commit");
      return;
    }
    m_.tags.push_back(std::move(item));
  }

  void NoteWhatIsLeftBehind() {
    git_strarray remotes{};
    if (git_remote_list(&remotes, repo_) == 0) {
      for (size_t i = 0; i < remotes.count; ++i) {
        Note(std::string("remote \"") + remotes.strings[i] + "\"",
             "removed: remotes and their URLs are not carried over");
      }
      git_strarray_dispose(&remotes);
    }
    Note("repository configuration", "not carried over (remotes, credentials, user names)");
    Note("hooks, reflogs, stashes, index", "not carried over");
  }

  // What the output never holds but the report shows: remote URLs, stashes, and the commits that
  // only refs not carried over (remote-tracking branches, notes) or reflogs reach.
  void ReadLeftBehind() {
    ReadRemoteUrls();
    for (const CommitItem& c : m_.commits) kept_messages_.insert(c.message);
    std::vector<git_oid> hidden;  // tips of what is carried over, then of what was read already
    for (const BranchItem& b : m_.branches) hidden.push_back(b.target);
    for (const TagItem& t : m_.tags) hidden.push_back(t.target);
    if (m_.head) hidden.push_back(*m_.head);
    ReadStashes();
    // One walk per ref, so that each commit is labelled with a ref that reaches it. Hidden tips
    // bound each walk to the commits between the ref and what was read before.
    for (const auto& ref : other_refs_) {
      const std::string& name = ref.first;  // a named reference: clang 14 lambdas cannot capture
                                            // structured bindings
      WalkLeftBehind({ref.second}, hidden, [&](const git_oid& c) { return name + " " + Short(c); });
      hidden.push_back(ref.second);
    }
    WalkLeftBehind(ReflogCommits(), hidden, [](const git_oid& c) { return "reflog " + Short(c); });
  }

  // remote.<name>.url and pushurl of the repository's own configuration, as written there.
  void ReadRemoteUrls() {
    git_config* raw = nullptr;
    if (git_repository_config_snapshot(&raw, repo_) < 0) return;
    std::unique_ptr<git_config, void (*)(git_config*)> all(raw, git_config_free);
    git_config* local = nullptr;
    if (git_config_open_level(&local, all.get(), GIT_CONFIG_LEVEL_LOCAL) < 0) return;
    std::unique_ptr<git_config, void (*)(git_config*)> own(local, git_config_free);
    auto add = [](const git_config_entry* e, void* payload) {
      std::string_view key = e->name;  // "remote.<name>.url": the name may hold dots
      size_t dot = key.rfind('.');
      std::string what =
          std::string(key.substr(7, dot - 7)) + " " + std::string(key.substr(dot + 1));
      static_cast<RepositoryModel*>(payload)->report_only.push_back(
          {"remote " + what, "remote URL", e->value ? e->value : ""});
      return 0;
    };
    git_config_foreach_match(own.get(), "^remote\\..+\\.(url|pushurl)$", add, &m_);
  }

  // stash@{N}: the working tree, index and untracked files each stash recorded, and its message.
  void ReadStashes() {
    struct Stash {
      std::string message;
      git_oid id;
    };
    std::vector<Stash> stashes;
    auto add = [](size_t, const char* message, const git_oid* id, void* payload) {
      static_cast<std::vector<Stash>*>(payload)->push_back({message ? message : "", *id});
      return 0;
    };
    if (git_stash_foreach(repo_, add, &stashes) < 0) {
      Note("refs/stash", "cannot be read: stashes were not scanned");
      return;
    }
    for (size_t i = 0; i < stashes.size(); ++i) {
      std::string label = "stash@{" + std::to_string(i) + "}";
      m_.report_only.push_back({label + " message", "stash message", stashes[i].message});
      git_commit* raw = nullptr;
      if (git_commit_lookup(&raw, repo_, &stashes[i].id) < 0) continue;
      Commit stash(raw);
      VisitLeftBehind(stash.get(), label);
      // Parent 1 is the commit the stash was made on; 2 the index, 3 the untracked files.
      for (unsigned p = 1; p < git_commit_parentcount(stash.get()); ++p) {
        git_commit* parent = nullptr;
        if (git_commit_parent(&parent, stash.get(), p) < 0) continue;
        Commit part(parent);
        VisitLeftBehind(part.get(), label);
      }
    }
  }

  // The commits every reflog (HEAD's and each ref's but the stash's) names and still exist.
  std::vector<git_oid> ReflogCommits() {
    std::vector<git_oid> out;
    std::unordered_set<git_oid, OidHash, OidEq> seen;
    std::vector<std::string> names = {"HEAD"};
    names.insert(names.end(), logged_refs_.begin(), logged_refs_.end());
    for (const std::string& name : names) {
      git_reflog* raw = nullptr;
      if (git_reflog_read(&raw, repo_, name.c_str()) < 0) continue;
      std::unique_ptr<git_reflog, void (*)(git_reflog*)> log(raw, git_reflog_free);
      for (size_t i = 0, n = git_reflog_entrycount(log.get()); i < n; ++i) {
        const git_reflog_entry* e = git_reflog_entry_byindex(log.get(), i);
        for (const git_oid* id : {git_reflog_entry_id_old(e), git_reflog_entry_id_new(e)}) {
          if (git_oid_is_zero(id) || !seen.insert(*id).second) continue;
          size_t size = 0;
          git_object_t type;
          if (git_odb_read_header(&size, &type, odb_, id) < 0 || type != GIT_OBJECT_COMMIT) {
            continue;  // pruned since: nothing left to leak
          }
          out.push_back(*id);
        }
      }
    }
    return out;
  }

  // Reads the commits reachable from tips and not from hidden: each one's message (unless a
  // carried commit has the same) and tree, labelled by label(commit id).
  void WalkLeftBehind(const std::vector<git_oid>& tips, const std::vector<git_oid>& hidden,
                      const std::function<std::string(const git_oid&)>& label) {
    if (tips.empty()) return;
    Revwalk walk = NewWalk();
    for (const git_oid& id : hidden) Check(git_revwalk_hide(walk.get(), &id), path_, "walk");
    for (const git_oid& id : tips) Check(git_revwalk_push(walk.get(), &id), path_, "walk");
    git_oid id;
    while (git_revwalk_next(&id, walk.get()) == 0) {
      if (!left_behind_commits_.insert(id).second) continue;
      Commit c = LookupCommit(id);
      std::string at = label(id);
      const char* msg = git_commit_message_raw(c.get());
      if (msg != nullptr && !kept_messages_.contains(msg)) {
        m_.report_only.push_back({at + " message", "commit message", msg});
      }
      VisitLeftBehind(c.get(), at);
    }
  }

  // A commit no output holds whose objects cannot all be read (damaged, partly pruned) is noted,
  // not a reason to refuse the repository: nothing of it would be written anyway.
  void VisitLeftBehind(git_commit* c, const std::string& label) {
    try {
      VisitTree(TreeOf(c).get(), "", label, Reach::kLeftBehind);
    } catch (const Refusal& e) {
      Note(label, std::string("cannot be read, not scanned: ") + e.what());
    }
  }

  void VisitTree(const git_tree* tree, const std::string& prefix, const std::string& revision,
                 Reach reach) {
    if (!seen_trees_.insert(*git_tree_id(tree)).second) return;
    size_t n = git_tree_entrycount(tree);
    for (size_t i = 0; i < n; ++i) {
      const git_tree_entry* e = git_tree_entry_byindex(tree, i);
      std::string path = prefix + git_tree_entry_name(e);
      switch (git_tree_entry_filemode(e)) {
        case GIT_FILEMODE_TREE: {
          AddName(git_tree_entry_name(e), path, revision, reach);
          git_tree* sub = nullptr;
          Check(git_tree_lookup(&sub, repo_, git_tree_entry_id(e)), path_, "cannot read " + path);
          Tree t(sub);
          VisitTree(t.get(), path + "/", revision, reach);
          break;
        }
        case GIT_FILEMODE_BLOB:
        case GIT_FILEMODE_BLOB_EXECUTABLE:
          AddName(git_tree_entry_name(e), path, revision, reach);
          AddBlob(*git_tree_entry_id(e), path, revision, reach);
          break;
        case GIT_FILEMODE_LINK:
          Note(path, "removed: symbolic link");
          break;
        case GIT_FILEMODE_COMMIT:
          Note(path, "removed: submodule (scrub that repository on its own)");
          break;
        default:
          Note(path, "removed: unknown kind of tree entry");
      }
    }
  }

  void AddDiffBlobs(Diff diff, const std::string& revision) {
    size_t n = git_diff_num_deltas(diff.get());
    for (size_t i = 0; i < n; ++i) {
      const git_diff_delta* d = git_diff_get_delta(diff.get(), i);
      if (d->status == GIT_DELTA_DELETED) continue;
      if (d->new_file.mode != GIT_FILEMODE_BLOB &&
          d->new_file.mode != GIT_FILEMODE_BLOB_EXECUTABLE) {
        continue;
      }
      AddBlob(d->new_file.id, d->new_file.path, revision,
              revision.empty() ? Reach::kHead : Reach::kHistory);
    }
  }

  void AddBlob(const git_oid& id, const std::string& path, const std::string& revision,
               Reach reach) {
    if (!seen_blobs_.insert(id).second) return;
    size_t size = 0;
    git_object_t type;
    if (git_odb_read_header(&size, &type, odb_, &id) == 0) m_.blob_bytes += size;
    m_.blobs.push_back({id, path, revision, reach});
  }

  // Names of what the trees written may hold; names met only in what is left behind are not
  // written anywhere.
  void AddName(const char* name, const std::string& path, const std::string& revision,
               Reach reach) {
    if (reach == Reach::kLeftBehind || !seen_names_.insert(name).second) return;
    m_.names.push_back({name, path, revision, reach});
  }

  git_repository* repo_;
  const fs::path& path_;
  RepositoryModel& m_;
  git_odb* odb_ = nullptr;
  std::unordered_set<git_oid, OidHash, OidEq> seen_blobs_, seen_trees_, left_behind_commits_;
  std::unordered_set<std::string> seen_names_;
  std::unordered_set<std::string_view> kept_messages_;       // views of m_.commits' messages
  std::vector<std::pair<std::string, git_oid>> other_refs_;  // not carried over, by name
  std::vector<std::string> logged_refs_;                     // every ref but the stash
  std::set<std::string> noted_;
};

}  // namespace

Repository OpenRepository(const fs::path& path) {
  InitLibgit2();
  git_repository* raw = nullptr;
  Check(git_repository_open_ext(&raw, path.c_str(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr), path,
        "cannot open the git repository");
  return Repository(raw);
}

RepositoryModel ReadModel(git_repository* repo, const fs::path& path, const Scope& scope) {
  RepositoryModel m;
  Reader reader(repo, path, m);
  if (scope.staged) {
    reader.ReadStaged();
  } else if (!scope.range.empty()) {
    reader.ReadRange(scope.range);
  } else {
    reader.ReadWhole();
  }
  return m;
}

}  // namespace deskbench::git
