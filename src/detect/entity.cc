#include "detect/entity.h"

#include <array>

namespace deskbench {

namespace {
constexpr std::array<std::string_view, kEntityCount> kNames = {
#define DESKBENCH_ENTITY_NAME(name) #name,
    DESKBENCH_ENTITIES(DESKBENCH_ENTITY_NAME)
#undef DESKBENCH_ENTITY_NAME
};
}  // namespace

std::string_view EntityName(Entity e) {
  return kNames[static_cast<size_t>(e)];
}

std::optional<Entity> ParseEntity(std::string_view name) {
  for (size_t i = 0; i < kNames.size(); ++i) {
    if (kNames[i] == name) return static_cast<Entity>(i);
  }
  return std::nullopt;
}

}  // namespace deskbench
