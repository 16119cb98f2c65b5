#pragma once
// What the detection tests ask of an engine: a policy enabling only some types, and the text and
// type of each finding of a scan.

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "detect/engine.h"

namespace deskbench::test {

using Hits = std::vector<std::pair<std::string, Entity>>;

inline Policy Only(std::initializer_list<Entity> types) {
  Policy p;
  p.enabled.fill(false);
  for (Entity e : types) p.enabled[static_cast<size_t>(e)] = true;
  return p;
}

inline Hits Scan(const Engine& engine, std::string_view text, std::string_view hint = {}) {
  auto scanner = engine.NewScanner();
  Hits out;
  for (const Finding& f : scanner.Scan(text, hint)) {
    out.emplace_back(std::string(text.substr(f.begin, f.end - f.begin)), f.type);
  }
  return out;
}

}  // namespace deskbench::test
