#pragma once
// Document properties and settings that identify people or machines: their values are handed to
// detection (so names found there are looked for in the text too) and then removed.

#include <pugixml.hpp>
#include <string>
#include <vector>

#include "formats/document.h"

namespace deskbench::ooxml {

struct MetaValue {
  std::string text;
  std::string location;  // "docProps/core.xml creator"
  std::string hint;      // "metadata:author"
};

// Each returns true when it changed the part. Values removed go to values, removals to notes.

// core.xml: every property (creator, lastModifiedBy, title, subject, keywords, description,
// category, dates, revision...) is removed.
bool CleanCoreProperties(pugi::xml_node root, std::string_view part, std::vector<MetaValue>& values,
                         std::vector<Note>& notes);
// app.xml: Company, Manager, Template, HyperlinkBase, TitlesOfParts and HeadingPairs.
bool CleanAppProperties(pugi::xml_node root, std::string_view part, std::vector<MetaValue>& values,
                        std::vector<Note>& notes);
// custom.xml: names and values (the part itself is removed by the caller).
void CollectCustomProperties(pugi::xml_node root, std::string_view part,
                             std::vector<MetaValue>& values);
// settings.xml: attached template, mail merge, document variables, editing-session ids and
// protection hashes.
bool CleanSettings(pugi::xml_node root, std::string_view part, std::vector<Note>& notes);

// Relationship types (last path segment) of settings.xml that its removed elements used.
bool IsSettingsRelationshipRemoved(std::string_view kind);

}  // namespace deskbench::ooxml
