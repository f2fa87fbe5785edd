// rows_digest: every record of a CSV file as CsvRows hands it out, with its
// line, its fields or its error, and its text for rejects; then the error that
// ended the file, if any. The fast splitter and fccp's are held to the same
// digest by tests/read/csv_rows_diff_test.cpp and fuzz/fuzz_split.cpp.
#pragma once

#include <string>
#include <vector>

#include "redhare/csv_rows.h"

namespace redhare {

// `columns[i]` is where file column i goes (-1: skipped), as match_columns
// gives; every file column is taken when it is empty. `chunk` is the raw read
// size and `block` CsvRows' read-ahead size, so tests can cut records (and
// the read-ahead blocks the fast splitter indexes) at every byte boundary;
// `simd` the ByteSource's vector width (tests run both).
std::string rows_digest(const std::string& path, Splitter splitter, std::vector<int> columns,
                        size_t chunk = 1 << 16, size_t block = kReadBlock, Simd simd = best_simd());

}  // namespace redhare
