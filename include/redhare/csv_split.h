// split_record: one CSV record -> its fields, exactly as fast-cpp-csv-parser's
// io::detail::parse_line<trim_chars<' ', '\t'>, double_quote_escape<',', '"'>>
// splits it (that parser stays the reference: tests/read/csv_split_test.cpp and
// fuzz/fuzz_split.cpp feed both the same bytes):
//   - a ',' separates fields unless an odd number of '"' precede it in the record
//     (a quote anywhere toggles, so `a"b,c"d` is one field);
//   - each field loses spaces and tabs at both ends, then, if it is at least two
//     bytes that start and end with '"', those quotes, and each `""` inside
//     becomes `"`;
//   - a quote left open at the end, or a field count other than the one asked
//     for, is an error (fccp throws; both become "expected N fields, found M").
// It finds separators and quotes 32 (AVX2) or 16 (SSE2) bytes at a time instead
// of one byte at a time, does not write into the record, and measures nothing
// twice (fccp's fields were strlen'ed after). The quoted newline placeholder
// (kPlaceholder) becomes '\n' in the fields, as CsvRows needs.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "redhare/simd.h"

namespace redhare {

// How many bytes past a record split_record may read (not use): the buffer
// holding the record must have them.
inline constexpr size_t kSplitPadding = 64;

// Splits rec[0, len). `order[i]` is where file column i goes in `fields`, or -1
// to skip it; `fields` has room for every target. Fields that need unquoting or
// a newline put back are written to `scratch` (cleared here; it must not be
// touched until the fields are used). On success `*placeholders` (if not
// null) is how many quoted newlines the record holds, for line numbers.
// Returns false on an error; `fields` is then unspecified.
bool split_record(Simd simd, const char* rec, size_t len, const std::vector<int>& order,
                  std::string_view* fields, std::string* scratch, size_t* placeholders = nullptr);

}  // namespace redhare
