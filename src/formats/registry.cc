#include "formats/registry.h"

#include <array>
#include <cstdlib>
#include <string_view>

#include "core/ascii.h"
#include "core/error.h"
#include "formats/archive/archive_document.h"
#include "formats/csv/csv_document.h"
#include "formats/email/email_document.h"
#include "formats/email/email_sniff.h"
#include "formats/git/git_document.h"
#include "formats/html/html_document.h"
#include "formats/image/codec.h"
#include "formats/image/image_document.h"
#include "formats/json/json_document.h"
#include "formats/json/jsonl_document.h"
#include "formats/legacy/convert.h"
#include "formats/legacy/converted_document.h"
#include "formats/notebook/notebook_document.h"
#include "formats/odf/odf_document.h"
#include "formats/ooxml/docx_document.h"
#include "formats/ooxml/pptx_document.h"
#include "formats/ooxml/xlsx_document.h"
#include "formats/pdf/pdf_document.h"
#include "formats/sniff.h"
#include "formats/text/text_document.h"

namespace deskbench {
namespace {

struct Extension {
  std::string_view suffix;  // lower case, with the dot; or a whole file name
  std::string_view format;
};

constexpr std::array kExtensions = {
    Extension{".json", "json"},      Extension{".jsonl", "jsonl"},
    Extension{".ndjson", "jsonl"},   Extension{".csv", "csv"},
    Extension{".tsv", "csv"},        Extension{".html", "html"},
    Extension{".htm", "html"},       Extension{".xhtml", "html"},
    Extension{".md", "markdown"},    Extension{".markdown", "markdown"},
    Extension{".txt", "text"},       Extension{".text", "text"},
    Extension{".rst", "text"},       Extension{".log", "text"},
    Extension{".ipynb", "notebook"}, Extension{".eml", "email"},
    Extension{".mbox", "email"},     Extension{".mbx", "email"},
};

// Source code and configuration: scanned as text, reported as "code".
constexpr std::array<std::string_view, 48> kCode = {
    ".py",    ".js",         ".ts",    ".tsx",    ".jsx", ".java",       ".go",  ".c",
    ".h",     ".cc",         ".cpp",   ".hpp",    ".rs",  ".rb",         ".php", ".cs",
    ".swift", ".kt",         ".scala", ".sql",    ".sh",  ".bash",       ".zsh", ".ps1",
    ".r",     ".m",          ".env",   ".yaml",   ".yml", ".ini",        ".cfg", ".conf",
    ".toml",  ".properties", ".xml",   ".gradle", ".tf",  ".dockerfile", ".lua", ".pl",
    ".vue",   ".svelte",     ".css",   ".scss",   ".bat", ".cmake",      ".mk",  ".hcl",
};

constexpr std::array<std::string_view, 8> kCodeNames = {
    "dockerfile", "makefile", ".gitignore", ".dockerignore",
    ".env",       ".npmrc",   ".bashrc",    "jenkinsfile",
};

// Markup files scanned as text whose replacements must be escaped to keep them well formed.
constexpr std::array<std::string_view, 12> kXmlLike = {
    ".xml", ".svg",  ".plist",  ".xsd",  ".xsl",  ".xslt",
    ".rss", ".atom", ".csproj", ".resx", ".xaml", ".vcxproj",
};

bool IsXmlLike(const std::filesystem::path& path) {
  std::string ext = ascii::Lower(path.extension().string());
  for (std::string_view x : kXmlLike) {
    if (ext == x) return true;
  }
  return false;
}

std::string FormatForName(const std::filesystem::path& path) {
  std::string name = ascii::Lower(path.filename().string());
  for (std::string_view whole : kCodeNames) {
    if (name == whole) return "code";
  }
  if (name.starts_with(".env.")) return "code";
  std::string ext = ascii::Lower(path.extension().string());
  if (ext.empty()) return "";
  for (const Extension& e : kExtensions) {
    if (ext == e.suffix) return std::string(e.format);
  }
  for (std::string_view code : kCode) {
    if (ext == code) return "code";
  }
  if (IsXmlLike(path)) return "code";
  return "";
}

constexpr std::array<std::string_view, 4> kWordExtensions = {".docx", ".docm", ".dotx", ".dotm"};
constexpr std::array<std::string_view, 6> kPowerPointExtensions = {".pptx", ".pptm", ".potx",
                                                                   ".potm", ".ppsx", ".ppsm"};
constexpr std::array<std::string_view, 4> kExcelExtensions = {".xlsx", ".xlsm", ".xltx", ".xltm"};

using namespace std::string_view_literals;
constexpr std::string_view kOleMagic = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"sv;
// The stream an encrypted Office file (OLE container) holds, as its UTF-16LE directory name.
constexpr std::string_view kEncryptedPackage = "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0"sv;
constexpr std::string_view kEncryptedReason =
    "encrypted Office file: remove the password in Office and try again";

// For a zip: "docx", "xlsx" or "pptx" for Office packages, "" otherwise. Entry names are in the
// local headers near the start; the extension decides when they are not.
std::string OfficeZipFormat(const std::filesystem::path& path, std::string_view head) {
  std::string ext = ascii::Lower(path.extension().string());
  bool word_ext = false;
  for (std::string_view x : kWordExtensions) word_ext = word_ext || ext == x;
  bool powerpoint_ext = false;
  for (std::string_view x : kPowerPointExtensions) powerpoint_ext = powerpoint_ext || ext == x;
  bool excel_ext = false;
  for (std::string_view x : kExcelExtensions) excel_ext = excel_ext || ext == x;
  bool package = head.find("[Content_Types].xml") != std::string_view::npos;
  if (package && head.find("word/") != std::string_view::npos) return "docx";
  if (package && head.find("xl/") != std::string_view::npos) return "xlsx";
  if (package && head.find("ppt/") != std::string_view::npos) return "pptx";
  if (word_ext) return "docx";
  if (excel_ext) return "xlsx";
  if (powerpoint_ext) return "pptx";
  return "";
}

// Converts with LibreOffice and scrubs the result with the OOXML adapter; the original is never
// passed through.
OpenedDocument OpenLegacy(const std::filesystem::path& path, const std::string& format,
                          const FormatOptions& options) {
  const Limits& limits = options.limits;
  const char* path_env = std::getenv("PATH");
  auto soffice = legacy::FindSoffice(path_env ? path_env : "");
  if (!soffice) throw Refusal(path, legacy::MissingSofficeReason());
  std::string target(legacy::TargetFormat(format));
  ByteSource converted =
      ByteSource::FromBytes(legacy::ConvertWithLibreOffice(path, format, *soffice, limits), path);
  std::unique_ptr<Document> document;
  if (target == "docx") {
    document = std::make_unique<ooxml::DocxDocument>(converted, options);
  } else if (target == "xlsx") {
    document = std::make_unique<ooxml::XlsxDocument>(converted, options);
  } else {
    document = std::make_unique<ooxml::PptxDocument>(converted, options);
  }
  std::string from = ascii::Lower(path.extension().string());
  if (from.empty()) from = "." + format;
  return {format, std::make_unique<legacy::ConvertedDocument>(std::move(document), std::move(from)),
          "." + target};
}

constexpr std::array kOdfExtensions = {
    Extension{".odt", "odt"}, Extension{".ott", "odt"}, Extension{".ods", "ods"},
    Extension{".ots", "ods"}, Extension{".odp", "odp"}, Extension{".otp", "odp"},
};

// For a zip: "odt", "ods" or "odp" by the mimetype entry, which OpenDocument requires to be the
// first entry, stored, so its content follows its local header; the extension decides otherwise.
std::string OdfZipFormat(const std::filesystem::path& path, std::string_view head) {
  constexpr std::string_view kMarker = "mimetypeapplication/vnd.oasis.opendocument.";
  size_t at = head.find(kMarker);
  if (at != std::string_view::npos && at < 64) {
    std::string_view kind = head.substr(at + kMarker.size());
    if (kind.starts_with("text")) return "odt";
    if (kind.starts_with("spreadsheet")) return "ods";
    if (kind.starts_with("presentation")) return "odp";
  }
  std::string ext = ascii::Lower(path.extension().string());
  for (const Extension& e : kOdfExtensions) {
    if (ext == e.suffix) return std::string(e.format);
  }
  return "";
}

// "zip", "tar" or "7z" for archives the archive adapter reads, by their magic numbers; compressed
// files are taken for compressed tars (the adapter refuses them when they hold something else).
std::string ArchiveFormat(std::string_view head) {
  if (head.starts_with("PK\x03\x04") || head.starts_with("PK\x05\x06"sv)) return "zip";
  if (head.starts_with("7z\xBC\xAF\x27\x1C"sv)) return "7z";
  if (head.size() >= 262 && head.substr(257, 5) == "ustar") return "tar";
  for (std::string_view magic : {"\x1F\x8B"sv, "BZh"sv,
                                 "\xFD"
                                 "7zXZ\0"sv,
                                 "\x28\xB5\x2F\xFD"sv}) {
    if (head.starts_with(magic) && !LooksLikeText(head)) return "tar";
  }
  return "";
}

// A JSON object whose first key is "cells", as Jupyter writes notebooks (keys sorted), and that
// names nbformat or notebook metadata early on.
bool LooksLikeNotebook(std::string_view head) {
  size_t brace = head.find_first_not_of(" \t\r\n");
  if (brace == std::string_view::npos || head[brace] != '{') return false;
  size_t key = head.find_first_not_of(" \t\r\n", brace + 1);
  return key != std::string_view::npos && head.substr(key).starts_with("\"cells\"") &&
         (head.find("\"nbformat\"") != std::string_view::npos ||
          head.find("\"cell_type\"") != std::string_view::npos);
}

// PDF readers accept the header anywhere in the first 1024 bytes.
// Readers accept the header anywhere in the first 1024 bytes, but only as a line of its own with
// a version ("%PDF-1.7"): a script that merely mentions "%PDF-" stays a script.
bool LooksLikePdf(std::string_view head) {
  for (size_t at = head.find("%PDF-"); at != std::string_view::npos && at < 1024;
       at = head.find("%PDF-", at + 1)) {
    bool line_start = at == 0 || head[at - 1] == '\n' || head[at - 1] == '\r';
    std::string_view version = head.substr(at + 5, 3);
    if (line_start && version.size() == 3 && ascii::IsDigit(version[0]) && version[1] == '.' &&
        ascii::IsDigit(version[2])) {
      return true;
    }
  }
  return false;
}
constexpr std::string_view kHeifReason =
    "HEIF images other than HEIC (AVIF...) are not supported: convert to JPEG or PNG first";

}  // namespace

std::string DetectFormat(const std::filesystem::path& path, std::string_view head) {
  if (LooksLikePdf(head)) return "pdf";
  if (auto picture = image::SniffImage(head)) return image::FormatName(*picture);
  if (image::LooksLikeHeif(head)) throw Refusal(path, std::string(kHeifReason));
  if (head.starts_with("PK\x03\x04")) {
    std::string office = OfficeZipFormat(path, head);
    if (!office.empty()) return office;
    std::string odf = OdfZipFormat(path, head);
    if (!odf.empty()) return odf;
  }
  if (std::string archive = ArchiveFormat(head); !archive.empty()) return archive;
  if (head.starts_with(kOleMagic) && head.find(kEncryptedPackage) != std::string_view::npos) {
    throw Refusal(path, std::string(kEncryptedReason));
  }
  if (head.starts_with(kOleMagic)) {
    std::string legacy = legacy::LegacyFormat(path, head);
    if (!legacy.empty()) return legacy;
    if (ascii::Lower(path.extension().string()) == ".msg") {
      throw Refusal(path,
                    "Outlook message (.msg, an OLE file): not supported; save it as .eml from "
                    "Outlook (or drag it into Thunderbird) and scrub that");
    }
  }
  if (auto kind = DetectUnsupportedKind(head)) {
    throw Refusal(path, *kind + ": not a format deskbench reads; convert it to one it does "
                               "(see docs/formats.md) or leave it out");
  }
  if (!LooksLikeText(head)) throw Refusal(path, "binary file (not text); not supported");
  std::string format = FormatForName(path);
  if ((format.empty() || format == "json") && LooksLikeNotebook(head)) return "notebook";
  // Content first, but a YAML or code file with "from:" and "to:" keys stays what it is named.
  if ((format.empty() || format == "text") &&
      (email::LooksLikeMbox(head) || email::LooksLikeEmail(head))) {
    return "email";
  }
  return format.empty() ? "text" : format;
}

OpenedDocument OpenDocument(const std::filesystem::path& path, const FormatOptions& options) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    if (!git::IsRepository(path)) throw Refusal(path, "a folder that is not a git repository");
    git::Scope scope{options.git_staged, options.git_range};
    return {"git", std::make_unique<git::GitDocument>(path, OpenSource, options, scope), ""};
  }
  return OpenSource(ByteSource::FromFile(path), options);
}

OpenedDocument OpenSource(const ByteSource& source, const FormatOptions& options) {
  const std::filesystem::path& path = source.name();
  const Limits& limits = options.limits;
  std::string head = source.Head(8192);
  // The OLE directory naming the encrypted stream may lie past the head.
  if (head.starts_with(kOleMagic) &&
      source.ReadAll(limits.max_document_bytes).find(kEncryptedPackage) != std::string::npos) {
    throw Refusal(path, std::string(kEncryptedReason));
  }
  if (head.starts_with(kOleMagic)) {
    // The directory naming the streams may lie past the head.
    std::string legacy = legacy::LegacyFormat(path, source.ReadAll(limits.max_document_bytes));
    if (!legacy.empty() && !source.on_disk()) {
      throw Refusal(path, "legacy " + legacy + " file inside another file: not supported");
    }
    if (!legacy.empty()) return OpenLegacy(path, legacy, options);
  }
  std::string format = DetectFormat(path, head);
  std::unique_ptr<Document> document;
  if (format == "json") {
    try {
      document = std::make_unique<json::JsonDocument>(source, limits);
    } catch (const Refusal& not_json) {
      // Many ".json" exports are really JSON Lines (one object per line).
      try {
        document = std::make_unique<json::JsonlDocument>(source, limits);
        format = "jsonl";
      } catch (const Refusal&) {
        throw not_json;
      }
    }
  } else if (format == "jsonl") {
    document = std::make_unique<json::JsonlDocument>(source, limits);
  } else if (format == "csv") {
    std::string ext = ascii::Lower(path.extension().string());
    document = std::make_unique<csv::CsvDocument>(source, limits, ext == ".tsv" ? '\t' : 0);
  } else if (format == "docx") {
    document = std::make_unique<ooxml::DocxDocument>(source, options);
  } else if (format == "pptx") {
    document = std::make_unique<ooxml::PptxDocument>(source, options);
  } else if (format == "xlsx") {
    document = std::make_unique<ooxml::XlsxDocument>(source, options);
  } else if (format == "odt" || format == "ods" || format == "odp") {
    document = std::make_unique<odf::OdfDocument>(source, options);
  } else if (format == "zip" || format == "tar" || format == "7z") {
    auto archive = std::make_unique<archive::ArchiveDocument>(source, options, OpenSource);
    format = archive->format_name();
    document = std::move(archive);
  } else if (format == "email") {
    document = std::make_unique<email::EmailDocument>(source, options, OpenSource);
  } else if (format == "notebook") {
    try {
      document = std::make_unique<notebook::NotebookDocument>(source, options, OpenSource);
    } catch (const Refusal&) {
      // JSON that only looked like a notebook is still JSON.
      if (ascii::Lower(path.extension().string()) == ".ipynb") throw;
      document = std::make_unique<json::JsonDocument>(source, limits);
      format = "json";
    }
  } else if (format == "pdf") {
    document = std::make_unique<pdf::PdfDocument>(source, options, OpenSource);
  } else if (image::SniffImage(head)) {
    document = std::make_unique<image::ImageDocument>(source, options);
  } else if (format == "html") {
    document = std::make_unique<html::HtmlDocument>(source, limits);
  } else {
    document = std::make_unique<text::TextDocument>(
        source, limits, IsXmlLike(path) ? text::Markup::kXml : text::Markup::kNone);
  }
  return {format, std::move(document), ""};
}

}  // namespace deskbench
