// Working time (SPEC 3): every service duration counts only the seconds that
// fall inside the shop's daily working window (default 08:00-24:00, the
// platform's response-time window). A customer who writes at 02:00 and is
// answered at 08:00:30 waited 30 working seconds, not six hours.
#pragma once

#include <cstdint>

#include "redhare/records.h"

namespace redhare {

// The daily window [start_s, end_s) in seconds after local midnight.
// 0-86400 makes working time equal to calendar time.
struct WorkWindow {
  int start_s = 8 * 3600;
  int end_s = 24 * 3600;
};

// Working seconds in [a, b]; 0 when b <= a. O(1): whole days are counted
// arithmetically, so a gap of a year costs what a gap of a second does.
int64_t working_seconds(Time a, Time b, const WorkWindow& window);

}  // namespace redhare
