// The period a run scores (SPEC 2): [first day 00:00, first day of next month
// 00:00) in shop-local time, or all the data.
#pragma once

#include <limits>
#include <string>
#include <string_view>

#include "redhare/time.h"

namespace redhare {

struct Period {
  Time begin = std::numeric_limits<Time>::min();
  Time end = std::numeric_limits<Time>::max();
  std::string label = "all";  // "2026-10" or "all"
  int year = 0;               // 0 when the period is all the data
  int month = 0;
  bool contains(Time t) const { return t >= begin && t < end; }
  bool is_all() const { return year == 0; }
};

// "YYYY-MM", or "last" = the calendar month before `now` (shop-local time).
// Throws UsageError on anything else.
Period parse_month(std::string_view text, Time now);

// The month `offset` months from `p` (offset -1 = the month before).
Period shift_month(const Period& p, int offset);

// Shop-local "now" from the system clock and a UTC offset in seconds.
Time local_now(int utc_offset_s);

// Civil date helpers on shop-local times (proleptic Gregorian, days since 1970).
int64_t days_from_civil(int y, unsigned m, unsigned d);
void civil_from_days(int64_t days, int* y, unsigned* m, unsigned* d);

}  // namespace redhare
