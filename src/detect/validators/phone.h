#pragma once
// Phone numbers: a shape check that rules out look-alikes (dates, versions, IP addresses, pieces
// of longer numbers), then validation through libphonenumber's metadata.

#include <span>
#include <string>
#include <string_view>

namespace deskbench {

// The end of the phone-number-shaped run that starts at `begin`: an optional '+', then digit groups
// joined by single separators (space, '.', '-') or written in parentheses ("(0)20", "(415)"),
// then an optional extension ("ext. 12", "x12", "#12"). Returns `begin` when there is none or when
// the run holds more than 15 digits (E.164's maximum) before any extension.
size_t PhoneCandidateEnd(std::string_view text, size_t begin);
// The same without the extension: the number that numbering plans judge.
size_t PhoneNumberEnd(std::string_view text, size_t begin);
// The end of an extension right after a number that ends at `end`, or `end`.
size_t PhoneExtensionEnd(std::string_view text, size_t end);

// True when text[begin, end) is shaped like a phone number on its own: 7 to 15 digits before any
// extension, not glued to a longer number, word, amount or identifier, and not a date
// (2024-01-15, 15.01.2024) or a dotted quad (192.168.1.20).
bool PhoneShapePlausible(std::string_view text, size_t begin, size_t end);

// True when `candidate` is a valid phone number: one in international form ("+44 ...",
// "0044 ...") is checked against its country code; any other against each of `regions`
// (ISO 3166 alpha-2), in order, until one accepts it.
bool PhoneNumberValid(std::string_view candidate, std::span<const std::string> regions);

// True when `candidate`, in international form ("+39 937 11433856"), has a country code and a
// length that country's numbers can have, whatever its numbering plan says of its first digits.
bool PhoneNumberPossible(std::string_view candidate);

}  // namespace deskbench
