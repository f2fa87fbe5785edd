// parse_time_fast: the fixed-width forms that exports write on every row,
// `YYYY-MM-DD HH:MM:SS`, with `T` for the space, and with `Z` or `±HH:MM`
// after, read by position. It accepts a subset of what parse_time accepts
// and gives the same time for it; anything else (another form, or a bad date
// or time) returns false, and the caller asks parse_time, which has the last
// word. tests/read/fast_time_test.cpp holds the two against each other.
//
// Two things are remembered from the row before, per file (DayCache):
//   - its hour as written: a time-ordered export changes hour once per
//     ~5,000 rows, so a row whose first 13 bytes (`YYYY-MM-DDTHH`), length
//     and zone are the last row's only has its minutes and seconds read,
//     inline in the row loop (the date, hour and zone were checked when the
//     hour was read, and equal bytes check the same);
//   - its month: a ratings file jumps between the days of one month on every
//     row, and a new day of the month costs no days_from_civil.
#pragma once

#include <cstdint>
#include <string_view>

#include "redhare/records.h"
#include "redhare/strings.h"

namespace redhare {

struct DayCache {
  // The month last read.
  int y = 0, m = 0;
  int days = 0;    // in that month
  Time start = 0;  // y-m-01 00:00
  // The hour last read: its text's first 13 bytes (as bytes 0-7 and 5-12),
  // its length (0: none yet), its zone's bytes, the shop offset it was read
  // for, and the result for minute 0, second 0.
  uint64_t head = 0, head_tail = 0, zone = 0;
  size_t size = 0;
  int utc_offset_s = 0;
  Time hour = 0;
};

namespace fast_time_detail {

// The zone's bytes after the seconds (`Z`, `+08:00`, or none) of a text of
// 19, 20 or 25 bytes, as one number: the last 8 bytes of the text, shifted
// down to the zone's.
inline uint64_t zone_bytes(const char* p, size_t n) {
  const size_t z = n - 19;
  return z == 0 ? 0 : load8(p + n - 8) >> (64 - 8 * z);
}
// Two ASCII digits at p, or -1.
inline int two(const char* p) {
  const unsigned a = static_cast<unsigned char>(p[0]) - '0', b = static_cast<unsigned char>(p[1]) - '0';
  return a < 10 && b < 10 ? static_cast<int>(a * 10 + b) : -1;
}

// The whole form, and the hour remembered.
bool parse_time_fast_new_hour(std::string_view text, int utc_offset_s, DayCache* cache, Time* out);

}  // namespace fast_time_detail

inline bool parse_time_fast(std::string_view text, int utc_offset_s, DayCache* cache, Time* out) {
  using namespace fast_time_detail;
  const size_t n = text.size();
  const char* p = text.data();
  // (n >= 19 first: nothing is read past a shorter text.)
  if (n >= 19 && n == cache->size && utc_offset_s == cache->utc_offset_s && load8(p) == cache->head &&
      load8(p + 5) == cache->head_tail && zone_bytes(p, n) == cache->zone) [[likely]] {
    // The row before's hour: only `:MM:SS` is new.
    const int mi = two(p + 14), s = two(p + 17);
    if (p[13] != ':' || p[16] != ':' || mi < 0 || s < 0 || mi > 59 || s > 59) return false;
    *out = cache->hour + mi * 60 + s;
    return true;
  }
  return parse_time_fast_new_hour(text, utc_offset_s, cache, out);
}

}  // namespace redhare
