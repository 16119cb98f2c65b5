#pragma once
// Tracebacks and logs in notebook outputs name the user who ran them through their home folder:
// "/home/jdoe/project/run.py", "C:\Users\jdoe\...". Such user names rarely look like names to
// detection, so the notebook adapter replaces the folder name itself.

#include <string>
#include <string_view>

namespace deskbench::notebook {

inline constexpr std::string_view kHomeUser = "user";

// Replaces the user name after "/home/", "/Users/" and "\Users\" with kHomeUser; returns how many
// were replaced.
size_t MaskHomeFolders(std::string& text);

}  // namespace deskbench::notebook
