#include "formats/ooxml/expat_pass.h"

#include <expat.h>

#include <algorithm>
#include <new>

#include "core/error.h"

namespace deskbench::ooxml {

void ExpatPass::FreeParser::operator()(XML_ParserStruct* p) const {
  XML_ParserFree(p);
}

ExpatPass::ExpatPass(const std::string& part, const std::filesystem::path& file,
                     const Limits& limits, std::string_view kind)
    : part_(part), file_(file), limits_(limits), kind_(kind), parser_(XML_ParserCreate("UTF-8")) {
  if (!parser_) throw std::bad_alloc();
  XML_SetUserData(parser_.get(), this);
  XML_SetElementHandler(parser_.get(), &ExpatPass::OnStart, &ExpatPass::OnEnd);
  XML_SetStartDoctypeDeclHandler(parser_.get(), &ExpatPass::OnDoctype);
  XML_SetEntityDeclHandler(parser_.get(), &ExpatPass::OnEntity);
  XML_SetXmlDeclHandler(parser_.get(), &ExpatPass::OnXmlDecl);
}

ExpatPass::~ExpatPass() = default;

void ExpatPass::Parse(const ChunkSource& source) {
  source([&](std::string_view chunk) { Feed(chunk, false); });
  Feed({}, true);
}

void ExpatPass::Feed(std::string_view chunk, bool last) {
  if (total_ == 0 && chunk.size() >= 2) {
    auto b0 = static_cast<unsigned char>(chunk[0]), b1 = static_cast<unsigned char>(chunk[1]);
    if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF) || b0 == 0 || b1 == 0) {
      Refuse("a " + kind_ + " this large is read only in UTF-8 (this one is UTF-16)");
    }
  }
  buf_.append(chunk);
  total_ += chunk.size();
  if (XML_Parse(parser_.get(), chunk.data(), static_cast<int>(chunk.size()), last) !=
      XML_STATUS_OK) {
    if (error_) std::rethrow_exception(error_);
    if (!refusal_.empty()) Refuse(refusal_);
    Refuse(std::string("malformed XML (") + XML_ErrorString(XML_GetErrorCode(parser_.get())) +
           " at line " + std::to_string(XML_GetCurrentLineNumber(parser_.get())) + ")");
  }
  Settle();
}

void ExpatPass::KeepFrom(uint64_t keep) {
  const uint64_t end = base_ + buf_.size();
  keep = std::clamp(keep, base_, end);
  buf_.erase(0, keep - base_);
  base_ = keep;
}

void ExpatPass::Refuse(const std::string& why) const {
  throw Refusal(file_, part_ + ": " + why);
}

void ExpatPass::Stop(std::string why) {
  if (refusal_.empty() && !error_) refusal_ = std::move(why);
  XML_StopParser(parser_.get(), XML_FALSE);
}

// Expat calls back through C: exceptions are caught here and thrown again after XML_Parse.
template <typename F>
void ExpatPass::Guard(void* self, F&& f) {
  auto* pass = static_cast<ExpatPass*>(self);
  if (pass->error_ || !pass->refusal_.empty()) return;
  try {
    f(*pass);
  } catch (...) {
    pass->error_ = std::current_exception();
    XML_StopParser(pass->parser_.get(), XML_FALSE);
  }
}

void ExpatPass::OnStart(void* self, const char* name, const char** attrs) {
  Guard(self, [&](ExpatPass& p) {
    auto at = static_cast<uint64_t>(XML_GetCurrentByteIndex(p.parser_.get()));
    uint64_t end = at + static_cast<uint64_t>(XML_GetCurrentByteCount(p.parser_.get()));
    p.start_end_ = end;
    if (++p.depth_ > p.limits_.max_xml_depth) {
      return p.Stop("XML nested deeper than " + std::to_string(p.limits_.max_xml_depth) +
                    " levels");
    }
    p.Start(name, attrs, at, end);
  });
}

void ExpatPass::OnEnd(void* self, const char* name) {
  Guard(self, [&](ExpatPass& p) {
    auto at = static_cast<uint64_t>(XML_GetCurrentByteIndex(p.parser_.get()));
    auto count = static_cast<uint64_t>(XML_GetCurrentByteCount(p.parser_.get()));
    // An empty-element tag (<c/>) ends where its start tag ended.
    if (count == 0) at = p.start_end_;
    uint32_t depth = p.depth_--;
    p.End(name, at, at + count, depth);
  });
}

void ExpatPass::OnDoctype(void* self, const char*, const char*, const char*, int) {
  Guard(self, [](ExpatPass& p) { p.Stop("XML with a DOCTYPE declaration is refused"); });
}

// Bytes are read as UTF-8 whatever the declaration says: another encoding is refused, not misread.
void ExpatPass::OnXmlDecl(void* self, const char*, const char* encoding, int) {
  if (encoding == nullptr) return;
  std::string e = encoding;
  for (char& c : e) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (e == "utf-8" || e == "utf8") return;
  Guard(self, [&](ExpatPass& p) {
    p.Stop("a " + p.kind_ + " this large is read only in UTF-8 (this one is " +
           std::string(encoding) + ")");
  });
}

void ExpatPass::OnEntity(void* self, const char*, int, const char*, int, const char*, const char*,
                         const char*, const char*) {
  Guard(self, [](ExpatPass& p) { p.Stop("XML with an ENTITY declaration is refused"); });
}

}  // namespace deskbench::ooxml
