#pragma once
// Built-in word lists for surrogates. Every entry is written in title case, ASCII only, so a
// surrogate can be rendered in the case of the mention it replaces.

#include <span>
#include <string_view>

namespace deskbench::redact::fake {

std::span<const std::string_view> FirstNames();
std::span<const std::string_view> Surnames();
std::span<const std::string_view> StreetNames();
std::span<const std::string_view> CompanyWords();
std::span<const std::string_view> CompanySectors();
std::span<const std::string_view> Places();
std::span<const std::string_view> CodeNames();

}  // namespace deskbench::redact::fake
