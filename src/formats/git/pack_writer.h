#pragma once
// Objects of the output repository are kept in memory and land as one packfile: a rewritten
// history has hundreds of thousands of objects, which as loose files cost a file each.

#include <git2.h>

#include <filesystem>
#include <string>
#include <vector>

namespace deskbench::git {

class PackWriter {
 public:
  // From now on, objects written to repo go to memory. Throws Refusal naming path.
  PackWriter(git_repository* repo, const std::filesystem::path& path);
  ~PackWriter();
  PackWriter(const PackWriter&) = delete;
  PackWriter& operator=(const PackWriter&) = delete;

  // Objects no commit reaches (annotated tags) are left out of the pack libgit2 builds from
  // memory: they are written as loose objects by Flush instead.
  void KeepLoose(const git_oid& id);
  // Writes everything held in memory as one indexed packfile of repo, then empties the memory.
  void Flush();

 private:
  git_repository* repo_;
  const std::filesystem::path& path_;
  git_odb* odb_ = nullptr;
  git_odb_backend* mempack_ = nullptr;  // owned by odb_
  std::vector<git_oid> loose_;
};

}  // namespace deskbench::git
