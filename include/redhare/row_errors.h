// Bad rows (SPEC 6): strict stops at the first; lenient keeps up to N of them
// for the rejects file and stops past N.
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "redhare/error.h"

namespace redhare {

struct RejectedRow {
  std::string file;
  uint64_t line = 0;
  Msg reason;  // worded by the output stage, in the run's language
  std::string row;  // the record as read (newlines inside quotes restored)
};

// Shared by the readers of one run; chats and orders are read on two threads,
// so every member is guarded.
class RowErrors {
 public:
  explicit RowErrors(uint64_t max_errors = 0) : max_errors_(max_errors) {}

  // The order of the run's files (read_inputs: chats, orders, targets,
  // reviews) for rows() and enforce_limit(); files not listed come after, by
  // name. Set before the readers start.
  void set_file_order(std::vector<std::string> files) { file_order_ = std::move(files); }

  // Records a bad row. Throws `error` itself in strict mode. Lenient, once
  // the row's own file has more than max_errors bad rows, throws what
  // enforce_limit() would: that reader stops, and the row named is final
  // unless another reader thread is still running (see enforce_limit()).
  void reject(const InputError& error, std::string_view row);
  // Lenient: throws InputError "... (more than --max-errors N bad rows;
  // stopping)" for the (N+1)-th bad row in file then line order, if there is
  // one. Called when the readers are done, so the row named does not depend on
  // which of two reader threads ran ahead.
  void enforce_limit() const;

  bool lenient() const { return max_errors_ > 0; }
  uint64_t max_errors() const { return max_errors_; }
  // Bad rows skipped: at most max_errors.
  uint64_t count() const;
  // The skipped rows (at most max_errors) in file order, then line order:
  // what the rejects file (rejects.h, output stage) lists.
  std::vector<RejectedRow> rows() const;

 private:
  std::vector<RejectedRow> in_file_order(std::vector<RejectedRow> rows) const;
  // The error naming the (N+1)-th bad row in file order, if any (mu_ held).
  std::optional<InputError> past_limit() const;

  uint64_t max_errors_;
  std::vector<std::string> file_order_;
  mutable std::mutex mu_;
  std::vector<RejectedRow> rows_;             // in arrival order
  std::map<std::string, uint64_t> per_file_;  // bad rows per file
};

}  // namespace redhare
