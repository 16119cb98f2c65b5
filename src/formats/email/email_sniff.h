#pragma once
// Recognising a message (.eml) or a mailbox (mbox) by its first bytes.

#include <string_view>

namespace deskbench::email {

// An mbox starts with a "From " separator line followed by a header.
bool LooksLikeMbox(std::string_view head);

// A message starts with a header block in which at least two of the headers every mail carries
// (From, To, Date, Subject, Message-ID, Received, Return-Path, MIME-Version) start lines.
bool LooksLikeEmail(std::string_view head);

}  // namespace deskbench::email
