#include "formats/notebook/notebook_document.h"

#include <sodium.h>

#include <array>
#include <utility>

#include "core/error.h"
#include "formats/notebook/ansi_text.h"
#include "formats/notebook/home_folders.h"

namespace deskbench::notebook {
namespace {

using nlohmann::json;

// Notebook and cell metadata that records who ran the notebook where and when, not what it says.
constexpr std::array<std::string_view, 8> kPersonalMetadata = {
    "authors", "author", "vscode", "interpreter", "colab", "widgets", "ExecuteTime", "execution",
};

constexpr std::array<std::string_view, 2> kScriptTypes = {"application/javascript",
                                                          "text/javascript"};

std::string Joined(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  std::string out;
  if (v.is_array()) {
    for (const json& line : v) {
      if (line.is_string()) out += line.get_ref<const std::string&>();
    }
  }
  return out;
}

// Back in the shape it had: a list of lines (each keeping its "\n") or one string.
void Store(json& v, const std::string& s) {
  if (!v.is_array()) {
    v = s;
    return;
  }
  json lines = json::array();
  size_t start = 0;
  while (start < s.size()) {
    size_t nl = s.find('\n', start);
    size_t end = nl == std::string::npos ? s.size() : nl + 1;
    lines.push_back(s.substr(start, end - start));
    start = end;
  }
  v = std::move(lines);
}

bool IsTextLike(const json& v) {
  if (v.is_string()) return true;
  if (!v.is_array()) return false;
  for (const json& line : v) {
    if (!line.is_string()) return false;
  }
  return true;
}

std::string Base64Decode(const std::string& text, bool& ok) {
  std::string out(text.size() * 3 / 4 + 3, '\0');
  size_t len = 0;
  ok =
      sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(),
                        text.size(), " \t\r\n", &len, nullptr, sodium_base64_VARIANT_ORIGINAL) == 0;
  out.resize(ok ? len : 0);
  return out;
}

std::string Base64Encode(const std::string& bytes) {
  std::string out(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                    bytes.size(), sodium_base64_VARIANT_ORIGINAL);
  out.resize(out.size() - 1);  // the terminating NUL
  out += '\n';                 // as Jupyter stores it
  return out;
}

void WalkGeneric(
    json& v, const std::string& location, std::string_view hint,
    const std::function<void(std::string&, std::string_view, std::string_view)>& text) {
  if (v.is_string()) {
    text(v.get_ref<std::string&>(), location, hint);
  } else if (v.is_object()) {
    for (auto& [key, value] : v.items()) WalkGeneric(value, location + " \u203a " + key, key, text);
  } else if (v.is_array()) {
    for (size_t i = 0; i < v.size(); ++i) {
      WalkGeneric(v[i], location + "[" + std::to_string(i) + "]", hint, text);
    }
  }
}

// A text value that may be a list of lines.
void WalkText(json& v, const std::string& location, std::string_view hint,
              const std::function<void(std::string&, std::string_view, std::string_view)>& text) {
  if (!IsTextLike(v)) return WalkGeneric(v, location, hint, text);
  std::string joined = Joined(v);
  std::string before = joined;
  text(joined, location, hint);
  if (joined != before) Store(v, joined);
}

std::string Extension(std::string_view mime) {
  if (mime == "text/html") return ".html";
  if (mime == "image/svg+xml") return ".svg";
  if (mime == "image/jpeg") return ".jpg";
  return "." + std::string(mime.substr(mime.find('/') + 1));
}

}  // namespace

NotebookDocument::NotebookDocument(const ByteSource& source, const FormatOptions& options,
                                   MemberOpener opener)
    : name_(source.name()), members_(std::move(opener), options) {
  std::string bytes = source.ReadAll(options.limits.max_document_bytes);
  const uint32_t max_depth = options.limits.max_depth;
  try {
    nb_ = json::parse(bytes, [&](int depth, json::parse_event_t, json&) {
      if (depth > static_cast<int>(max_depth)) {
        throw Refusal(name_, "JSON nested deeper than " + std::to_string(max_depth) + " levels");
      }
      return true;
    });
  } catch (const json::exception& e) {
    throw Refusal(name_, std::string("not valid JSON: ") + e.what());
  }
  if (!nb_.is_object() || !nb_.contains("nbformat") || !nb_["nbformat"].is_number_integer()) {
    throw Refusal(name_, "not a Jupyter notebook (no nbformat)");
  }
  if (nb_["nbformat"].get<int64_t>() != 4) {
    throw Refusal(name_, "nbformat " + nb_["nbformat"].dump() +
                             " notebook: only nbformat 4 is supported (convert it with "
                             "\"jupyter nbconvert --to notebook\")");
  }
  if (!nb_.contains("cells") || !nb_["cells"].is_array()) {
    throw Refusal(name_, "not a Jupyter notebook (no list of cells)");
  }
  for (const json& cell : nb_["cells"]) {
    if (!cell.is_object() || !cell.contains("cell_type") || !cell["cell_type"].is_string()) {
      throw Refusal(name_, "not a Jupyter notebook (a cell has no cell_type)");
    }
    for (std::string_view list : {"outputs", "attachments"}) {
      auto it = cell.find(list);
      if (it != cell.end() && !(list == "outputs" ? it->is_array() : it->is_object())) {
        throw Refusal(name_,
                      "not a Jupyter notebook (cell " + std::string(list) + " of the wrong type)");
      }
    }
  }
  // Removes what is personal and opens the members; later walks see what is left.
  opening_ = true;
  auto ignore = [](std::string&, std::string_view, std::string_view) {};
  Walk(nb_, ignore, [&](json& value, const std::string& name, bool base64) {
    std::string data = Joined(value);
    if (base64) {
      bool ok = false;
      data = Base64Decode(data, ok);
      if (!ok) {
        notes_.push_back({name, "removed: not valid base64"});
        return false;
      }
    }
    size_t i = members_.Add(name, std::move(data));
    if (!members_.refused(i).empty()) return false;  // Members notes why
    member_order_.push_back(i);
    return true;
  });
  opening_ = false;
}

void NotebookDocument::WalkBundle(json& bundle, const std::string& location,
                                  const std::string& name, const TextFn& text,
                                  const MemberFn& member) {
  if (!bundle.is_object()) return WalkGeneric(bundle, location, "output", text);
  std::vector<std::string> removed;
  for (auto& [mime, value] : bundle.items()) {
    bool script = false;
    for (std::string_view s : kScriptTypes) script = script || mime == s;
    if (script && opening_) {
      notes_.push_back({location + " \u203a " + mime, "removed: script output"});
      removed.push_back(mime);
      continue;
    }
    bool image = mime.starts_with("image/") && mime != "image/svg+xml";
    bool markup = mime == "text/html" || mime == "image/svg+xml";
    if ((image || markup) && IsTextLike(value)) {
      if (!member(value, name + Extension(mime), image)) removed.push_back(mime);
      continue;
    }
    WalkText(value, location + " \u203a " + mime, mime, text);
  }
  for (const std::string& mime : removed) bundle.erase(mime);
}

void NotebookDocument::Walk(json& nb, const TextFn& text, const MemberFn& member) {
  auto clean = [&](json& parent, const std::string& location) {
    auto it = parent.find("metadata");
    if (it == parent.end() || !it->is_object()) return;
    if (opening_) {
      for (std::string_view key : kPersonalMetadata) {
        if (it->erase(std::string(key)) > 0) {
          notes_.push_back({location + "metadata." + std::string(key), "removed"});
        }
      }
    }
    WalkGeneric(*it, location + "metadata", "metadata", text);
  };
  clean(nb, "");
  json& cells = nb["cells"];
  for (size_t i = 0; i < cells.size(); ++i) {
    json& cell = cells[i];
    std::string loc = "cell " + std::to_string(i + 1);
    clean(cell, loc + " \u203a ");
    if (auto it = cell.find("source"); it != cell.end()) {
      WalkText(*it, loc + " \u203a source", cell["cell_type"].get_ref<const std::string&>(), text);
    }
    if (auto it = cell.find("attachments"); it != cell.end()) {
      for (auto& [file, bundle] : it->items()) {
        WalkBundle(bundle, loc + " \u203a attachment " + file,
                   "cell-" + std::to_string(i + 1) + "-" + file, text, member);
      }
    }
    auto outputs = cell.find("outputs");
    if (outputs == cell.end()) continue;
    for (size_t j = 0; j < outputs->size(); ++j) {
      json& o = (*outputs)[j];
      if (!o.is_object()) continue;
      std::string oloc = loc + " \u203a output " + std::to_string(j + 1);
      if (auto it = o.find("text"); it != o.end()) WalkText(*it, oloc, "stream output", text);
      if (auto it = o.find("ename"); it != o.end())
        WalkText(*it, oloc + " \u203a ename", "error", text);
      if (auto it = o.find("evalue"); it != o.end())
        WalkText(*it, oloc + " \u203a evalue", "error", text);
      if (auto it = o.find("traceback"); it != o.end() && it->is_array()) {
        for (size_t k = 0; k < it->size(); ++k) {
          WalkText((*it)[k], oloc + " \u203a traceback " + std::to_string(k + 1), "traceback",
                   text);
        }
      }
      if (auto it = o.find("data"); it != o.end()) {
        WalkBundle(*it, oloc, "cell-" + std::to_string(i + 1) + "-output-" + std::to_string(j + 1),
                   text, member);
      }
      if (auto it = o.find("metadata"); it != o.end()) {
        WalkGeneric(*it, oloc + " \u203a metadata", "metadata", text);
      }
    }
  }
}

void NotebookDocument::Scan(const SegmentVisitor& visit) {
  size_t next = 0;
  Walk(
      nb_,
      [&](std::string& raw, std::string_view location, std::string_view hint) {
        AnsiText ansi(raw);
        visit(Segment{ansi.text(), location, hint});
      },
      [&](json&, const std::string&, bool) {
        members_.ScanMember(member_order_[next++], visit);
        return true;
      });
}

void NotebookDocument::Write(const SegmentEditor& edits, Sink& out) {
  json nb = nb_;
  size_t next = 0;
  size_t masked = 0;
  Walk(
      nb,
      [&](std::string& raw, std::string_view location, std::string_view hint) {
        AnsiText ansi(raw);
        std::vector<Edit> e = edits(Segment{ansi.text(), location, hint});
        if (!e.empty()) raw = ansi.Apply(e);
        masked += MaskHomeFolders(raw);
      },
      [&](json& value, const std::string&, bool base64) {
        std::string scrubbed = members_.Write(member_order_[next++], edits);
        if (base64) {
          value = Base64Encode(scrubbed);
        } else {
          Store(value, scrubbed);
        }
        return true;
      });
  home_folders_ = masked;
  out.Write(nb.dump(1, ' ', false, json::error_handler_t::replace));
  out.Write("\n");
}

std::vector<Note> NotebookDocument::Notes() const {
  std::vector<Note> notes = notes_;
  if (home_folders_ > 0) {
    notes.push_back({"home folders", "user names replaced with \"" + std::string(kHomeUser) +
                                         "\" (" + std::to_string(home_folders_) + ")"});
  }
  for (Note& n : members_.Notes()) notes.push_back(std::move(n));
  return notes;
}

}  // namespace deskbench::notebook
