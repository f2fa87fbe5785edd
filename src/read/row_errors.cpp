#include "redhare/row_errors.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace redhare {

void RowErrors::reject(const InputError& error, std::string_view row) {
  if (max_errors_ == 0) throw error;
  std::lock_guard<std::mutex> lock(mu_);
  ++count_;
  if (count_ > max_errors_)
    throw InputError(error.where(), fmt::format("{} (more than --max-errors {} bad rows; stopping)",
                                                error.reason(), max_errors_));
  rows_.push_back(RejectedRow{error.where().file, error.where().line, error.reason(), std::string(row)});
}

uint64_t RowErrors::count() const {
  std::lock_guard<std::mutex> lock(mu_);
  return std::min(count_, max_errors_);
}

std::vector<RejectedRow> RowErrors::rows() const {
  std::vector<RejectedRow> out;
  {
    std::lock_guard<std::mutex> lock(mu_);
    out = rows_;
  }
  // Rows of one file arrive in line order; only the interleaving of the two
  // reader threads varies, and a stable sort by file removes it.
  std::stable_sort(out.begin(), out.end(),
                   [](const RejectedRow& a, const RejectedRow& b) { return a.file < b.file; });
  return out;
}

namespace {

void csv_field(std::string* out, std::string_view v) {
  if (v.find_first_of(",\"\r\n") == std::string_view::npos) {
    out->append(v);
    return;
  }
  out->push_back('"');
  for (char c : v) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

}  // namespace

std::string RowErrors::rejects_csv() const {
  std::string out = "file,line,reason,row\n";
  for (const RejectedRow& r : rows()) {
    csv_field(&out, r.file);
    out += fmt::format(",{},", r.line);
    csv_field(&out, r.reason);
    out.push_back(',');
    csv_field(&out, r.row);
    out.push_back('\n');
  }
  return out;
}

void RowErrors::write_rejects(const std::string& path) const {
  std::string text = rejects_csv();
  std::string tmp = path + ".tmp";
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f)
    throw InputError(Location{path, 0, {}}, fmt::format("cannot write rejects: {}", std::strerror(errno)));
  bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
  ok = std::fclose(f) == 0 && ok;
  if (!ok || std::rename(tmp.c_str(), path.c_str()) != 0) {
    int e = errno;
    std::remove(tmp.c_str());
    throw InputError(Location{path, 0, {}}, fmt::format("cannot write rejects: {}", std::strerror(e)));
  }
}

}  // namespace redhare
