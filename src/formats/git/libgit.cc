#include "formats/git/libgit.h"

#include <mutex>

#include "core/error.h"

namespace deskbench::git {

void InitLibgit2() {
  static std::once_flag once;
  std::call_once(once, [] {
    git_libgit2_init();
    git_libgit2_opts(GIT_OPT_SET_OWNER_VALIDATION, 0);
  });
}

void Check(int rc, const std::filesystem::path& path, const std::string& what) {
  if (rc >= 0) return;
  const git_error* e = git_error_last();
  throw Refusal(path, what + ((e && e->message) ? std::string(": ") + e->message : ""));
}

std::string Hex(const git_oid& oid) {
  char buf[GIT_OID_HEXSZ + 1];
  git_oid_tostr(buf, sizeof buf, &oid);
  return buf;
}

std::string Short(const git_oid& oid) {
  return Hex(oid).substr(0, 10);
}

}  // namespace deskbench::git
