#pragma once
// Comments kept with --keep-comments: Word comments (legacy and the w15 people part), Excel notes
// and threaded comments (and their persons part), PowerPoint comments (legacy and modern) and
// their authors. Comment bodies and author names are units (scanned and pseudonymised like any
// text); account ids, sign-in providers and presence information are neutralised, initials
// cleared, since the detectors cannot map them to the pseudonym of the name.

#include <cstddef>
#include <pugixml.hpp>
#include <string_view>
#include <vector>

#include "formats/ooxml/docx_text.h"

namespace deskbench::ooxml {

// The units of a comments, people, persons or authors part, in document order.
std::vector<TextUnit> CollectCommentUnits(const pugi::xml_node& root, std::string_view part);

// Removes presence information, account ids and providers and clears initials; returns how many
// values went.
size_t NeutraliseCommentIdentities(pugi::xml_node root);

}  // namespace deskbench::ooxml
