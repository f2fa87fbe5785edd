#include "redhare/csv_rows.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>

#include "redhare/csv_split.h"
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

// True when every physical line of a record that spans lines, counted on its
// own, has the header's number of fields. Chat text with a line break holds a
// few words per line; rows swallowed by a quote that is never closed where it
// should be (a stray " in one message) each have a whole row's commas. Only
// records with a quoted newline are looked at, so ordinary rows pay nothing.
//
// Each line is counted with its quotes honoured and with its quotes taken as
// text: a stray quote opening a middle cell (`…,399.00,"交易成功,`) hides the
// commas after it on its line from the first count, and the quote closing it
// on a later line (`…,交易成功",`) does the same there.
// `r` holds at least one placeholder.
bool lines_look_like_rows(std::string_view r, size_t fields) {
  auto whole_row = [fields](std::string_view line) {
    // Quotes only hide commas, so with its quotes honoured a line has at most
    // its commas + 1 fields: a line short of that (a text's next line, nearly
    // always) is decided by the count of its commas alone.
    const size_t commas = static_cast<size_t>(std::count(line.begin(), line.end(), ','));
    if (1 + commas == fields) return true;
    return 1 + commas > fields && count_fields(line) == fields;
  };
  // The lines after the first go first: a real text's continuation is the one
  // that fails, while its first line is a whole row up to the text's start.
  const size_t first_end = r.find(kPlaceholder);
  for (std::string_view rest = r.substr(first_end + 1);;) {
    size_t end = rest.find(kPlaceholder);
    if (!whole_row(rest.substr(0, end))) return false;
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
  return whole_row(r.substr(0, first_end));
}

void restore_newlines(char* p, size_t n) {
  for (char* e = p + n; (p = static_cast<char*>(std::memchr(p, kPlaceholder, static_cast<size_t>(e - p))));
       ++p)
    *p = '\n';
}

size_t count_placeholders(const char* p, size_t n) {
  size_t count = 0;
  for (const char* e = p + n;
       (p = static_cast<const char*>(std::memchr(p, kPlaceholder, static_cast<size_t>(e - p))));
       ++p)
    ++count;
  return count;
}

// A blank line: every cell empty — nothing but commas, spaces and tabs, and
// cells written as "" by tools that quote every cell. Excel ends an export
// with comma-only rows (",,,,,,") where cells once held something; they hold
// no data, like an empty line, and stopped a strict run as "empty time".
// The first byte decides for every real row, so rows pay one comparison.
bool is_blank(const char* r, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    if (r[i] == ',' || r[i] == ' ' || r[i] == '\t') continue;
    // "" alone in its cell (blanks around it aside) is an empty cell.
    if (r[i] != '"' || i + 1 >= n || r[i + 1] != '"') return false;
    if (i > 0 && r[i - 1] == '"') return false;  // """": a cell holding a quote
    ++i;
    if (i + 1 < n && r[i + 1] == '"') return false;
  }
  return true;
}

// The carry-over room in front of each block holds an unfinished record:
// ByteSource never lets one grow past kMaxRecordBytes, so it always fits.
constexpr size_t kCarry = kMaxRecordBytes;

}  // namespace

CsvRows::CsvRows(const std::string& name, std::unique_ptr<ByteSource> source, Splitter splitter, size_t block)
    : name_(name), source_(std::move(source)), block_(block), splitter_(splitter) {
  // _for_overwrite: every byte is written by a read before it is looked at, and
  // zeroing 2 x 2 MiB per file made small inputs (tests, fuzzing) 5x slower.
  // kMaxCharBytes: read_indexed() may end a block with a character the
  // block size cut (and a '\n' after). kSplitPadding: the index reads whole
  // 64-byte steps past a block's end.
  for (auto& b : buffers_)
    b = std::make_unique_for_overwrite<char[]>(kCarry + block_ + kMaxCharBytes + 1 + kSplitPadding);
  begin_ = end_ = buffers_[current_].get() + kCarry;
  reader_ = std::make_unique<ReadAhead>([this](char* into) {
    if (splitter_ != Splitter::kFast) return source_->read(into, static_cast<int>(block_));
    // The index is made here, on the read-ahead thread, off the reading
    // thread's path, in the same pass that checks the bytes as they are read
    // into the block; blocks are read (and indexed) in order.
    const int b = into == buffers_[0].get() + kCarry ? 0 : 1;
    return source_->read_indexed(buffers_[b].get(), kCarry, static_cast<int>(block_), &indexer_, &index_[b]);
  });
  read_ahead(1 - current_);
  if (!next()) throw InputError(Location{name_, 0, {}}, Msg(MsgId::kEmptyFile));
  // A CR in the header: lines end in bare CRs (Excel's "CSV (Macintosh)"), so
  // the whole file is this one line and would read as zero rows, silently.
  if (std::memchr(record_, '\r', record_len_)) throw InputError(Location{name_, line_, {}}, Msg(MsgId::kBareCr));
  // The header: split every field.
  std::vector<int> all(count_fields(std::string_view(record_, record_len_)));
  for (size_t i = 0; i < all.size(); ++i) all[i] = static_cast<int>(i);
  set_columns(all, all.size());
  split();
  for (size_t i = 0; i < all.size(); ++i) header_.emplace_back(fields_[i]);
  header_line_ = line_;
  header_lead_ = splitter_ == Splitter::kFccp ? raw_[0] : record_[0];
}

// A read still running (the caller stopped early, or an error) is waited for
// by ~ReadAhead, first of all members: it writes into buffers_ and uses
// source_. Its error, if any, is dropped.
CsvRows::~CsvRows() = default;

void CsvRows::read_ahead(int b) { reader_->start(buffers_[b].get() + kCarry); }

char* CsvRows::next_indexed_end() {
  BlockIndex& index = index_[current_];
  if (next_index_record_ == index.records.size()) return nullptr;
  const BlockIndex::Record r = index.records[next_index_record_++];
  record_first_end_ = next_end_;
  record_end_count_ = r.end + 1 - next_end_;
  record_placeholders_ = r.placeholders;
  next_end_ = r.end + 1;
  return buffers_[current_].get() + (index.ends[r.end] & BlockIndex::kOffset);
}

// Every record but the one a block's end cuts (~18,000 a block) is the next
// in the current block's index: looked up here, inline in next(). The rest,
// next_record_across, waits for the next block.
inline char* CsvRows::next_record() {
  if (splitter_ == Splitter::kFast) [[likely]] {
    char* line = begin_;
    if (char* stop = next_indexed_end()) {
      begin_ = stop + 1;  // an indexed '\n' is inside the block: stop < end_
      if (stop != line && stop[-1] == '\r') --stop;  // CRLF
      record_len_ = static_cast<size_t>(stop - line);
      return line;
    }
  }
  return next_record_across();
}

char* CsvRows::next_record_across() {
  for (;;) {
    const size_t left = static_cast<size_t>(end_ - begin_);
    char* line = begin_;
    char* stop = splitter_ == Splitter::kFast ? next_indexed_end()
                                              : static_cast<char*>(std::memchr(begin_, '\n', left));
    if (!stop && !reader_->busy()) {
      // The end. ByteSource ends every stream with '\n', so nothing is left
      // over; were something left, it would still be the last record.
      if (left == 0) return nullptr;
      stop = end_;
      if (splitter_ == Splitter::kFast) {
        // Its last field ends at the end; whether it is special is not known.
        BlockIndex& index = index_[current_];
        index.ends.push_back(static_cast<uint32_t>(buffer_offset(end_)) | BlockIndex::kSpecial);
        record_first_end_ = next_end_;
        record_end_count_ = index.ends.size() - next_end_;
        record_placeholders_ = count_placeholders(line, left);
        next_end_ = index.ends.size();
      }
    }
    if (stop) {
      begin_ = stop == end_ ? end_ : stop + 1;
      if (stop != line && stop[-1] == '\r') --stop;  // CRLF
      // parse_line needs the end marked. The fast path leaves the block as
      // the read-ahead thread wrote it: a write would take each of its cache
      // lines away from that core.
      if (splitter_ == Splitter::kFccp) *stop = '\0';
      record_len_ = static_cast<size_t>(stop - line);
      return line;
    }
    // No whole record left here: the next block follows the unfinished one in
    // the other buffer. get() rethrows the ByteSource's error, so an error
    // surfaces once the rows before its block are done.
    size_t got;
    try {
      got = static_cast<size_t>(reader_->wait());
    } catch (const InputError& e) {
      // The bytes count quotes in pairs, so a stray quote on line 11 pairs
      // with the next one and the quote reported open is a later, innocent
      // one. When a stray quote was seen, the place to look is where it was.
      if (stray_quote_line_ == 0 || e.reason().id != MsgId::kQuoteNeverClosed) throw;
      throw InputError(Location{name_, stray_quote_line_, {}},
                       Msg(MsgId::kStrayQuoteNeverClosed,
                           {std::to_string(stray_quote_line_), std::to_string(e.where().line)}));
    }
    if (left > kCarry) throw InputError(Location{name_, next_line_, {}}, Msg(MsgId::kLineTooLong));
    const int other = 1 - current_;
    char* fresh = buffers_[other].get() + kCarry;
    std::memcpy(fresh - left, begin_, left);
    begin_ = fresh - left;
    end_ = fresh + got;
    current_ = other;
    next_index_record_ = 0;
    next_end_ = 0;
    // Only an empty block is the end: ByteSource stops short of a record with
    // bad bytes and throws on the read after.
    if (got > 0) read_ahead(1 - current_);
  }
}

void CsvRows::set_columns(std::vector<int> order, size_t columns) {
  order_ = std::move(order);
  fields_.assign(columns, {});
}

bool CsvRows::next() {
  for (;;) {
    char* r = next_record();
    if (!r) return false;
    line_ = next_line_;
    record_ = r;
    bytes_done_ += record_len_ + 1;
    // The index counted the quoted newlines; fccp's path counts them here.
    auto placeholders = [&] {
      return splitter_ == Splitter::kFast ? record_placeholders_ : count_placeholders(r, record_len_);
    };
    // A CR still last once CRLF is taken off: "\r\r\n" (a text-mode writer
    // adding CR to CRLF) would leave it on the last field.
    if (record_len_ > 0 && r[record_len_ - 1] == '\r') {
      settle_placeholders(placeholders());
      throw InputError(Location{name_, line_, {}}, Msg(MsgId::kBareCr));
    }
    const bool blank = is_blank(r, record_len_);  // blank lines are not rows; they hold no quoted newline
    settle_placeholders(blank ? 0 : placeholders());
    if (!blank) return true;
  }
}

void CsvRows::settle_placeholders(size_t n) {
  placeholders_ = n;
  next_line_ = line_ + 1 + n;
}

void CsvRows::split() {
  // fccp's parse_line cuts the record in place: row_text() keeps a copy.
  if (splitter_ == Splitter::kFccp) raw_.assign(record_, record_len_);
  // One comparison per row: only a record starting as the header does (or
  // with a BOM, the second file's, kept by `cat a.csv b.csv`) is compared.
  if ((record_[0] == header_lead_ || record_[0] == '\xEF') && header_line_ != 0 && repeats_header()) {
    throw InputError(Location{name_, line_, {}}, Msg(MsgId::kRepeatedHeader, {std::to_string(header_line_)}));
  }
  bool split_ok = true;
  if (splitter_ == Splitter::kFast) {
    const size_t begin = buffer_offset(record_);
    split_ok = split_indexed(buffers_[current_].get(), begin, begin + record_len_,
                             index_[current_].ends.data() + record_first_end_, record_end_count_, order_,
                             fields_.data(), &scratch_);
  }
  if (placeholders_ && header_.size() >= 2 &&
      lines_look_like_rows(std::string_view(record_, record_len_), header_.size())) {
    if (stray_quote_line_ == 0) stray_quote_line_ = line_;
    throw InputError(Location{name_, line_, {}},
                     Msg(MsgId::kStrayQuote, {std::to_string(line_), std::to_string(line_ + placeholders_),
                                              std::to_string(header_.size())}));
  }
  // The fast path writes every column it is given; the others stay empty
  // from set_columns().
  if (splitter_ == Splitter::kFccp) return split_fccp();
  if (!split_ok)
    throw InputError(Location{name_, line_, {}},
                     Msg(MsgId::kFieldCount, {std::to_string(order_.size()),
                                              std::to_string(count_fields(std::string_view(record_, record_len_)))}));
}

void CsvRows::split_fccp() {
  std::fill(fields_.begin(), fields_.end(), std::string_view());
  cols_.assign(fields_.size(), nullptr);
  try {
    io::detail::parse_line<Trim, Quote>(record_, cols_.data(), order_);
  } catch (const io::error::base&) {
    throw InputError(Location{name_, line_, {}}, Msg(MsgId::kFieldCount, {std::to_string(order_.size()),
                                                                         std::to_string(count_fields(raw_))}));
  }
  for (size_t c = 0; c < cols_.size(); ++c) {
    if (!cols_[c]) continue;
    size_t n = std::strlen(cols_[c]);
    restore_newlines(cols_[c], n);
    fields_[c] = std::string_view(cols_[c], n);
  }
}

bool CsvRows::repeats_header() const {
  std::string_view r(record_, record_len_);
  if (r.starts_with("\xEF\xBB\xBF")) r.remove_prefix(3);
  // Fields as the header's were cut: at commas outside quotes, trimmed of
  // spaces and tabs, unquoted. A doubled quote in a header name is not
  // worth the unescaping: such a record reads as the row it is.
  size_t i = 0;
  for (const std::string& name : header_) {
    if (i > r.size()) return false;
    size_t b = i;
    bool q = false;
    while (i < r.size() && (q || r[i] != ',')) {
      if (r[i] == '"') q = !q;
      ++i;
    }
    std::string_view f = r.substr(b, i - b);
    while (!f.empty() && (f.front() == ' ' || f.front() == '\t')) f.remove_prefix(1);
    while (!f.empty() && (f.back() == ' ' || f.back() == '\t')) f.remove_suffix(1);
    if (f.size() >= 2 && f.front() == '"' && f.back() == '"') f = f.substr(1, f.size() - 2);
    if (f != name) return false;
    ++i;  // past the comma
  }
  return i > r.size();  // no field left over
}

std::string CsvRows::row_text() const {
  std::string s = splitter_ == Splitter::kFccp ? raw_ : std::string(record_, record_len_);
  std::replace(s.begin(), s.end(), kPlaceholder, '\n');
  return s;
}

}  // namespace redhare
