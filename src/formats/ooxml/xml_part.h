#pragma once
// XML parts of a package: parsed with pugixml under limits (no DTD, no entity declarations, bounded
// nesting) and written back in the form Office and lxml write (<a/>, double-quoted attributes), so
// elements nobody changed keep their bytes.

#include <filesystem>
#include <memory>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <utility>

#include "core/limits.h"

namespace deskbench::ooxml {

// Throws Refusal (naming file and part) for malformed XML, a DOCTYPE or ENTITY declaration, or
// elements nested deeper than limits.max_xml_depth.
std::unique_ptr<pugi::xml_document> ParseXml(std::string_view bytes, std::string_view part,
                                             const std::filesystem::path& file,
                                             const Limits& limits);

// Serialises doc as UTF-8 with an XML declaration; comments are not written.
std::string WriteXml(const pugi::xml_document& doc);
// WriteXml in two: what comes before split (an element, not written) and what comes after it.
std::pair<std::string, std::string> WriteXmlAround(const pugi::xml_document& doc,
                                                   const pugi::xml_node& split);
// One element as WriteXml writes it, appended to out.
void WriteXmlNode(const pugi::xml_node& node, std::string& out);

// The local part of a qualified name ("w:t" -> "t").
std::string_view LocalName(const char* name);
// The prefix of a qualified name ("w:t" -> "w", "t" -> "").
std::string_view Prefix(const char* name);

}  // namespace deskbench::ooxml
