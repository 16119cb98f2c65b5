#pragma once
// SHA-256 for file integrity and value ids, HMAC-SHA-256 for keyed pseudonyms (OpenSSL's libcrypto,
// which uses the CPU's SHA extensions), random keys (libsodium).

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

struct evp_md_ctx_st;

namespace deskbench {

using Digest = std::array<uint8_t, 32>;

std::string ToHex(const uint8_t* data, size_t n);
inline std::string ToHex(const Digest& d) {
  return ToHex(d.data(), d.size());
}

Digest Sha256(std::string_view data);
std::string Sha256Hex(std::string_view data);
// Streams the file; throws FileError when it cannot be read.
std::string Sha256FileHex(const std::filesystem::path& path);

// SHA-256 over data given in pieces.
class Sha256Stream {
 public:
  Sha256Stream();
  ~Sha256Stream();
  Sha256Stream(const Sha256Stream&) = delete;
  Sha256Stream& operator=(const Sha256Stream&) = delete;
  void Update(std::string_view data);
  std::string FinishHex();

 private:
  evp_md_ctx_st* ctx_;  // OpenSSL's EVP_MD_CTX
};

Digest HmacSha256(std::string_view key, std::string_view message);
// The first 8 bytes of HMAC-SHA-256 as an integer: a keyed, uniformly spread choice.
uint64_t HmacU64(std::string_view key, std::string_view message);

// 32 random bytes from the OS CSPRNG.
std::string RandomKey();

}  // namespace deskbench
