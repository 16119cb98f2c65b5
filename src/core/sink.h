#pragma once
// Where a writer puts bytes: a file being written atomically, or memory in tests.

#include <string>
#include <string_view>

namespace deskbench {

class Sink {
 public:
  virtual ~Sink() = default;
  virtual void Write(std::string_view bytes) = 0;
};

class StringSink : public Sink {
 public:
  void Write(std::string_view bytes) override { data_.append(bytes); }
  const std::string& data() const { return data_; }
  std::string Take() { return std::move(data_); }

 private:
  std::string data_;
};

}  // namespace deskbench
