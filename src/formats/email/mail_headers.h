#pragma once
// What the email adapter does with each header, by its name.

#include <string_view>

namespace deskbench::email {

enum class HeaderKind {
  kRemoved,    // transit and tracking: Received, DKIM/ARC signatures, X-Originating-IP...
  kAddresses,  // From, To, Cc, Bcc, Reply-To, Sender, Return-Path...: names and addresses scanned
  kStructure,  // Content-*, MIME-Version, Date: kept as they are
  kText,       // everything else (Subject, Message-ID, X- headers...): the value is scanned
};

HeaderKind ClassifyHeader(std::string_view name);

}  // namespace deskbench::email
