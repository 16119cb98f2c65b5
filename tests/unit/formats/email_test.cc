#include <gtest/gtest.h>

#include "core/error.h"
#include "formats/email/email_document.h"
#include "formats/email/email_sniff.h"
#include "formats/email/mail_headers.h"
#include "formats/registry.h"
#include "test_support.h"

namespace deskbench {
namespace {

const std::string kMessage =
    "Received: from laptop-jdoe.corp.internal (10.1.2.3) by mx.corp.internal\n"
    "DKIM-Signature: v=1; d=corp.example; s=sel; b=abc\n"
    "From: \"Doe, Jane\" <jane@corp.example>\n"
    "To: Bob Stone <bob@corp.example>, team: carl@corp.example;\n"
    "Subject: =?utf-8?q?Offer_for_Jane_Doe?=\n"
    "Message-ID: <1234.jane@corp.example>\n"
    "X-Originating-IP: [10.1.2.3]\n"
    "X-Project: Jane Doe hiring\n"
    "Date: Mon, 1 Jan 2024 10:00:00 +0000\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/mixed; boundary=\"b1\"\n"
    "\n"
    "--b1\n"
    "Content-Type: text/plain; charset=iso-8859-1\n"
    "Content-Transfer-Encoding: quoted-printable\n"
    "\n"
    "Hello Zo=EB, Jane Doe here: jane@corp.example\n"
    "--b1\n"
    "Content-Type: text/html; charset=utf-8\n"
    "\n"
    "<p>Jane Doe <b>jane@corp.example</b></p>\n"
    "--b1\n"
    "Content-Type: text/plain; name=\"Jane_Doe_notes.txt\"\n"
    "Content-Disposition: attachment; filename=\"Jane_Doe_notes.txt\"\n"
    "Content-Transfer-Encoding: base64\n"
    "\n"
    "SmFuZSBEb2UgamFuZUBjb3JwLmV4YW1wbGUK\n"
    "--b1\n"
    "Content-Type: application/octet-stream; name=\"tool.exe\"\n"
    "Content-Transfer-Encoding: base64\n"
    "\n"
    "TVqQAAMAAAAEAAAA//8AALgAAAAAAAAAQAAAAAAAAAA=\n"
    "--b1\n"
    "Content-Type: application/pgp-signature\n"
    "\n"
    "-----BEGIN PGP SIGNATURE-----\nabc\n-----END PGP SIGNATURE-----\n"
    "--b1--\n";

std::unique_ptr<email::EmailDocument> Open(const std::string& bytes,
                                           const std::string& name = "offer.eml",
                                           FormatOptions options = {}) {
  return std::make_unique<email::EmailDocument>(ByteSource::FromBytes(bytes, name), options,
                                                OpenSource);
}

// Replaces the planted values; the longest match at a place wins.
std::string Replacing(Document& doc) {
  static const std::vector<std::pair<std::string, std::string>> kSwaps = {
      {"1234.jane@corp.example", "id@example.com"},
      {"jane@corp.example", "x@example.com"},
      {"Doe, Jane", "Lee, Ann"},
      {"Jane Doe", "Ann Lee"}};
  return testing::WriteWith(doc, [](const Segment& s) {
    std::vector<Edit> edits;
    for (size_t at = 0; at < s.text.size();) {
      bool hit = false;
      for (const auto& [from, to] : kSwaps) {
        if (s.text.substr(at).starts_with(from)) {
          edits.push_back({at, at + from.size(), to});
          at += from.size();
          hit = true;
          break;
        }
      }
      if (!hit) ++at;
    }
    return edits;
  });
}

bool Has(const std::vector<testing::Seen>& seen, std::string_view text, std::string_view hint) {
  for (const auto& s : seen) {
    if (s.text == text && s.hint == hint) return true;
  }
  return false;
}

// The segment that holds `text` and whose location ends with `where`.
const testing::Seen* Segment(const std::vector<testing::Seen>& seen, std::string_view text,
                             std::string_view where) {
  for (const auto& s : seen) {
    if (s.text.find(text) != std::string::npos && s.location.ends_with(where)) return &s;
  }
  return nullptr;
}

// Every byte of a segment that has a file offset is that byte of the file, or a blank standing for
// a fold's line break and blank; the end comes after the last byte.
void ExpectOffsetsAreTheFilesBytes(const std::string& file,
                                   const std::vector<testing::Seen>& seen) {
  for (const auto& s : seen) {
    for (size_t i = 0; i < s.text.size(); ++i) {
      uint64_t o = s.offsets[i];
      if (o == kNoOrigin) continue;
      ASSERT_LT(o, file.size()) << s.location;
      if (file[o] == s.text[i]) continue;
      std::string_view rest = std::string_view(file).substr(o);
      if (rest.starts_with("\r\n")) rest.remove_prefix(1);
      EXPECT_TRUE(rest.size() > 1 && rest[0] == '\n' && rest[1] == s.text[i])
          << s.location << ": byte " << i << " of \"" << s.text << "\"";
    }
    if (!s.text.empty() && s.offsets.back() != kNoOrigin) {
      EXPECT_GT(s.offsets.back(), s.offsets[s.text.size() - 1]) << s.location;
    }
  }
}

TEST(Email, HeadersBodiesAndAttachmentsAreSegments) {
  auto doc = Open(kMessage);
  auto seen = testing::Collect(*doc);
  EXPECT_TRUE(Has(seen, "Doe, Jane", "From name"));
  EXPECT_TRUE(Has(seen, "jane@corp.example", "From email"));
  EXPECT_TRUE(Has(seen, "Bob Stone", "To name"));
  EXPECT_TRUE(Has(seen, "carl@corp.example", "To email"));  // inside a group
  EXPECT_TRUE(Has(seen, "Offer for Jane Doe", "Subject"));  // encoded word decoded
  EXPECT_TRUE(Has(seen, "<1234.jane@corp.example>", "Message-ID"));
  EXPECT_TRUE(Has(seen, "Jane Doe hiring", "X-Project"));
  EXPECT_TRUE(Has(seen, "Jane Doe notes.txt", "file name"));
  std::string all;
  for (const auto& s : seen) all += s.location + " | " + s.text + "\n";
  EXPECT_NE(all.find("Hello Zo\u00eb, Jane Doe"), std::string::npos) << all;  // latin-1 decoded
  EXPECT_NE(all.find("message \u203a Jane_Doe_notes.txt \u203a "), std::string::npos) << all;
  EXPECT_NE(all.find("part 2.html \u203a "), std::string::npos) << all;
  EXPECT_EQ(all.find("10.1.2.3"), std::string::npos) << all;    // Received is not kept
  EXPECT_EQ(all.find("Mon, 1 Jan"), std::string::npos) << all;  // Date is structure
}

// "To: Olusegun Adeyemi" with no address: GMime finds no mailbox, and the value is read as the
// name it is, so that a name no list knows is still found there.
TEST(Email, AnAddressHeaderWithoutAnAddressIsAName) {
  auto doc = Open("To: Olusegun Adeyemi\nFrom: Aroha Ngata\nSubject: Q3\n\nHello\n");
  auto seen = testing::Collect(*doc);
  EXPECT_TRUE(Has(seen, "Olusegun Adeyemi", "To name"));
  EXPECT_TRUE(Has(seen, "Aroha Ngata", "From name"));
  EXPECT_TRUE(Has(seen, "Q3", "Subject"));
}

// Headers and 7bit bodies are the file's bytes: their findings are reported where they are in the
// file. Encoded words, quoted-printable and base64 parts and converted charsets are not.
TEST(Email, TextThatIsTheFilesBytesHasItsOffsets) {
  auto doc = Open(kMessage);
  auto seen = testing::Collect(*doc);
  ExpectOffsetsAreTheFilesBytes(kMessage, seen);
  auto at = [&](std::string_view text, std::string_view where) {
    const testing::Seen* s = Segment(seen, text, where);
    EXPECT_NE(s, nullptr) << text;
    return s ? s->offsets[s->text.find(text)] : kNoOrigin;
  };
  EXPECT_EQ(at("Doe, Jane", "From name"), kMessage.find("Doe, Jane"));
  EXPECT_EQ(at("jane@corp.example", "From address"), kMessage.find("<jane@") + 1);
  EXPECT_EQ(at("Bob Stone", "To name"), kMessage.find("Bob Stone"));
  EXPECT_EQ(at("carl@corp.example", "To address"), kMessage.find("carl@"));  // inside a group
  EXPECT_EQ(at("<1234.jane@corp.example>", "Message-ID"), kMessage.find("<1234.jane"));
  EXPECT_EQ(at("Jane Doe hiring", "X-Project"), kMessage.find("Jane Doe hiring"));
  EXPECT_EQ(at("Jane Doe", ".html \u203a line 1"), kMessage.find("<p>Jane Doe") + 3);
  EXPECT_EQ(at("Offer for Jane Doe", "Subject"), kNoOrigin);  // encoded word
  EXPECT_EQ(at("Hello Zo\u00eb", "line 1"), kNoOrigin);       // quoted-printable
  EXPECT_EQ(at("Jane Doe jane@corp.example", "notes.txt \u203a line 1"), kNoOrigin);  // base64
  EXPECT_EQ(at("Jane Doe notes.txt", "file name"), kNoOrigin);
}

TEST(Email, FoldedHeadersAndCrlfBodiesHaveOffsets) {
  const std::string message =
      "From: Jane Doe <jane@corp.example>,\r\n\tBob Stone\r\n <bob@corp.example>\r\n"
      "Subject: Offer for Jane\r\n Doe\r\n"
      "Content-Type: text/plain; charset=us-ascii\r\n"
      "Content-Transfer-Encoding: 7bit\r\n"
      "\r\n"
      "Hi Bob,\r\nJane Doe, jane@corp.example\r\n";
  auto doc = Open(message);
  auto seen = testing::Collect(*doc);
  ExpectOffsetsAreTheFilesBytes(message, seen);
  const testing::Seen* bob = Segment(seen, "Bob Stone", "From name");
  ASSERT_NE(bob, nullptr);
  EXPECT_EQ(bob->offsets[0], message.find("Bob Stone"));
  const testing::Seen* addr = Segment(seen, "bob@corp.example", "From address");
  ASSERT_NE(addr, nullptr);
  EXPECT_EQ(addr->offsets[0], message.find("bob@"));
  const testing::Seen* subject = Segment(seen, "Offer for Jane Doe", "Subject");
  ASSERT_NE(subject, nullptr);
  size_t jane = subject->text.find("Jane");
  EXPECT_EQ(subject->offsets[jane], message.find("Jane\r\n Doe"));
  EXPECT_EQ(subject->offsets[jane + 4], message.find("\r\n Doe"));  // Jane ends before the fold
  EXPECT_EQ(subject->offsets[jane + 5], message.find("Doe\r\n"));
  const testing::Seen* body = Segment(seen, "Jane Doe, jane@corp.example", "line 1");
  ASSERT_NE(body, nullptr);
  EXPECT_EQ(body->offsets[0], message.find("Hi Bob"));
  EXPECT_EQ(body->offsets[body->text.find("Jane")], message.find("Jane Doe, jane"));
  // The scrubbed message is what it was without offsets.
  EXPECT_NE(Replacing(*doc).find("Subject: Offer for Ann Lee\r\n"), std::string::npos);
}

TEST(Email, MailboxMessagesHaveOffsetsInTheMailbox) {
  std::string one =
      "From: Jane Doe <jane@corp.example>\nTo: bob@corp.example\nSubject: a\n\n"
      "hi from Jane Doe\n";
  std::string two =
      "From: Bob Stone <bob@corp.example>\nTo: jane@corp.example\nSubject: b\n"
      "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=x\n\n--x\n"
      "Content-Type: message/rfc822\n\n"
      "From: Carl Diaz <carl@corp.example>\nSubject: inner\n\nthanks, Carl Diaz\n--x--\n";
  std::string mbox = "From jane@corp.example Mon Jan  1 10:00:00 2024\n" + one + "\n" +
                     "From bob@corp.example Mon Jan  1 11:00:00 2024\n" + two + "\n";
  auto doc = Open(mbox, "box.mbox");
  auto seen = testing::Collect(*doc);
  ExpectOffsetsAreTheFilesBytes(mbox, seen);
  auto at = [&](std::string_view text, std::string_view where) {
    const testing::Seen* s = Segment(seen, text, where);
    EXPECT_NE(s, nullptr) << text;
    return s ? s->offsets[s->text.find(text)] : kNoOrigin;
  };
  EXPECT_EQ(at("From bob@corp.example", "From line"), mbox.find("From bob@"));
  EXPECT_EQ(at("Bob Stone", "From name"), mbox.find("Bob Stone"));
  EXPECT_EQ(at("jane@corp.example", "message 2 \u203a To address"), mbox.find("To: jane@") + 4);
  EXPECT_EQ(at("Carl Diaz", "attached message \u203a From name"), mbox.find("Carl Diaz"));
  EXPECT_EQ(at("thanks, Carl Diaz", "line 1"), mbox.find("thanks"));
  EXPECT_EQ(at("hi from Jane Doe", "line 1"), mbox.find("hi from"));
}

TEST(Email, BodiesDecodedOnTheWayInHaveNoOffsets) {
  auto body_offset = [](const std::string& headers, const std::string& body) {
    std::string message = "From: a@corp.example\nTo: b@corp.example\n" + headers + "\n" + body;
    auto doc = Open(message);
    const auto seen = testing::Collect(*doc);
    ExpectOffsetsAreTheFilesBytes(message, seen);
    const testing::Seen* s = Segment(seen, "Jane", "line 1");
    EXPECT_NE(s, nullptr) << message;
    return s ? s->offsets[0] : kNoOrigin;
  };
  const std::string latin1 = "Content-Type: text/plain; charset=iso-8859-1\n";
  EXPECT_EQ(body_offset(latin1, "Jane Doe, Zo\xeb\n"), kNoOrigin);  // converted to UTF-8
  EXPECT_NE(body_offset(latin1, "Jane Doe, Zoe\n"), kNoOrigin);     // ASCII: the same bytes
  EXPECT_EQ(body_offset(latin1 + "Content-Transfer-Encoding: quoted-printable\n", "Jane Doe\n"),
            kNoOrigin);
  EXPECT_NE(body_offset("Content-Transfer-Encoding: 8bit\n", "Jane Doe, Zo\xc3\xab\n"), kNoOrigin);
}

TEST(Email, EditsGiveAValidMessageWithoutWhatWasRemoved) {
  auto doc = Open(kMessage);
  std::string out = Replacing(*doc);
  for (std::string_view gone : {"Jane Doe", "jane@corp", "Received", "DKIM", "10.1.2.3",
                                "X-Originating-IP", "PGP SIGNATURE", "tool.exe"}) {
    EXPECT_EQ(out.find(gone), std::string::npos) << gone << "\n" << out;
  }
  EXPECT_NE(out.find("Ann_Lee_notes.txt"), std::string::npos) << out;
  EXPECT_NE(out.find("Date: Mon, 1 Jan 2024 10:00:00 +0000"), std::string::npos);
  // The output opens again and holds the edits, decoded.
  auto again = Open(out);
  std::string all;
  for (const auto& s : testing::Collect(*again)) all += s.text + "\n";
  EXPECT_NE(all.find("Hello Zo\u00eb, Ann Lee here: x@example.com"), std::string::npos) << all;
  EXPECT_NE(all.find("Ann Lee x@example.com"), std::string::npos) << all;  // base64 attachment
  EXPECT_NE(all.find("Lee, Ann"), std::string::npos) << all;
  EXPECT_TRUE(again->Notes().empty());

  std::string notes;
  for (const Note& n : doc->Notes()) notes += n.part + ": " + n.action + "\n";
  EXPECT_NE(notes.find("Received header: removed"), std::string::npos) << notes;
  EXPECT_NE(notes.find("DKIM-Signature header: removed"), std::string::npos) << notes;
  EXPECT_NE(notes.find("X-Originating-IP header: removed"), std::string::npos) << notes;
  EXPECT_NE(notes.find("tool.exe: removed: "), std::string::npos) << notes;
  EXPECT_NE(notes.find("removed: signature"), std::string::npos) << notes;
}

TEST(Email, MailboxesKeepEveryMessageAndTheirSeparators) {
  std::string one =
      "From: Jane Doe <jane@corp.example>\nTo: bob@corp.example\nSubject: a\n\n"
      "hi from Jane Doe\n";
  std::string mbox = "From jane@corp.example Mon Jan  1 10:00:00 2024\n" + one + "\n" +
                     "From bob@corp.example Mon Jan  1 11:00:00 2024\n" + one + "\n";
  auto doc = Open(mbox, "box.mbox");
  EXPECT_TRUE(doc->mbox());
  auto seen = testing::Collect(*doc);
  EXPECT_TRUE(Has(seen, "From jane@corp.example Mon Jan  1 10:00:00 2024", "From"));
  size_t second = 0;
  for (const auto& s : seen) second += s.location.starts_with("message 2 \u203a ");
  EXPECT_GT(second, 0u);
  std::string out = Replacing(*doc);
  EXPECT_TRUE(out.starts_with("From x@example.com Mon Jan  1 10:00:00 2024\n")) << out;
  EXPECT_NE(out.find("\n\nFrom bob@corp.example Mon Jan  1 11:00:00 2024\n"), std::string::npos)
      << out;
  EXPECT_EQ(out.find("Jane Doe"), std::string::npos) << out;
  auto again = Open(out, "box.mbox");
  size_t messages = 0;
  for (const auto& s : testing::Collect(*again)) messages += s.hint == "From";
  EXPECT_EQ(messages, 2u);
}

TEST(Email, CrlfMessagesStayCrlf) {
  std::string crlf = "From: Jane Doe <jane@corp.example>\r\nSubject: x\r\n\r\nJane Doe\r\n";
  auto doc = Open(crlf);
  std::string out = Replacing(*doc);
  EXPECT_NE(out.find("From: Ann Lee <x@example.com>\r\n"), std::string::npos) << out;
  EXPECT_EQ(out.find("Jane"), std::string::npos);
}

TEST(Email, RefusesWhatIsNotMailAndDeepNesting) {
  std::string deep =
      "From: a@b.example\nSubject: x\nContent-Type: multipart/mixed; boundary=b0\n\n";
  for (int i = 0; i < 40; ++i) {
    deep += "--b" + std::to_string(i) + "\nContent-Type: multipart/mixed; boundary=b" +
            std::to_string(i + 1) + "\n\n";
  }
  FormatOptions options;
  options.limits.max_depth = 16;
  try {
    Open(deep, "deep.eml", options);
    FAIL() << "deep nesting was accepted";
  } catch (const Refusal& r) {
    EXPECT_NE(std::string(r.what()).find("more than 16 multipart"), std::string::npos) << r.what();
  }
}

// Found by email_fuzz: GMime cut the header at the NUL and wrote it back without its line end, so
// the edited message's headers ran into its body and it no longer parsed.
TEST(Email, RefusesNulBytes) {
  std::string message =
      "From: Jane Doe <jane@corp.example>\nTo: bob@corp.example\n"
      "Subject: hi\nContent-Disposition: attachment; filename=\"a.csv\"";
  message += std::string("\0\0ion: 1.0\n\nbody\n", 16);
  try {
    Open(message, "nul.eml", FormatOptions{});
    FAIL() << "a message with a NUL byte was accepted";
  } catch (const Refusal& r) {
    EXPECT_NE(std::string(r.what()).find("NUL byte at offset"), std::string::npos) << r.what();
  }
}

// Found by email_fuzz: GMime reads ": value" as a header with no name and writes it back first,
// where it cannot read it again.
TEST(Email, RefusesHeaderLinesWithoutAName) {
  try {
    Open("From: jane@corp.example\n: secret\nTo: bob@corp.example\n\nhi\n", "bad.eml",
         FormatOptions{});
    FAIL() << "a header without a name was accepted";
  } catch (const Refusal& r) {
    EXPECT_NE(std::string(r.what()).find("without a valid field name"), std::string::npos)
        << r.what();
  }
}

TEST(Email, SniffingAndHeaderKinds) {
  EXPECT_TRUE(email::LooksLikeEmail("From: a@b.example\nTo: c@d.example\n\nbody"));
  EXPECT_TRUE(email::LooksLikeEmail("Return-Path: <a@b>\nReceived: from x\n\tby y\nSubject: s\n"));
  EXPECT_FALSE(email::LooksLikeEmail("Subject: only one\n\nbody"));
  EXPECT_FALSE(email::LooksLikeEmail("Dear John,\nFrom: me\nTo: you\n"));
  EXPECT_TRUE(email::LooksLikeMbox("From a@b Mon Jan 1 2024\nFrom: a@b.example\nDate: x\n\n"));
  EXPECT_FALSE(email::LooksLikeMbox("From here on we talk.\nIt is text.\n"));
  EXPECT_EQ(DetectFormat("mail.txt", "From: a@b.example\nTo: c@d.example\n\nhi"), "email");
  EXPECT_EQ(DetectFormat("config.yaml", "from: a\nto: b\n"), "code");
  EXPECT_EQ(email::ClassifyHeader("X-Google-Smtp-Source"), email::HeaderKind::kRemoved);
  EXPECT_EQ(email::ClassifyHeader("ARC-Seal"), email::HeaderKind::kRemoved);
  EXPECT_EQ(email::ClassifyHeader("reply-to"), email::HeaderKind::kAddresses);
  EXPECT_EQ(email::ClassifyHeader("Content-Type"), email::HeaderKind::kStructure);
  EXPECT_EQ(email::ClassifyHeader("Content-Description"), email::HeaderKind::kText);
  EXPECT_EQ(email::ClassifyHeader("X-Mailer"), email::HeaderKind::kText);
}

}  // namespace
}  // namespace deskbench
