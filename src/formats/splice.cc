#include "formats/splice.h"

#include <algorithm>

#include "core/utf8.h"

namespace deskbench {
namespace {

size_t SnapBack(std::string_view text, size_t i) {
  for (int k = 0; k < 3 && i > 0 && i < text.size() &&
                  utf8::IsContinuation(static_cast<unsigned char>(text[i]));
       ++k) {
    --i;
  }
  return i;
}

size_t SnapForward(std::string_view text, size_t i) {
  for (int k = 0;
       k < 3 && i < text.size() && utf8::IsContinuation(static_cast<unsigned char>(text[i])); ++k) {
    ++i;
  }
  return i;
}

Segment Piece(const Segment& seg, size_t begin, size_t end) {
  Segment piece = seg;
  piece.text = seg.text.substr(begin, end - begin);
  if (!seg.origins.empty()) {
    piece.origins = seg.origins.subspan(begin, end - begin + 1);
  } else if (seg.origin != kNoOrigin) {
    piece.origin = seg.origin + begin;
  }
  return piece;
}

}  // namespace

void SpliceEdits(const Segment& seg, std::string_view raw, uint64_t raw_base,
                 std::span<const Edit> edits, const Encoder& encode, std::string& out) {
  size_t cursor = 0;
  size_t text_cursor = 0;
  auto to_raw = [&](size_t i) -> size_t {
    uint64_t off = seg.FileOffset(i);
    if (off == kNoOrigin || off < raw_base) return cursor;
    return static_cast<size_t>(std::min<uint64_t>(off - raw_base, raw.size()));
  };
  for (const Edit& edit : edits) {
    size_t begin = std::min(edit.begin, seg.text.size());
    size_t end = std::min(std::max(edit.end, begin), seg.text.size());
    begin = std::max(SnapBack(seg.text, begin), text_cursor);
    end = std::max(SnapForward(seg.text, end), begin);
    size_t raw_begin = std::max(to_raw(begin), cursor);
    size_t raw_end = std::max(to_raw(end), raw_begin);
    out.append(raw.substr(cursor, raw_begin - cursor));
    out.append(encode(edit.replacement));
    cursor = raw_end;
    text_cursor = end;
  }
  out.append(raw.substr(cursor));
}

size_t CutPoint(std::string_view text, size_t max_bytes) {
  if (text.size() <= max_bytes) return text.size();
  max_bytes = std::max<size_t>(max_bytes, 4);
  std::string_view window = text.substr(0, max_bytes);
  size_t nl = window.rfind('\n');
  if (nl != std::string_view::npos && nl > 0) return nl + 1;
  size_t ws = window.find_last_of(" \t\r\f\v");
  if (ws != std::string_view::npos && ws > 0) return ws + 1;
  size_t cut = SnapBack(text, max_bytes);
  return cut == 0 ? max_bytes : cut;
}

void VisitPieces(const Segment& seg, size_t max_bytes, const SegmentVisitor& visit) {
  if (seg.text.size() <= max_bytes) {
    visit(seg);
    return;
  }
  for (size_t begin = 0; begin < seg.text.size();) {
    size_t end = begin + CutPoint(seg.text.substr(begin), max_bytes);
    visit(Piece(seg, begin, end));
    begin = end;
  }
}

std::vector<Edit> EditPieces(const Segment& seg, size_t max_bytes, const SegmentEditor& editor) {
  if (seg.text.size() <= max_bytes) return editor(seg);
  std::vector<Edit> all;
  for (size_t begin = 0; begin < seg.text.size();) {
    size_t end = begin + CutPoint(seg.text.substr(begin), max_bytes);
    for (Edit& edit : editor(Piece(seg, begin, end))) {
      edit.begin = begin + std::min(edit.begin, end - begin);
      edit.end = begin + std::min(edit.end, end - begin);
      all.push_back(std::move(edit));
    }
    begin = end;
  }
  return all;
}

std::vector<Edit> SanitizeEdits(std::string_view text, std::span<const Edit> edits) {
  std::vector<Edit> out;
  size_t last_end = 0;
  for (const Edit& e : edits) {
    size_t b = std::min(e.begin, text.size());
    size_t end = std::min(std::max(e.end, b), text.size());
    while (b > 0 && b < text.size() && utf8::IsContinuation(text[b])) --b;
    while (end < text.size() && utf8::IsContinuation(text[end])) ++end;
    if (b < last_end) continue;
    out.push_back({b, end, e.replacement});
    last_end = end;
  }
  return out;
}

std::vector<PieceChange> DistributeEdits(std::string_view text, std::span<const PieceSpan> pieces,
                                         std::span<const Edit> edits) {
  std::vector<PieceChange> changes;
  // The piece that receives each replacement: the first editable one the match touches.
  std::vector<size_t> owner(edits.size(), pieces.size());
  for (size_t e = 0; e < edits.size(); ++e) {
    size_t last_editable = pieces.size();
    for (size_t i = 0; i < pieces.size(); ++i) {
      const PieceSpan& p = pieces[i];
      if (!p.editable) continue;
      last_editable = i;
      if (p.end > edits[e].begin || (p.end == edits[e].begin && edits[e].begin == edits[e].end)) {
        owner[e] = i;
        break;
      }
    }
    if (owner[e] == pieces.size()) owner[e] = last_editable;
  }
  for (size_t i = 0; i < pieces.size(); ++i) {
    const PieceSpan& p = pieces[i];
    if (!p.editable) {
      for (const Edit& e : edits) {
        if (e.begin <= p.begin && p.end <= e.end && e.begin < e.end) {
          changes.push_back({i, true, ""});
          break;
        }
      }
      continue;
    }
    std::string out;
    size_t pos = p.begin;
    bool touched = false;
    for (size_t e = 0; e < edits.size(); ++e) {
      size_t lo = std::clamp(edits[e].begin, p.begin, p.end);
      size_t hi = std::clamp(edits[e].end, p.begin, p.end);
      bool owns = owner[e] == i;
      if (!owns && lo >= hi) continue;
      out.append(text, pos, lo - pos);
      if (owns) out += edits[e].replacement;
      pos = std::max(pos, hi);
      touched = true;
    }
    if (!touched) continue;
    out.append(text, pos, p.end - pos);
    changes.push_back({i, false, std::move(out)});
  }
  return changes;
}

}  // namespace deskbench
