#pragma once
// Check-digit and structure rules of national identifiers, from each issuer's published format.
// Every function takes the identifier's characters only (separators removed) and is allocation
// free; a wrong length or a non-digit where a digit belongs simply fails.

#include <string_view>

namespace deskbench::validators {

// US Social Security number, 9 digits: area 001-899 except 666, group 01-99, serial 0001-9999,
// and not a number the SSA voided after it was printed in advertising.
bool UsSsnValid(std::string_view digits);
// US ITIN, 9 digits: 9XX, group 50-65, 70-88, 90-92 or 94-99.
bool UsItinValid(std::string_view digits);
// US EIN, 9 digits whose first two are an IRS campus prefix.
bool UsEinValid(std::string_view digits);
// UK National Insurance number, "AB123456C": HMRC's prefix exclusions, six digits, suffix A-D.
bool UkNinoValid(std::string_view compact);
// UK NHS number, 10 digits, modulus 11 check digit (a remainder giving 10 is never issued).
bool UkNhsValid(std::string_view digits);
// Canadian Social Insurance number, 9 digits, Luhn, first digit not 0 or 8.
bool CaSinValid(std::string_view digits);
// Australian Tax File number, 8 or 9 digits, weighted modulus 11.
bool AuTfnValid(std::string_view digits);
// Australian Business number, 11 digits, weighted modulus 89 after subtracting 1 from the first.
bool AuAbnValid(std::string_view digits);
// Australian Medicare card number, 10 or 11 digits: first 2-6, check digit 9th, issue number 10th.
bool AuMedicareValid(std::string_view digits);
// Indian Permanent Account Number, "ABCPE1234F": the 4th letter is the holder type.
bool InPanValid(std::string_view compact);
// Verhoeff check over a digit string (true when the last digit is the right check digit).
bool VerhoeffValid(std::string_view digits);
// Indian Aadhaar, 12 digits, first not 0 or 1, Verhoeff check digit.
bool InAadhaarValid(std::string_view digits);
// Singapore NRIC/FIN, "S1234567D": prefix S, T, F, G or M, seven digits, check letter.
bool SgNricValid(std::string_view compact);
// Spanish NIF: DNI "12345678Z" or NIE "X1234567L", mod-23 check letter.
bool EsNifValid(std::string_view compact);
// Italian codice fiscale, 16 characters (upper case), omocodia substitutions allowed.
bool ItFiscalCodeValid(std::string_view compact);
// German Steuerliche Identifikationsnummer, 11 digits, ISO 7064 MOD 11,10.
bool DeTaxIdValid(std::string_view digits);

// Shared checksums, exposed for tests and for other validators.
char EsNifLetter(unsigned number);                 // 'T', 'R', ... for number % 23
char ItFiscalCheckChar(std::string_view first15);  // '\0' when first15 is malformed
int DeTaxIdCheckDigit(std::string_view first10);   // -1 when first10 is not 10 digits
int VerhoeffCheckDigit(std::string_view digits);   // digit to append; -1 when not digits
char SgNricCheckLetter(std::string_view first8);   // '\0' when malformed

}  // namespace deskbench::validators
