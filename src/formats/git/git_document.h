#pragma once
// A git repository as one document (docs/formats.md "Git repositories").
//
// Segments: every distinct blob (by id) of HEAD's tree, opened through the adapter registry as a
// member ("path › line 3"), then every other blob of the history ("history 1a2b3c4d5e:path ›
// line 3": a value found there was deleted before HEAD), then the blobs left behind (stashes,
// commits only reflogs or dropped refs reach: "stash@{0}:path › line 1", "reflog 1a2b3c4d5e:path
// › line 1"), each distinct file or folder name ("clients/Jane_Doe › file name"), each commit's
// author, committer and message, annotated tags, branch and tag names, and last what is scanned
// for the report only (remote URLs, stash and left-behind commit messages). Blobs no adapter
// understands are dropped and noted (fail closed).
//
// Output is a fresh repository (a folder; bare when the input was bare): by default one commit
// of the scrubbed HEAD tree by a neutral author; with keep_history every commit rewritten, each
// blob scrubbed once, the commit graph, branches and tags kept. File and folder names are written
// scrubbed, kept distinct within a folder. Remotes, hooks, reflogs, stashes, notes and
// configuration are never carried over.
//
// A scope limits the scan to what a commit would add (pre-commit, CI): the staged blobs, or the
// blobs added by a commit range; such a document is scanned only.

#include <filesystem>
#include <memory>
#include <set>
#include <string>

#include "formats/document.h"
#include "formats/git/model.h"
#include "formats/members.h"
#include "formats/options.h"

namespace deskbench::git {

// True for a working folder holding .git, or a bare repository (HEAD, objects/, refs/).
bool IsRepository(const std::filesystem::path& dir);

class GitDocument : public Document {
 public:
  // Throws Refusal when path is not a readable repository.
  GitDocument(const std::filesystem::path& path, MemberOpener opener, FormatOptions options,
              Scope scope = {});
  ~GitDocument() override;

  void Scan(const SegmentVisitor& visit) override;
  // A repository is a folder: always throws Refusal; the pipeline calls WriteTree.
  void Write(const SegmentEditor& edits, Sink& out) override;
  bool WritesTree() const override { return true; }
  void WriteTree(const SegmentEditor& edits, const std::filesystem::path& dir) override;
  std::vector<Note> Notes() const override;
  uint64_t ContentBytes() const override { return model_.blob_bytes; }

 private:
  // One pass over the model in the order of Scan, visiting or editing every segment.
  class Walker;
  void Noted(Note note);

  std::filesystem::path path_;
  MemberOpener opener_;
  FormatOptions options_;
  Scope scope_;
  Repository repo_;
  RepositoryModel model_;
  std::vector<Note> notes_;
  std::set<std::string> noted_;
};

}  // namespace deskbench::git
