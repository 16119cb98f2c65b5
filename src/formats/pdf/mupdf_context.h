#pragma once
// One MuPDF context per document: MuPDF contexts must not be shared between threads without
// locking, so each document owns one (with its own locks, in case a document is scanned in one
// worker and written in another) and a memory cap, so a hostile file cannot exhaust the machine.
// MuPDF reports errors by longjmp (fz_try/fz_catch); Guard turns them into Refusals naming the
// file. Code run under Guard must not hold C++ objects with destructors across a MuPDF call that
// may throw (a longjmp would skip the destructors): build C++ data outside, MuPDF calls inside.

#include <mupdf/fitz.h>
#include <mupdf/pdf.h>

#include <atomic>
#include <cstddef>
#include <exception>
#include <filesystem>
#include <mutex>
#include <string>

#include "core/error.h"

namespace deskbench::pdf {

// What MuPDF may allocate for one document (decoded images, fonts, object cache).
inline constexpr size_t kMaxMuPdfMemory = size_t{1536} << 20;

// What one context has allocated, and may.
struct MemoryCap {
  std::atomic<size_t> used{0};
  size_t cap = 0;
};

class Context {
 public:
  explicit Context(std::filesystem::path file, size_t max_memory = kMaxMuPdfMemory);
  ~Context();
  Context(const Context&) = delete;
  Context& operator=(const Context&) = delete;

  fz_context* get() const { return ctx_; }
  const std::filesystem::path& file() const { return file_; }

  // Runs f; a MuPDF error inside becomes Refusal(file, what + ": " + message), a C++ exception
  // thrown by f passes through unchanged.
  template <class F>
  void Guard(const char* what, F&& f) {
    std::exception_ptr thrown;
    struct Call {
      F* f;
      std::exception_ptr* thrown;
      static void Run(void* p) {
        auto* call = static_cast<Call*>(p);
        try {
          (*call->f)();
        } catch (...) {
          *call->thrown = std::current_exception();
        }
      }
    } call{&f, &thrown};
    if (const char* error = Run(&Call::Run, &call)) Fail(what, error);
    if (thrown) std::rethrow_exception(thrown);
  }

  // Runs fn(arg) inside fz_try; returns MuPDF's message when it threw, else null.
  const char* Run(void (*fn)(void*), void* arg);

  [[noreturn]] void Fail(const char* what, const char* message) const;

 private:
  std::filesystem::path file_;
  MemoryCap memory_;
  std::mutex locks_[FZ_LOCK_MAX];
  fz_alloc_context alloc_{};
  fz_locks_context lock_fns_{};
  fz_context* ctx_ = nullptr;
};

}  // namespace deskbench::pdf
