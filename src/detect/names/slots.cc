#include "detect/names/slots.h"

#include <array>

#include "core/ascii.h"
#include "detect/names/cues.h"
#include "detect/names/hint.h"
#include "detect/validators/spelled_email.h"

namespace deskbench::names {

namespace {

constexpr size_t kMaxLine = 240;  // further than this from a line break, no slot is looked for

// Labels of a field that holds people, beyond what ClassifyHint knows from column names.
constexpr std::array<std::string_view, 30> kPersonLabels = {
    "from",         "to",          "cc",          "bcc",          "reply to",     "attendees",
    "participants", "present",     "invitees",    "maintainer",   "maintainers",  "authors",
    "assigned to",  "approved by", "prepared by", "prepared for", "submitted by", "requested by",
    "reported by",  "signed by",   "reviewed by", "written by",   "owners",       "reviewers",
    "bill to",      "ship to",     "attn",        "attention",    "lead",         "speaker"};
constexpr std::array<std::string_view, 16> kSignOffs = {
    "thanks",       "thank you",    "regards",     "best",       "best regards",    "kind regards",
    "warm regards", "many thanks",  "cheers",      "sincerely",  "yours sincerely", "yours truly",
    "all the best", "respectfully", "best wishes", "with thanks"};
constexpr std::array<std::string_view, 21> kSalutations = {
    "hi",       "hello",    "hey",     "dear",    "morning",    "afternoon", "bonjour",
    "bonsoir",  "cher",     "chère",   "hallo",   "liebe",      "lieber",    "hola",
    "estimado", "estimada", "querido", "querida", "buongiorno", "ciao",      "beste"};

bool Space(char c) {
  return c == ' ' || c == '\t' || c == '\r';
}

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && Space(s.front())) s.remove_prefix(1);
  while (!s.empty() && Space(s.back())) s.remove_suffix(1);
  return s;
}

// Lower-cases the letters of s into buf with single spaces between words ("Reply-To" ->
// "reply to", "Prepared  by" -> "prepared by"); empty when s holds anything but words.
std::string_view Words(std::string_view s, char* buf, size_t cap) {
  size_t n = 0;
  bool gap = false;
  for (char c : s) {
    if (ascii::IsAlpha(c)) {
      if (gap && n > 0) {
        if (n + 1 >= cap) return {};
        buf[n++] = ' ';
      }
      gap = false;
      if (n >= cap) return {};
      buf[n++] = ascii::ToLower(c);
    } else if (c == ' ' || c == '-' || c == '_' || c == '\t') {
      gap = true;
    } else {
      return {};
    }
  }
  return {buf, n};
}

// A field label: "From", "# Author", "// Maintainer", "\"name\"", "  owner", "Prepared by".
bool PersonLabel(std::string_view label) {
  size_t i = 0;
  while (i < label.size() && !ascii::IsAlpha(label[i])) {
    char c = label[i];
    if (c != ' ' && c != '\t' && c != '#' && c != '/' && c != '*' && c != '-' && c != '"' &&
        c != '\'' && c != '>' && c != ';') {
      return false;
    }
    ++i;
  }
  label = label.substr(i);
  while (!label.empty() && (Space(label.back()) || label.back() == '"' || label.back() == '\'')) {
    label.remove_suffix(1);
  }
  if (label.empty() || label.size() > 32) return false;
  char buf[40];
  std::string_view words = Words(label, buf, sizeof buf);
  if (words.empty()) return false;
  return In(words, kPersonLabels) || ClassifyHint(label).person;
}

// The text after the slot's words allows them to be the whole value.
enum class After { kEnd, kAddress, kList, kRole, kColon, kOther };

After Follows(std::string_view after) {
  std::string_view a = TrimSpaces(after);
  if (!a.empty() && a.front() == '"') a = TrimSpaces(a.substr(1));  // "Jane Doe" <jd@...>
  if (a.empty()) return After::kEnd;
  if (a.front() == '<') {
    size_t close = a.find('>');
    std::string_view inside = a.substr(1, close == std::string_view::npos ? a.size() : close - 1);
    if (inside.find('@') != std::string_view::npos) return After::kAddress;
    // Spelled out against harvesters: <nick(dot)treleaven(at)btinternet(dot)com>.
    if (close != std::string_view::npos && validators::ParseSpelledEmail(inside)) {
      return After::kAddress;
    }
    return After::kOther;
  }
  if (a.front() == ',' || a.front() == ';' || a.front() == '}') return After::kList;
  if (a.front() == '(') return After::kRole;
  if (a.front() == ':' && (a.size() == 1 || a[1] == ' ')) return After::kColon;
  return After::kOther;
}

// 0: no list item; 1: a list item; 2: a checklist item.
int ListItemStart(std::string_view before) {
  std::string_view b = TrimSpaces(before);
  if (b.empty()) return false;
  if (b.front() == '-' || b.front() == '*' || b.front() == '+') {
    b = TrimSpaces(b.substr(1));
  } else if (b.size() >= 2 && b.size() <= 4 && ascii::IsDigit(b.front()) &&
             (b.back() == '.' || b.back() == ')')) {
    return 1;  // "1. X will ..."
  } else {
    return 0;
  }
  if (b.empty()) return 1;
  return b.size() == 3 && b[0] == '[' && b[2] == ']' && (b[1] == ' ' || b[1] == 'x' || b[1] == 'X')
             ? 2
             : 0;
}

bool ActionVerbAfter(std::string_view after) {
  return after.starts_with(" to ") || after.starts_with(" will ") || after.starts_with(" owns ") ||
         after.starts_with(" - ") || after.starts_with(": ");
}

// The line before the one starting at line_begin, without its line break.
std::string_view PreviousLine(std::string_view text, size_t line_begin) {
  if (line_begin == 0) return {};
  size_t end = line_begin - 1;  // the '\n'
  size_t start = end;
  while (start > 0 && text[start - 1] != '\n' && end - start < kMaxLine) --start;
  if (start > 0 && text[start - 1] != '\n') return {};
  return text.substr(start, end - start);
}

// The line holding text[begin, end): where it starts and ends, looked for no further than
// kMaxLine away; at_line when its start was found.
struct LineAround {
  size_t begin, end;
  bool at_line;
};
LineAround LineOf(std::string_view text, size_t begin, size_t end) {
  size_t ls = begin;
  while (ls > 0 && text[ls - 1] != '\n' && begin - ls <= kMaxLine) --ls;
  size_t le = end;
  while (le < text.size() && text[le] != '\n' && le - end <= kMaxLine) ++le;
  return {ls, le, ls == 0 || text[ls - 1] == '\n'};
}

// A sign-off line ("Best regards,", "Thanks!") or a signature's "--".
bool SignOffLine(std::string_view line) {
  line = TrimSpaces(line);
  if (line == "--") return true;
  if (!line.empty() && (line.back() == ',' || line.back() == '!')) line.remove_suffix(1);
  char buf[24];
  return In(Words(line, buf, sizeof buf), kSignOffs);
}

// Words of job titles, lower case: a line under a signature's name holding one is its title.
constexpr std::string_view kJobWords[] = {
    "manager",      "director",      "engineer",     "accountant",
    "analyst",      "consultant",    "counsel",      "attorney",
    "lawyer",       "solicitor",     "barrister",    "paralegal",
    "officer",      "president",     "vp",           "ceo",
    "cfo",          "coo",           "cto",          "cio",
    "partner",      "associate",     "specialist",   "coordinator",
    "assistant",    "administrator", "advisor",      "adviser",
    "architect",    "designer",      "developer",    "scientist",
    "researcher",   "nurse",         "physician",    "surgeon",
    "pharmacist",   "therapist",     "psychologist", "teacher",
    "professor",    "lecturer",      "editor",       "writer",
    "producer",     "agent",         "broker",       "clerk",
    "secretary",    "supervisor",    "technician",   "representative",
    "executive",    "head",          "chief",        "founder",
    "owner",        "principal",     "controller",   "auditor",
    "economist",    "planner",       "surveyor",     "buyer",
    "recruiter",    "trainee",       "intern",       "chairman",
    "chair",        "treasurer",     "underwriter",  "actuary",
    "banker",       "trader",        "strategist",   "programmer",
    "statistician", "librarian",     "inspector",    "chemist",
    "geologist",    "dentist",       "midwife",      "paramedic"};

// A job title's line: short, words only (a comma, slash, '&', '(' or '.' between them), one of
// them a job word.
bool TitleLine(std::string_view line) {
  line = TrimSpaces(line);
  if (line.size() < 2 || line.size() > 80) return false;
  bool job = false;
  for (size_t i = 0; i < line.size();) {
    const char c = line[i];
    if (ascii::IsDigit(c) || c == ':' || c == '@' || c == '<') return false;
    if (!ascii::IsAlpha(c)) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < line.size() && ascii::IsAlpha(line[j])) ++j;
    char buf[16];
    const std::string_view word = Words(line.substr(i, j - i), buf, sizeof buf);
    for (std::string_view w : kJobWords) job |= word == w;
    i = j;
  }
  return job;
}

// A signature's name line: a few words of letters, no label, address or number.
bool NameLine(std::string_view line) {
  line = TrimSpaces(line);
  if (line.size() < 2 || line.size() > 60 || !ascii::IsUpper(line[0])) return false;
  for (char c : line) {
    if (ascii::IsDigit(c) || c == ':' || c == '@' || c == ',') return false;
  }
  return true;
}

}  // namespace

bool SignatureOrgSlot(std::string_view text, size_t begin, size_t end) {
  if (begin >= end || end > text.size()) return false;
  const auto [ls, le, at_line] = LineOf(text, begin, end);
  if (!at_line) return false;
  std::string_view after = TrimSpaces(text.substr(end, le - end));
  if (!after.empty() && after != ".") return false;
  std::string_view before = text.substr(ls, begin - ls);
  std::string_view title, name, sign_off;
  if (TrimSpaces(before).empty()) {
    // Alone on its line, under the title: sign-off, name, title, organisation.
    title = PreviousLine(text, ls);
    if (title.data() == nullptr) return false;
    name = PreviousLine(text, static_cast<size_t>(title.data() - text.data()));
    if (name.data() == nullptr) return false;
    sign_off = PreviousLine(text, static_cast<size_t>(name.data() - text.data()));
  } else {
    // After the title on its line: "Head of Finance, Northwind Traders".
    bool separated = false;
    for (std::string_view sep : {", ", " | ", " - ", " at ", " \xE2\x80\x93 "}) {
      if (before.ends_with(sep)) {
        title = before.substr(0, before.size() - sep.size());
        separated = true;
        break;
      }
    }
    if (!separated) return false;
    name = PreviousLine(text, ls);
    if (name.data() == nullptr) return false;
    sign_off = PreviousLine(text, static_cast<size_t>(name.data() - text.data()));
  }
  return TitleLine(title) && NameLine(name) && SignOffLine(sign_off);
}

Slot PersonSlot(std::string_view text, size_t begin, size_t end) {
  if (begin >= end || end > text.size()) return Slot::kNone;
  const auto [ls, le, at_line] = LineOf(text, begin, end);
  std::string_view before = text.substr(ls, begin - ls);
  std::string_view after = text.substr(end, le - end);
  After follows = Follows(after);

  std::string_view b = TrimSpaces(before);
  if (!b.empty() && b.back() == '"') b = TrimSpaces(b.substr(0, b.size() - 1));

  // "Jane Doe <jd@x.com>" after a label, a separator or nothing.
  if (follows == After::kAddress &&
      (b.empty() || b.back() == ':' || b.back() == ',' || b.back() == ';')) {
    return Slot::kHeader;
  }
  if (!at_line) return Slot::kNone;

  bool alone = follows == After::kEnd || follows == After::kAddress || follows == After::kRole;
  // "Owner: X", "Attendees: A, B, X (Org)", {"id": 7, "name": "X"}.
  size_t colon = b.rfind(':');
  if (colon != std::string_view::npos && follows != After::kColon && follows != After::kOther) {
    size_t sep = b.find_last_of(",{", colon);
    size_t from = sep == std::string_view::npos ? 0 : sep + 1;
    if (!PersonLabel(b.substr(from, colon - from))) return Slot::kNone;
    std::string_view value = TrimSpaces(b.substr(colon + 1));
    if (value.empty() || value.back() == ',' || value.back() == ';') return Slot::kHeader;
    return Slot::kNone;
  }
  if (b.empty()) {
    if (follows == After::kColon) return Slot::kHeader;  // a speaker: "Jane Doe: we agreed..."
    if (alone) {
      // "Bill to:\nX", "Best regards,\nX", "--\nX".
      std::string_view prev = TrimSpaces(PreviousLine(text, ls));
      if (!prev.empty() && prev.back() == ':' && PersonLabel(prev.substr(0, prev.size() - 1))) {
        return Slot::kHeader;
      }
      if (SignOffLine(prev)) return Slot::kHeader;
    }
    return Slot::kNone;
  }
  // "Hi X," "Dear X" alone on the line, or "Hi X, can you ..." as a short message starts.
  char buf[16];
  std::string_view lead = Words(b, buf, sizeof buf);
  if (In(lead, kSalutations) || lead == "good morning" || lead == "good afternoon") {
    std::string_view a = TrimSpaces(after);
    if (a.empty() || a == "," || a == "!" || a == ":") return Slot::kGreeting;
    if (a.size() > 2 && (a[0] == ',' || a[0] == '!') && a[1] == ' ') return Slot::kGreeting;
    return Slot::kNone;
  }
  int item = ListItemStart(before);
  if (item > 0 && ActionVerbAfter(after)) return item == 2 ? Slot::kTaskItem : Slot::kActionItem;
  return Slot::kNone;
}

}  // namespace deskbench::names
