#pragma once
// One pass of expat over an Office part too large to parse whole (sheet_stream.h, story_stream.h).
// Both streams share this: the parser, the refusals of a part parsed whole (malformed XML, a
// DOCTYPE or ENTITY declaration, nesting deeper than limits.max_xml_depth) and of a streamed one
// (an encoding other than UTF-8), the bytes still needed kept with their absolute positions, and
// exceptions carried back through expat's C callbacks. A subclass says what its elements mean
// (Start, End) and what it can let go of after each chunk (Settle).

#include <cstdint>
#include <exception>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "core/limits.h"

struct XML_ParserStruct;

namespace deskbench::ooxml {

// Gives the part's bytes, in order, in chunks, to the consumer (ZipReader::Stream, or a string in
// tests and the fuzz targets).
using ChunkConsumer = std::function<void(std::string_view)>;
using ChunkSource = std::function<void(const ChunkConsumer&)>;

class ExpatPass {
 public:
  // part and file name refusals; kind names the part in them ("worksheet", "story").
  ExpatPass(const std::string& part, const std::filesystem::path& file, const Limits& limits,
            std::string_view kind);
  virtual ~ExpatPass();
  ExpatPass(const ExpatPass&) = delete;
  ExpatPass& operator=(const ExpatPass&) = delete;

 protected:
  // A start tag at [begin, end), depth_ already counting it.
  virtual void Start(const char* name, const char** attrs, uint64_t begin, uint64_t end) = 0;
  // An end tag at [begin, end) (empty for the end of an empty-element tag, begin == end and both
  // the end of its start tag); depth is the element's own.
  virtual void End(const char* name, uint64_t begin, uint64_t end, uint32_t depth) = 0;
  // After each chunk: gives out what is decided, and sets base_ and buf_ to what is still needed.
  virtual void Settle() = 0;

  // Feeds every chunk of source, then the end. Throws Refusal (naming file and part) or what a
  // callback threw.
  void Parse(const ChunkSource& source);

  // The bytes [begin, end), which must still be in buf_.
  std::string_view Raw(uint64_t begin, uint64_t end) const {
    return std::string_view(buf_).substr(begin - base_, end - begin);
  }
  // Keeps the bytes from `keep` on (clamped to what is held).
  void KeepFrom(uint64_t keep);
  [[noreturn]] void Refuse(const std::string& why) const;
  // Stops the parse from a callback; Parse then refuses with `why`.
  void Stop(std::string why);

  const std::string& part_;
  const std::filesystem::path& file_;
  const Limits& limits_;
  std::string buf_;     // the bytes from base_ on
  uint64_t base_ = 0;   // position of buf_[0]
  uint32_t depth_ = 0;  // of the element being read

 private:
  void Feed(std::string_view chunk, bool last);
  static void OnStart(void* self, const char* name, const char** attrs);
  static void OnEnd(void* self, const char* name);
  static void OnDoctype(void* self, const char*, const char*, const char*, int);
  static void OnXmlDecl(void* self, const char*, const char* encoding, int);
  static void OnEntity(void* self, const char*, int, const char*, int, const char*, const char*,
                       const char*, const char*);
  template <typename F>
  static void Guard(void* self, F&& f);

  struct FreeParser {
    void operator()(XML_ParserStruct* p) const;
  };
  std::string kind_;
  std::unique_ptr<XML_ParserStruct, FreeParser> parser_;
  uint64_t total_ = 0;      // bytes fed
  uint64_t start_end_ = 0;  // end of the latest start tag
  std::string refusal_;
  std::exception_ptr error_;
};

}  // namespace deskbench::ooxml
