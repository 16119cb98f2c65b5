#include "formats/ooxml/package.h"

#include <stdexcept>

#include "core/ascii.h"
#include "core/error.h"
#include "formats/ooxml/relationships.h"
#include "formats/ooxml/xml_part.h"
#include "formats/ooxml/zip_writer.h"

namespace deskbench::ooxml {
namespace {

bool SameName(std::string_view a, std::string_view b) {
  return ascii::Lower(a) == ascii::Lower(b);  // part names compare case-insensitively (OPC)
}

}  // namespace

Package::Package(const ByteSource& source, const Limits& limits)
    : file_(source.name()), limits_(limits) {
  zip_ = std::make_unique<ZipReader>(source.ReadAll(limits.max_document_bytes), file_, limits);
  if (zip_->Find(kContentTypesPart) == nullptr) {
    throw Refusal(file_, "zip archive without [Content_Types].xml (not an Office document)");
  }
  Xml(kContentTypesPart);  // refused now if malformed
}

std::vector<std::string> Package::PartNames() const {
  std::vector<std::string> names;
  for (const ZipEntry& e : zip_->entries()) {
    if (!e.name.ends_with('/')) names.push_back(e.name);
  }
  return names;
}

bool Package::Has(std::string_view part) const {
  return zip_->Find(part) != nullptr && !Removed(part);
}

std::string Package::Read(std::string_view part) const {
  const ZipEntry* e = zip_->Find(part);
  if (e == nullptr) throw Refusal(file_, "missing part " + std::string(part));
  return zip_->Read(*e);
}

uint64_t Package::Size(std::string_view part) const {
  const ZipEntry* e = zip_->Find(part);
  if (e == nullptr) throw Refusal(file_, "missing part " + std::string(part));
  return e->size;
}

void Package::Stream(std::string_view part,
                     const std::function<void(std::string_view)>& consume) const {
  const ZipEntry* e = zip_->Find(part);
  if (e == nullptr) throw Refusal(file_, "missing part " + std::string(part));
  zip_->Stream(*e, consume);
}

void Package::AdoptStreamed(std::string_view part, std::unique_ptr<pugi::xml_document> doc,
                            uint64_t xml_bytes) {
  streamed_[std::string(part)] = xml_bytes;
  xml_[std::string(part)] = std::move(doc);
}

pugi::xml_document& Package::Xml(std::string_view part) {
  auto it = xml_.find(part);
  if (it != xml_.end()) return *it->second;
  auto doc = ParseXml(Read(part), part, file_, limits_);
  return *xml_.emplace(std::string(part), std::move(doc)).first->second;
}

std::string Package::ContentType(std::string_view part) {
  pugi::xml_node types = Xml(kContentTypesPart).document_element();
  for (pugi::xml_node o : types.children()) {
    if (LocalName(o.name()) != "Override") continue;
    std::string_view name = o.attribute("PartName").value();
    if (name.starts_with('/')) name.remove_prefix(1);
    if (SameName(name, part)) return o.attribute("ContentType").value();
  }
  size_t dot = part.rfind('.');
  if (dot == std::string_view::npos) return "";
  std::string_view ext = part.substr(dot + 1);
  for (pugi::xml_node d : types.children()) {
    if (LocalName(d.name()) == "Default" && SameName(d.attribute("Extension").value(), ext)) {
      return d.attribute("ContentType").value();
    }
  }
  return "";
}

std::vector<Relationship> Package::Relationships(std::string_view source_part) {
  std::vector<Relationship> out;
  std::string rels = RelsPartFor(source_part);
  if (!Has(rels)) return out;
  for (pugi::xml_node r : Xml(rels).document_element().children()) {
    if (LocalName(r.name()) != "Relationship") continue;
    Relationship rel;
    rel.id = r.attribute("Id").value();
    rel.type = r.attribute("Type").value();
    rel.target = r.attribute("Target").value();
    rel.external = SameName(r.attribute("TargetMode").value(), "External");
    if (!rel.external) rel.part = ResolveTarget(source_part, rel.target);
    out.push_back(std::move(rel));
  }
  return out;
}

void Package::Remove(std::string_view part) {
  if (!Has(part) || part == kContentTypesPart) return;
  removed_.insert(std::string(part));
  std::string own = RelsPartFor(part);
  if (Has(own)) removed_.insert(own);
  for (const std::string& name : PartNames()) {
    std::string source;
    if (Removed(name) || !SourceOfRelsPart(name, source)) continue;
    pugi::xml_node root = Xml(name).document_element();
    for (pugi::xml_node r = root.first_child(); r;) {
      pugi::xml_node next = r.next_sibling();
      if (LocalName(r.name()) == "Relationship" &&
          !SameName(r.attribute("TargetMode").value(), "External") &&
          SameName(ResolveTarget(source, r.attribute("Target").value()), part)) {
        removed_ids_[source].insert(r.attribute("Id").value());
        root.remove_child(r);
        MarkChanged(name);
      }
      r = next;
    }
  }
  pugi::xml_node types = Xml(kContentTypesPart).document_element();
  for (pugi::xml_node o = types.first_child(); o;) {
    pugi::xml_node next = o.next_sibling();
    std::string_view name = o.attribute("PartName").value();
    if (name.starts_with('/')) name.remove_prefix(1);
    if (LocalName(o.name()) == "Override" && SameName(name, part)) {
      types.remove_child(o);
      MarkChanged(kContentTypesPart);
    }
    o = next;
  }
}

void Package::RemoveRelationship(std::string_view source_part, std::string_view id) {
  std::string rels = RelsPartFor(source_part);
  if (!Has(rels)) return;
  pugi::xml_node root = Xml(rels).document_element();
  for (pugi::xml_node r = root.first_child(); r;) {
    pugi::xml_node next = r.next_sibling();
    if (LocalName(r.name()) == "Relationship" && id == r.attribute("Id").value()) {
      removed_ids_[std::string(source_part)].insert(std::string(id));
      root.remove_child(r);
      MarkChanged(rels);
    }
    r = next;
  }
}

uint64_t Package::HeldBytes() const {
  uint64_t total = zip_->held_bytes();
  for (const auto& [name, doc] : xml_) {
    if (auto streamed = streamed_.find(name); streamed != streamed_.end()) {
      total += kDomBytesPerXmlByte * streamed->second;
    } else if (const ZipEntry* e = zip_->Find(name)) {
      total += kDomBytesPerXmlByte * e->size;
    }
  }
  return total;
}

std::string Package::Write(const XmlOverrides& overrides, const ByteOverrides& bytes,
                           const DeflatedOverrides& deflated) {
  ZipWriter writer;
  auto put = [&](const ZipEntry& e) {
    if (Removed(e.name) || e.name.ends_with('/')) return;
    auto over = overrides.find(e.name);
    auto replaced = bytes.find(e.name);
    auto streamed = deflated.find(e.name);
    if (streamed != deflated.end()) {
      writer.AddDeflated(e.name, streamed->second, kNeutralZipTime);
      return;
    }
    if (streamed_.count(e.name) > 0 && (over != overrides.end() || Changed(e.name))) {
      // What Xml holds of a streamed part is not the part: writing it would lose its rows.
      throw std::logic_error(e.name + " was read as a stream and changed, but not written");
    }
    if (replaced != bytes.end() && zip_->Holds(e, replaced->second)) {
      writer.Copy(*zip_, e, kNeutralZipTime);  // a picture without metadata or text, say
    } else if (replaced != bytes.end()) {
      writer.Add(e.name, replaced->second, kNeutralZipTime);
    } else if (over != overrides.end()) {
      writer.Add(e.name, WriteXml(*over->second), kNeutralZipTime);
    } else if (Changed(e.name)) {
      writer.Add(e.name, WriteXml(Xml(e.name)), kNeutralZipTime);
    } else {
      writer.Copy(*zip_, e, kNeutralZipTime);
    }
  };
  // The archive is built in one string: grown by doubling, a 25 MB workbook's was held up to
  // three times over (83 MB). Its size is about known: entries copied and parts deflated already
  // as they are, others about as large as they were.
  uint64_t estimate = 4096;
  for (const ZipEntry& e : zip_->entries()) {
    if (Removed(e.name)) continue;
    estimate += 2 * e.name.size() + 128;  // local header, directory entry, zip64 fields
    auto streamed = deflated.find(e.name);
    if (streamed == deflated.end()) {
      estimate += e.compressed_size;
      continue;
    }
    for (const DeflatedPiece& p : streamed->second) estimate += p.bytes.size();
  }
  writer.Reserve(estimate + estimate / 8);
  put(*zip_->Find(kContentTypesPart));
  for (const ZipEntry& e : zip_->entries()) {
    if (e.name != kContentTypesPart) put(e);
  }
  try {
    return writer.Finish();
  } catch (const FileError&) {
    throw;
  } catch (const std::runtime_error& e) {
    // Entries copied as they are get their checksum checked only here (a stored entry whose CRC
    // does not match): the input is corrupt, not the program.
    throw Refusal(file_, std::string("corrupt zip entry: ") + e.what());
  }
}

}  // namespace deskbench::ooxml
