// parse_time_fast: the fixed-width forms that exports write on every row,
// `YYYY-MM-DD HH:MM:SS`, with `T` for the space, and with `Z` or `±HH:MM`
// after, read by position with the month remembered from the row before (a
// time-ordered file changes day once per ~100k rows; a ratings file jumps
// between the days of one month on every row). It accepts a subset of
// what parse_time accepts and gives the same time for it; anything else
// (another form, or a bad date or time) returns false, and the caller asks
// parse_time, which has the last word. tests/read/fast_time_test.cpp holds
// the two against each other.
#pragma once

#include <string_view>

#include "redhare/records.h"

namespace redhare {

// The last month parse_time_fast read, per file.
struct DayCache {
  int y = 0, m = 0;
  int days = 0;    // in that month
  Time start = 0;  // y-m-01 00:00
};

bool parse_time_fast(std::string_view text, int utc_offset_s, DayCache* cache, Time* out);

}  // namespace redhare
