// "Typical" small Office documents: the parts Word and Excel write for a letter or a small table
// (styles with latent styles, theme, settings with revision ids, font table, numbering, web
// settings, document properties; shared strings and a style sheet in workbooks), body text drawn
// from a vocabulary of a few hundred words so that it compresses like prose (about 3x, not the
// 15x of a dozen repeated words), Word's revision-id attributes on paragraphs and runs, and in
// letters a small letterhead picture (a PNG of noise-textured stripes, 8 KB).

#include <libdeflate.h>

#include <algorithm>
#include <array>
#include <map>
#include <string_view>
#include <utility>
#include <vector>

#include "common/office_docs.h"
#include "common/office_parts.h"
#include "common/rng.h"
#include "formats/image/codec.h"

namespace bench {
namespace {

using office::Email;
using office::Person;
using office::Zip;

using office::Parts;

constexpr std::string_view kDecl =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";
const std::string kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const std::string kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const std::string kS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const std::string kA = "http://schemas.openxmlformats.org/drawingml/2006/main";
const std::string kWml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
const std::string kSml = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

// Common English and business words; sentences draw from them with a skew towards the first ones,
// as prose does.
constexpr std::string_view kVocabulary =
    "the of and to in a is that for it as was with be by on not he this are or his from at which "
    "but have an they more one had all were we there been if has their its when who will would "
    "what out so up into can said about other them than some could these two may then do first "
    "any my now such like our over man me even most made after also did many before must through "
    "back years where much your way well down should because each just those people how too "
    "little state good very make world still own see men work long get here between both life "
    "being under never day same another know while last might us great old year off come since "
    "against go came right used take three report quarter revenue growth regional teams costs "
    "budget forecast contract renewal supplier invoice schedule delivery review approval meeting "
    "project milestone risk mitigation stakeholder procurement compliance audit policy training "
    "workshop onboarding pipeline dashboard metrics retention acquisition pricing margin "
    "headcount hiring vendor agreement clause liability warranty termination notice payment terms "
    "shipment inventory warehouse logistics customer support ticket escalation release roadmap "
    "feature migration outage incident summary appendix section table figure draft final revised "
    "attached enclosed following previous current annual monthly weekly estimated actual total "
    "net gross operating capital expenditure depreciation amortisation tax interest cash flow "
    "balance sheet statement equity debt loan facility covenant board committee chair minutes "
    "agenda resolution motion vote quorum director officer manager analyst engineer consultant";

std::vector<std::string_view> Words() {
  std::vector<std::string_view> out;
  std::string_view v = kVocabulary;
  while (!v.empty()) {
    size_t space = v.find(' ');
    out.push_back(v.substr(0, space));
    if (space == std::string_view::npos) break;
    v.remove_prefix(space + 1);
  }
  return out;
}

std::string Prose(Rng& rng, size_t words) {
  static const std::vector<std::string_view> vocabulary = Words();
  std::string s;
  for (size_t i = 0; i < words; ++i) {
    // Two draws, the smaller kept: frequent words come up more often.
    uint64_t a = rng.Below(vocabulary.size()), b = rng.Below(vocabulary.size());
    std::string_view w = vocabulary[std::min(a, b)];
    if (i > 0) s += ' ';
    if (i == 0) {
      s += static_cast<char>(w[0] - 'a' + 'A');
      s += w.substr(1);
    } else {
      s += w;
    }
    if (i + 1 < words && rng.Chance(0.08)) s += ',';
  }
  return s + ".";
}

std::string Hex(Rng& rng, int digits) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string s;
  for (int i = 0; i < digits; ++i) s += kHex[rng.Below(16)];
  return s;
}

std::string Rels(const std::vector<std::pair<std::string, std::string>>& type_target) {
  std::string out = std::string(kDecl) +
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    "relationships\">";
  for (size_t i = 0; i < type_target.size(); ++i) {
    const auto& [type, target] = type_target[i];
    out += "<Relationship Id=\"rId" + std::to_string(i + 1) + "\" Type=\"" +
           (type.starts_with("http") ? type : kRel + "/" + type) + "\" Target=\"" + target + "\"/>";
  }
  return out + "</Relationships>";
}

std::string Types(const std::vector<std::pair<std::string, std::string>>& overrides) {
  std::string out =
      std::string(kDecl) +
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"png\" ContentType=\"image/png\"/><Default Extension=\"jpeg\" "
      "ContentType=\"image/jpeg\"/><Default "
      "Extension=\"rels\" ContentType=\"application/"
      "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
      "ContentType=\"application/xml\"/>";
  for (const auto& [part, type] : overrides) {
    out += "<Override PartName=\"/" + part + "\" ContentType=\"" + type + "\"/>";
  }
  return out + "</Types>";
}

std::string CoreProperties(Rng& rng) {
  return std::string(kDecl) +
         "<cp:coreProperties "
         "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
         "xmlns:dcterms=\"http://purl.org/dc/terms/\" "
         "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title></dc:title>"
         "<dc:creator>" +
         Person(rng) + "</dc:creator><cp:lastModifiedBy>" + Person(rng) +
         "</cp:lastModifiedBy><cp:revision>" + std::to_string(rng.Range(2, 40)) +
         "</cp:revision><dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-03-" +
         std::to_string(rng.Range(10, 28)) +
         "T09:12:00Z</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">2024-04-02T16:"
         "41:00Z</dcterms:modified></cp:coreProperties>";
}

std::string AppProperties(std::string_view application, Rng& rng) {
  return std::string(kDecl) +
         "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
         "extended-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/"
         "docPropsVTypes\"><Template>Normal.dotm</Template><TotalTime>" +
         std::to_string(rng.Range(5, 300)) + "</TotalTime><Pages>2</Pages><Words>" +
         std::to_string(rng.Range(300, 1500)) + "</Words><Application>" + std::string(application) +
         "</Application><DocSecurity>0</DocSecurity><Lines>40</Lines><Paragraphs>12</Paragraphs>"
         "<ScaleCrop>false</ScaleCrop><Company>Northwind Traders</Company><LinksUpToDate>false"
         "</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
         "<AppVersion>16.0000</AppVersion></Properties>";
}

// A theme as Office writes it: colour, font and format schemes (the font scheme names a face for
// each script, which is most of its size).
std::string Theme() {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 30> kScripts = {
      {{"Jpan", "Yu Mincho"},
       {"Hang", "Batang"},
       {"Hans", "DengXian"},
       {"Hant", "PMingLiU"},
       {"Arab", "Times New Roman"},
       {"Hebr", "Times New Roman"},
       {"Thai", "Angsana New"},
       {"Ethi", "Nyala"},
       {"Beng", "Vrinda"},
       {"Gujr", "Shruti"},
       {"Khmr", "MoolBoran"},
       {"Knda", "Tunga"},
       {"Guru", "Raavi"},
       {"Cans", "Euphemia"},
       {"Cher", "Plantagenet Cherokee"},
       {"Yiii", "Microsoft Yi Baiti"},
       {"Tibt", "Microsoft Himalaya"},
       {"Thaa", "MV Boli"},
       {"Deva", "Mangal"},
       {"Telu", "Gautami"},
       {"Taml", "Latha"},
       {"Syrc", "Estrangelo Edessa"},
       {"Orya", "Kalinga"},
       {"Mlym", "Kartika"},
       {"Laoo", "DokChampa"},
       {"Sinh", "Iskoola Pota"},
       {"Mong", "Mongolian Baiti"},
       {"Viet", "Times New Roman"},
       {"Uigh", "Microsoft Uighur"},
       {"Geor", "Sylfaen"}}};
  std::string fonts;
  for (std::string_view kind : {"major", "minor"}) {
    fonts += "<a:" + std::string(kind) + "Font><a:latin typeface=\"" +
             (kind == "major" ? "Calibri Light" : "Calibri") +
             "\" panose=\"020F0302020204030204\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/>";
    for (const auto& [script, face] : kScripts) {
      fonts +=
          "<a:font script=\"" + std::string(script) + "\" typeface=\"" + std::string(face) + "\"/>";
    }
    fonts += "</a:" + std::string(kind) + "Font>";
  }
  std::string colors;
  constexpr std::array<std::pair<std::string_view, std::string_view>, 10> kColors = {
      {{"dk2", "44546A"},
       {"lt2", "E7E6E6"},
       {"accent1", "4472C4"},
       {"accent2", "ED7D31"},
       {"accent3", "A5A5A5"},
       {"accent4", "FFC000"},
       {"accent5", "5B9BD5"},
       {"accent6", "70AD47"},
       {"hlink", "0563C1"},
       {"folHlink", "954F72"}}};
  for (const auto& [name, rgb] : kColors) {
    colors += "<a:" + std::string(name) + "><a:srgbClr val=\"" + std::string(rgb) +
              "\"/></a:" + std::string(name) + ">";
  }
  std::string fills;
  for (int i = 0; i < 3; ++i) {
    fills += "<a:gradFill rotWithShape=\"1\"><a:gsLst>";
    for (int g = 0; g < 3; ++g) {
      fills += "<a:gs pos=\"" + std::to_string(g * 50000) +
               "\"><a:schemeClr val=\"phClr\"><a:lumMod val=\"" +
               std::to_string(102000 - g * 3000) + "\"/><a:satMod val=\"" +
               std::to_string(103000 + i * 2000) + "\"/><a:tint val=\"" +
               std::to_string(94000 - g * 5000) + "\"/></a:schemeClr></a:gs>";
    }
    fills += "</a:gsLst><a:lin ang=\"5400000\" scaled=\"0\"/></a:gradFill>";
  }
  return std::string(kDecl) + "<a:theme xmlns:a=\"" + kA +
         "\" name=\"Office Theme\"><a:themeElements><a:clrScheme name=\"Office\"><a:dk1><a:sysClr "
         "val=\"windowText\" lastClr=\"000000\"/></a:dk1><a:lt1><a:sysClr val=\"window\" "
         "lastClr=\"FFFFFF\"/></a:lt1>" +
         colors + "</a:clrScheme><a:fontScheme name=\"Office\">" + fonts +
         "</a:fontScheme><a:fmtScheme name=\"Office\"><a:fillStyleLst><a:solidFill><a:schemeClr "
         "val=\"phClr\"/></a:solidFill>" +
         fills +
         "</a:fillStyleLst><a:lnStyleLst><a:ln w=\"6350\" cap=\"flat\" cmpd=\"sng\" "
         "algn=\"ctr\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill><a:prstDash "
         "val=\"solid\"/><a:miter lim=\"800000\"/></a:ln></a:lnStyleLst><a:effectStyleLst>"
         "<a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst><a:outerShdw "
         "blurRad=\"57150\" dist=\"19050\" dir=\"5400000\" algn=\"ctr\" rotWithShape=\"0\">"
         "<a:srgbClr val=\"000000\"><a:alpha val=\"63000\"/></a:srgbClr></a:outerShdw>"
         "</a:effectLst></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill>"
         "<a:schemeClr val=\"phClr\"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme>"
         "</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>";
}

// Word's styles part: defaults, the latent-style list (one entry per built-in style, ~370), and
// the styles a letter uses.
std::string WordStyles() {
  std::string latent;
  constexpr std::array<std::string_view, 12> kKinds = {
      "heading",    "toc",         "List",          "List Bullet", "List Number",   "Grid Table",
      "List Table", "Plain Table", "Light Shading", "Medium List", "Colorful Grid", "caption"};
  for (int i = 0; i < 370; ++i) {
    std::string name = std::string(kKinds[i % kKinds.size()]) + " " + std::to_string(i / 12 + 1);
    if (i % 12 > 4) name += " Accent " + std::to_string(i % 6 + 1);
    latent += "<w:lsdException w:name=\"" + name + "\" w:uiPriority=\"" +
              std::to_string(i % 70 + 1) + "\"" +
              (i % 3 == 0 ? " w:semiHidden=\"1\" w:unhideWhenUsed=\"1\"" : "") +
              (i % 5 == 0 ? " w:qFormat=\"1\"" : "") + "/>";
  }
  std::string styles;
  for (std::string_view id :
       {"Normal", "Heading1", "Heading2", "Title", "Subtitle", "ListParagraph", "Header", "Footer",
        "TableGrid", "Hyperlink", "Strong", "Quote"}) {
    styles += "<w:style w:type=\"paragraph\" w:styleId=\"" + std::string(id) +
              "\"><w:name w:val=\"" + std::string(id) +
              "\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority "
              "w:val=\"9\"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before=\"240\" "
              "w:after=\"0\"/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:rFonts "
              "w:asciiTheme=\"majorHAnsi\" w:eastAsiaTheme=\"majorEastAsia\" "
              "w:hAnsiTheme=\"majorHAnsi\" w:cstheme=\"majorBidi\"/><w:color w:val=\"2F5496\" "
              "w:themeColor=\"accent1\" w:themeShade=\"BF\"/><w:sz w:val=\"32\"/><w:szCs "
              "w:val=\"32\"/></w:rPr></w:style>";
  }
  return std::string(kDecl) + "<w:styles xmlns:w=\"" + kW +
         "\"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme=\"minorHAnsi\" "
         "w:eastAsiaTheme=\"minorHAnsi\" w:hAnsiTheme=\"minorHAnsi\" "
         "w:cstheme=\"minorBidi\"/><w:sz "
         "w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"en-GB\" w:eastAsia=\"en-US\" "
         "w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing "
         "w:after=\"160\" w:line=\"259\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>"
         "</w:docDefaults><w:latentStyles w:defLockedState=\"0\" w:defUIPriority=\"99\" "
         "w:defSemiHidden=\"0\" w:defUnhideWhenUsed=\"0\" w:defQFormat=\"0\" w:count=\"376\">" +
         latent + "</w:latentStyles>" + styles + "</w:styles>";
}

std::string WordSettings(const std::vector<std::string>& rsids) {
  std::string list;
  for (const std::string& r : rsids) list += "<w:rsid w:val=\"" + r + "\"/>";
  return std::string(kDecl) + "<w:settings xmlns:w=\"" + kW +
         "\"><w:zoom w:percent=\"100\"/><w:proofState w:spelling=\"clean\" w:grammar=\"clean\"/>"
         "<w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
         "<w:compat><w:compatSetting w:name=\"compatibilityMode\" "
         "w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat><w:rsids>"
         "<w:rsidRoot w:val=\"" +
         rsids.front() + "\"/>" + list +
         "</w:rsids><w:themeFontLang w:val=\"en-GB\"/><w:clrSchemeMapping w:bg1=\"light1\" "
         "w:t1=\"dark1\" w:bg2=\"light2\" w:t2=\"dark2\" w:accent1=\"accent1\" "
         "w:hyperlink=\"hyperlink\" w:followedHyperlink=\"followedHyperlink\"/>"
         "<w:decimalSymbol w:val=\".\"/><w:listSeparator w:val=\",\"/></w:settings>";
}

std::string WordFonts() {
  std::string fonts;
  for (std::string_view f : {"Calibri", "Times New Roman", "Calibri Light", "Arial", "Symbol"}) {
    fonts += "<w:font w:name=\"" + std::string(f) +
             "\"><w:panose1 w:val=\"020F0502020204030204\"/><w:charset w:val=\"00\"/><w:family "
             "w:val=\"swiss\"/><w:pitch w:val=\"variable\"/><w:sig w:usb0=\"E4002EFF\" "
             "w:usb1=\"C000247B\" w:usb2=\"00000009\" w:usb3=\"00000000\" w:csb0=\"000001FF\" "
             "w:csb1=\"00000000\"/></w:font>";
  }
  return std::string(kDecl) + "<w:fonts xmlns:w=\"" + kW + "\">" + fonts + "</w:fonts>";
}

std::string WordNumbering() {
  std::string levels;
  for (int i = 0; i < 9; ++i) {
    levels += "<w:lvl w:ilvl=\"" + std::to_string(i) +
              "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"o\"/>"
              "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"" +
              std::to_string(720 * (i + 1)) +
              "\" w:hanging=\"360\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"Symbol\" "
              "w:hAnsi=\"Symbol\" w:hint=\"default\"/></w:rPr></w:lvl>";
  }
  return std::string(kDecl) + "<w:numbering xmlns:w=\"" + kW +
         "\"><w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"hybridMultilevel\"/>" +
         levels +
         "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
         "</w:numbering>";
}

void Chunk(std::string& png, std::string_view type, const std::string& data) {
  auto be32 = [&](uint32_t v) {
    for (int s = 24; s >= 0; s -= 8) png += static_cast<char>((v >> s) & 0xFF);
  };
  be32(static_cast<uint32_t>(data.size()));
  std::string body = std::string(type) + data;
  png += body;
  be32(libdeflate_crc32(0, body.data(), body.size()));
}

// A letterhead logo: 200 x 60 RGB stripes with a little noise, as a scanned or exported logo has.
std::string Logo(Rng& rng) {
  const uint32_t width = 200, height = 60;
  std::string raw;
  for (uint32_t y = 0; y < height; ++y) {
    raw += '\0';  // no filter
    for (uint32_t x = 0; x < width; ++x) {
      bool stripe = ((x + y) / 12) % 2 == 0;
      uint8_t noise = static_cast<uint8_t>(rng.Below(24));
      raw += static_cast<char>(stripe ? 30 + noise : 220 + noise / 2);
      raw += static_cast<char>(stripe ? 80 + noise : 225 + noise / 2);
      raw += static_cast<char>(stripe ? 160 + noise : 230 + noise / 2);
    }
  }
  libdeflate_compressor* c = libdeflate_alloc_compressor(9);
  std::string z(libdeflate_zlib_compress_bound(c, raw.size()), '\0');
  z.resize(libdeflate_zlib_compress(c, raw.data(), raw.size(), z.data(), z.size()));
  libdeflate_free_compressor(c);
  std::string ihdr;
  for (uint32_t v : {width, height}) {
    for (int s = 24; s >= 0; s -= 8) ihdr += static_cast<char>((v >> s) & 0xFF);
  }
  ihdr += std::string("\x08\x02\x00\x00\x00", 5);  // 8-bit RGB
  std::string png = "\x89PNG\r\n\x1a\n";
  Chunk(png, "IHDR", ihdr);
  Chunk(png, "IDAT", z);
  Chunk(png, "IEND", "");
  return png;
}

std::string PictureParagraph(const std::string& id) {
  return "<w:p><w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">"
         "<wp:extent cx=\"1905000\" cy=\"571500\"/><wp:docPr id=\"1\" name=\"Picture 1\"/>"
         "<a:graphic xmlns:a=\"" +
         kA +
         "\"><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
         "<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
         "<pic:nvPicPr><pic:cNvPr id=\"1\" name=\"logo.png\"/><pic:cNvPicPr/></pic:nvPicPr>"
         "<pic:blipFill><a:blip r:embed=\"" +
         id +
         "\"/><a:stretch><a:fillRect/></a:stretch>"
         "</pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"1905000\" "
         "cy=\"571500\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>"
         "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>";
}

// A photograph-like picture: smooth colour gradients with sensor noise, 1600 x 1200, as a JPEG of
// quality 85 (130 to 370 KB).
std::string Photo(Rng& rng) {
  deskbench::image::Pixels p;
  p.width = 1600;
  p.height = 1200;
  p.channels = 3;
  p.data.resize(static_cast<size_t>(p.width) * p.height * 3);
  int r0 = rng.Range(0, 255), g0 = rng.Range(0, 255), b0 = rng.Range(0, 255);
  size_t at = 0;
  for (int y = 0; y < p.height; ++y) {
    for (int x = 0; x < p.width; ++x) {
      int noise = static_cast<int>(rng.Next() % 21) - 10;
      p.data[at++] = static_cast<uint8_t>(std::clamp(r0 + x / 10 + noise, 0, 255));
      p.data[at++] = static_cast<uint8_t>(std::clamp(g0 + y / 8 + noise, 0, 255));
      p.data[at++] = static_cast<uint8_t>(std::clamp(b0 + (x + y) / 16 + noise, 0, 255));
    }
  }
  return deskbench::image::Picture::FromPixels(p).Encode(deskbench::image::ImageFormat::kJpeg, 85,
                                                         false, "");
}

OfficeDoc TypicalDocx(uint64_t seed, uint64_t body_bytes, bool logo, int photos = 0) {
  Rng rng(seed);
  std::vector<std::string> rsids;
  for (int i = 0; i < 40; ++i) rsids.push_back("00" + Hex(rng, 6));
  auto rsid = [&] { return rsids[rng.Below(rsids.size())]; };
  std::string body = std::string(kDecl) + "<w:document xmlns:w=\"" + kW + "\" xmlns:r=\"" + kRel +
                     "\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/"
                     "wordprocessingDrawing\"><w:body>";
  if (logo) body += PictureParagraph("rId8");
  body += "<w:p w:rsidR=\"" + rsid() + "\"><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>" +
          Prose(rng, 5) + "</w:t></w:r></w:p>";
  for (uint64_t n = 0; body.size() < body_bytes; ++n) {
    std::string p = "<w:p w:rsidR=\"" + rsid() + "\" w:rsidRDefault=\"" + rsid() + "\"";
    p += n % 9 == 0 ? "><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>" : ">";
    size_t runs = n % 9 == 0 ? 1 : 1 + rng.Below(4);
    for (size_t r = 0; r < runs; ++r) {
      std::string text = Prose(rng, n % 9 == 0 ? 4 : 6 + rng.Below(14));
      if (r == 1 && n % 6 == 2) text = "Please contact " + Person(rng) + " about this.";
      if (r == 1 && n % 6 == 4) text = "Replies go to " + Email(rng) + ".";
      p += "<w:r w:rsidRPr=\"" + rsid() + "\">" +
           (r == 1 && rng.Chance(0.3) ? "<w:rPr><w:b/><w:bCs/></w:rPr>" : "") +
           "<w:t xml:space=\"preserve\">" + text + " </w:t></w:r>";
    }
    body += p + "</w:p>";
  }
  for (int i = 0; i < photos; ++i) body += PictureParagraph("rIdPhoto" + std::to_string(i + 1));
  body +=
      "<w:sectPr w:rsidR=\"" + rsids.front() +
      "\"><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1440\" "
      "w:bottom=\"1440\" w:left=\"1440\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/>"
      "<w:cols w:space=\"708\"/><w:docGrid w:linePitch=\"360\"/></w:sectPr></w:body></w:document>";
  OfficeDoc doc;
  doc.xml_bytes = body.size();
  std::vector<std::pair<std::string, std::string>> rels = {
      {"styles", "styles.xml"},           {"settings", "settings.xml"},
      {"webSettings", "webSettings.xml"}, {"fontTable", "fontTable.xml"},
      {"theme", "theme/theme1.xml"},      {"numbering", "numbering.xml"},
      {"footnotes", "footnotes.xml"}};
  if (logo) rels.push_back({"image", "media/image1.png"});
  std::string photo_rels;
  for (int i = 0; i < photos; ++i) {
    photo_rels += "<Relationship Id=\"rIdPhoto" + std::to_string(i + 1) + "\" Type=\"" + kRel +
                  "/image\" Target=\"media/photo" + std::to_string(i + 1) + ".jpeg\"/>";
  }
  std::string doc_rels = Rels(rels);
  doc_rels.insert(doc_rels.size() - std::string_view("</Relationships>").size(), photo_rels);
  Parts parts = {
      {"[Content_Types].xml",
       Types({{"word/document.xml", kWml + "document.main+xml"},
              {"word/styles.xml", kWml + "styles+xml"},
              {"word/settings.xml", kWml + "settings+xml"},
              {"word/webSettings.xml", kWml + "webSettings+xml"},
              {"word/fontTable.xml", kWml + "fontTable+xml"},
              {"word/numbering.xml", kWml + "numbering+xml"},
              {"word/footnotes.xml", kWml + "footnotes+xml"},
              {"word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"},
              {"docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"},
              {"docProps/app.xml",
               "application/vnd.openxmlformats-officedocument.extended-properties+xml"}})},
      {"_rels/.rels",
       Rels({{"officeDocument", "word/document.xml"},
             {"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
              "core-properties",
              "docProps/core.xml"},
             {"extended-properties", "docProps/app.xml"}})},
      {"word/document.xml", std::move(body)},
      {"word/_rels/document.xml.rels", std::move(doc_rels)},
      {"word/styles.xml", WordStyles()},
      {"word/settings.xml", WordSettings(rsids)},
      {"word/webSettings.xml", std::string(kDecl) + "<w:webSettings xmlns:w=\"" + kW +
                                   "\"><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>"},
      {"word/fontTable.xml", WordFonts()},
      {"word/numbering.xml", WordNumbering()},
      {"word/footnotes.xml",
       std::string(kDecl) + "<w:footnotes xmlns:w=\"" + kW +
           "\"><w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p>"
           "</w:footnote><w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r>"
           "<w:continuationSeparator/></w:r></w:p></w:footnote></w:footnotes>"},
      {"word/theme/theme1.xml", Theme()},
      {"docProps/core.xml", CoreProperties(rng)},
      {"docProps/app.xml", AppProperties("Microsoft Office Word", rng)},
  };
  if (logo) parts.push_back({"word/media/image1.png", Logo(rng)});
  for (int i = 0; i < photos; ++i) {
    parts.push_back({"word/media/photo" + std::to_string(i + 1) + ".jpeg", Photo(rng)});
  }
  doc.bytes = Zip(parts);
  return doc;
}

std::string ExcelStyles() {
  std::string fonts, fills, xfs;
  for (int i = 0; i < 6; ++i) {
    fonts += "<font>" + std::string(i == 1 ? "<b/>" : "") + "<sz val=\"" + std::to_string(11 + i) +
             "\"/><color theme=\"1\"/><name val=\"Calibri\"/><family val=\"2\"/><scheme "
             "val=\"minor\"/></font>";
    fills += "<fill><patternFill patternType=\"" + std::string(i < 2 ? "none" : "solid") + "\">" +
             (i < 2 ? "" : "<fgColor theme=\"" + std::to_string(i + 2) + "\" tint=\"0.79\"/>") +
             "</patternFill></fill>";
  }
  for (int i = 0; i < 24; ++i) {
    xfs += "<xf numFmtId=\"" + std::to_string(i % 4 == 3 ? 164 : i % 4) + "\" fontId=\"" +
           std::to_string(i % 6) + "\" fillId=\"" + std::to_string(i % 6) +
           "\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>";
  }
  return std::string(kDecl) + "<styleSheet xmlns=\"" + kS +
         "\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"#,##0.00\\ "
         "&quot;EUR&quot;\"/>"
         "</numFmts><fonts count=\"6\">" +
         fonts + "</fonts><fills count=\"6\">" + fills +
         "</fills><borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border>"
         "</borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" "
         "borderId=\"0\"/></cellStyleXfs><cellXfs count=\"24\">" +
         xfs +
         "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
         "</cellStyles><dxfs count=\"0\"/><tableStyles count=\"0\" defaultTableStyle="
         "\"TableStyleMedium2\" defaultPivotStyle=\"PivotStyleLight16\"/></styleSheet>";
}

std::string Column(uint32_t i) {
  std::string s;
  for (++i; i > 0; i = (i - 1) / 26) s.insert(s.begin(), static_cast<char>('A' + (i - 1) % 26));
  return s;
}

// A staff list of rows until the sheet reaches sheet_bytes or the shared strings strings_bytes of
// XML; each row's note is note_words words and up to note_words + 4 more.
OfficeDoc TypicalXlsx(uint64_t seed, uint64_t sheet_bytes, uint64_t strings_bytes = ~uint64_t{0},
                      uint32_t note_words = 3) {
  Rng rng(seed);
  std::vector<std::string> strings = {"Name", "Email",  "Department", "Phone",
                                      "Note", "Amount", "Start date"};
  std::map<std::string, size_t> index;
  for (size_t i = 0; i < strings.size(); ++i) index[strings[i]] = i;
  size_t references = strings.size();
  uint64_t sst_bytes = 0;
  auto shared = [&](const std::string& s) {
    ++references;
    auto [it, fresh] = index.try_emplace(s, strings.size());
    if (fresh) {
      strings.push_back(s);
      sst_bytes += s.size() + 13;  // <si><t></t></si>
    }
    return std::to_string(it->second);
  };
  static constexpr std::array<std::string_view, 6> kDepartments = {
      "Finance", "Operations", "Legal", "Procurement", "Sales", "Engineering"};
  std::string data = "<row r=\"1\" spans=\"1:7\" s=\"1\" customFormat=\"1\">";
  for (uint32_t c = 0; c < 7; ++c) {
    data += "<c r=\"" + Column(c) + "1\" s=\"1\" t=\"s\"><v>" + std::to_string(c) + "</v></c>";
  }
  data += "</row>";
  uint32_t r = 2;
  for (; data.size() < sheet_bytes && sst_bytes < strings_bytes; ++r) {
    std::string row = std::to_string(r);
    auto cell = [&](uint32_t c, const std::string& style, const std::string& type,
                    const std::string& v) {
      return "<c r=\"" + Column(c) + row + "\" s=\"" + style + "\"" +
             (type.empty() ? "" : " t=\"" + type + "\"") + "><v>" + v + "</v></c>";
    };
    data +=
        "<row r=\"" + row + "\" spans=\"1:7\">" + cell(0, "2", "s", shared(Person(rng))) +
        cell(1, "2", "s", shared(Email(rng))) +
        cell(2, "3", "s", shared(std::string(kDepartments[rng.Below(kDepartments.size())]))) +
        cell(3, "4", "", "4155550" + std::to_string(100 + rng.Below(900))) +
        cell(4, "2", "s", shared(Prose(rng, note_words + rng.Below(note_words + 5)))) +
        cell(5, "7", "", std::to_string(rng.Below(100000)) + "." + std::to_string(rng.Below(100))) +
        cell(6, "8", "", std::to_string(43000 + rng.Below(2000))) + "</row>";
  }
  std::string dimension = "A1:G" + std::to_string(r - 1);
  std::string sheet =
      std::string(kDecl) + "<worksheet xmlns=\"" + kS + "\" xmlns:r=\"" + kRel +
      "\"><dimension ref=\"" + dimension +
      "\"/><sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\"><pane ySplit=\"1\" "
      "topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/><selection "
      "pane=\"bottomLeft\" "
      "activeCell=\"B4\" sqref=\"B4\"/></sheetView></sheetViews><sheetFormatPr "
      "defaultRowHeight=\"15\"/><cols><col min=\"1\" max=\"2\" width=\"28.7\" customWidth=\"1\"/>"
      "<col min=\"3\" max=\"7\" width=\"14.2\" customWidth=\"1\"/></cols><sheetData>" +
      data + "</sheetData><autoFilter ref=\"" + dimension +
      "\"/><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" "
      "footer=\"0.3\"/><pageSetup paperSize=\"9\" orientation=\"landscape\"/></worksheet>";
  std::string sst = std::string(kDecl) + "<sst xmlns=\"" + kS + "\" count=\"" +
                    std::to_string(references) + "\" uniqueCount=\"" +
                    std::to_string(strings.size()) + "\">";
  for (const std::string& s : strings) sst += "<si><t>" + s + "</t></si>";
  sst += "</sst>";
  OfficeDoc doc;
  doc.xml_bytes = std::max(sheet.size(), sst.size());
  doc.bytes = Zip({
      {"[Content_Types].xml",
       Types({{"xl/workbook.xml", kSml + "sheet.main+xml"},
              {"xl/worksheets/sheet1.xml", kSml + "worksheet+xml"},
              {"xl/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"},
              {"xl/styles.xml", kSml + "styles+xml"},
              {"xl/sharedStrings.xml", kSml + "sharedStrings+xml"},
              {"docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"},
              {"docProps/app.xml",
               "application/vnd.openxmlformats-officedocument.extended-properties+xml"}})},
      {"_rels/.rels",
       Rels({{"officeDocument", "xl/workbook.xml"},
             {"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
              "core-properties",
              "docProps/core.xml"},
             {"extended-properties", "docProps/app.xml"}})},
      {"xl/workbook.xml",
       std::string(kDecl) + "<workbook xmlns=\"" + kS + "\" xmlns:r=\"" + kRel +
           "\"><fileVersion appName=\"xl\" lastEdited=\"7\" lowestEdited=\"7\" rupBuild=\"27328\"/>"
           "<workbookPr defaultThemeVersion=\"166925\"/><bookViews><workbookView xWindow=\"-110\" "
           "yWindow=\"-110\" windowWidth=\"19420\" windowHeight=\"10420\"/></bookViews><sheets>"
           "<sheet name=\"Staff\" sheetId=\"1\" r:id=\"rId1\"/></sheets><definedNames>"
           "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">Staff!$A$1:"
           "$G$" +
           std::to_string(r - 1) +
           "</definedName></definedNames><calcPr calcId=\"191029\"/></workbook>"},
      {"xl/_rels/workbook.xml.rels", Rels({{"worksheet", "worksheets/sheet1.xml"},
                                           {"theme", "theme/theme1.xml"},
                                           {"styles", "styles.xml"},
                                           {"sharedStrings", "sharedStrings.xml"}})},
      {"xl/worksheets/sheet1.xml", std::move(sheet)},
      {"xl/theme/theme1.xml", Theme()},
      {"xl/styles.xml", ExcelStyles()},
      {"xl/sharedStrings.xml", std::move(sst)},
      {"docProps/core.xml", CoreProperties(rng)},
      {"docProps/app.xml", AppProperties("Microsoft Excel", rng)},
  });
  return doc;
}

// Grows the body until the package reaches about file_bytes (packages are small: a few tries).
template <typename Make>
OfficeDoc OfSize(uint64_t file_bytes, Make make) {
  uint64_t body = file_bytes;
  OfficeDoc doc = make(body);
  for (int i = 0; i < 6 && doc.bytes.size() < file_bytes * 97 / 100; ++i) {
    body = body * file_bytes / std::max<uint64_t>(doc.bytes.size(), 1) + 1024;
    doc = make(body);
  }
  return doc;
}

}  // namespace

OfficeDoc GenerateTypicalDocx(uint64_t seed, uint64_t file_bytes, bool logo) {
  return OfSize(file_bytes, [&](uint64_t body) { return TypicalDocx(seed, body, logo); });
}

OfficeDoc GenerateReportDocx(uint64_t seed, uint64_t file_bytes) {
  // About 240 KB of each photo: how many reach file_bytes, with 1 MB of text besides.
  uint64_t photos = file_bytes > (1u << 20) ? (file_bytes - (1u << 20)) / 240000 : 0;
  return TypicalDocx(seed, 4u << 20, true, static_cast<int>(photos));
}

OfficeDoc GenerateTypicalXlsx(uint64_t seed, uint64_t file_bytes) {
  return OfSize(file_bytes, [&](uint64_t body) { return TypicalXlsx(seed, body); });
}

OfficeDoc GenerateStringsXlsx(uint64_t seed, uint64_t strings_bytes) {
  return TypicalXlsx(seed, ~uint64_t{0}, strings_bytes, 80);
}

}  // namespace bench
