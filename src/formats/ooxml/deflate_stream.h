#pragma once
// Raw deflate of content that comes in pieces (zlib's stream API; libdeflate compresses whole
// buffers only), for zip entries too large to hold inflated. A stream may end on a byte boundary
// without a final block (a sync flush): streams compressed apart then join into one deflate
// stream by concatenation, which lets a part's middle be compressed before its beginning is known.

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

namespace deskbench::ooxml {

struct DeflatedPiece {
  std::string bytes;  // raw deflate data
  uint32_t crc = 0;   // CRC-32 of the inflated content
  uint64_t size = 0;  // inflated
};

class DeflateStream {
 public:
  explicit DeflateStream(int level);
  ~DeflateStream();
  DeflateStream(const DeflateStream&) = delete;
  DeflateStream& operator=(const DeflateStream&) = delete;

  void Write(std::string_view bytes);
  // The compressed piece. last: ends with the final block; otherwise with a sync flush, so that
  // another piece may follow it. The stream cannot be written afterwards.
  DeflatedPiece Finish(bool last);

 private:
  void Run(int flush, const char* data, size_t size);
  struct State;
  std::unique_ptr<State> state_;
  DeflatedPiece out_;
};

// The CRC-32 and size of pieces joined in order (their bytes are concatenated by the caller).
DeflatedPiece JoinedChecksum(std::span<const DeflatedPiece> pieces);

}  // namespace deskbench::ooxml
