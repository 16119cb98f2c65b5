#include "core/hash.h"

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
  InitSodium();
  Digest d;
  crypto_hash_sha256(d.data(), reinterpret_cast<const unsigned char*>(data.data()), data.size());
  return d;
}

std::string Sha256Hex(std::string_view data) {
  return ToHex(Sha256(data));
}

std::string Sha256FileHex(const std::filesystem::path& path) {
  InitSodium();
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) throw FileError(path, std::string("cannot read: ") + std::strerror(errno));
  crypto_hash_sha256_state st;
  crypto_hash_sha256_init(&st);
  unsigned char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) crypto_hash_sha256_update(&st, buf, n);
  bool failed = std::ferror(f) != 0;
  std::fclose(f);
  if (failed) throw FileError(path, "read failed");
  Digest d;
  crypto_hash_sha256_final(&st, d.data());
  return ToHex(d);
}

static_assert(sizeof(crypto_hash_sha256_state) <= 128);

Sha256Stream::Sha256Stream() {
  InitSodium();
  crypto_hash_sha256_init(reinterpret_cast<crypto_hash_sha256_state*>(state_));
}

void Sha256Stream::Update(std::string_view data) {
  crypto_hash_sha256_update(reinterpret_cast<crypto_hash_sha256_state*>(state_),
                            reinterpret_cast<const unsigned char*>(data.data()), data.size());
}

std::string Sha256Stream::FinishHex() {
  Digest d;
  crypto_hash_sha256_final(reinterpret_cast<crypto_hash_sha256_state*>(state_), d.data());
  return ToHex(d);
}

Digest HmacSha256(std::string_view key, std::string_view message) {
  InitSodium();
  // A run uses one key for every pseudonym: keep the state after the key's padded blocks (two of
  // the four SHA-256 compressions of a short message) per thread, and copy it for each message.
  struct KeyedState {
    std::string key;
    crypto_auth_hmacsha256_state state;
    bool ready = false;
  };
  thread_local KeyedState cached;
  if (!cached.ready || cached.key != key) {
    cached.key.assign(key);
    crypto_auth_hmacsha256_init(&cached.state, reinterpret_cast<const unsigned char*>(key.data()),
                                key.size());
    cached.ready = true;
  }
  crypto_auth_hmacsha256_state st = cached.state;
  crypto_auth_hmacsha256_update(&st, reinterpret_cast<const unsigned char*>(message.data()),
                                message.size());
  Digest d;
  crypto_auth_hmacsha256_final(&st, d.data());
  return d;
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
