#include "formats/pdf/mupdf_context.h"

#include <cstdlib>
#include <cstring>

namespace deskbench::pdf {
namespace {

// Every block carries its size in front so that free and realloc can account for it.
constexpr size_t kHeader = 16;

void* CapMalloc(void* user, size_t size) {
  auto* m = static_cast<MemoryCap*>(user);
  size_t cap = m->cap;
  std::atomic<size_t>* s = &m->used;
  if (size > cap || s->fetch_add(size) + size > cap) {
    if (size <= cap) s->fetch_sub(size);
    return nullptr;
  }
  auto* block = static_cast<char*>(std::malloc(size + kHeader));
  if (block == nullptr) {
    s->fetch_sub(size);
    return nullptr;
  }
  std::memcpy(block, &size, sizeof size);
  return block + kHeader;
}

void CapFree(void* user, void* p) {
  if (p == nullptr) return;
  std::atomic<size_t>* s = &static_cast<MemoryCap*>(user)->used;
  char* block = static_cast<char*>(p) - kHeader;
  size_t size;
  std::memcpy(&size, block, sizeof size);
  s->fetch_sub(size);
  std::free(block);
}

void* CapRealloc(void* user, void* p, size_t size) {
  if (p == nullptr) return CapMalloc(user, size);
  if (size == 0) {
    CapFree(user, p);
    return nullptr;
  }
  auto* m = static_cast<MemoryCap*>(user);
  size_t cap = m->cap;
  std::atomic<size_t>* s = &m->used;
  char* block = static_cast<char*>(p) - kHeader;
  size_t old;
  std::memcpy(&old, block, sizeof old);
  if (size > old) {
    size_t grow = size - old;
    if (grow > cap || s->fetch_add(grow) + grow > cap) {
      if (grow <= cap) s->fetch_sub(grow);
      return nullptr;
    }
  }
  auto* moved = static_cast<char*>(std::realloc(block, size + kHeader));
  if (moved == nullptr) {
    if (size > old) s->fetch_sub(size - old);
    return nullptr;
  }
  if (size < old) s->fetch_sub(old - size);
  std::memcpy(moved, &size, sizeof size);
  return moved + kHeader;
}

void Lock(void* user, int lock) {
  static_cast<std::mutex*>(user)[lock].lock();
}
void Unlock(void* user, int lock) {
  static_cast<std::mutex*>(user)[lock].unlock();
}

// MuPDF prints warnings on stderr by default; the adapter reports what matters as Notes.
void Quiet(void*, const char*) {}

}  // namespace

Context::Context(std::filesystem::path file, size_t max_memory) : file_(std::move(file)) {
  memory_.cap = max_memory;
  alloc_ = {&memory_, CapMalloc, CapRealloc, CapFree};
  lock_fns_ = {locks_, Lock, Unlock};
  ctx_ = fz_new_context(&alloc_, &lock_fns_, FZ_STORE_DEFAULT);
  if (ctx_ == nullptr) throw Refusal(file_, "cannot start the PDF library (out of memory)");
  fz_set_warning_callback(ctx_, Quiet, nullptr);
  fz_set_error_callback(ctx_, Quiet, nullptr);
}

Context::~Context() {
  fz_drop_context(ctx_);
}

const char* Context::Run(void (*fn)(void*), void* arg) {
  volatile bool failed = false;
  fz_try(ctx_) {
    fn(arg);
  }
  fz_catch(ctx_) {
    failed = true;
  }
  return failed ? fz_caught_message(ctx_) : nullptr;
}

void Context::Fail(const char* what, const char* message) const {
  std::string reason = std::string(what) + ": " + (message ? message : "unknown error");
  if (memory_.used.load() + (16u << 20) > memory_.cap) {
    reason += " (memory limit for one PDF reached)";
  }
  throw Refusal(file_, reason);
}

}  // namespace deskbench::pdf
