#pragma once
// Pieces of the small OOXML packages that the streamed-part tests and fuzz targets build.

#include <string>

namespace deskbench::fixture {

// A relationships part holding `inner` (Relationship elements).
inline std::string Rels(const std::string& inner) {
  return "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
         inner + "</Relationships>";
}

}  // namespace deskbench::fixture
