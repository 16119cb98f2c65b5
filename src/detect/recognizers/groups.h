#pragma once
// The groups of built-in pattern recognizers, one file each.

#include <span>

#include "detect/recognizer.h"

namespace deskbench::recognizers {

std::span<const PatternRecognizer> Contact();      // EMAIL, PHONE, URL, IP_ADDRESS, MAC_ADDRESS
std::span<const PatternRecognizer> Financial();    // CREDIT_CARD, IBAN, US_BANK_*, CRYPTO_WALLET
std::span<const PatternRecognizer> NationalIds();  // US_SSN ... DE_TAX_ID
std::span<const PatternRecognizer> EuIds();        // PL_PESEL ... DE_SOCIAL_SECURITY
std::span<const PatternRecognizer> IdDocuments();  // ID_DOCUMENT
std::span<const PatternRecognizer> Serials();      // VIN, IMEI
std::span<const PatternRecognizer> Geo();          // GPS_COORDINATES
// DATE_OF_BIRTH, MEDICAL_RECORD_NUMBER, STREET_ADDRESS, PERSON (introduced by name)
std::span<const PatternRecognizer> Personal();
std::span<const PatternRecognizer> Places();   // LOCATION: towns no list holds
std::span<const PatternRecognizer> Secrets();  // SECRET
std::span<const PatternRecognizer> Markers();  // CONFIDENTIAL_MARKER
// Identifiers named by their column header or key, whatever their check digits.
std::span<const PatternRecognizer> Columns();

}  // namespace deskbench::recognizers
