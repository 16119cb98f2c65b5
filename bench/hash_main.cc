// SHA-256 and HMAC-SHA-256 as the pipeline uses them (core/hash.h, OpenSSL) beside libsodium's
// portable code they replaced: a value id (a short value), a keyed draw (HMAC of a short
// message with one key) and an output file's digest (1 MiB).
//   build/bench/hash --benchmark_min_time=0.5
#include <benchmark/benchmark.h>
#include <sodium.h>

#include <string>

#include "core/hash.h"

namespace {

const std::string kValue = "\x04jane.doe@example.org";  // type byte and value, as ValueId
const std::string kKey(32, '\x5a');
const std::string kMessage =
    "person\x1fJane Doe\x1f"
    "0";
const std::string kFile(1 << 20, 'x');

void Sha256Short(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(deskbench::Sha256Hex(kValue));
}
BENCHMARK(Sha256Short);

void SodiumSha256Short(benchmark::State& state) {
  for (auto _ : state) {
    unsigned char d[32];
    crypto_hash_sha256(d, reinterpret_cast<const unsigned char*>(kValue.data()), kValue.size());
    benchmark::DoNotOptimize(deskbench::ToHex(d, sizeof d));
  }
}
BENCHMARK(SodiumSha256Short);

void HmacShort(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(deskbench::HmacSha256(kKey, kMessage));
}
BENCHMARK(HmacShort);

// libsodium keyed once, its state copied for each message (what core/hash.cc did).
void SodiumHmacShort(benchmark::State& state) {
  crypto_auth_hmacsha256_state keyed;
  crypto_auth_hmacsha256_init(&keyed, reinterpret_cast<const unsigned char*>(kKey.data()),
                              kKey.size());
  for (auto _ : state) {
    crypto_auth_hmacsha256_state st = keyed;
    crypto_auth_hmacsha256_update(&st, reinterpret_cast<const unsigned char*>(kMessage.data()),
                                  kMessage.size());
    unsigned char d[32];
    crypto_auth_hmacsha256_final(&st, d);
    benchmark::DoNotOptimize(d);
  }
}
BENCHMARK(SodiumHmacShort);

void Sha256MiB(benchmark::State& state) {
  for (auto _ : state) {
    deskbench::Sha256Stream hash;
    hash.Update(kFile);
    benchmark::DoNotOptimize(hash.FinishHex());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(kFile.size()));
}
BENCHMARK(Sha256MiB);

void SodiumSha256MiB(benchmark::State& state) {
  for (auto _ : state) {
    unsigned char d[32];
    crypto_hash_sha256(d, reinterpret_cast<const unsigned char*>(kFile.data()), kFile.size());
    benchmark::DoNotOptimize(d);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(kFile.size()));
}
BENCHMARK(SodiumSha256MiB);

}  // namespace

int main(int argc, char** argv) {
  if (sodium_init() < 0) return 1;
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  return 0;
}
