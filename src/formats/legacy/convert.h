#pragma once
// Legacy binary Office files (.doc .xls .ppt) are converted to their OOXML successor by LibreOffice
// so the OOXML adapters can scrub them; deskbench does not parse the old binary formats itself.

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "core/limits.h"

namespace deskbench::legacy {

// "doc", "xls" or "ppt" for an OLE file named .doc/.dot, .xls/.xlt or .ppt/.pot/.pps; for a file
// with no extension, from the OLE directory stream names in content; else "" (stays refused).
std::string LegacyFormat(const std::filesystem::path& path, std::string_view content);

// "docx", "xlsx" or "pptx" for a format LegacyFormat returns.
std::string_view TargetFormat(std::string_view legacy_format);

// The soffice executable on a PATH-style list of folders, or nullopt.
std::optional<std::filesystem::path> FindSoffice(std::string_view path_list);

// The refusal reason when soffice cannot be found.
std::string MissingSofficeReason();

// Converts input (an unencrypted OLE Office file) to target_format in a private temporary folder
// removed afterwards, and returns the converted bytes. Runs soffice without a shell, in its own
// process group, killed after timeout. Throws Refusal naming the reason when it fails.
std::string ConvertWithLibreOffice(const std::filesystem::path& input,
                                   std::string_view legacy_format,
                                   const std::filesystem::path& soffice, const Limits& limits,
                                   std::chrono::seconds timeout = std::chrono::seconds(120));

}  // namespace deskbench::legacy
