#include "formats/image/exif.h"

#include <algorithm>
#include <array>
#include <set>

#include "formats/image/metadata.h"

namespace deskbench::image {
namespace {

constexpr uint32_t kMaxDirectories = 64;
constexpr uint32_t kMaxEntries = 4096;

struct Label {
  uint16_t tag;
  const char* what;
};

// Fields that identify a person, a place or a device, by the directory they live in.
constexpr std::array kMainLabels = {
    Label{270, "description"},
    Label{271, "camera make"},
    Label{272, "camera model"},
    Label{305, "software"},
    Label{306, "date"},
    Label{315, "artist"},
    Label{316, "host computer"},
    Label{33432, "copyright"},
    Label{700, "XMP"},
    Label{33723, "IPTC"},
    Label{34377, "Photoshop data"},
    Label{37724, "Photoshop layers"},
    Label{40091, "title"},
    Label{40092, "comment"},
    Label{40093, "author"},
    Label{40094, "keywords"},
    Label{40095, "subject"},
};
constexpr std::array kExifLabels = {
    Label{0x9003, "date taken"},         Label{0x9286, "user comment"},
    Label{0x927C, "maker notes"},        Label{0xA420, "image unique ID"},
    Label{0xA430, "owner name"},         Label{0xA431, "camera serial number"},
    Label{0xA433, "lens make"},          Label{0xA434, "lens model"},
    Label{0xA435, "lens serial number"},
};
constexpr uint16_t kExifPointer = 34665;
constexpr uint16_t kGpsPointer = 34853;

class Reader {
 public:
  explicit Reader(std::string_view data) : data_(data) {
    if (data.size() < 8) throw MalformedImage("TIFF header truncated");
    if (data.substr(0, 4) == std::string_view("II*\0", 4)) {
      little_ = true;
    } else if (data.substr(0, 4) == std::string_view("MM\0*", 4)) {
      little_ = false;
    } else {
      throw MalformedImage("not a TIFF header");
    }
  }
  bool Has(uint64_t at, uint64_t n) const { return at <= data_.size() && n <= data_.size() - at; }
  uint32_t U16(uint64_t at) const { return Get(at, 2); }
  uint32_t U32(uint64_t at) const { return Get(at, 4); }

 private:
  uint32_t Get(uint64_t at, int n) const {
    if (!Has(at, n)) return 0;
    uint32_t v = 0;
    for (int i = 0; i < n; ++i) {
      uint32_t byte = static_cast<uint8_t>(data_[at + (little_ ? n - 1 - i : i)]);
      v = (v << 8) | byte;
    }
    return v;
  }
  std::string_view data_;
  bool little_ = true;
};

struct Entry {
  uint16_t tag, type;
  uint32_t count;
  uint64_t value_at;  // offset of the 4-byte value field
};

// The entries of the directory at `at`, and the offset of the next one (0 at the end).
std::vector<Entry> Directory(const Reader& r, uint64_t at, uint32_t* next) {
  std::vector<Entry> entries;
  *next = 0;
  if (!r.Has(at, 2)) return entries;
  uint32_t n = std::min<uint32_t>(r.U16(at), kMaxEntries);
  for (uint32_t i = 0; i < n; ++i) {
    uint64_t e = at + 2 + 12ull * i;
    if (!r.Has(e, 12)) return entries;
    entries.push_back({static_cast<uint16_t>(r.U16(e)), static_cast<uint16_t>(r.U16(e + 2)),
                       r.U32(e + 4), e + 8});
  }
  *next = r.U32(at + 2 + 12ull * n);
  return entries;
}

uint32_t Value(const Reader& r, const Entry& e) {
  return e.type == 3 ? r.U16(e.value_at) : r.U32(e.value_at);  // SHORT or LONG
}

void Mark(std::vector<std::string>& out, const char* what) {
  if (std::find(out.begin(), out.end(), what) == out.end()) out.push_back(what);
}

template <size_t N>
void MarkLabels(const std::array<Label, N>& labels, uint16_t tag, std::vector<std::string>& out) {
  for (const auto& l : labels) {
    if (l.tag == tag) Mark(out, l.what);
  }
}

}  // namespace

TiffSummary ReadTiff(std::string_view tiff) {
  Reader r(tiff);
  TiffSummary s;
  std::set<uint32_t> seen;
  uint32_t at = r.U32(4);
  bool first = true;
  while (at != 0 && s.pages < kMaxDirectories && seen.insert(at).second && r.Has(at, 2)) {
    ++s.pages;
    uint32_t next = 0;
    for (const Entry& e : Directory(r, at, &next)) {
      if (first) {
        if (e.tag == 256) s.width = Value(r, e);
        if (e.tag == 257) s.height = Value(r, e);
        if (e.tag == 274) {
          uint32_t o = Value(r, e);
          s.orientation = o >= 1 && o <= 8 ? static_cast<int>(o) : 1;
        }
        if (e.tag == 258) {
          // One value inline, or several at an offset: the largest decides.
          uint64_t values = e.count <= 2 ? e.value_at : r.U32(e.value_at);
          for (uint32_t i = 0; i < std::min<uint32_t>(e.count, 16); ++i) {
            s.bits_per_sample = std::max(s.bits_per_sample, r.U16(values + 2ull * i));
          }
        }
      } else {
        Mark(s.sensitive, "thumbnail or further page");
      }
      MarkLabels(kMainLabels, e.tag, s.sensitive);
      if (e.tag == kGpsPointer) Mark(s.sensitive, "GPS position");
      if (e.tag == kExifPointer) {
        uint32_t ignored = 0;
        for (const Entry& x : Directory(r, r.U32(e.value_at), &ignored)) {
          MarkLabels(kExifLabels, x.tag, s.sensitive);
        }
      }
    }
    first = false;
    at = next;
  }
  return s;
}

std::string DescribeExif(const TiffSummary& summary) {
  std::string out = "EXIF";
  for (size_t i = 0; i < summary.sensitive.size(); ++i) {
    out += (i == 0 ? " (" : ", ") + summary.sensitive[i];
  }
  if (!summary.sensitive.empty()) out += ")";
  return out;
}

}  // namespace deskbench::image
