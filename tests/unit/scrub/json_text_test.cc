#include "scrub/json_text.h"

#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <random>

#include "scrub/report_writers.h"

namespace deskbench {
namespace {

std::string Nlohmann(const nlohmann::ordered_json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string Written(std::string_view s) {
  std::string out;
  json_text::AppendString(out, s);
  return out;
}

TEST(JsonTextTest, StringsAreWrittenAsNlohmannDumpsThem) {
  const std::string cases[] = {
      "",
      "plain",
      "quote \" backslash \\ slash /",
      std::string("\b\t\n\f\r\x01\x1f\x7f", 8),
      std::string("nul \0 inside", 12),
      "caf\xc3\xa9 \xe2\x80\xba \xf0\x9f\x98\x80",
      "\xc3",              // cut short
      "\xc0\xaf",          // overlong
      "\xed\xa0\x80",      // surrogate
      "\xf4\x90\x80\x80",  // past U+10FFFF
      "a\xff"
      "b\xe2\x82"
      "c",  // stray bytes among good ones
  };
  for (const std::string& s : cases) {
    EXPECT_EQ(Written(s), Nlohmann(s))
        << nlohmann::json(s).dump(-1, ' ', true, nlohmann::json::error_handler_t::replace);
  }
}

TEST(JsonTextTest, RandomBytesAreWrittenAsNlohmannDumpsThem) {
  std::mt19937 rng(7);
  // Mostly ASCII with control characters and high bytes mixed in, so both paths are taken.
  std::uniform_int_distribution<int> byte(0, 255), len(0, 24);
  for (int n = 0; n < 20000; ++n) {
    std::string s(len(rng), '\0');
    for (char& c : s) {
      int b = byte(rng);
      c = static_cast<char>(b < 160 ? 0x20 + b % 0x60 : b);
    }
    ASSERT_EQ(Written(s), Nlohmann(s));
  }
}

TEST(JsonTextTest, LongStringsAreWrittenAsNlohmannDumpsThem) {
  // Longer than a word of eight bytes several times over, with the one byte that needs escaping
  // (or is not ASCII) at every position: the plain check reads eight bytes at a time.
  const std::string plain = "The quick brown fox jumps over the lazy dog 0123456789 ~!@#$%^&*()";
  for (char odd : {'"', '\\', '\x1f', '\x7f', '\x80', '\xff', '\0', '\n'}) {
    for (size_t at = 0; at < plain.size(); ++at) {
      std::string s = plain;
      s[at] = odd;
      ASSERT_EQ(Written(s), Nlohmann(s)) << at;
    }
  }
  EXPECT_EQ(Written(plain), "\"" + plain + "\"");
}

TEST(JsonTextTest, NumbersAreWrittenAsNlohmannDumpsThem) {
  for (uint64_t v : {uint64_t{0}, uint64_t{7}, uint64_t{1234567890123}, ~uint64_t{0}}) {
    std::string out;
    json_text::AppendUnsigned(out, v);
    EXPECT_EQ(out, Nlohmann(v));
  }
  for (double v : {0.0, 1.0, 0.85, 0.333, 12.5, 1e-7, 123456789.125}) {
    std::string out;
    json_text::AppendDouble(out, v);
    EXPECT_EQ(out, Nlohmann(v));
  }
  // Formatted doubles are kept in a small table: values that share a slot, and values seen
  // again after others took it, are each still written as themselves.
  for (int round = 0; round < 2; ++round) {
    for (int i = 0; i <= 2000; ++i) {
      double v = i / 1000.0;
      std::string out;
      json_text::AppendDouble(out, v);
      ASSERT_EQ(out, Nlohmann(v)) << v;
      out.clear();
      json_text::AppendDouble(out, -v * 7);
      ASSERT_EQ(out, Nlohmann(-v * 7)) << v;
    }
  }
}

TEST(JsonTextTest, KeysAreSeparatedByCommas) {
  std::string out = "{";
  bool first = true;
  json_text::AppendKey(out, "a", first);
  out += "1";
  json_text::AppendKey(out, "b", first);
  out += "2}";
  EXPECT_EQ(out, R"({"a":1,"b":2})");
}

// The report as the earlier writer made it: one nlohmann object per file and per finding.
std::string ReferenceFileLine(const RunReport& r, const FileReport& f) {
  using nlohmann::ordered_json;
  auto counts = [](const std::array<uint64_t, kEntityCount>& per_type) {
    ordered_json c = ordered_json::object();
    for (size_t t = 0; t < kEntityCount; ++t) {
      if (per_type[t] > 0) c[std::string(EntityName(static_cast<Entity>(t)))] = per_type[t];
    }
    return c;
  };
  auto offset = [](uint64_t v) { return v == kNoOrigin ? ordered_json(nullptr) : ordered_json(v); };
  ordered_json notes = ordered_json::array();
  for (const auto& n : f.notes) notes.push_back({{"part", n.part}, {"action", n.action}});
  ordered_json jf = {{"path", f.path},
                     {"source", f.source},
                     {"format", f.format},
                     {"status", FileStatusName(f.status)},
                     {"reason", f.reason},
                     {"bytes", f.bytes_in},
                     {"finding_count", f.finding_count},
                     {"findings_truncated", f.finding_count > f.findings.size()},
                     {"counts", counts(f.per_type)},
                     {"notes", notes}};
  if (!f.sha256_out.empty()) jf["sha256"] = f.sha256_out;
  std::string line = Nlohmann(jf);
  line.pop_back();
  line += ",\"findings\":[";
  bool first = true;
  for (const auto& x : f.findings) {
    ordered_json j = {{"type", EntityName(x.type)},
                      {"text", x.text},
                      {"action", OperatorName(x.action)},
                      {"score", std::round(static_cast<double>(x.score) * 1000) / 1000},
                      {"recognizer", x.recognizer},
                      {"location", x.location},
                      {"start", offset(x.start)},
                      {"end", offset(x.end)},
                      {"line", x.line},
                      {"column", x.column},
                      {"before", x.before},
                      {"after", x.after},
                      {"value_id", x.value_id},
                      {"identity", x.identity.empty() ? x.value_id : x.identity},
                      {"segment", offset(x.segment)},
                      {"segment_begin", x.segment_begin},
                      {"segment_end", x.segment_end}};
    if (r.command != "scan") j["replacement"] = x.replacement;
    line += first ? "\n      " : ",\n      ";
    first = false;
    line += Nlohmann(j);
  }
  line += first ? "]}" : "\n    ]}";
  return line;
}

RunReport SampleReport(std::string command) {
  RunReport r;
  r.command = std::move(command);
  r.version = "1.0";
  r.started = "2026-11-27T21:00:00Z";
  r.output = "out";
  FileReport f;
  f.path = "a \"quoted\"\tname.docx";
  f.source = "in/a.docx";
  f.format = "docx";
  f.status = FileStatus::kScrubbed;
  f.bytes_in = 51234;
  f.per_type[static_cast<size_t>(Entity::PERSON)] = 2;
  f.per_type[static_cast<size_t>(Entity::EMAIL)] = 1;
  f.finding_count = 4;  // one more than reported: truncated
  f.notes = {{"docProps/core.xml <dc:creator>", "removed"}, {"bad \xff byte", "kept\n"}};
  f.sha256_out = "ab12";
  f.findings.push_back({Entity::PERSON, "Jane Doe", "Mary Major", Operator::kPseudonymize, 0.85f,
                        "names", "word/document.xml › paragraph 3", 120, 128, 4, 17, "Dear ",
                        ",\n\xc3\xa9", "0123456789abcdef", "", 7, 5, 13});
  f.findings.push_back({Entity::EMAIL, "j@x.org", "u1@example.com", Operator::kKeep, 1.0f, "email",
                        "file name", kNoOrigin, kNoOrigin, 0, 0, "", "", "fedcba", "person-1",
                        kNoOrigin, 0, 0});
  f.findings.push_back({Entity::PERSON, "\x01odd\xe2", "X", Operator::kRedact, 0.3333f, "names",
                        "row 2", 5, 9, 1, 1, "", "", "11", "", 0, 0, 4});
  r.files.push_back(f);
  FileReport clean;
  clean.path = "b.txt";
  clean.source = "in/b.txt";
  clean.format = "text";
  r.files.push_back(clean);
  FileReport refused;
  refused.path = "c.pdf";
  refused.status = FileStatus::kRefused;
  refused.reason = "encrypted \"PDF\"";
  r.files.push_back(refused);
  return r;
}

TEST(ReportJsonTest, FilesAndFindingsAreTheBytesNlohmannWrote) {
  for (const char* command : {"scrub", "scan"}) {
    RunReport r = SampleReport(command);
    std::string json = ReportJson(r);
    std::string files;
    for (size_t i = 0; i < r.files.size(); ++i) {
      files += i == 0 ? "\n    " : ",\n    ";
      files += ReferenceFileLine(r, r.files[i]);
    }
    size_t at = json.find("\"files\": [");
    ASSERT_NE(at, std::string::npos);
    EXPECT_EQ(json.substr(at + 10), files + "\n  ]\n}\n") << command;
    auto parsed = nlohmann::json::parse(json);  // and it is JSON
    EXPECT_EQ(parsed["files"][0]["findings"].size(), 3u);
    EXPECT_EQ(parsed["files"][0]["findings"][0].contains("replacement"),
              std::string(command) == "scrub");
  }
}

TEST(ReportJsonTest, StreamedReportIsTheSameAsTheString) {
  RunReport r = SampleReport("scrub");
  // Enough findings that the writer hands the sink several pieces.
  for (int i = 0; i < 2000; ++i) r.files[0].findings.push_back(r.files[0].findings[0]);
  StringSink sink;
  WriteReportJson(r, sink);
  EXPECT_EQ(sink.data(), ReportJson(r));
  EXPECT_TRUE(nlohmann::json::accept(sink.data()));
}

}  // namespace
}  // namespace deskbench
