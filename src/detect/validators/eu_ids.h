#pragma once
// Personal identity numbers of European countries, from each issuer's published format. Most
// hold the holder's date of birth, which must be a real date, and a check digit or character.
// Every function takes the identifier's characters only (separators removed, letters upper
// case) and is allocation free; a wrong length or a wrong character simply fails.

#include <string_view>

namespace deskbench::validators {

// Polish PESEL, 11 digits: YYMMDD (the month carries the century: +80 for the 1800s, +20 for
// the 2000s...), a serial, and a check digit of weights 1-3-7-9.
bool PlPeselValid(std::string_view digits);
// Finnish henkilötunnus, "131052-308T": DDMMYY, a century sign (+, - or Y-U, A-F), an individual
// number 002-999 and a check character, the nine digits modulo 31.
bool FiHetuValid(std::string_view compact);
// French NIR (numéro de sécurité sociale), 15 characters: sex 1/2 (3, 4, 7, 8 for provisional
// numbers), YY, MM, the département (Corsica 2A, 2B), commune, order, and a key of
// 97 - (the first 13 digits mod 97).
bool FrNirValid(std::string_view compact);
// Swedish personnummer, 10 digits YYMMDDNNNC or 12 with the century: a date (the day +60 for a
// samordningsnummer) and a Luhn check digit.
bool SePersonnummerValid(std::string_view digits);
// Norwegian fødselsnummer, 11 digits: DDMMYY (the day +40 for a D-number, the month +40 or +80
// for an H-number or a test number), an individual number and two modulus-11 check digits.
bool NoFodselsnummerValid(std::string_view digits);
// Belgian national register number, 11 digits: YYMMDD (month and day may be 00, the month +20
// or +40 for a bis number), a serial and 97 - (the first 9 digits mod 97), with a 2 before them
// for people born from 2000.
bool BeNationalNumberValid(std::string_view digits);
// Dutch burgerservicenummer, 9 digits passing the eleven test (weights 9..2 and -1).
bool NlBsnValid(std::string_view digits);
// Danish CPR number, 10 digits DDMMYYSSSS: a date (the modulus-11 check was dropped in 2007).
bool DkCprValid(std::string_view digits);
// German Rentenversicherungsnummer (social security number), "65170839J003": an area 02-89,
// DDMMYY (the day +50 when taken), the initial of the birth name, a serial and a check digit
// (weights 2-1-2-5-7-1-2-1-2-1-2-1, sum of the products' digits, mod 10).
bool DeSvnrValid(std::string_view compact);

// Check digits, for the surrogates and tests.
int PlPeselCheckDigit(std::string_view first10);     // -1 when malformed
char FiHetuCheckChar(std::string_view nine_digits);  // '\0' when malformed
int FrNirKey(std::string_view first13);              // 1..97; -1 when malformed
int NoFodselsnummerChecks(std::string_view first9);  // k1 * 10 + k2; -1 when none exists
int DeSvnrCheckDigit(std::string_view first11);      // -1 when malformed

}  // namespace deskbench::validators
