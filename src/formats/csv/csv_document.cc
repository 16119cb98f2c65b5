#include "formats/csv/csv_document.h"

#include <algorithm>

#include "core/ascii.h"
#include "core/error.h"
#include "core/utf8.h"
#include "formats/splice.h"

namespace deskbench::csv {

CsvDocument::CsvDocument(ByteSource source, const Limits& limits, char delimiter)
    : source_(std::move(source)), limits_(limits) {
  if (source_.size() > limits_.max_stream_bytes) {
    throw Refusal(source_.name(), "larger than the limit of " +
                                      std::to_string(limits_.max_stream_bytes) + " bytes");
  }
  std::string head = source_.Head(8192);
  if (head.starts_with("\xFF\xFE") || head.starts_with("\xFE\xFF")) {
    throw Refusal(source_.name(), "UTF-16 CSV is not supported yet; save it as UTF-8");
  }
  if (head.starts_with("\xEF\xBB\xBF")) bom_size_ = 3;
  delimiter_ = delimiter != 0 ? delimiter : SniffDelimiter(head.substr(bom_size_), ',');
  // One pass up front so that malformed quoting is refused before anything is written; it also
  // decides the encoding (a UTF-8 sequence never spans a line end, so records can be checked
  // one by one).
  std::string value;
  std::vector<uint64_t> origins;
  bool utf8_valid = true;
  ForEachRecord([&](const Record& record, std::string_view data, uint64_t, uint64_t row) {
    rows_ = row;
    if (utf8_valid) {
      utf8_valid = utf8::IsValid(data.substr(record.begin, record.end - record.begin));
    }
    if (row != 1) return;
    for (const FieldSpan& f : record.fields) {
      DecodeField(data.substr(f.begin, f.end - f.begin), f.quoted, value, origins, 0);
      headers_.push_back(value);
    }
  });
  if (!utf8_valid) {
    latin1_ = true;
    for (std::string& header : headers_) header = utf8::FromLatin1(header);
    notes_.push_back({"CSV encoding", "not valid UTF-8: read and written back as Latin-1"});
  }
  kind_column_.assign(headers_.size(), -1);
  for (size_t k = 0; k < headers_.size(); ++k) {
    for (size_t j = 0; j < headers_.size() && !headers_[k].empty(); ++j) {
      const std::string& h = headers_[j];
      if (j == k || !ascii::Lower(h).starts_with(ascii::Lower(headers_[k]))) continue;
      std::string rest = ascii::Lower(std::string_view(h).substr(headers_[k].size()));
      if (rest == "_type" || rest == " type" || rest == "type" || rest == "-type" ||
          rest == "_kind" || rest == " kind") {
        kind_column_[k] = static_cast<int>(j);
      }
    }
  }
}

void CsvDocument::ForEachRecord(const RecordVisitor& fn) {
  BlockReader reader(source_);
  std::string buf;
  size_t pos = 0;
  uint64_t base = 0;  // file offset of buf[0]
  uint64_t row = 0;
  Record record;
  std::string error;
  reader.Fill(buf);
  pos = std::min(bom_size_, buf.size());
  for (;;) {
    if (pos >= buf.size()) {
      if (pos > 0) {
        base += buf.size();
        buf.clear();
        pos = 0;
      }
      if (!reader.Fill(buf)) return;
    }
    ParseStatus status = ParseRecord(buf, pos, delimiter_, reader.eof(), record, &error);
    if (status == ParseStatus::kNeedMore) {
      // Grow geometrically so a long record is not re-parsed once per block.
      size_t want = 2 * (buf.size() - pos) + (1 << 20);
      if (want - (1 << 20) > limits_.max_document_bytes) {
        throw Refusal(source_.name(), "row " + std::to_string(row + 1) +
                                          " is larger than the limit of " +
                                          std::to_string(limits_.max_document_bytes) +
                                          " bytes (an unclosed quote?)");
      }
      buf.erase(0, pos);
      base += pos;
      pos = 0;
      while (buf.size() < want && reader.Fill(buf)) {
      }
      continue;
    }
    ++row;
    if (status == ParseStatus::kMalformed) {
      throw Refusal(source_.name(), "malformed CSV at row " + std::to_string(row) + ": " + error);
    }
    fn(record, buf, base, row);
    pos = record.end;
  }
}

void CsvDocument::ForEachCell(const Record& record, std::string_view data, uint64_t base,
                              uint64_t row, const std::function<void(size_t, const Segment&)>& fn) {
  std::string value;
  std::vector<uint64_t> origins;
  std::string decoded;
  std::vector<uint64_t> decoded_origins;
  std::string location;
  std::string hint;
  const std::string row_prefix =
      row == 1 ? "row 1 (header), column " : "row " + std::to_string(row) + ", column ";
  for (size_t k = 0; k < record.fields.size(); ++k) {
    const FieldSpan& f = record.fields[k];
    std::string_view raw = data.substr(f.begin, f.end - f.begin);
    Segment seg;
    if (f.quoted) {
      DecodeField(raw, true, value, origins, base + f.begin);
      seg.text = value;
      seg.origins = origins;
    } else {
      seg.text = raw;
      seg.origin = base + f.begin;
    }
    if (seg.text.empty()) continue;
    if (latin1_) {
      decoded.clear();
      decoded_origins.clear();
      for (size_t i = 0; i < seg.text.size(); ++i) {
        size_t before = decoded.size();
        utf8::Append(decoded, static_cast<unsigned char>(seg.text[i]));
        decoded_origins.insert(decoded_origins.end(), decoded.size() - before, seg.FileOffset(i));
      }
      decoded_origins.push_back(seg.FileOffset(seg.text.size()));
      seg.text = decoded;
      seg.origins = decoded_origins;
      seg.origin = kNoOrigin;
    }
    location = row_prefix;
    if (row == 1) {
      location += std::to_string(k + 1);
      seg.hint = "header";
    } else if (k < headers_.size() && !headers_[k].empty()) {
      location += headers_[k];
      seg.hint = headers_[k];
      const int kind = kind_column_[k];
      if (kind >= 0 && static_cast<size_t>(kind) < record.fields.size()) {
        const FieldSpan& kf = record.fields[static_cast<size_t>(kind)];
        std::string_view kind_value = data.substr(kf.begin, kf.end - kf.begin);
        if (!kind_value.empty() && kind_value.size() <= 40) {
          hint = headers_[k];
          hint.push_back(' ');
          hint.append(kind_value);
          seg.hint = hint;
        }
      }
    } else {
      location += std::to_string(k + 1);
    }
    seg.location = location;
    fn(k, seg);
  }
}

void CsvDocument::Scan(const SegmentVisitor& visit) {
  const size_t max = limits_.max_segment_bytes;
  ForEachRecord([&](const Record& record, std::string_view data, uint64_t base, uint64_t row) {
    ForEachCell(record, data, base, row,
                [&](size_t, const Segment& seg) { VisitPieces(seg, max, visit); });
  });
}

void CsvDocument::Write(const SegmentEditor& edits, Sink& out) {
  if (bom_size_ > 0) out.Write(source_.Head(bom_size_));
  const size_t max = limits_.max_segment_bytes;
  const char delimiter = delimiter_;
  const bool latin1 = latin1_;
  Encoder quoted_encoder = [latin1](std::string_view s) {
    std::string escaped;
    for (char c : latin1 ? utf8::ToLatin1(s) : std::string(s)) {
      if (c == '"') escaped.push_back('"');
      escaped.push_back(c);
    }
    return escaped;
  };
  Encoder plain = [latin1](std::string_view s) {
    return latin1 ? utf8::ToLatin1(s) : std::string(s);
  };
  std::string line;
  std::string cell;
  ForEachRecord([&](const Record& record, std::string_view data, uint64_t base, uint64_t row) {
    line.clear();
    size_t cursor = record.begin;  // raw bytes up to here are written
    ForEachCell(record, data, base, row, [&](size_t k, const Segment& seg) {
      std::vector<Edit> list = EditPieces(seg, max, edits);
      if (list.empty()) return;
      const FieldSpan& f = record.fields[k];
      std::string_view raw = data.substr(f.begin, f.end - f.begin);
      line.append(data.substr(cursor, f.begin - cursor));
      cursor = f.end;
      if (f.quoted) {
        SpliceEdits(seg, raw, base + f.begin, list, quoted_encoder, line);
        return;
      }
      cell.clear();
      SpliceEdits(seg, raw, base + f.begin, list, plain, cell);
      // Quote only when a replacement brought in a character that needs it, so a tolerated stray
      // quote in an untouched part of the cell stays as it was.
      bool special = std::any_of(list.begin(), list.end(), [&](const Edit& e) {
        return e.replacement.find_first_of(std::string{'"', '\r', '\n', delimiter}) !=
               std::string::npos;
      });
      // An edit that leaves a stray quote at the start would turn the cell into a quoted one.
      if (!cell.empty() && cell[0] == '"') special = true;
      line.append(special ? QuoteIfNeeded(cell, delimiter) : cell);
    });
    line.append(data.substr(cursor, record.end - cursor));
    out.Write(line);
  });
}

}  // namespace deskbench::csv
