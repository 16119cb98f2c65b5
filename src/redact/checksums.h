#pragma once
// Check digits from the published algorithms, so that surrogates validate like the real thing.
// All take ASCII digit strings; a non-digit makes the check fail.

#include <optional>
#include <string_view>

namespace deskbench::redact {

// Luhn (ISO/IEC 7812): cards, Canadian SIN.
bool LuhnValid(std::string_view digits);
// The digit to append to `payload` so that the whole passes Luhn.
char LuhnCheckDigit(std::string_view payload);

// ISO 13616 / ISO 7064 mod 97-10 on an IBAN without spaces (letters count as 10..35).
bool IbanValid(std::string_view iban);
// The two check digits for country + bban ("GB", "NWBK60161331926819" -> "29").
std::optional<int> IbanCheck(std::string_view country, std::string_view bban);

// ABA routing number: weights 3, 7, 1 sum to a multiple of 10.
bool AbaValid(std::string_view digits);
char AbaCheckDigit(std::string_view first8);

// NHS number: mod 11 with weights 10..2; nullopt when the 9 digits admit no check digit.
std::optional<char> NhsCheckDigit(std::string_view first9);
bool NhsValid(std::string_view digits);

// Verhoeff (Aadhaar).
char VerhoeffCheckDigit(std::string_view payload);
bool VerhoeffValid(std::string_view digits);

// ISO 7064 MOD 11,10 (German Steuer-IdNr).
char Mod11_10CheckDigit(std::string_view payload);

}  // namespace deskbench::redact
