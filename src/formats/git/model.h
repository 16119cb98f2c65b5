#pragma once
// What the repository adapter reads from a repository before scanning anything: the distinct
// blobs to scrub (each once, by id, with the first path it was seen under), the distinct names of
// files and folders, the commits, tags and branches, and what is never carried over but scanned
// for the report (stashes, commits only reflogs or other refs reach, remote URLs). Scan and Write
// both walk this model in the same order.

#include <git2.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "formats/document.h"
#include "formats/git/libgit.h"

namespace deskbench::git {

// What an output may hold of a blob or a name.
enum class Reach {
  kHead,        // in HEAD's tree: written in every output
  kHistory,     // in a commit a branch, a tag or HEAD reaches: written with keep_history
  kLeftBehind,  // only a stash, a reflog or a ref that is not carried over reaches it: scanned
                // for the report, never written
};

struct BlobItem {
  git_oid id;
  std::string path;  // the first path it was seen under
  // "" for a blob of HEAD's tree; else the commit that first holds it ("1a2b3c4d5e"), or for a
  // blob left behind where it was met ("stash@{0}", "reflog 1a2b3c4d5e",
  // "refs/remotes/origin/wip 1a2b3c4d5e").
  std::string revision;
  Reach reach = Reach::kHead;
};

// One distinct name of a file or folder in the trees written (the whole repository only).
struct NameItem {
  std::string name;      // one path component, as the tree stores it
  std::string path;      // the first full path it was seen under
  std::string revision;  // as BlobItem's
  Reach reach = Reach::kHead;
};

// Text no output holds, scanned only so that the report shows what it leaks.
struct ReportOnlyText {
  std::string location;  // "remote origin url", "stash@{0} message"
  std::string hint;
  std::string text;
};

struct Person {
  std::string name;
  std::string email;
  git_time when{};
};

struct CommitItem {
  git_oid id;
  git_oid tree;
  std::vector<git_oid> parents;
  Person author;
  Person committer;
  std::string message;
};

struct TagItem {
  std::string name;  // without refs/tags/
  git_oid target;    // a commit
  bool annotated = false;
  Person tagger;
  std::string message;
};

struct BranchItem {
  std::string name;  // without refs/heads/
  git_oid target;
};

// Which part of a repository is read.
struct Scope {
  bool staged = false;  // the index's changes against HEAD
  std::string range;    // "A..B": blobs added by the commits reachable from B but not from A
};

struct RepositoryModel {
  bool bare = false;
  std::optional<git_oid> head;  // the commit HEAD names, if any
  std::string head_branch;      // "" when HEAD is detached or unborn
  // HEAD's tree first, then history (or the scope's blobs), then what is left behind.
  std::vector<BlobItem> blobs;
  std::vector<NameItem> names;      // in the order blobs met them; none left behind
  std::vector<CommitItem> commits;  // parents before children (empty for a scope)
  std::vector<TagItem> tags;
  std::vector<BranchItem> branches;
  std::vector<ReportOnlyText> report_only;
  uint64_t blob_bytes = 0;  // of the distinct blobs
  std::vector<Note> notes;  // what is never carried over: remotes, stashes, links, submodules
};

// Opens the repository at path (a working folder with .git, or a bare repository). Throws
// Refusal naming path and the reason.
Repository OpenRepository(const std::filesystem::path& path);

// Reads the model of the whole repository, or of scope when it names one.
RepositoryModel ReadModel(git_repository* repo, const std::filesystem::path& path,
                          const Scope& scope);

}  // namespace deskbench::git
