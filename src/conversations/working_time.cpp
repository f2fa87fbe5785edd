#include "redhare/working_time.h"

#include <algorithm>

namespace redhare {

namespace {

constexpr int64_t kDay = 86400;

// Working seconds from 1970-01-01 00:00 (local) up to t, negative before it.
// The difference of two such counts is the working time between them, so no
// interval needs its days walked one by one.
int64_t working_since_epoch(Time t, const WorkWindow& w) {
  int64_t day = t / kDay;
  int64_t sec = t % kDay;
  if (sec < 0) {  // floor division: times before 1970 stay on the right day
    sec += kDay;
    day -= 1;
  }
  const int64_t per_day = w.end_s - w.start_s;
  return day * per_day + std::clamp<int64_t>(sec, w.start_s, w.end_s) - w.start_s;
}

}  // namespace

int64_t working_seconds(Time a, Time b, const WorkWindow& window) {
  if (b <= a) return 0;
  return working_since_epoch(b, window) - working_since_epoch(a, window);
}

}  // namespace redhare
