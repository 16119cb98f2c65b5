#include "formats/git/pack_writer.h"

#include <git2/sys/mempack.h>
#include <git2/sys/odb_backend.h>

#include "formats/git/libgit.h"

namespace deskbench::git {

namespace {
// Above the repository's own loose and pack backends, so writes go to memory.
constexpr int kPriority = 999;
}  // namespace

PackWriter::PackWriter(git_repository* repo, const std::filesystem::path& path)
    : repo_(repo), path_(path) {
  Check(git_repository_odb(&odb_, repo_), path_, "cannot open the output's object database");
  if (git_mempack_new(&mempack_) < 0 || git_odb_add_backend(odb_, mempack_, kPriority) < 0) {
    git_odb_free(odb_);
    Check(-1, path_, "cannot hold the output's objects in memory");
  }
}

PackWriter::~PackWriter() {
  git_odb_free(odb_);
}

void PackWriter::KeepLoose(const git_oid& id) {
  loose_.push_back(id);
}

void PackWriter::Flush() {
  struct Raw {
    git_object_t type;
    std::string data;
  };
  std::vector<Raw> loose;
  for (const git_oid& id : loose_) {
    git_odb_object* obj = nullptr;
    Check(git_odb_read(&obj, odb_, &id), path_, "cannot read a written object");
    loose.push_back(
        {git_odb_object_type(obj), std::string(static_cast<const char*>(git_odb_object_data(obj)),
                                               git_odb_object_size(obj))});
    git_odb_object_free(obj);
  }
  loose_.clear();
  git_buf pack = GIT_BUF_INIT;
  Check(git_mempack_dump(&pack, repo_, mempack_), path_, "cannot pack the output's objects");
  git_odb_writepack* writer = nullptr;
  int rc = git_odb_write_pack(&writer, odb_, nullptr, nullptr);
  if (rc >= 0) {
    git_indexer_progress stats{};
    rc = writer->append(writer, pack.ptr, pack.size, &stats);
    if (rc >= 0) rc = writer->commit(writer, &stats);
    writer->free(writer);
  }
  git_buf_dispose(&pack);
  Check(rc, path_, "cannot write the output's packfile");
  Check(git_mempack_reset(mempack_), path_, "cannot release the packed objects");
  if (!loose.empty()) {
    // A second handle on the same objects folder, without the memory backend.
    git_odb* disk = nullptr;
    std::string objects = std::string(git_repository_path(repo_)) + "objects";
    Check(git_odb_open(&disk, objects.c_str()), path_, "cannot open the output's objects");
    int rc2 = 0;
    for (const Raw& r : loose) {
      git_oid written;
      rc2 = git_odb_write(&written, disk, r.data.data(), r.data.size(), r.type);
      if (rc2 < 0) break;
    }
    git_odb_free(disk);
    Check(rc2, path_, "cannot write an object");
  }
  Check(git_odb_refresh(odb_), path_, "cannot read the output's packfile");
}

}  // namespace deskbench::git
