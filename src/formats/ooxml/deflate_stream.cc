#include "formats/ooxml/deflate_stream.h"

#include <libdeflate.h>
#include <zlib.h>

#include <new>
#include <stdexcept>

namespace deskbench::ooxml {

struct DeflateStream::State {
  z_stream z{};
};

DeflateStream::DeflateStream(int level) : state_(std::make_unique<State>()) {
  // -15: raw deflate (no zlib header or trailer), as zip entries hold it.
  if (deflateInit2(&state_->z, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    throw std::bad_alloc();
  }
}

DeflateStream::~DeflateStream() {
  deflateEnd(&state_->z);
}

void DeflateStream::Run(int flush, const char* data, size_t size) {
  z_stream& z = state_->z;
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data));
  z.avail_in = static_cast<uInt>(size);
  for (;;) {
    // Room for what this input may give; the string grows by doubling, not by this amount.
    size_t room = deflateBound(&z, z.avail_in) + 64;
    size_t used = out_.bytes.size();
    out_.bytes.resize(used + room);
    z.next_out = reinterpret_cast<Bytef*>(out_.bytes.data() + used);
    z.avail_out = static_cast<uInt>(room);
    int r = deflate(&z, flush);
    out_.bytes.resize(used + room - z.avail_out);
    if (r == Z_STREAM_ERROR) throw std::logic_error("deflate stream used after Finish");
    if (flush == Z_FINISH ? r == Z_STREAM_END : z.avail_in == 0 && z.avail_out > 0) return;
  }
}

void DeflateStream::Write(std::string_view bytes) {
  out_.crc = libdeflate_crc32(out_.crc, bytes.data(), bytes.size());
  out_.size += bytes.size();
  // zlib counts input in 32 bits: large writes go in slices.
  constexpr size_t kSlice = 1u << 30;
  for (size_t at = 0; at < bytes.size(); at += kSlice) {
    size_t n = std::min(kSlice, bytes.size() - at);
    Run(Z_NO_FLUSH, bytes.data() + at, n);
  }
}

DeflatedPiece DeflateStream::Finish(bool last) {
  Run(last ? Z_FINISH : Z_SYNC_FLUSH, nullptr, 0);
  DeflatedPiece piece = std::move(out_);
  out_ = {};
  return piece;
}

DeflatedPiece JoinedChecksum(std::span<const DeflatedPiece> pieces) {
  DeflatedPiece joined;
  for (const DeflatedPiece& p : pieces) {
    joined.crc =
        static_cast<uint32_t>(crc32_combine(joined.crc, p.crc, static_cast<z_off_t>(p.size)));
    joined.size += p.size;
  }
  return joined;
}

}  // namespace deskbench::ooxml
