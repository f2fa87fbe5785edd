#include "redhare/fast_time.h"

#include "redhare/period.h"

namespace redhare::fast_time_detail {

namespace {

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

}  // namespace

bool parse_time_fast_new_hour(std::string_view text, int utc_offset_s, DayCache* cache, Time* out) {
  const size_t n = text.size();
  if (n != 19 && n != 20 && n != 25) return false;
  const char* p = text.data();
  if (p[4] != '-' || p[7] != '-' || (p[10] != ' ' && p[10] != 'T') || p[13] != ':' || p[16] != ':') return false;
  const int c = two(p), yy = two(p + 2), m = two(p + 5), d = two(p + 8);
  const int h = two(p + 11), mi = two(p + 14), s = two(p + 17);
  if (c < 0 || yy < 0 || m < 0 || d < 0 || h < 0 || mi < 0 || s < 0) return false;
  const int y = c * 100 + yy;
  if (h > 23 || mi > 59 || s > 59) return false;
  int offset = utc_offset_s;  // a naive time is shop-local already
  if (n == 20) {
    if (p[19] != 'Z') return false;
    offset = 0;
  } else if (n == 25) {
    const int oh = two(p + 20), om = two(p + 23);
    if ((p[19] != '+' && p[19] != '-') || p[22] != ':' || oh < 0 || om < 0 || oh > 14 || om > 59) return false;
    offset = (p[19] == '-' ? -1 : 1) * (oh * 3600 + om * 60);
  }
  if (y != cache->y || m != cache->m) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 2000 || y > 2100 || m < 1 || m > 12) return false;
    cache->y = y;
    cache->m = m;
    cache->days = kDays[m - 1] + (m == 2 && leap(y) ? 1 : 0);
    cache->start = days_from_civil(y, static_cast<unsigned>(m), 1) * 86400;
  }
  if (d < 1 || d > cache->days) return false;
  // Every byte but the minutes and seconds was checked: a row with the same
  // ones passes the same checks.
  cache->head = load8(p);
  cache->head_tail = load8(p + 5);
  cache->zone = zone_bytes(p, n);
  cache->size = n;
  cache->utc_offset_s = utc_offset_s;
  cache->hour = cache->start + (d - 1) * Time{86400} + h * 3600 - offset + utc_offset_s;
  *out = cache->hour + mi * 60 + s;
  return true;
}

}  // namespace redhare::fast_time_detail
