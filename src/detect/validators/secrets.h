#pragma once
// Validators of SECRET candidates (see detect/recognizer.h for the Validator contract). Each one
// checks the shape the regex could not express cheaply (lengths, boundaries, randomness, decoded
// structure) and narrows the finding to the secret itself.

#include <cstddef>
#include <string_view>

#include "detect/recognizer.h"

namespace deskbench::validators {

inline constexpr size_t kNoMax = static_cast<size_t>(-1);

// A token made of a literal prefix of `prefix_len` bytes and a random body: the body's length is
// in [min_body, max_body], it is not glued to neighbouring token characters, and it looks random.
bool CheckPrefixedToken(std::string_view text, Match& m, size_t prefix_len, size_t min_body,
                        size_t max_body);

// The value of `keyword ... = value` (or `:`, `=>`, `:=`, quoted or bare) matched by the regex:
// the span is narrowed to the value, which must have min_len..max_len bytes and look random.
bool CheckKeywordValue(std::string_view text, Match& m, size_t min_len, size_t max_len);

template <size_t PrefixLen, size_t MinBody = 0, size_t MaxBody = kNoMax>
bool PrefixedToken(std::string_view text, Match& m, const Policy&) {
  return CheckPrefixedToken(text, m, PrefixLen, MinBody, MaxBody);
}

template <size_t MinLen = 8, size_t MaxLen = kNoMax>
bool KeywordValue(std::string_view text, Match& m, const Policy&) {
  return CheckKeywordValue(text, m, MinLen, MaxLen);
}

// `name = value` where name says password/secret/token/api key...: accepted only for a value of at
// least 8 bytes that is varied enough and is no placeholder or variable reference.
bool GenericAssignment(std::string_view text, Match& m, const Policy& policy);
// "Password: d**0&0Vg3A" as people write it in a message or a form: the word to the next space,
// whatever symbols it holds, when it mixes kinds of characters and is no code or placeholder.
bool LabelledPassword(std::string_view text, Match& m, const Policy& policy);
// "Your password is X", "the new password for user jdoe is X", "passcode - X": a password in a
// sentence, judged as LabelledPassword's value is, and also in quotes.
bool PasswordInProse(std::string_view text, Match& m, const Policy& policy);
// <password>value</password> and the like.
bool XmlSecretElement(std::string_view text, Match& m, const Policy& policy);
// scheme://user:PASSWORD@host: narrowed to the password.
bool UrlPassword(std::string_view text, Match& m, const Policy& policy);
// Password=...; in ADO.NET / ODBC / JDBC connection strings: narrowed to the value.
bool ConnectionStringPassword(std::string_view text, Match& m, const Policy& policy);
// -----BEGIN ... PRIVATE KEY----- header: widened to the whole block through its END line.
bool PemPrivateKey(std::string_view text, Match& m, const Policy& policy);
// "private_key": "-----BEGIN PRIVATE KEY-----\n..." of a Google service-account JSON: the key
// block itself, as PemPrivateKey finds it.
bool GcpServiceAccountKey(std::string_view text, Match& m, const Policy& policy);
// A PuTTY .ppk key file: widened from its header through the Private-MAC line.
bool PuttyPrivateKey(std::string_view text, Match& m, const Policy& policy);
// header.payload.signature whose header decodes to a JSON object with "alg".
bool JsonWebToken(std::string_view text, Match& m, const Policy& policy);
// Authorization: Basic <base64 of user:password>: narrowed to the base64 credentials.
bool BasicAuthorization(std::string_view text, Match& m, const Policy& policy);
// Authorization: Bearer <token>: narrowed to the token.
bool BearerAuthorization(std::string_view text, Match& m, const Policy& policy);
// sig=... of an Azure shared access signature URL: narrowed to the signature, and only where the
// URL also carries the SAS version or permissions (sv=, sp=, se=).
bool AzureSasSignature(std::string_view text, Match& m, const Policy& policy);
// https://KEY@o123.ingest.sentry.io/456: narrowed to the key.
bool SentryDsn(std::string_view text, Match& m, const Policy& policy);

// Decodes standard or URL-safe base64 (padding optional) into out; returns the decoded length, or
// kNoMax when s holds other bytes or out is too small.
size_t DecodeBase64(std::string_view s, char* out, size_t out_size);

}  // namespace deskbench::validators
