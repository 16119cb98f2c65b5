#pragma once
// Owning handles and error helpers for libgit2, shared by the repository adapter's files.

#include <git2.h>

#include <filesystem>
#include <memory>
#include <string>

namespace deskbench::git {

// Initialises libgit2 once per process. Repositories are read without checking who owns them
// (nothing in them is ever executed), and libgit2 never searches parent folders for one.
void InitLibgit2();

template <typename T, void (*Free)(T*)>
struct Freer {
  void operator()(T* p) const { Free(p); }
};
template <typename T, void (*Free)(T*)>
using Handle = std::unique_ptr<T, Freer<T, Free>>;

using Repository = Handle<git_repository, git_repository_free>;
using Commit = Handle<git_commit, git_commit_free>;
using Tree = Handle<git_tree, git_tree_free>;
using Blob = Handle<git_blob, git_blob_free>;
using Tag = Handle<git_tag, git_tag_free>;
using Object = Handle<git_object, git_object_free>;
using Reference = Handle<git_reference, git_reference_free>;
using RefIterator = Handle<git_reference_iterator, git_reference_iterator_free>;
using Revwalk = Handle<git_revwalk, git_revwalk_free>;
using Signature = Handle<git_signature, git_signature_free>;
using TreeBuilder = Handle<git_treebuilder, git_treebuilder_free>;
using Index = Handle<git_index, git_index_free>;
using Diff = Handle<git_diff, git_diff_free>;
using Remote = Handle<git_remote, git_remote_free>;

// Throws Refusal naming path, what failed and libgit2's message when rc is negative.
void Check(int rc, const std::filesystem::path& path, const std::string& what);

std::string Hex(const git_oid& oid);
// The 10-digit abbreviation shown in locations ("1a2b3c4d5e:path").
std::string Short(const git_oid& oid);

struct OidLess {
  bool operator()(const git_oid& a, const git_oid& b) const { return git_oid_cmp(&a, &b) < 0; }
};
struct OidHash {
  size_t operator()(const git_oid& o) const {
    size_t h;
    static_assert(sizeof h <= GIT_OID_RAWSZ);
    __builtin_memcpy(&h, o.id, sizeof h);
    return h;
  }
};
struct OidEq {
  bool operator()(const git_oid& a, const git_oid& b) const { return git_oid_equal(&a, &b) != 0; }
};

}  // namespace deskbench::git
