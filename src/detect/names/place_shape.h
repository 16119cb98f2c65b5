#pragma once
// How place names are built, for towns no gazetteer holds: a leading word ("Port Ellisby", "East
// Tessbury", "San Quarno"), an ending of English, Dutch, German and Nordic toponymy
// ("Quarnchester", "Tessmouth", "Vanhaven", "Quarnsdorf", "Tessvik"), a French compound
// ("Quarn-sur-Mer").

#include <array>
#include <cstdint>
#include <string_view>

#include "detect/names/lexicon.h"

namespace deskbench::names {

// Words that lead a place's name, as written (capitalised).
inline constexpr std::array<std::string_view, 22> kPlaceLeads = {
    "North",  "South", "East", "West",  "New",   "Port",  "Lake",  "Mount",
    "Fort",   "Saint", "St",   "San",   "Santa", "Upper", "Lower", "Great",
    "Little", "Old",   "Bad",  "Villa", "Sankt", "Mont"};

bool IsPlaceLead(std::string_view word);

// True when `lower` (a lower-cased word) is built as a town's name: a place ending after a stem
// of three letters or more, or a French compound. `flags` (WordFlag bits of the word) must say
// nothing else of it: no everyday word, given name or frequent surname; the endings that many
// surnames share ("-ton", "-berg", "-field", "-ford", "-port") count only for a word no list
// holds at all.
bool HasPlaceShape(std::string_view lower, uint32_t flags);

// Flags that rule a word out of HasPlaceShape whatever its letters: checked first, before the
// word is lower-cased.
inline constexpr uint32_t kNotPlaceShape = kCommon | kWord | kAmbiguous | kThing | kFunction |
                                           kCalendar | kFirst | kSurnameTop | kOrgKeyword |
                                           kLegalSuffix | kTitle;

}  // namespace deskbench::names
