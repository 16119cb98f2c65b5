#pragma once
// Email addresses spelled out against harvesters: "jane.doe [at] acme [dot] com",
// "jane(at)acme.com", "j.doe {at} mail {dot} example {dot} org". Read here for the recognizer and
// for the surrogate, which spells its fake address the same way.

#include <optional>
#include <string>
#include <string_view>

namespace deskbench::validators {

struct SpelledEmail {
  size_t begin = 0;            // the address's first byte in the text
  size_t end = 0;              // one past its last
  std::string address;         // "jane.doe@acme.com"
  std::string_view at;         // how "@" was written: " [at] "
  std::string_view dot;        // how "." was written in the domain, when spelled: " [dot] "
  std::string_view local_dot;  // and in the local part: "(dot)" of "nick(dot)treleaven"
};

// The address around the "at" whose opening bracket is text[open]: a local part right before it
// (a space between allowed), two or more domain labels after it joined by "." or a spelled "dot",
// the last a top-level domain of letters. nullopt when that is not there.
std::optional<SpelledEmail> SpelledEmailAround(std::string_view text, size_t open);

// The whole of `value` as a spelled-out address, or nullopt.
std::optional<SpelledEmail> ParseSpelledEmail(std::string_view value);

}  // namespace deskbench::validators
