// CsvRows: the records of one CSV file, split into fields by column spec.
//
// ByteSource cleans the bytes, io::LineReader cuts lines, fccp's parse_line
// splits fields in place (no allocation per row). This class adds what those
// lack: the physical line of each record (records may span lines), blank-line
// skipping, and a field-count error that says how many fields were found.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "redhare/byte_source.h"

namespace redhare {

class CsvRows {
 public:
  // Reads the header record. Throws InputError when the file is empty.
  CsvRows(const std::string& name, std::unique_ptr<ByteSource> source);

  const std::string& name() const { return name_; }
  const std::vector<std::string>& header() const { return header_; }
  // `order` from match_columns; `columns` = the number of specs.
  void set_columns(std::vector<int> order, size_t columns);

  // Moves to the next non-blank record; false at the end of the file.
  bool next();
  // The physical line where the current record starts (1 = the header).
  uint64_t line() const { return line_; }
  // Splits the current record. Throws InputError "expected N fields, found M".
  void split();
  // The value of spec column `c` after split(), trimmed and unquoted; empty
  // when the column is absent from the file. Valid until next().
  std::string_view field(size_t c) const { return fields_[c]; }
  // The current record as written (quoted newlines restored), for rejects.
  std::string row_text() const;

 private:
  std::string name_;
  io::LineReader lines_;
  std::vector<std::string> header_;
  std::vector<int> order_;
  std::vector<char*> cols_;
  std::vector<std::string_view> fields_;
  char* record_ = nullptr;
  size_t record_len_ = 0;
  std::string raw_;          // copy of the record before parse_line cuts it
  size_t placeholders_ = 0;  // quoted newlines in the current record
  uint64_t line_ = 0;
  uint64_t next_line_ = 1;
};

}  // namespace redhare
