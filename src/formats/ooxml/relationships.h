#pragma once
// Open Packaging relationships: which part a .rels part belongs to, and where a target points.

#include <string>
#include <string_view>

namespace deskbench::ooxml {

// "word/document.xml" -> "word/_rels/document.xml.rels"; "" (the package) -> "_rels/.rels".
std::string RelsPartFor(std::string_view source_part);

// "word/_rels/document.xml.rels" -> "word/document.xml"; "_rels/.rels" -> "". False (and
// source_part untouched) for a name that is not a relationships part.
bool SourceOfRelsPart(std::string_view rels_part, std::string& source_part);

// The part an internal target names, relative to source_part's folder ("../media/a.png" from
// "word/document.xml" -> "media/a.png"); "" when it leaves the package.
std::string ResolveTarget(std::string_view source_part, std::string_view target);

// Relationship types (the part after the last '/' of the Type URI).
std::string_view RelationshipKind(std::string_view type_uri);

}  // namespace deskbench::ooxml
