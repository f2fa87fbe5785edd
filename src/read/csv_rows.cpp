#include "redhare/csv_rows.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>

#include "redhare/error.h"

namespace redhare {

namespace {

using Trim = io::trim_chars<' ', '\t'>;
using Quote = io::double_quote_escape<',', '"'>;

// Fields in a record, honouring quotes (only on the error path).
size_t count_fields(std::string_view r) {
  size_t n = 1;
  bool q = false;
  for (char c : r) {
    if (c == '"')
      q = !q;
    else if (c == ',' && !q)
      ++n;
  }
  return n;
}

void restore_newlines(char* p, size_t n) {
  for (char* e = p + n; (p = static_cast<char*>(std::memchr(p, kPlaceholder, static_cast<size_t>(e - p))));
       ++p)
    *p = '\n';
}

}  // namespace

CsvRows::CsvRows(const std::string& name, std::unique_ptr<ByteSource> source)
    : name_(name), lines_(name, std::move(source)) {
  if (!next()) throw InputError(Location{name_, 0, {}}, "empty file: expected a header row");
  // The header: split every field.
  std::vector<int> all(count_fields(std::string_view(record_, record_len_)));
  for (size_t i = 0; i < all.size(); ++i) all[i] = static_cast<int>(i);
  set_columns(all, all.size());
  split();
  for (size_t i = 0; i < all.size(); ++i) header_.emplace_back(fields_[i]);
}

void CsvRows::set_columns(std::vector<int> order, size_t columns) {
  order_ = std::move(order);
  cols_.assign(columns, nullptr);
  fields_.assign(columns, {});
}

bool CsvRows::next() {
  for (;;) {
    char* r = lines_.next_line();
    if (!r) return false;
    line_ = next_line_;
    record_ = r;
    record_len_ = std::strlen(r);
    placeholders_ = static_cast<size_t>(std::count(r, r + record_len_, kPlaceholder));
    next_line_ = line_ + 1 + placeholders_;
    if (record_len_ > 0) return true;  // blank lines are not rows
  }
}

void CsvRows::split() {
  raw_.assign(record_, record_len_);
  std::fill(cols_.begin(), cols_.end(), nullptr);
  try {
    io::detail::parse_line<Trim, Quote>(record_, cols_.data(), order_);
  } catch (const io::error::base&) {
    throw InputError(Location{name_, line_, {}},
                     fmt::format("expected {} fields, found {}", order_.size(), count_fields(raw_)));
  }
  for (size_t c = 0; c < cols_.size(); ++c) {
    if (!cols_[c]) {
      fields_[c] = {};
      continue;
    }
    size_t n = std::strlen(cols_[c]);
    if (placeholders_) restore_newlines(cols_[c], n);
    fields_[c] = std::string_view(cols_[c], n);
  }
}

std::string CsvRows::row_text() const {
  std::string s = raw_;
  std::replace(s.begin(), s.end(), kPlaceholder, '\n');
  return s;
}

}  // namespace redhare
