// FileReader: one input file's rows with the rules every input shares (SPEC
// 1 and 6): columns found by name, bad rows to RowErrors with `file:line`,
// the row account. Private to the read stage: inputs.cpp reads chats,
// orders, targets and reviews with it, roster.cpp and ratings.cpp their files.
#pragma once

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>

#include "redhare/columns.h"
#include "redhare/csv_rows.h"
#include "redhare/error.h"
#include "redhare/fast_time.h"
#include "redhare/inputs.h"
#include "redhare/money.h"
#include "redhare/strings.h"
#include "redhare/timestamp.h"

namespace redhare::read_detail {

// ASCII-lowercase equality with a lowercase literal.
inline bool is(std::string_view v, std::string_view lower) {
  if (v.size() != lower.size()) return false;
  for (size_t i = 0; i < v.size(); ++i) {
    char c = v[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != lower[i]) return false;
  }
  return true;
}

inline bool is_any(std::string_view v, std::initializer_list<std::string_view> names) {
  for (std::string_view n : names)
    if (is(v, n)) return true;
  return false;
}

// Thrown inside a row handler: the row is bad for `reason`. FileReader::each
// adds the file and line and hands it to RowErrors.
struct BadRow {
  Msg reason;
};

inline std::unique_ptr<ByteSource> open_source(const std::string& path, const ReadOptions& o) {
  auto source = std::make_unique<ByteSource>(path, o.encoding, o.chunk);
  source->count_raw_bytes(o.bytes_read);
  return source;
}

// The --time-format for a file of `kind`: its own (`chats=...`), else the
// one for all files, else none.
inline std::string time_format_for(std::string_view kind, const ReadOptions& o) {
  auto own = o.time_format_by_kind.find(std::string(kind));
  return own != o.time_format_by_kind.end() ? own->second : o.time_format;
}

class FileReader {
 public:
  FileReader(const std::string& kind, const std::string& path, const ReadOptions& o, const Policy& p)
      : rows_(path, open_source(path, o),
              // The big files get the fast splitter; the rest stay with fccp.
              kind == "chats" || kind == "orders" || kind == "ratings" ? Splitter::kFast : Splitter::kFccp),
        policy_(p),
        time_format_(time_format_for(kind, o)) {
    const auto& specs = column_specs(kind);
    try {
      rows_.set_columns(match_columns(kind, specs, rows_.header(), p.aliases, path), specs.size());
    } catch (const InputError& e) {
      // UTF-8 read as GBK is valid GBK, so the only symptom is a header of
      // nonsense characters (时间 becomes 鏃堕棿): say what is the likely cause.
      if (o.encoding != Encoding::kGbk) throw;
      // Named as the user wrote it: --encoding gb18030 is not "gbk".
      std::string given = o.encoding_name.empty() ? "gbk" : o.encoding_name, upper = given;
      for (char& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
      throw InputError(e.where(), Msg(MsgId::kReadAsGbk, {upper, given}, {e.reason()}));
    }
    account_.kind = kind;
    account_.file = path;
    std::error_code ec;  // stdin, a pipe: no size, so no projection
    if (path != "-") file_size_ = std::filesystem::file_size(path, ec);
    if (ec) file_size_ = 0;
  }

  CsvRows& rows() { return rows_; }
  FileAccount& account() { return account_; }

  // Parses a time field; throws BadRow naming the column. Called on every
  // row of a file: the export forms (parse_time_fast) are read inline, and
  // the other forms, --time-format and the throw are out of line.
  Time time(size_t c, std::string_view column) {
    std::string_view v = rows_.field(c);
    Time t;
    if (!(time_format_.empty() && parse_time_fast(v, policy_.utc_offset_s, &day_, &t)) && !other_time(v, &t))
        [[unlikely]]
      bad_time(v, column);
    if (account_.first == kNever || t < account_.first) account_.first = t;
    // kNever is the least Time: a max, without a branch (in a time-ordered
    // file whether a row is later than the one before or in the same second
    // is a coin toss).
    account_.last = std::max(account_.last, t);
    return t;
  }

  Fen money(size_t c, std::string_view column) {
    std::string_view v = rows_.field(c);
    Fen f;
    if (!parse_money(v, &f)) throw BadRow{Msg(MsgId::kBadAmount, {quote_value(v), std::string(column)})};
    return f;
  }

  std::string_view required(size_t c, std::string_view column) {
    std::string_view v = rows_.field(c);
    if (v.empty()) throw BadRow{Msg(MsgId::kEmptyField, {std::string(column)})};
    return v;
  }

  // A required name field (agent, customer), trimmed as every name is
  // (trim_name): a name of full-width spaces only is empty.
  // Called twice a chat row: the throw is kept out of line (empty_field) so
  // that the rest inlines into the row loops.
  std::string_view name(size_t c, std::string_view column) {
    std::string_view v = trim_name(rows_.field(c));
    if (v.empty()) [[unlikely]] empty_field(column);
    return v;
  }
  [[noreturn, gnu::noinline, gnu::cold]] static void empty_field(std::string_view column) {
    throw BadRow{Msg(MsgId::kEmptyField, {std::string(column)})};
  }

  // A time that is not one of the export forms, or any time under --time-format.
  [[gnu::noinline]] bool other_time(std::string_view v, Time* t) const {
    return time_format_.empty() ? parse_time(v, policy_.utc_offset_s, t)
                                : parse_time_format(v, time_format_, policy_.utc_offset_s, t);
  }
  [[noreturn, gnu::noinline, gnu::cold]] void bad_time(std::string_view v, std::string_view column) const {
    // With --time-format only that pattern is tried: name it, since the
    // pattern rather than the row is the usual culprit.
    if (time_format_.empty()) throw BadRow{Msg(MsgId::kBadTime, {quote_value(v), std::string(column)})};
    throw BadRow{Msg(MsgId::kBadTimeFormat, {quote_value(v), std::string(column), quote_value(time_format_)})};
  }

  // Runs `row` on every record; bad rows go to `errors`.
  template <class F>
  void each(RowErrors& errors, F&& row) {
    while (rows_.next()) {
      ++account_.rows_read;
      try {
        rows_.split();
        row();
      } catch (const BadRow& b) {
        reject(errors, b.reason);
      } catch (const InputError& e) {
        if (e.where().line != rows_.line() || e.where().file != rows_.name()) throw;
        reject(errors, e.reason());
      }
    }
  }

  // Call before push_back. When `out` is full it grows to hold every row
  // the rest of the file is projected to have (rows read so far x bytes left
  // / bytes read, plus a tenth), as if all were kept: one step, where
  // projecting from the rows kept so far kept regrowing it in a time-ordered
  // export, whose first 40% of rows fall before the period and the rest are
  // kept (each step briefly holds the old array and its successor: the run's
  // peak memory). Capacity never written is address space, not memory.
  // Without a size (stdin), or once decoded GBK outgrows the file's bytes, it
  // doubles as usual.
  template <class T>
  void make_room(std::vector<T>& out) const {
    make_room(out, account_.rows_read, rows_.bytes_done());
  }
  // The same, as of `rows_read` rows in `done` bytes: for a thread that keeps
  // rows behind the one reading them.
  template <class T>
  void make_room(std::vector<T>& out, uint64_t rows_read, uint64_t done) const {
    if (out.size() < out.capacity()) return;
    constexpr size_t kSample = 4096;  // rows enough to judge the average row
    size_t want = std::max(kSample, out.size() * 2);
    if (rows_read >= kSample && file_size_ > done) {
      const double rest = static_cast<double>(rows_read) * 1.1 * static_cast<double>(file_size_ - done) /
                          static_cast<double>(done);
      want = out.size() + std::max(kSample, static_cast<size_t>(rest));
    }
    out.reserve(want);
  }

  void reject(RowErrors& errors, Msg reason) {
    reject_line(errors, rows_.line(), errors.lenient() ? rows_.row_text() : std::string(), std::move(reason));
  }
  // The same for a row read before the current one, found bad only later
  // (read_orders' conflicting order ids, judged a batch of rows at a time):
  // `text` is its row_text() if lenient. Call it before the next row's
  // reject, so that rows are rejected in line order.
  void reject_line(RowErrors& errors, uint64_t line, std::string_view text, Msg reason) {
    ++account_.rejected;
    errors.reject(InputError(Location{rows_.name(), line, {}}, std::move(reason)), text);
  }

 private:
  CsvRows rows_;
  const Policy& policy_;
  const std::string time_format_;  // this file's --time-format; empty = the built-in forms
  FileAccount account_;
  uint64_t file_size_ = 0;
  DayCache day_;  // parse_time_fast's hour and month of the row before
};

}  // namespace redhare::read_detail
