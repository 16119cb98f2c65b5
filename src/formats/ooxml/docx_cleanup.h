#pragma once
// Changes made to a Word story part before its text is read: tracked changes accepted (deleted
// text never survives), comment anchors and editing-session ids removed, and elements that refer
// to removed parts (images, embedded objects) removed with them.

#include <cstddef>
#include <pugixml.hpp>
#include <set>
#include <string>

namespace deskbench::ooxml {

struct TrackedChanges {
  size_t insertions = 0;  // w:ins and w:moveTo, kept
  size_t deletions = 0;   // w:del and w:moveFrom (and deleted table rows), removed
  size_t formatting = 0;  // w:rPrChange, w:pPrChange... (the old formatting), removed
  size_t markers = 0;     // empty marks (a deleted paragraph mark, range starts/ends), removed

  size_t total() const { return insertions + deletions + formatting + markers; }
};

TrackedChanges AcceptTrackedChanges(pugi::xml_node root);
// Removes w:commentRangeStart/End and w:commentReference; returns how many.
size_t RemoveCommentMarks(pugi::xml_node root);
// Removes the w:rsid* attributes (ids of editing sessions); returns how many.
size_t StripRsids(pugi::xml_node root);
// Removes the drawings, pictures and objects (or, outside them, the elements) whose r: attributes
// name one of ids; returns how many.
size_t RemoveReferences(pugi::xml_node root, const std::set<std::string>& ids);

}  // namespace deskbench::ooxml
