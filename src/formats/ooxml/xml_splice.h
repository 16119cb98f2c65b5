#pragma once
// A changed XML part written as its original bytes with only the changed elements serialised
// again (WriteXmlNode), instead of serialising the whole part (WriteXml): a staff list's sheet of
// 230 KB whose edits touch a few dozen cells. The result reads as WriteXml's would (same elements,
// attributes and text); the bytes around the changed elements are the original's.

#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace deskbench::ooxml {

// doc must have been parsed from `original` (pugixml's offsets are into its copy of it) and
// changed only inside the elements in `changed` (their attributes, text and descendants), each
// still in the tree. Returns nullopt, for WriteXml to write the part, wherever a splice would
// not read the same: the part has a comment or a DOCTYPE (WriteXml drops them), something
// pugixml reads leniently and WriteXml writes well-formed (a control character, a numeric
// character reference, an '&' that starts no predefined entity), a declaration or processing
// instruction with a '>' before its "?>", a byte-order mark or a declared encoding other than
// UTF-8; a changed node is not an element or has no
// offset (a copied document, a node added by an edit); an element's end is not where well-formed
// XML puts it.
std::optional<std::string> SpliceXml(std::string_view original,
                                     const std::vector<pugi::xml_node>& changed);

// One past the '>' that ends the element whose start tag begins at xml[start] ('<'), read as
// well-formed XML (quoted attribute values, comments, CDATA sections and processing instructions
// skipped); npos when the bytes end first or do not nest.
size_t ElementEnd(std::string_view xml, size_t start);

}  // namespace deskbench::ooxml
