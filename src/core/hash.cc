#include "core/hash.h"

#include <openssl/evp.h>
#include <sodium.h>

#include <cstdio>
#include <cstring>
#include <stdexcept>

#include "core/error.h"

namespace deskbench {

namespace {

void InitSodium() {
  static const bool ok = sodium_init() >= 0;
  if (!ok) throw std::runtime_error("libsodium failed to initialise");
}

// SHA-256 from OpenSSL's libcrypto: it uses the CPU's SHA extensions where there are some (about
// eight times libsodium's portable code, which was a tenth of a scrub of small documents: value
// ids, output hashes and a keyed draw or two per pseudonym).
const EVP_MD* Sha256Md() {
  static const EVP_MD* md = [] {
    const EVP_MD* fetched = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    if (fetched == nullptr) throw std::runtime_error("OpenSSL has no SHA-256");
    return fetched;
  }();
  return md;
}

struct MdCtx {
  MdCtx() : ctx(EVP_MD_CTX_new()) {
    if (ctx == nullptr) throw std::bad_alloc();
  }
  ~MdCtx() { EVP_MD_CTX_free(ctx); }
  MdCtx(const MdCtx&) = delete;
  MdCtx& operator=(const MdCtx&) = delete;
  EVP_MD_CTX* ctx;
};

void Check(int ok) {
  if (ok != 1) throw std::runtime_error("OpenSSL SHA-256 failed");
}

void Init(EVP_MD_CTX* ctx) {
  Check(EVP_DigestInit_ex2(ctx, Sha256Md(), nullptr));
}

void Update(EVP_MD_CTX* ctx, std::string_view data) {
  Check(EVP_DigestUpdate(ctx, data.data(), data.size()));
}

Digest Final(EVP_MD_CTX* ctx) {
  Digest d;
  unsigned int n = 0;
  Check(EVP_DigestFinal_ex(ctx, d.data(), &n));
  return d;
}

// One context per thread, initialised again for each digest (no allocation after the first).
EVP_MD_CTX* ThreadCtx() {
  thread_local MdCtx ctx;
  return ctx.ctx;
}

}  // namespace

std::string ToHex(const uint8_t* data, size_t n) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(n * 2, '0');
  for (size_t i = 0; i < n; ++i) {
    out[2 * i] = kHex[data[i] >> 4];
    out[2 * i + 1] = kHex[data[i] & 15];
  }
  return out;
}

Digest Sha256(std::string_view data) {
  EVP_MD_CTX* ctx = ThreadCtx();
  Init(ctx);
  Update(ctx, data);
  return Final(ctx);
}

std::string Sha256Hex(std::string_view data) {
  return ToHex(Sha256(data));
}

std::string Sha256FileHex(const std::filesystem::path& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) throw FileError(path, std::string("cannot read: ") + std::strerror(errno));
  Sha256Stream hash;
  std::string buf(1 << 16, '\0');
  size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), f)) > 0) hash.Update({buf.data(), n});
  bool failed = std::ferror(f) != 0;
  std::fclose(f);
  if (failed) throw FileError(path, "read failed");
  return hash.FinishHex();
}

Sha256Stream::Sha256Stream() : ctx_(EVP_MD_CTX_new()) {
  if (ctx_ == nullptr) throw std::bad_alloc();
  Init(ctx_);
}

Sha256Stream::~Sha256Stream() {
  EVP_MD_CTX_free(ctx_);
}

void Sha256Stream::Update(std::string_view data) {
  deskbench::Update(ctx_, data);
}

std::string Sha256Stream::FinishHex() {
  return ToHex(Final(ctx_));
}

Digest HmacSha256(std::string_view key, std::string_view message) {
  // RFC 2104 over SHA-256. A run uses one key for every pseudonym: the states after the key's
  // padded blocks (two of the four compressions of a short message) are kept per thread and
  // copied for each message.
  struct KeyedState {
    std::string key;
    MdCtx inner, outer, work;
    bool ready = false;
  };
  thread_local KeyedState cached;
  if (!cached.ready || cached.key != key) {
    cached.ready = false;
    cached.key.assign(key);
    unsigned char block[64] = {};
    if (key.size() > sizeof block) {
      Digest k = Sha256(key);
      std::memcpy(block, k.data(), k.size());
    } else {
      std::memcpy(block, key.data(), key.size());
    }
    unsigned char pad[64];
    for (size_t i = 0; i < sizeof pad; ++i) pad[i] = block[i] ^ 0x36;
    Init(cached.inner.ctx);
    Update(cached.inner.ctx, {reinterpret_cast<const char*>(pad), sizeof pad});
    for (size_t i = 0; i < sizeof pad; ++i) pad[i] = block[i] ^ 0x5c;
    Init(cached.outer.ctx);
    Update(cached.outer.ctx, {reinterpret_cast<const char*>(pad), sizeof pad});
    OPENSSL_cleanse(block, sizeof block);
    OPENSSL_cleanse(pad, sizeof pad);
    cached.ready = true;
  }
  EVP_MD_CTX* work = cached.work.ctx;
  Check(EVP_MD_CTX_copy_ex(work, cached.inner.ctx));
  Update(work, message);
  Digest inner = Final(work);
  Check(EVP_MD_CTX_copy_ex(work, cached.outer.ctx));
  Update(work, {reinterpret_cast<const char*>(inner.data()), inner.size()});
  return Final(work);
}

uint64_t HmacU64(std::string_view key, std::string_view message) {
  Digest d = HmacSha256(key, message);
  uint64_t v;
  std::memcpy(&v, d.data(), sizeof v);
  return v;
}

std::string RandomKey() {
  InitSodium();
  std::string key(32, '\0');
  randombytes_buf(key.data(), key.size());
  return key;
}

}  // namespace deskbench
