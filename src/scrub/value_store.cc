#include "scrub/value_store.h"

#include <cstring>

#include "core/error.h"

namespace deskbench {

namespace {

// What an entry costs in memory: the tree node and the strings that do not fit their own object.
size_t Footprint(const std::string& id, const ValueSummary& v) {
  auto heap = [](const std::string& s) { return s.capacity() > 15 ? s.capacity() + 1 : 0; };
  return 48 + sizeof(std::string) + sizeof(ValueSummary) + heap(id) + heap(v.text) +
         heap(v.replacement) + heap(v.identity);
}

template <typename T>
void PutNumber(std::string& out, T n) {
  char bytes[sizeof(T)];
  std::memcpy(bytes, &n, sizeof(T));
  out.append(bytes, sizeof(T));
}

void PutString(std::string& out, const std::string& s) {
  PutNumber(out, static_cast<uint32_t>(s.size()));
  out += s;
}

void PutRecord(std::string& out, const std::string& id, const ValueSummary& v) {
  PutString(out, id);
  PutNumber(out, static_cast<uint8_t>(v.type));
  PutNumber(out, static_cast<uint8_t>(v.action));
  PutNumber(out, v.count);
  PutString(out, v.text);
  PutString(out, v.replacement);
  PutString(out, v.identity);
}

template <typename T>
T TakeNumber(ScratchFile& f) {
  char bytes[sizeof(T)];
  if (!f.Read(bytes, sizeof(T))) throw FileError("(temporary file)", "ends inside a value");
  T n;
  std::memcpy(&n, bytes, sizeof(T));
  return n;
}

void TakeString(ScratchFile& f, std::string& s) {
  s.resize(TakeNumber<uint32_t>(f));
  if (!s.empty() && !f.Read(s.data(), s.size())) {
    throw FileError("(temporary file)", "ends inside a value");
  }
}

// Reads the next record of a run; false at its end.
bool TakeRecord(ScratchFile& f, std::string& id, ValueSummary& v) {
  char size[sizeof(uint32_t)];
  if (!f.Read(size, sizeof size)) return false;
  uint32_t n;
  std::memcpy(&n, size, sizeof n);
  id.resize(n);
  if (n > 0 && !f.Read(id.data(), n)) throw FileError("(temporary file)", "ends inside a value");
  v.type = static_cast<Entity>(TakeNumber<uint8_t>(f));
  v.action = static_cast<Operator>(TakeNumber<uint8_t>(f));
  v.count = TakeNumber<uint64_t>(f);
  TakeString(f, v.text);
  TakeString(f, v.replacement);
  TakeString(f, v.identity);
  return true;
}

}  // namespace

void ValueStore::Add(std::string id, ValueSummary v) {
  auto it = memory_.lower_bound(id);
  if (it != memory_.end() && it->first == id) {
    it->second.count += v.count;
    return;
  }
  memory_bytes_ += Footprint(id, v);
  memory_.emplace_hint(it, std::move(id), std::move(v));
  if (memory_bytes_ > budget_) Spill();
}

void ValueStore::Spill() {
  auto run = std::make_unique<ScratchFile>();
  std::string buffer;
  for (const auto& [id, v] : memory_) {
    PutRecord(buffer, id, v);
    if (buffer.size() >= (1 << 16)) {
      run->Write(buffer);
      buffer.clear();
    }
  }
  run->Write(buffer);
  runs_.push_back(std::move(run));
  memory_.clear();
  memory_bytes_ = 0;
}

void ValueStore::ForEach(
    const std::function<void(const std::string& id, const ValueSummary&)>& fn) const {
  if (runs_.empty()) {
    for (const auto& [id, v] : memory_) fn(id, v);
    return;
  }
  // A k-way merge of the runs (oldest first) and what is still in memory (newest): the oldest
  // summary of an id is the one kept, as if nothing had been spilled.
  struct Source {
    std::string id;
    ValueSummary value;
    bool live = false;
  };
  std::vector<Source> heads(runs_.size() + 1);
  auto memory_next = memory_.begin();
  auto advance = [&](size_t s) {
    Source& h = heads[s];
    if (s < runs_.size()) {
      h.live = TakeRecord(*runs_[s], h.id, h.value);
    } else if ((h.live = memory_next != memory_.end())) {
      h.id = memory_next->first;
      h.value = memory_next->second;
      ++memory_next;
    }
  };
  for (size_t s = 0; s < heads.size(); ++s) {
    if (s < runs_.size()) runs_[s]->Rewind();
    advance(s);
  }
  for (;;) {
    const Source* least = nullptr;
    for (const Source& h : heads) {
      if (h.live && (least == nullptr || h.id < least->id)) least = &h;
    }
    if (least == nullptr) return;
    const std::string id = least->id;
    ValueSummary merged = least->value;
    merged.count = 0;
    for (size_t s = 0; s < heads.size(); ++s) {
      if (heads[s].live && heads[s].id == id) {
        merged.count += heads[s].value.count;
        advance(s);
      }
    }
    fn(id, merged);
  }
}

std::optional<ValueSummary> ValueStore::Find(std::string_view id) const {
  if (runs_.empty()) {
    auto it = memory_.find(id);
    if (it == memory_.end()) return std::nullopt;
    return it->second;
  }
  std::optional<ValueSummary> found;
  ForEach([&](const std::string& key, const ValueSummary& v) {
    if (key == id) found = v;
  });
  return found;
}

}  // namespace deskbench
