#pragma once
// Names of files inside files (archive members, attachments) are scanned the way the pipeline scans
// the names of the files it is given: separators stand for spaces, so "Jane_Doe_CV.docx" is read
// "Jane Doe CV.docx" and the name is found.

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "formats/document.h"

namespace deskbench {

// The hint file-name segments carry.
inline constexpr std::string_view kFileNameHint = "file name";

// name with '_' and '-' read as spaces; the same length, so offsets map one to one.
std::string FileNameText(std::string_view name);

// Applies edits made on FileNameText(name) to name. Replacements lose path separators and NUL
// bytes, and write spaces as the words they replace were separated ("Jane-Doe" becomes
// "Alex-Kim", "Jane_Doe" "Alex_Kim"; a single word takes the name's separator); a path component
// the edits turn into "",
// "." or ".." becomes "_", so an edited name never leaves its folder.
std::string ApplyFileNameEdits(std::string_view name, const std::vector<Edit>& edits);

// path itself when `taken` does not hold it yet, else the first free "dir/a-2.txt", "dir/a-3.txt"
// (a folder, ending in '/', gets "dir-2/"); the result is added to taken. Two names an edit made
// equal stay distinct, and which one keeps the name depends only on the order they are taken in.
std::string UniqueFileName(const std::string& path, std::set<std::string>& taken);

}  // namespace deskbench
