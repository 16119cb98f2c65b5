#include "formats/file_name.h"

#include <gtest/gtest.h>

namespace deskbench {
namespace {

TEST(FileName, ReplacementsTakeTheSeparatorOfTheWordsTheyReplace) {
  EXPECT_EQ(FileNameText("clients/Jane_Doe-CV.md"), "clients/Jane Doe CV.md");
  EXPECT_EQ(ApplyFileNameEdits("Jane_Doe_CV.md", {{0, 8, "Alex Kim"}}), "Alex_Kim_CV.md");
  EXPECT_EQ(ApplyFileNameEdits("Jane-Doe.txt", {{0, 8, "Alex Kim"}}), "Alex-Kim.txt");
  EXPECT_EQ(ApplyFileNameEdits("Jane Doe.txt", {{0, 8, "Alex Kim"}}), "Alex Kim.txt");
  // One word replaced by two: the name's own separator.
  EXPECT_EQ(ApplyFileNameEdits("2024-notes-Jane.txt", {{11, 15, "Alex Kim"}}),
            "2024-notes-Alex-Kim.txt");
  EXPECT_EQ(ApplyFileNameEdits("notes for Jane.txt", {{10, 14, "Alex Kim"}}),
            "notes for Alex Kim.txt");
  EXPECT_EQ(ApplyFileNameEdits("a_b-Jane.txt", {{4, 8, "Alex Kim"}}), "a_b-Alex_Kim.txt");
}

TEST(FileName, UniqueNamesKeepTheExtensionAndTheFolderMark) {
  std::set<std::string> taken;
  EXPECT_EQ(UniqueFileName("dir/a.txt", taken), "dir/a.txt");
  EXPECT_EQ(UniqueFileName("dir/a.txt", taken), "dir/a-2.txt");
  EXPECT_EQ(UniqueFileName("dir/a.txt", taken), "dir/a-3.txt");
  EXPECT_EQ(UniqueFileName("v1.d/", taken), "v1.d/");
  EXPECT_EQ(UniqueFileName("v1.d/", taken), "v1.d-2/");
  EXPECT_EQ(UniqueFileName("Alex_Kim", taken), "Alex_Kim");
  EXPECT_EQ(UniqueFileName("Alex_Kim", taken), "Alex_Kim-2");
}

}  // namespace
}  // namespace deskbench
