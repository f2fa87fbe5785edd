// libFuzzer target: the timestamp parsers.
//
// The first byte picks the shop's UTC offset (-12:00 .. +14:00 in quarter
// hours, wrapped). The rest is tried as a timestamp with the built-in forms;
// if it holds a '\n', the part before it is also used as a --time-format
// pattern for the part after it. A parsed time must lie in the accepted years
// (2000-2100) give or take a day of zone shifts; anything else is a bug.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "redhare/period.h"
#include "redhare/timestamp.h"

namespace {

void check_range(redhare::Time t) {
  // Zones are at most 14 h off and the shop offset at most 14 h: a day covers both.
  static const redhare::Time kLow = redhare::days_from_civil(2000, 1, 1) * 86400 - 86400;
  static const redhare::Time kHigh = redhare::days_from_civil(2101, 1, 1) * 86400 + 86400;
  if (t < kLow || t >= kHigh) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const int offset = (static_cast<int>(data[0]) % 105 - 48) * 900;  // -12:00 .. +14:00
  std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  redhare::Time t = 0;
  if (redhare::parse_time(text, offset, &t)) check_range(t);
  size_t nl = text.find('\n');
  if (nl != std::string_view::npos &&
      redhare::parse_time_format(text.substr(nl + 1), text.substr(0, nl), offset, &t))
    check_range(t);
  return 0;
}
