#include "redhare/period.h"

#include <chrono>

#include <fmt/format.h>

#include "redhare/error.h"

namespace redhare {

// Howard Hinnant's civil-date algorithms: exact for every proleptic Gregorian date.
int64_t days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

void civil_from_days(int64_t z, int* y, unsigned* m, unsigned* d) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t yy = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y = static_cast<int>(yy + (*m <= 2));
}

namespace {

Period month_period(int y, int m) {
  Period p;
  p.year = y;
  p.month = m;
  p.begin = days_from_civil(y, m, 1) * 86400;
  int ny = m == 12 ? y + 1 : y;
  int nm = m == 12 ? 1 : m + 1;
  p.end = days_from_civil(ny, nm, 1) * 86400;
  p.label = fmt::format("{:04}-{:02}", y, m);
  return p;
}

}  // namespace

Period shift_month(const Period& p, int offset) {
  int index = p.year * 12 + (p.month - 1) + offset;
  return month_period(index / 12, index % 12 + 1);
}

Period parse_month(std::string_view text, Time now) {
  if (text == "last") {
    int64_t days = now >= 0 ? now / 86400 : (now - 86399) / 86400;
    int y;
    unsigned m, d;
    civil_from_days(days, &y, &m, &d);
    return shift_month(month_period(y, static_cast<int>(m)), -1);
  }
  auto digit = [&](size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; };
  if (text.size() == 7 && digit(0) && digit(1) && digit(2) && digit(3) && text[4] == '-' &&
      digit(5) && digit(6)) {
    int y = (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
    int m = (text[5] - '0') * 10 + (text[6] - '0');
    if (m >= 1 && m <= 12 && y >= 2000 && y <= 2100) return month_period(y, m);
  }
  throw UsageError(Msg(MsgId::kBadMonth, {quote_value(text)}));
}

Time local_now(int utc_offset_s) {
  auto now = std::chrono::system_clock::now();
  return std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count() +
         utc_offset_s;
}

}  // namespace redhare
