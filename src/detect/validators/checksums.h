#pragma once
// Check-digit and checksum algorithms of financial identifiers, written from their specifications:
// IBAN (ISO 13616, ISO 7064 mod 97-10), ABA routing numbers, Bitcoin Base58Check and
// bech32/bech32m (BIP-173, BIP-350), and Ethereum's EIP-55 mixed-case checksum (Keccak-256).

#include <array>
#include <cstdint>
#include <string_view>

namespace deskbench {

// ISO 7064 mod 97-10 over an IBAN without spaces ("GB82WEST..."): true when it leaves 1.
// Letters (either case) count as 10..35; any other byte makes it false.
bool IbanMod97Valid(std::string_view iban);

// The IBAN length of a country in the SWIFT IBAN registry (upper-case alpha-2), or 0.
int IbanLength(std::string_view country);

// Nine ASCII digits whose 3-7-1 weighted sum is a multiple of 10 and whose first two digits are a
// Federal Reserve routing symbol (00-12, 21-32, 61-72, 80).
bool AbaRoutingValid(std::string_view digits);

// A Bitcoin address in Base58Check: 25 bytes (version, 20-byte hash, 4-byte double-SHA-256
// checksum). On success stores the version byte (0x00 P2PKH, 0x05 P2SH, ...).
bool Base58CheckValid(std::string_view address, uint8_t* version = nullptr);

// A segregated-witness address (BIP-173 bech32 for version 0, BIP-350 bech32m for 1..16) with the
// human-readable part of Bitcoin ("bc" mainnet, "tb" testnet) or Litecoin ("ltc", "tltc"), upper or
// lower case but not mixed.
bool SegwitAddressValid(std::string_view address);

// Keccak-256 as used by Ethereum (the original Keccak padding, not FIPS 202 SHA3-256).
std::array<uint8_t, 32> Keccak256(std::string_view data);

// "0x" and 40 hex digits whose letter case follows EIP-55 (Keccak-256 of the lower-case hex).
bool Eip55ChecksumValid(std::string_view address);

}  // namespace deskbench
