#include "formats/sniff.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace deskbench {
namespace {

using namespace std::string_view_literals;  // magic numbers contain NUL bytes

struct Magic {
  std::string_view prefix;
  size_t offset;
  const char* kind;
};

constexpr std::array kMagics = {
    Magic{"%PDF-"sv, 0, "PDF document"},
    Magic{"PK\x03\x04"sv, 0, "ZIP archive or Office document"},
    Magic{"PK\x05\x06"sv, 0, "ZIP archive or Office document"},
    Magic{"PK\x07\x08"sv, 0, "ZIP archive or Office document"},
    Magic{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"sv, 0, "legacy Office (OLE) document"},
    Magic{"\x89PNG\r\n\x1A\n"sv, 0, "PNG image"},
    Magic{"\xFF\xD8\xFF"sv, 0, "JPEG image"},
    Magic{"GIF87a"sv, 0, "GIF image"},
    Magic{"GIF89a"sv, 0, "GIF image"},
    Magic{"II*\0"sv, 0, "TIFF image"},
    Magic{"MM\0*"sv, 0, "TIFF image"},
    Magic{"BM"sv, 0, "BMP image"},
    Magic{"\x1F\x8B"sv, 0, "gzip archive"},
    Magic{"BZh"sv, 0, "bzip2 archive"},
    Magic{"\xFD"
          "7zXZ\0"sv,
          0, "xz archive"},
    Magic{"\x28\xB5\x2F\xFD"sv, 0, "zstd archive"},
    Magic{"7z\xBC\xAF\x27\x1C"sv, 0, "7z archive"},
    Magic{"Rar!\x1A\x07"sv, 0, "RAR archive"},
    Magic{"ustar"sv, 257, "tar archive"},
    Magic{"\x7F"
          "ELF"sv,
          0, "ELF executable"},
    Magic{"MZ"sv, 0, "Windows executable"},
    Magic{"\xCF\xFA\xED\xFE"sv, 0, "Mach-O executable"},
    Magic{"\xCE\xFA\xED\xFE"sv, 0, "Mach-O executable"},
    Magic{"\xCA\xFE\xBA\xBE"sv, 0, "Java class or Mach-O universal binary"},
    Magic{"SQLite format 3\0"sv, 0, "SQLite database"},
    Magic{"{\\rtf"sv, 0, "RTF document"},
    Magic{"RIFF"sv, 0, "RIFF media file (WAV, AVI, WebP)"},
    Magic{"OggS"sv, 0, "Ogg media file"},
    Magic{"fLaC"sv, 0, "FLAC audio"},
    Magic{"ID3"sv, 0, "MP3 audio"},
    Magic{"\x1A\x45\xDF\xA3"sv, 0, "Matroska/WebM video"},
    Magic{"wOFF"sv, 0, "web font"},
    Magic{"wOF2"sv, 0, "web font"},
    Magic{"\0asm"sv, 0, "WebAssembly module"},
};

}  // namespace

std::optional<std::string> DetectUnsupportedKind(std::string_view head) {
  for (const Magic& m : kMagics) {
    if (head.size() >= m.offset + m.prefix.size() &&
        head.substr(m.offset, m.prefix.size()) == m.prefix) {
      // Short printable magics ("MZ", "BM", "ID3") also start ordinary text: those files must
      // also look binary.
      bool printable =
          m.prefix.size() <= 4 && std::all_of(m.prefix.begin(), m.prefix.end(),
                                              [](char c) { return c >= 0x20 && c < 0x7F; });
      if (printable && LooksLikeText(head)) continue;
      return std::string(m.kind);
    }
  }
  // ISO base media (MP4, MOV, HEIC): "ftyp" at offset 4.
  if (head.size() >= 12 && head.substr(4, 4) == "ftyp") return std::string("MP4/QuickTime media");
  return std::nullopt;
}

bool LooksLikeText(std::string_view head) {
  if (head.starts_with("\xFF\xFE") || head.starts_with("\xFE\xFF")) return true;
  size_t control = 0;
  for (char ch : head) {
    auto c = static_cast<unsigned char>(ch);
    if (c == 0) return false;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) ++control;
  }
  return control * 20 <= head.size();  // at most 5% control characters
}

}  // namespace deskbench
