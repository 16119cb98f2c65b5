#include "task/metadata.h"

#include <toml++/toml.h>

#include <cmath>
#include <regex>
#include <sstream>

#include "core/atomic_file.h"
#include "core/error.h"

namespace deskbench::task {
namespace fs = std::filesystem;

namespace {

[[noreturn]] void Fail(const fs::path& file, const toml::node* node, const std::string& what) {
  std::string where = file.string();
  if (node != nullptr && node->source().begin.line > 0) {
    where += ":" + std::to_string(node->source().begin.line);
  }
  throw UsageError(where + ": " + what);
}

std::string String(const fs::path& file, const toml::node& node, std::string_view key) {
  auto s = node.value<std::string>();
  if (!node.is_string() || !s) Fail(file, &node, std::string(key) + " must be a string");
  return *s;
}

// A TOML basic string: quotes, backslashes and control characters escaped.
std::string Quote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out.push_back('\\');
      out.push_back(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (u < 0x20 || u == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04X", u);
      out += buf;
    } else {
      out.push_back(c);
    }
  }
  out.push_back('"');
  return out;
}

// Text view values live on one line each.
std::string OneLine(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

}  // namespace

Metadata ParseMetadata(std::string_view text, const fs::path& file) {
  toml::table root;
  try {
    root = toml::parse(text, file.string());
  } catch (const toml::parse_error& e) {
    throw UsageError(file.string() + ":" + std::to_string(e.source().begin.line) + ": " +
                     std::string(e.description()));
  }
  Metadata m;
  m.schema_version = 0;
  for (auto&& [k, v] : root) {
    std::string_view key = k.str();
    if (key == "schema_version") {
      auto n = v.value<int64_t>();
      if (!v.is_integer() || !n) Fail(file, &v, "schema_version must be a whole number");
      if (*n != kSchemaVersion) {
        Fail(file, &v,
             "schema_version " + std::to_string(*n) + " is not supported (this deskbench reads " +
                 std::to_string(kSchemaVersion) + ")");
      }
      m.schema_version = static_cast<int>(*n);
    } else if (key == "id") {
      m.id = String(file, v, key);
    } else if (key == "title") {
      m.title = String(file, v, key);
    } else if (key == "occupation") {
      m.occupation = String(file, v, key);
    } else if (key == "onet_soc") {
      m.onet_soc = String(file, v, key);
    } else if (key == "sector") {
      m.sector = String(file, v, key);
    } else if (key == "hours") {
      auto h = v.value<double>();
      if (!(v.is_integer() || v.is_floating_point()) || !h) {
        Fail(file, &v, "hours must be a number (hours the work took, e.g. 6 or 2.5)");
      }
      m.hours = *h;
    } else if (key == "month_completed") {
      m.month_completed = String(file, v, key);
    } else if (key == "language") {
      m.language = String(file, v, key);
    } else if (key == "contributor_id") {
      m.contributor_id = String(file, v, key);
    } else if (key == "tags") {
      const toml::array* arr = v.as_array();
      if (arr == nullptr) Fail(file, &v, "tags must be an array of strings");
      for (const toml::node& item : *arr) {
        auto s = item.value<std::string>();
        if (!item.is_string() || !s) Fail(file, &item, "tags must hold only strings");
        m.tags.push_back(*s);
      }
    } else {
      Fail(file, &v,
           "unknown key \"" + std::string(key) + "\" (see docs/task-format.md for the fields)");
    }
  }
  if (m.schema_version == 0) {
    Fail(file, nullptr, "schema_version is missing (add schema_version = 1 at the top)");
  }
  return m;
}

Metadata LoadMetadata(const fs::path& file) {
  std::string text;
  try {
    text = ReadFile(file, 1 << 20);
  } catch (const FileError& e) {
    throw UsageError(e.what());
  }
  return ParseMetadata(text, file);
}

std::string MetadataToml(const Metadata& m) {
  std::ostringstream s;
  s << "# deskbench task (docs/task-format.md)\n";
  s << "schema_version = " << m.schema_version << "\n";
  s << "id = " << Quote(m.id) << "\n";
  s << "title = " << Quote(m.title) << "\n";
  s << "occupation = " << Quote(m.occupation) << "\n";
  if (!m.onet_soc.empty()) s << "onet_soc = " << Quote(m.onet_soc) << "\n";
  s << "sector = " << Quote(m.sector) << "\n";
  char hours[32];
  std::snprintf(hours, sizeof hours, "%.10g", m.hours);
  std::string h = hours;
  // TOML tells integers from floats; hours is always written as a float.
  if (h.find_first_of(".eEn") == std::string::npos) h += ".0";
  s << "hours = " << h << "\n";
  s << "month_completed = " << Quote(m.month_completed) << "\n";
  s << "language = " << Quote(m.language) << "\n";
  s << "contributor_id = " << Quote(m.contributor_id) << "\n";
  s << "tags = [";
  for (size_t i = 0; i < m.tags.size(); ++i) s << (i ? ", " : "") << Quote(m.tags[i]);
  s << "]\n";
  return s.str();
}

std::vector<std::string> ValidateMetadata(const Metadata& m) {
  std::vector<std::string> problems;
  static const std::regex id_shape("[a-z0-9][a-z0-9_-]{0,79}");
  static const std::regex onet_shape("[0-9]{2}-[0-9]{4}\\.[0-9]{2}");
  static const std::regex month_shape("[0-9]{4}-(0[1-9]|1[0-2])");
  static const std::regex language_shape("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
  if (!std::regex_match(m.id, id_shape)) {
    problems.push_back(
        "id \"" + m.id +
        "\" must be 1 to 80 lower-case letters, digits, '-' or '_' (it names the pack): set id "
        "in task.toml");
  }
  auto required = [&](const std::string& value, const char* key, const char* what) {
    bool blank = value.find_first_not_of(" \t\r\n") == std::string::npos;
    if (blank) {
      problems.push_back(std::string(key) + " is empty: set " + key + " in task.toml (" + what +
                         ")");
    }
  };
  required(m.title, "title", "a short name for the task");
  required(m.occupation, "occupation", "the job the work was done in, e.g. \"logistics analyst\"");
  required(m.sector, "sector", "the industry, e.g. \"transportation\"");
  if (!m.onet_soc.empty() && !std::regex_match(m.onet_soc, onet_shape)) {
    problems.push_back("onet_soc \"" + m.onet_soc +
                       "\" is not an O*NET-SOC code (NN-NNNN.NN, e.g. 13-1081.02): fix it or "
                       "remove the line");
  }
  if (!std::regex_match(m.month_completed, month_shape)) {
    problems.push_back("month_completed \"" + m.month_completed +
                       "\" must be the month the work was finished as YYYY-MM, e.g. 2023-03");
  }
  if (!std::regex_match(m.language, language_shape)) {
    problems.push_back("language \"" + m.language +
                       "\" must be a language tag such as en, de or pt-BR");
  }
  static const std::regex contributor_shape("[A-Za-z0-9_-]{0,64}");
  if (!std::regex_match(m.contributor_id, contributor_shape)) {
    problems.push_back("contributor_id \"" + m.contributor_id +
                       "\" must be the id the collection server gave you (letters, digits, '-', "
                       "'_'), never your name");
  }
  if (!std::isfinite(m.hours) || m.hours < 0) {
    problems.push_back("hours must be a positive number of hours the work took");
  }
  return problems;
}

std::string MetadataTextView(const Metadata& m) {
  std::string out;
  out += "title: " + OneLine(m.title) + "\n";
  out += "occupation: " + OneLine(m.occupation) + "\n";
  out += "sector: " + OneLine(m.sector) + "\n";
  for (const auto& t : m.tags) out += "tag: " + OneLine(t) + "\n";
  return out;
}

Metadata ApplyTextView(Metadata m, std::string_view view) {
  Metadata fresh = m;
  fresh.tags.clear();
  bool title = false, occupation = false, sector = false;
  std::istringstream lines{std::string(view)};
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty()) continue;
    auto colon = line.find(": ");
    if (colon == std::string::npos) {
      throw UsageError("task.toml: the scrubbed text of its fields lost its shape: \"" + line +
                       "\"");
    }
    std::string key = line.substr(0, colon), value = line.substr(colon + 2);
    if (key == "title") {
      fresh.title = value, title = true;
    } else if (key == "occupation") {
      fresh.occupation = value, occupation = true;
    } else if (key == "sector") {
      fresh.sector = value, sector = true;
    } else if (key == "tag") {
      fresh.tags.push_back(value);
    } else {
      throw UsageError("task.toml: unexpected field \"" + key + "\" in the scrubbed text");
    }
  }
  if (!title || !occupation || !sector || fresh.tags.size() != m.tags.size()) {
    throw UsageError("task.toml: the scrubbed text of its fields lost a field");
  }
  return fresh;
}

std::string IdFromTitle(std::string_view title) {
  std::string id;
  for (char c : title) {
    auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) && u < 0x80) {
      id.push_back(static_cast<char>(std::tolower(u)));
    } else if (!id.empty() && id.back() != '-') {
      id.push_back('-');
    }
    if (id.size() >= 60) break;
  }
  while (!id.empty() && id.back() == '-') id.pop_back();
  return id.empty() ? "task" : id;
}

}  // namespace deskbench::task
