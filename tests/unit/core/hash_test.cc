// SHA-256 and HMAC-SHA-256 (OpenSSL) agree with libsodium's independent implementation on inputs
// of every length around the block boundaries, keys longer than a block, streams fed in pieces
// and files; and with RFC 4231's long-key vector.
#include "core/hash.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace deskbench {
namespace {

std::string RandomBytes(std::mt19937_64& rng, size_t n) {
  std::string s(n, '\0');
  for (char& c : s) c = static_cast<char>(rng());
  return s;
}

Digest SodiumSha256(std::string_view data) {
  Digest d;
  crypto_hash_sha256(d.data(), reinterpret_cast<const unsigned char*>(data.data()), data.size());
  return d;
}

Digest SodiumHmac(std::string_view key, std::string_view message) {
  crypto_auth_hmacsha256_state st;
  crypto_auth_hmacsha256_init(&st, reinterpret_cast<const unsigned char*>(key.data()), key.size());
  crypto_auth_hmacsha256_update(&st, reinterpret_cast<const unsigned char*>(message.data()),
                                message.size());
  Digest d;
  crypto_auth_hmacsha256_final(&st, d.data());
  return d;
}

TEST(HashAgreement, Sha256OfEveryLengthUpToThreeBlocks) {
  ASSERT_GE(sodium_init(), 0);
  std::mt19937_64 rng(7);
  for (size_t n = 0; n <= 200; ++n) {
    std::string data = RandomBytes(rng, n);
    ASSERT_EQ(Sha256(data), SodiumSha256(data)) << n;
    ASSERT_EQ(Sha256Hex(data), ToHex(SodiumSha256(data))) << n;
  }
}

TEST(HashAgreement, StreamInPiecesIsTheWholeDigest) {
  std::mt19937_64 rng(11);
  std::string data = RandomBytes(rng, 300000);
  Sha256Stream stream;
  for (size_t at = 0, step = 1; at < data.size(); at += step, step = step * 3 % 70001 + 1) {
    stream.Update(std::string_view(data).substr(at, step));
  }
  EXPECT_EQ(stream.FinishHex(), ToHex(SodiumSha256(data)));
}

TEST(HashAgreement, FileDigest) {
  std::mt19937_64 rng(13);
  std::string data = RandomBytes(rng, (1 << 16) * 3 + 17);  // several read buffers and a rest
  auto path = std::filesystem::temp_directory_path() / "deskbench_hash_test.bin";
  std::ofstream(path, std::ios::binary) << data;
  EXPECT_EQ(Sha256FileHex(path), ToHex(SodiumSha256(data)));
  std::filesystem::remove(path);
}

TEST(HashAgreement, HmacWithKeysAndMessagesOfManyLengths) {
  std::mt19937_64 rng(17);
  // Keys shorter than, equal to and longer than a block (hashed first), each used for several
  // messages in a row and alternating, since the keyed state is kept between calls.
  for (size_t key_len : {0, 1, 20, 32, 63, 64, 65, 100, 131}) {
    std::string key = RandomBytes(rng, key_len);
    std::string other = RandomBytes(rng, 32);
    for (size_t n : {0, 1, 31, 55, 56, 63, 64, 65, 119, 120, 200, 1000}) {
      std::string message = RandomBytes(rng, n);
      ASSERT_EQ(HmacSha256(key, message), SodiumHmac(key, message)) << key_len << " " << n;
      ASSERT_EQ(HmacSha256(other, message), SodiumHmac(other, message)) << n;
    }
  }
}

TEST(HashAgreement, RfcLongKeyVector) {
  // RFC 4231 test case 6: a 131-byte key, hashed before use.
  EXPECT_EQ(ToHex(HmacSha256(std::string(131, '\xaa'),
                             "Test Using Larger Than Block-Size Key - Hash Key First")),
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
}

}  // namespace
}  // namespace deskbench
