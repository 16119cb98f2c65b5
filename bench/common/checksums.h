#pragma once
// Check digits of published identifier formats, written from their specifications so the corpus
// can plant valid values (and near-misses that fail by exactly one digit). Digit strings hold only
// '0'..'9' unless said otherwise.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace bench::check {

// Luhn (ISO/IEC 7812): payment cards, Canadian SIN.
char LuhnDigit(std::string_view payload);
bool LuhnValid(std::string_view digits);

// ISO 13616 IBAN: the two check digits for country + BBAN (letters and digits).
std::string IbanCheckDigits(std::string_view country, std::string_view bban);
bool IbanValid(std::string_view iban);  // no spaces

// Verhoeff (Aadhaar).
char VerhoeffDigit(std::string_view payload);
bool VerhoeffValid(std::string_view digits);

// NHS number: modulus 11 with weights 10..2; -1 when the payload has no valid check digit.
int NhsDigit(std::string_view nine);

// ABA routing number: 3-7-1 weights, sum divisible by 10.
char AbaDigit(std::string_view eight);
bool AbaValid(std::string_view nine);

// Australian Tax File Number: weights 1,4,3,7,5,8,6,9,10, sum divisible by 11; -1 when none fits.
int TfnDigit(std::string_view eight);
bool TfnValid(std::string_view nine);

// Australian Business Number: first two digits chosen so that the weighted sum is divisible by 89.
std::string AbnFromNine(std::string_view nine);
bool AbnValid(std::string_view eleven);

// Medicare card: 9th digit is the 1,3,7,9 weighted sum of the first 8, modulo 10.
char MedicareDigit(std::string_view eight);

// Singapore NRIC/FIN check letter for prefix S, T, F or G and seven digits.
char NricLetter(char prefix, std::string_view seven);

// Spanish DNI/NIE letter of a number (NIE: X/Y/Z already replaced by 0/1/2).
char NifLetter(uint32_t number);

// Italian codice fiscale: the check letter of the first 15 characters.
char FiscalCodeLetter(std::string_view fifteen);

// German Steuerliche Identifikationsnummer: ISO 7064 MOD 11,10 over the first ten digits.
char DeTaxIdDigit(std::string_view ten);

// European personal identity numbers (the payload is the number without its check).
char PeselDigit(std::string_view ten);           // weights 1,3,7,9
char HetuChar(std::string_view nine);            // DDMMYY + individual number, mod 31
int NirKey(std::string_view thirteen);           // 97 - mod 97 (2A -> 19, 2B -> 18)
int FodselsnummerChecks(std::string_view nine);  // k1 * 10 + k2, -1 when a check would be 10
int BelgianCheck(std::string_view nine, bool born_2000s);
int BsnDigit(std::string_view eight);     // -1 when the eleven test leaves 10
char SvnrDigit(std::string_view eleven);  // area, date, letter, serial

// The North American VIN check digit (the ninth of 17 capitals and digits; 49 CFR 565).
char VinDigit(std::string_view vin);

// Bitcoin Base58Check of version byte + payload.
std::string Base58Check(uint8_t version, std::span<const uint8_t> payload);

// BIP-173 segwit address (bech32) for a witness version and program.
std::string SegwitAddress(std::string_view hrp, int version, std::span<const uint8_t> program);

// CRC-32 (IEEE 802.3, reflected), as used by provider token checksums.
uint32_t Crc32(std::string_view data);

// RFC 4648 base64url without padding.
std::string Base64Url(std::string_view data);

// Checks every algorithm above against published specimen values. Returns an empty string when all
// agree, else a description of the first disagreement.
std::string SelfTest();

}  // namespace bench::check
