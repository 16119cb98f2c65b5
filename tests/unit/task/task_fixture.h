#pragma once
// A task bundle written into a fresh temporary folder, for the task layer's unit tests.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/hash.h"
#include "task/metadata.h"

namespace deskbench::task::testing {

inline constexpr const char* kRequest =
    "Please go through the attached budget.xlsx and write a memo on where the second quarter "
    "went over plan, by department, with what you would cut first before the board meeting.\n";

class BundleTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string k = RandomKey();
    root_ = std::filesystem::temp_directory_path() /
            ("deskbench-unit-task-" + ToHex(reinterpret_cast<const uint8_t*>(k.data()), 8));
    dir_ = root_ / "task";
    std::filesystem::create_directories(dir_ / "reference");
    std::filesystem::create_directories(dir_ / "deliverable");
    Metadata m;
    m.id = "q2-memo";
    m.title = "Q2 memo";
    m.occupation = "Financial analyst";
    m.sector = "Logistics";
    m.hours = 4;
    m.month_completed = "2024-07";
    m.contributor_id = "c-1";
    Write("task.toml", MetadataToml(m));
    Write("request.md", kRequest);
    Write("reference/budget.xlsx.csv", "department,plan\nMarketing,120000\n");
  }
  void TearDown() override { std::filesystem::remove_all(root_); }

  void Write(const std::string& rel, const std::string& content) {
    std::filesystem::create_directories((dir_ / rel).parent_path());
    std::ofstream(dir_ / rel, std::ios::binary) << content;
  }

  // Words enough not to look like a summary.
  static std::string LongText(size_t words) {
    std::string s;
    for (size_t i = 0; i < words; ++i) s += "word" + std::to_string(i % 10) + " ";
    return s + "\n";
  }

  std::filesystem::path root_, dir_;
};

}  // namespace deskbench::task::testing
