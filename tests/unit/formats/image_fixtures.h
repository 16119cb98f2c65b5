#pragma once
// Images for the image and OCR tests, drawn by an independent tool: Debian's python3 with PIL,
// text in DejaVu Sans (fonts-dejavu-core).

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace deskbench::testing {

// Runs a python3 script (PIL imported as Image, ImageDraw, ImageFont; `out` the path to write) and
// returns the bytes it wrote.
inline std::string RunPil(const std::string& body) {
  static int counter = 0;
  auto dir = std::filesystem::temp_directory_path() /
             ("deskbench-pil-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  std::filesystem::create_directories(dir);
  auto script = dir / "make.py";
  auto out = dir / "out.bin";
  {
    std::ofstream s(script);
    s << "from PIL import Image, ImageDraw, ImageFont\n"
         "font_path = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'\n"
         "out = r'''"
      << out.string() << "'''\n"
      << body << "\n";
  }
  std::string cmd = "/usr/bin/python3 '" + script.string() + "'";
  if (std::system(cmd.c_str()) != 0) throw std::runtime_error("PIL script failed: " + body);
  std::ifstream in(out, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  std::filesystem::remove_all(dir);
  return bytes.str();
}

// Black text lines on white, 36 px DejaVu Sans, saved in `format` ("PNG", "JPEG", ...) with extra
// save() arguments as python source (", quality=95").
inline std::string RenderText(const std::vector<std::string>& lines, const std::string& format,
                              const std::string& save_args = "", const std::string& mode = "RGB") {
  std::string list = "[";
  for (const auto& l : lines) list += "'''" + l + "''',";
  list += "]";
  return RunPil("lines = " + list +
                "\n"
                "font = ImageFont.truetype(font_path, 36)\n"
                "img = Image.new('" +
                mode +
                "', (1100, 80 + 70 * len(lines)), 'white')\n"
                "d = ImageDraw.Draw(img)\n"
                "for i, l in enumerate(lines):\n"
                "    d.text((40, 40 + 70 * i), l, fill='black', font=font)\n"
                "img.save(out, '" +
                format + "'" + save_args + ")\n");
}

}  // namespace deskbench::testing
