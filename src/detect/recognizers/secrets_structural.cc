// SECRET rules that recognise a structure rather than a provider: private key blocks, JWTs,
// passwords in URLs and connection strings, and `password = ...` style assignments.

#include "detect/recognizers/secrets_internal.h"

namespace deskbench::recognizers::secrets {

namespace {

// The names under which code and configuration keep credentials. Anchoring the generic rule on
// them keeps it cheap: vectorscan only wakes up at one of these words. The regexes of these rules
// end at the first byte of the value; their validators read the value from the text.
#define SECRET_NAMES                                                                      \
  "password|passwd|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|client[_-]?secret|" \
  "auth|credentials?|private[_-]?key"

constexpr SecretRule kRules[] = {
    Token("secret_private_key", "PEM / OpenSSH / PGP",
          "-----BEGIN [RSA|EC|DSA|OPENSSH|ENCRYPTED|PGP ...] PRIVATE KEY[ BLOCK]----- through its "
          "END line",
          R"(-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----)", validators::PemPrivateKey, 0.98f),
    Token("secret_putty_private_key", "PuTTY", "PuTTY-User-Key-File-2/3: through Private-MAC",
          R"(PuTTY-User-Key-File-[23]: )", validators::PuttyPrivateKey, 0.98f),
    Token("secret_jwt", "JSON Web Token",
          "eyJ... . eyJ... . signature (base64url of compact JSON); the header decodes to JSON "
          "with \"alg\"",
          R"(\beyJ[\w-]+\.eyJ[\w-]+\.[\w-]+)", validators::JsonWebToken, 0.9f),
    Token("secret_url_password", "any URL scheme",
          "scheme://user:PASSWORD@host (postgres, mongodb+srv, redis, amqp, https...): the "
          "password, also one written with a raw '#'",
          R"(\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\s:/?#@"'<>]*:[^\s/?@"'<>]+@)", validators::UrlPassword,
          0.9f),
    {{"secret_connection_string_password",
      Entity::SECRET,
      R"(\b(?:password|pwd)[ \t]{0,8}=[ \t]{0,8}["']?[^;&\s'"])",
      0.85f,
      validators::ConnectionStringPassword,
      {},
      1.0f,
      false,
      true},
     "ADO.NET / ODBC / JDBC",
     "Password=...; or ?password=... in a connection string: the value"},
    {{"secret_http_basic_auth",
      Entity::SECRET,
      R"(authorization["']?[ \t]{0,8}[:=][ \t]{0,8}["']?basic[ \t]{1,8}[A-Za-z0-9+/]+=*)",
      0.9f,
      validators::BasicAuthorization,
      {},
      1.0f,
      false,
      true},
     "HTTP",
     "Authorization: Basic base64(user:password): the credentials"},
    {{"secret_http_bearer_token",
      Entity::SECRET,
      R"(authorization["']?[ \t]{0,8}[:=][ \t]{0,8}["']?bearer[ \t]{1,8}[\w.~+/-])",
      0.85f,
      validators::BearerAuthorization,
      {},
      1.0f,
      false,
      true},
     "HTTP",
     "Authorization: Bearer <token>: the token"},
    {{"secret_xml_element",
      Entity::SECRET,
      "<(?:" SECRET_NAMES R"()>[^<\s])",
      0.75f,
      validators::XmlSecretElement,
      {},
      1.0f,
      false,
      true},
     "XML",
     "<password>value</password> (and the other secret names): the value"},
    {{"secret_labelled_password",
      Entity::SECRET,
      // And the word in the gazetteers' languages: "Passwort:", "Mot de passe :", "Senha:".
      R"(\b(?:password|passwd|pwd|passphrase|passcode|passwort|kennwort|mot[ \t]{1,8}de[ \t]{1,8}passe|)"
      R"(contrase\xc3\xb1a|contrasena|senha|wachtwoord|l\xc3\xb6senord|losenord|adgangskode|)"
      // It ends at the colon: the blanks and value after it, in the pattern, made it one of the
      // costliest for vectorscan on short texts (bench/patterns); the validator reads them. The
      // blanks inside "mot de passe" are bounded: unbounded, they cost ten times the rest of the
      // pattern on long texts.
      R"(passord|salasana)[ \t]{0,8}:)",
      0.8f,
      validators::LabelledPassword,
      {},
      1.0f,
      false,
      true},
     "messages, forms, notes",
     "Password: value, as people write it: the value to the next space, any symbols in it, "
     "of three kinds of characters or more"},
    {{"secret_password_in_prose",
      Entity::SECRET,
      R"(\b(?:password|passwd|passphrase|passcode)(?: is| was| will be| remains| -| for) )",
      0.8f,
      validators::PasswordInProse,
      {},
      1.0f,
      false,
      true},
     "messages, tickets, chats",
     "Your password is value; the password for user x is value; in quotes too: the value, of "
     "three kinds of characters or more"},
    {{"secret_generic_assignment",
      Entity::SECRET,
      "(?:" SECRET_NAMES R"()[\w.-]{0,24}["']?[ \t]{0,8}(?:=>|:=|=|:)[ \t]{0,8}["']?[^\s"',;&<>])",
      0.7f,
      validators::GenericAssignment,
      {},
      1.0f,
      false,
      true},
     "code, .env, YAML, JSON, INI, XML attributes",
     "password/secret/token/api_key/... = value of >= 8 varied bytes: the value"},
};

#undef SECRET_NAMES

}  // namespace

std::span<const SecretRule> StructuralRules() {
  return kRules;
}

}  // namespace deskbench::recognizers::secrets
