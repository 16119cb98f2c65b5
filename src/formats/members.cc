#include "formats/members.h"

#include <utility>

#include "core/error.h"
#include "formats/registry.h"

namespace deskbench {

struct Members::Member {
  std::string name;
  std::string refused;
  OpenedDocument opened;
  uint64_t origin = kNoOrigin;  // where the member's bytes are in the container file
};

namespace {

// The segment with its offsets moved from the member into the container file (dropped when the
// member is not the container's bytes verbatim). `storage` keeps moved per-byte offsets.
Segment InContainer(const Segment& seg, uint64_t member_origin, std::vector<uint64_t>& storage) {
  Segment out = seg;
  out.origin = kNoOrigin;
  out.origins = {};
  if (member_origin == kNoOrigin) return out;
  if (!seg.origins.empty()) {
    storage.assign(seg.origins.begin(), seg.origins.end());
    for (uint64_t& o : storage) {
      if (o != kNoOrigin) o += member_origin;
    }
    out.origins = storage;
  } else if (seg.origin != kNoOrigin) {
    out.origin = seg.origin + member_origin;
  }
  return out;
}

}  // namespace

Members::Members(MemberOpener opener, const FormatOptions& options)
    : opener_(std::move(opener)), options_(options) {}
Members::~Members() = default;
Members::Members(Members&&) noexcept = default;
Members& Members::operator=(Members&&) noexcept = default;

size_t Members::Add(std::string name, std::string bytes, uint64_t origin) {
  auto m = std::make_unique<Member>();
  m->name = std::move(name);
  m->origin = origin;
  if (options_.limits.max_nesting == 0) {
    m->refused = "files nested too deeply inside other files";
  } else {
    FormatOptions inner = options_;
    --inner.limits.max_nesting;
    try {
      m->opened = opener_(ByteSource::FromBytes(std::move(bytes), m->name), inner);
    } catch (const FileError& e) {
      m->refused = e.reason();
    } catch (const std::bad_alloc&) {
      m->refused = "out of memory";
    }
    if (m->refused.empty() && !m->opened.document) m->refused = "not understood";
  }
  members_.push_back(std::move(m));
  return members_.size() - 1;
}

const std::string& Members::name(size_t i) const {
  return members_[i]->name;
}
const std::string& Members::refused(size_t i) const {
  return members_[i]->refused;
}
const std::string& Members::format(size_t i) const {
  static const std::string kNone;
  return members_[i]->refused.empty() ? members_[i]->opened.format : kNone;
}
const std::string& Members::output_extension(size_t i) const {
  return members_[i]->opened.output_extension;
}

void Members::ScanMember(size_t i, const SegmentVisitor& visit) const {
  const Member& m = *members_[i];
  if (!m.refused.empty()) return;
  std::string location;
  std::vector<uint64_t> origins;
  m.opened.document->Scan([&](const Segment& seg) {
    location.assign(m.name).append(" \u203a ").append(seg.location);
    Segment inner = InContainer(seg, m.origin, origins);
    inner.location = location;
    visit(inner);
  });
}

void Members::Scan(const SegmentVisitor& visit) const {
  for (size_t i = 0; i < members_.size(); ++i) ScanMember(i, visit);
}

std::string Members::Write(size_t i, const SegmentEditor& edits) const {
  const Member& m = *members_[i];
  if (!m.refused.empty()) throw Refusal(m.name, "cannot write a refused member: " + m.refused);
  std::string location;
  std::vector<uint64_t> origins;
  StringSink sink;
  m.opened.document->Write(
      [&](const Segment& seg) {
        location.assign(m.name).append(" \u203a ").append(seg.location);
        Segment inner = InContainer(seg, m.origin, origins);
        inner.location = location;
        return edits(inner);
      },
      sink);
  return sink.Take();
}

std::optional<uint64_t> Members::ReusableBytes() const {
  uint64_t total = 0;
  for (const auto& m : members_) {
    if (!m->refused.empty()) continue;  // nothing held but the reason
    uint64_t held = m->opened.document->ReusableBytes();
    if (held == 0) return std::nullopt;
    total += held;
  }
  return total;
}

std::vector<Note> Members::Notes() const {
  std::vector<Note> notes;
  for (const auto& m : members_) {
    if (!m->refused.empty()) {
      notes.push_back({m->name, "removed: " + m->refused});
      continue;
    }
    for (Note& n : m->opened.document->Notes()) {
      notes.push_back({m->name + " \u203a " + n.part, std::move(n.action)});
    }
  }
  return notes;
}

}  // namespace deskbench
