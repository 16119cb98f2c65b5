#include "detect/names/posting_index.h"

#include <functional>
#include <stdexcept>

namespace deskbench::names {

namespace {

uint32_t HashOf(std::string_view key) {
  return static_cast<uint32_t>(std::hash<std::string_view>{}(key));
}

}  // namespace

uint32_t PostingIndex::KeyOf(uint32_t hash, std::string_view key) const {
  return table_.Find(hash, [&](uint32_t k) {
    return std::string_view(arena_).substr(keys_[k].offset, keys_[k].size) == key;
  });
}

void PostingIndex::Add(std::string_view key, uint32_t value) {
  if (arena_.size() + key.size() > UINT32_MAX || postings_.size() >= kNone - 1) {
    throw std::length_error("too many names for the identity book");
  }
  const uint32_t hash = HashOf(key);
  const auto posting = static_cast<uint32_t>(postings_.size());
  if (const uint32_t found = KeyOf(hash, key); found != kNone) {
    Key& k = keys_[found];
    if (postings_[k.last].value == value) return;
    postings_.push_back({value, kNone});
    postings_[k.last].next = posting;
    k.last = posting;
    ++k.count;
    return;
  }
  table_.Insert(hash, static_cast<uint32_t>(keys_.size()));
  keys_.push_back({static_cast<uint32_t>(arena_.size()), static_cast<uint32_t>(key.size()), posting,
                   posting, 1});
  arena_.append(key);
  postings_.push_back({value, kNone});
}

std::vector<uint32_t> PostingIndex::Find(std::string_view key) const {
  std::vector<uint32_t> out;
  const uint32_t k = KeyOf(HashOf(key), key);
  if (k == kNone) return out;
  out.reserve(keys_[k].count);
  for (uint32_t p = keys_[k].first; p != kNone; p = postings_[p].next) {
    out.push_back(postings_[p].value);
  }
  return out;
}

uint32_t PostingIndex::First(std::string_view key) const {
  const uint32_t k = KeyOf(HashOf(key), key);
  return k == kNone ? kNone : postings_[keys_[k].first].value;
}

size_t PostingIndex::Count(std::string_view key) const {
  const uint32_t k = KeyOf(HashOf(key), key);
  return k == kNone ? 0 : keys_[k].count;
}

}  // namespace deskbench::names
