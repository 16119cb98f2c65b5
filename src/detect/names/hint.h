#pragma once
// What a segment's context (a column header, a JSON key, a form label) says about its text:
// "First name" holds given names, "Company" organisations, "City" places.

#include <string_view>

namespace deskbench::names {

struct HintKind {
  bool person = false;    // a person's name: "Name", "Contact", "Author", "full_name"
  bool given = false;     // given names only: "First name", "firstName"
  bool surname = false;   // surnames only: "Last name", "Surname"
  bool org = false;       // "Company", "Employer", "Vendor"
  bool location = false;  // "City", "Country", "Location"
};

HintKind ClassifyHint(std::string_view hint);

}  // namespace deskbench::names
