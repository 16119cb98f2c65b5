#pragma once
// Measures of how random a string looks, used to tell real credentials from words, identifiers
// and placeholders. All allocation-free.

#include <string_view>

namespace deskbench::validators {

// Shannon entropy of the byte distribution, in bits per byte (0 for an empty string).
double ShannonEntropy(std::string_view s);

// How many of the classes lower-case letter, upper-case letter, digit and other printable byte
// occur in s (0..4).
int CharClasses(std::string_view s);

// True when s is dominated by one repeated byte or is a run of ascending or descending bytes
// ("aaaaaaaa", "12345678", "abcdefgh", "********").
bool IsMonotonous(std::string_view s);

// True when s is a documentation placeholder rather than a credential: EXAMPLE, xxxx, <your-key>,
// ${VAR}, {{var}}, printf's %s, changeme, dummy, placeholder, sample/test-only strings, masks
// ("****"), monotonous strings and references to environment variables (os.environ[...],
// process.env.X).
bool LooksLikePlaceholder(std::string_view s);

// True when s looks like a random credential of at least min_len bytes: not a placeholder, and
// varied enough: at least min_classes character classes, and an entropy of 0.8 * log2(length)
// bits per byte, capped at max_bits (a random string of n bytes has at most log2(n)).
bool LooksRandom(std::string_view s, size_t min_len = 8, int min_classes = 2,
                 double max_bits = 3.0);

}  // namespace deskbench::validators
