// Bad rows (SPEC 6): strict stops at the first; lenient keeps up to N of them
// for the rejects file and stops past N.
#pragma once

#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "redhare/error.h"

namespace redhare {

struct RejectedRow {
  std::string file;
  uint64_t line = 0;
  std::string reason;
  std::string row;  // the record as read (newlines inside quotes restored)
};

// Shared by the readers of one run; chats and orders are read on two threads,
// so every member is guarded.
class RowErrors {
 public:
  explicit RowErrors(uint64_t max_errors = 0) : max_errors_(max_errors) {}

  // Records a bad row. Throws `error` itself in strict mode, and an InputError
  // "too many bad rows" once more than max_errors were seen.
  void reject(const InputError& error, std::string_view row);

  bool lenient() const { return max_errors_ > 0; }
  uint64_t count() const;
  // The rejects in file order then line order (deterministic whatever the
  // threads did).
  std::vector<RejectedRow> rows() const;
  // `file,line,reason,row` with a header, RFC 4180 quoting.
  std::string rejects_csv() const;
  // Writes rejects_csv() to `path` atomically (atomic_file.h): never half
  // written. Throws UsageError "--rejects path: why" when it cannot.
  void write_rejects(const std::string& path) const;

 private:
  uint64_t max_errors_;
  mutable std::mutex mu_;
  std::vector<RejectedRow> rows_;
  uint64_t count_ = 0;
};

}  // namespace redhare
