#pragma once
// A whole postal address as a form or a table writes it, after its label or under its column:
// "Address: 133 Robinson Walk, Chelseaborough, TF3A 5UN". The label says what the value is; the
// value must still read as a postal address and as none of the things machines call addresses
// (IP, MAC, email, web, memory and wallet addresses).

#include <string_view>

namespace deskbench::validators {

// True when s reads as a postal address: 6 to 160 bytes, a house or postal number and at least
// two words with letters (or one and a comma), half of them capitalised, and nothing an address
// never holds: '@', "://", colons, brackets, quotes, '=', a hexadecimal "0x", dotted numbers
// ("10.0.0.1", "2.4.1").
bool AddressLineShape(std::string_view s);

// Where the value of a label that starts at `begin` ends: at the end of its line, at the next
// label on the line ("Tel:"), at the end of a sentence ("..., NY 70709. Our priority"), or at
// ';', '|' or a tab; blanks, a final comma or period dropped.
// Returns `begin` when the line runs past 160 bytes (prose, not a form's field).
size_t AddressValueEnd(std::string_view text, size_t begin);

// True when the (lower-case) word before "address" says a machine's address: "ip", "mac",
// "server", "wallet", "memory"...
bool MachineAddressWord(std::string_view word);

}  // namespace deskbench::validators
