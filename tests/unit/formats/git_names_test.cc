// File and folder names inside a repository, and what is scanned only for the report, through
// GitDocument with an editor that renames fixed strings. Fixtures are made with the git CLI.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>

#include "formats/git/git_document.h"
#include "formats/registry.h"

namespace deskbench {
namespace {
namespace fs = std::filesystem;

class GitNames : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("deskbench-git-names-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "repo");
    Git("init -q -b main");
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Runs git in the repository with a fixed identity and no user configuration; returns stdout.
  std::string Git(const std::string& args, const fs::path& where = {}) {
    fs::path repo = where.empty() ? dir_ / "repo" : where;
    std::string cmd = "env -i PATH=/usr/bin:/bin HOME=" + dir_.string() +
                      " GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME=A GIT_AUTHOR_EMAIL=a@example.com"
                      " GIT_COMMITTER_NAME=A GIT_COMMITTER_EMAIL=a@example.com git -C '" +
                      repo.string() + "' " + args;
    std::string out;
    FILE* p = popen(cmd.c_str(), "r");
    EXPECT_NE(p, nullptr);
    char buf[4096];
    for (size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
    EXPECT_EQ(pclose(p), 0) << cmd;
    return out;
  }

  void Put(const std::string& path, const std::string& text) {
    fs::path p = dir_ / "repo" / path;
    fs::create_directories(p.parent_path());
    std::ofstream(p) << text;
  }

  // Renames by fixed strings, recording every segment's location in order.
  SegmentEditor Renamer(std::vector<std::string>& seen) {
    return [&seen, this](const Segment& s) {
      seen.emplace_back(s.location);
      std::vector<Edit> edits;
      for (const auto& [from, to] : renames_) {
        for (size_t at = s.text.find(from); at != std::string_view::npos;
             at = s.text.find(from, at + from.size())) {
          edits.push_back({at, at + from.size(), to});
        }
      }
      std::sort(edits.begin(), edits.end(),
                [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
      return edits;
    };
  }

  std::vector<std::string> WriteAndList(bool keep_history, const std::string& rev = "HEAD") {
    FormatOptions options;
    options.keep_history = keep_history;
    git::GitDocument doc(dir_ / "repo", OpenSource, options);
    std::vector<std::string> scanned, written;
    doc.Scan([&](const Segment& s) { scanned.emplace_back(s.location); });
    fs::path out = dir_ / (keep_history ? "out-history" : "out");
    fs::remove_all(out);
    doc.WriteTree(Renamer(written), out);
    EXPECT_EQ(scanned, written) << "Scan and Write must see the same segments in the same order";
    std::vector<std::string> names;
    std::string listing = Git("ls-tree -r -t --name-only " + rev, out);
    for (size_t at = 0, nl; (nl = listing.find('\n', at)) != std::string::npos; at = nl + 1) {
      names.push_back(listing.substr(at, nl - at));
    }
    return names;
  }

  fs::path dir_;
  std::map<std::string, std::string> renames_;
};

TEST_F(GitNames, RenamedNamesNeverTakeAnUntouchedOneAndNeverBecomeDotGit) {
  Put("Olivia_Bennett.md", "renamed\n");
  Put("Alex_Kim.md", "untouched\n");
  Put("Olivia-Bennett/a.txt", "in a renamed folder\n");
  Put("sub/Olivia_Bennett.md", "same name, other folder\n");
  Put("Zed_Zedson", "would be .git\n");
  Git("add .");
  Git("commit -q -m one");
  renames_ = {{"Olivia Bennett", "Alex Kim"}, {"Zed Zedson", ".git"}};
  std::vector<std::string> names = WriteAndList(false);
  EXPECT_EQ(names, (std::vector<std::string>{"Alex-Kim", "Alex-Kim/a.txt", "Alex_Kim-2.md",
                                             "Alex_Kim.md", "_.git", "sub", "sub/Alex_Kim.md"}));
  fs::path out = dir_ / "out";
  EXPECT_EQ(Git("show HEAD:Alex_Kim.md", out), "untouched\n");
  EXPECT_EQ(Git("show HEAD:Alex_Kim-2.md", out), "renamed\n");
  EXPECT_EQ(Git("fsck --strict --no-dangling", out), "");
}

TEST_F(GitNames, EachDistinctNameIsOneSegmentAndHistoryKeepsItsOwnTrees) {
  Put("Olivia_Bennett.md", "first\n");
  Put("sub/Olivia_Bennett.md", "second\n");
  Git("add .");
  Git("commit -q -m one");
  Put("Alex_Kim.md", "added later\n");
  Git("add .");
  Git("commit -q -m two");
  FormatOptions options;
  git::GitDocument doc(dir_ / "repo", OpenSource, options);
  std::vector<std::string> names;
  doc.Scan([&](const Segment& s) {
    if (s.hint == "file name") names.emplace_back(s.location);
  });
  EXPECT_EQ(names, (std::vector<std::string>{"Alex_Kim.md \u203a file name",
                                             "Olivia_Bennett.md \u203a file name",
                                             "sub \u203a file name"}));
  renames_ = {{"Olivia Bennett", "Alex Kim"}};
  // The first commit has no Alex_Kim.md: its renamed file takes the name without a suffix.
  EXPECT_EQ(WriteAndList(true, "HEAD~1"),
            (std::vector<std::string>{"Alex_Kim.md", "sub", "sub/Alex_Kim.md"}));
  EXPECT_EQ(WriteAndList(true),
            (std::vector<std::string>{"Alex_Kim-2.md", "Alex_Kim.md", "sub", "sub/Alex_Kim.md"}));
}

TEST_F(GitNames, StashesReflogsAndRemoteUrlsAreScannedNotWritten) {
  Put("a.txt", "clean\n");
  Git("add .");
  Git("commit -q -m one");
  Put("a.txt", "stashed words\n");
  Git("stash -q");
  Put("b.txt", "undone words\n");
  Git("add b.txt");
  Git("commit -q -m undone-message");
  Git("reset -q --hard HEAD~1");
  Git("remote add origin https://token@example.com/x.git");
  FormatOptions options;
  git::GitDocument doc(dir_ / "repo", OpenSource, options);
  std::map<std::string, std::string> texts;
  doc.Scan([&](const Segment& s) { texts[std::string(s.location)] += s.text; });
  std::string undone = Git("rev-parse --short=10 HEAD@{1}");
  undone.pop_back();
  EXPECT_EQ(texts["stash@{0}:a.txt \u203a line 1"], "stashed words\n");
  EXPECT_EQ(texts["reflog " + undone + ":b.txt \u203a line 1"], "undone words\n");
  EXPECT_EQ(texts["reflog " + undone + " message"], "undone-message\n");
  EXPECT_EQ(texts["remote origin url"], "https://token@example.com/x.git");
  EXPECT_FALSE(texts.contains("b.txt \u203a file name"));  // names left behind are never written
  fs::path out = dir_ / "out";
  doc.WriteTree([](const Segment&) { return std::vector<Edit>{}; }, out);
  // Neither the stashed blob (14 bytes) nor the undone one (13) was written.
  std::string objects = Git("cat-file --batch-all-objects --batch-check", out);
  EXPECT_EQ(objects.find(" blob 14\n"), std::string::npos) << objects;
  EXPECT_EQ(objects.find(" blob 13\n"), std::string::npos) << objects;
  EXPECT_NE(objects.find(" blob 6\n"), std::string::npos) << objects;  // "clean\n" was
}

}  // namespace
}  // namespace deskbench
