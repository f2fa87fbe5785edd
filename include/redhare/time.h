// Times as the whole program counts them. Its own header because the base
// stage (period.h) needs Time and must not include the read stage's records.h.
#pragma once

#include <cstdint>
#include <limits>

namespace redhare {

using Time = int64_t;  // shop-local seconds since 1970-01-01 00:00
inline constexpr Time kNever = std::numeric_limits<Time>::min();

}  // namespace redhare
