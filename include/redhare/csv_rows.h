// CsvRows: the records of one CSV file, split into fields by column spec.
//
// ByteSource cleans the bytes, this class cuts them into records (one per
// '\n', a quoted newline being a placeholder by then) and splits their fields
// as fccp's parse_line would, without writing into the record (no allocation
// per row). With the fast splitter the read-ahead thread indexes each block
// as it reads it (ByteSource::read_indexed: the file read straight into the
// block, then checked, marked and indexed, every field end and record end, in
// one pass 64 bytes at a time), so this thread looks records and fields up instead of
// walking their bytes; fccp's path cuts records with memchr and stays the
// reference for it. It also gives the physical line of each record (records
// may span lines), skips blank lines, and says how many fields a record with
// the wrong count has.
//
// Records are cut from 2 MiB blocks while the next block is read (decoded,
// validated) on another thread, one per file for the whole file (ReadAhead).
// fccp's io::LineReader does the same, but with a fixed 3 x 16 MiB buffer that
// it fills completely: two such readers were 96 MB of a 10M-message month's
// peak memory. This costs 2 x 3 MiB.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "redhare/byte_source.h"
#include "redhare/csv_split.h"
#include "redhare/read_ahead.h"

namespace redhare {

// Who splits records into fields: fccp's parse_line (the reference, for every
// file whose speed does not matter), or split_record (chats and orders), which
// gives the same fields and errors faster.
enum class Splitter { kFccp, kFast };

// The bytes one read-ahead asks of the ByteSource.
inline constexpr size_t kReadBlock = 2 << 20;

class CsvRows {
 public:
  // Reads the header record. Throws InputError when the file is empty.
  // `block` is the read-ahead size (tests make it tiny so records straddle
  // blocks).
  CsvRows(const std::string& name, std::unique_ptr<ByteSource> source, Splitter splitter = Splitter::kFccp,
          size_t block = kReadBlock);
  ~CsvRows();
  // The read-ahead thread holds `this`.
  CsvRows(const CsvRows&) = delete;
  CsvRows& operator=(const CsvRows&) = delete;

  const std::string& name() const { return name_; }
  const std::vector<std::string>& header() const { return header_; }
  // `order` from match_columns; `columns` = the number of specs.
  void set_columns(std::vector<int> order, size_t columns);

  // Moves to the next non-blank record (a blank one has only commas, spaces
  // and tabs); false at the end of the file.
  bool next();
  // The physical line where the current record starts (1 = the header).
  uint64_t line() const { return line_; }
  // Bytes of the records read so far, line ends included (decoded UTF-8:
  // for a UTF-8 file about the bytes of the file read so far).
  uint64_t bytes_done() const { return bytes_done_; }
  // Splits the current record. Throws InputError "expected N fields, found M",
  // "likely a stray quote" for a record whose quoted field spans lines
  // that each have a whole row's fields, or "repeats the header" for a record
  // equal to the header (two exports pasted together, headers and all).
  void split();
  // The value of spec column `c` after split(), trimmed and unquoted; empty
  // when the column is absent from the file. Valid until next().
  std::string_view field(size_t c) const { return fields_[c]; }
  // The current record as written (quoted newlines restored), for rejects.
  std::string row_text() const;

 private:
  // The next record with its '\n' (and a CR before it) cut off, NUL-ended in
  // place for fccp's path; null at the end. Sets record_len_ (and, with the fast splitter,
  // where its field ends and quoted newlines are in the index).
  char* next_record();
  // The same, for a record not indexed in the current block (fccp's path, the
  // record a block's end cuts, the end of the file).
  char* next_record_across();
  // The '\n' ending the next record of the current block by the index, or null.
  char* next_indexed_end();
  // Starts reading the next block into buffers_[b] on reader_'s thread.
  void read_ahead(int b);
  void split_fccp();
  // True when the current record, split as the header was (and without a BOM
  // of its own), has the header's fields.
  bool repeats_header() const;
  // The current record holds n quoted newlines: the next record starts n + 1 lines on.
  void settle_placeholders(size_t n);
  size_t buffer_offset(const char* p) const { return static_cast<size_t>(p - buffers_[current_].get()); }

  std::string name_;
  std::unique_ptr<ByteSource> source_;
  // Each buffer: room for an unfinished record carried over from the other
  // buffer, then one block of fresh bytes, then a NUL.
  std::unique_ptr<char[]> buffers_[2];
  size_t block_;
  int current_ = 0;
  char* begin_ = nullptr;  // unread bytes of buffers_[current_]: [begin_, end_)
  char* end_ = nullptr;
  std::vector<std::string> header_;
  uint64_t header_line_ = 0;
  char header_lead_ = 0;  // the header's first byte: a record repeating it starts with it (or a BOM)
  std::vector<int> order_;
  std::vector<std::string_view> fields_;
  Splitter splitter_;
  std::string scratch_;  // kFast: unquoted fields of the current record
  BlockIndexer indexer_{best_simd()};  // kFast: only used on reader_'s thread
  BlockIndex index_[2];  // kFast: of buffers_[0] and [1]; reader_'s while it reads that buffer
  size_t next_index_record_ = 0;  // kFast: the next record in index_[current_].records
  size_t next_end_ = 0;           // kFast: its first field end in index_[current_].ends
  size_t record_first_end_ = 0;   // kFast: the current record's field ends in index_[current_].ends
  size_t record_end_count_ = 0;
  size_t record_placeholders_ = 0;
  std::vector<char*> cols_;  // kFccp: parse_line's output
  std::string raw_;          // kFccp: the record before parse_line cut it
  char* record_ = nullptr;  // the current record, as read (split does not change it)
  size_t record_len_ = 0;
  size_t placeholders_ = 0;  // quoted newlines in the current record
  uint64_t line_ = 0;
  uint64_t next_line_ = 1;
  uint64_t bytes_done_ = 0;
  uint64_t stray_quote_line_ = 0;  // the first record reported as a likely stray quote
  std::unique_ptr<ReadAhead> reader_;  // reads the next block; last, so it is joined first
};

}  // namespace redhare
