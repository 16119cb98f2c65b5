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

// What is cleaned out of every story, and how much of it was found.
struct StoryCleaning {
  bool remove_comment_marks = true;   // false when comments are kept
  std::set<std::string> removed_ids;  // relationship ids of the part's removed targets
};
struct StoryCleaned {
  TrackedChanges tracked;
  size_t comment_marks = 0;
  size_t rsids = 0;
  size_t references = 0;

  size_t total() const { return tracked.total() + comment_marks + rsids + references; }
  StoryCleaned& operator+=(const StoryCleaned& other);
};
// On the elements inside root (a story part's root, or a piece of a streamed story wrapped in its
// root's start tag: nothing here looks across the root's children; or a table of the body holding
// some of its rows): accepts the tracked changes, removes w:commentRangeStart/End and
// w:commentReference (when how says so) and the w:rsid* attributes (ids of editing sessions),
// then RemoveReferences. namespaces: the element whose declarations say which prefix names
// relationships (the part's root; root itself when null).
StoryCleaned CleanStory(pugi::xml_node root, const StoryCleaning& how,
                        pugi::xml_node namespaces = {});

// Removes the drawings, pictures and objects (or, outside them, the elements) whose r: attributes
// name one of ids; returns how many.
size_t RemoveReferences(pugi::xml_node root, const std::set<std::string>& ids,
                        pugi::xml_node namespaces = {});

}  // namespace deskbench::ooxml
