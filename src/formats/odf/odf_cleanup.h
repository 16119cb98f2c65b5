#pragma once
// What an OpenDocument adapter removes from the XML parts before it segments them: personal
// metadata (meta.xml), printer settings and configuration items naming paths or users
// (settings.xml), annotations, tracked changes (insertions accepted, deletions dropped), scripts
// and event bindings, and frames that show removed pictures or embedded objects.

#include <pugixml.hpp>
#include <set>
#include <string>
#include <vector>

#include "formats/document.h"

namespace deskbench::odf {

struct MetaText {
  std::string text;
  std::string location;
  std::string hint;
};

// Removes every element of office:meta except meta:generator (which is neutralised); their text
// and attribute values go to `values` (to be scanned), one Note per element name.
bool CleanMeta(const pugi::xml_node& root, std::vector<MetaText>& values, std::vector<Note>& notes);

// Removes printer settings and configuration items whose value looks like a path or a URL.
bool CleanSettings(const pugi::xml_node& root, std::vector<Note>& notes);

struct BodyCleanup {
  size_t annotations = 0;
  size_t deletions = 0;     // changed regions (deletions and their records)
  size_t change_marks = 0;  // text:change, text:change-start, text:change-end
  size_t scripts = 0;       // office:scripts and office:event-listeners
  size_t frames = 0;        // frames showing pictures or objects inside the package
  size_t total() const { return annotations + deletions + change_marks + scripts + frames; }
};

// What CleanBody keeps: annotations (scrubbed with the text), and the parts inside the package
// that stay, so the frames showing them stay too: pictures kept as scrubbed members
// ("Pictures/a.png") and embedded objects whose content is scanned ("Object 1").
struct BodyKeep {
  bool annotations = false;
  std::set<std::string> references;
};

// Cleans content.xml or styles.xml in place.
BodyCleanup CleanBody(const pugi::xml_node& root, const BodyKeep& keep = {});

}  // namespace deskbench::odf
