#include "redhare/row_errors.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <stdexcept>


namespace redhare {

std::vector<RejectedRow> RowErrors::in_file_order(std::vector<RejectedRow> rows) const {
  // A file's place: its index in file_order_ (the run's inputs: chats,
  // orders, targets, reviews), then files not listed, by name.
  auto rank = [this](const std::string& file) {
    size_t i = 0;
    while (i < file_order_.size() && file_order_[i] != file) ++i;
    return i;
  };
  // Rows of one file arrive in line order; only the interleaving of the two
  // reader threads varies, and a stable sort by file removes it.
  std::stable_sort(rows.begin(), rows.end(), [&](const RejectedRow& a, const RejectedRow& b) {
    size_t ra = rank(a.file), rb = rank(b.file);
    return ra != rb ? ra < rb : a.file < b.file;
  });
  return rows;
}

std::optional<InputError> RowErrors::past_limit() const {
  if (rows_.size() <= max_errors_) return std::nullopt;
  const std::vector<RejectedRow> all = in_file_order(rows_);
  const RejectedRow& r = all[max_errors_];
  return InputError(Location{r.file, r.line, {}},
                    Msg(MsgId::kPastMaxErrors, {std::to_string(max_errors_)}, {r.reason}));
}

void RowErrors::reject(const InputError& error, std::string_view row) {
  if (max_errors_ == 0) throw error;
  std::lock_guard<std::mutex> lock(mu_);
  rows_.push_back(RejectedRow{error.where().file, error.where().line, error.reason(), std::string(row)});
  // Each file keeps up to N+1 bad rows whatever the other thread does, so the
  // (N+1)-th in file order is always among the rows kept.
  if (++per_file_[error.where().file] > max_errors_) throw *past_limit();
}

void RowErrors::enforce_limit() const {
  std::lock_guard<std::mutex> lock(mu_);
  if (std::optional<InputError> e = past_limit()) throw *e;
}

uint64_t RowErrors::count() const {
  std::lock_guard<std::mutex> lock(mu_);
  return std::min<uint64_t>(rows_.size(), max_errors_);
}

std::vector<RejectedRow> RowErrors::rows() const {
  std::vector<RejectedRow> out;
  {
    std::lock_guard<std::mutex> lock(mu_);
    out = rows_;
  }
  out = in_file_order(std::move(out));
  if (out.size() > max_errors_) out.resize(max_errors_);
  return out;
}


}  // namespace redhare
