// parse_month (SPEC 2): YYYY-MM and "last", the calendar month before "now" in
// shop-local time (cron runs `--month last` on the 1st).
#include <doctest/doctest.h>

#include "redhare/error.h"
#include "redhare/period.h"

using namespace redhare;

namespace {

// Shop-local seconds of a civil date and time.
Time at(int y, unsigned m, unsigned d, int h = 0, int mi = 0, int s = 0) {
  return days_from_civil(y, m, d) * 86400 + h * 3600 + mi * 60 + s;
}

}  // namespace

TEST_CASE("parse_month: YYYY-MM is [first day 00:00, first day of next month 00:00)") {
  Period p = parse_month("2026-10", 0);
  CHECK(p.label == "2026-10");
  CHECK(p.year == 2026);
  CHECK(p.month == 10);
  CHECK(p.begin == at(2026, 10, 1));
  CHECK(p.end == at(2026, 11, 1));
  // October has 31 days: 31 × 86400 = 2678400 seconds.
  CHECK(p.end - p.begin == 2678400);
  CHECK(p.contains(at(2026, 10, 31, 23, 59, 59)));
  CHECK_FALSE(p.contains(at(2026, 11, 1)));
  CHECK(parse_month("2026-12", 0).end == at(2027, 1, 1));
}

TEST_CASE("parse_month: last is the calendar month before now") {
  CHECK(parse_month("last", at(2026, 11, 27, 0, 3)).label == "2026-10");
  // The first second of a month already belongs to it: the month before is last.
  CHECK(parse_month("last", at(2026, 3, 1)).label == "2026-02");
  CHECK(parse_month("last", at(2026, 2, 28, 23, 59, 59)).label == "2026-01");
  Period p = parse_month("last", at(2026, 3, 1));
  CHECK(p.begin == at(2026, 2, 1));
  CHECK(p.end == at(2026, 3, 1));  // 2026 is not a leap year: 28 days
}

TEST_CASE("parse_month: last in January is December of the year before") {
  Period p = parse_month("last", at(2027, 1, 1, 6, 0));  // the usual cron hour
  CHECK(p.label == "2026-12");
  CHECK(p.year == 2026);
  CHECK(p.month == 12);
  CHECK(p.begin == at(2026, 12, 1));
  CHECK(p.end == at(2027, 1, 1));
  CHECK(parse_month("last", at(2027, 1, 31, 23, 59, 59)).label == "2026-12");
}

TEST_CASE("parse_month: anything else is a usage error naming --month") {
  for (const char* bad : {"2026-13", "2026-00", "2026-1", "26-10", "last ", "Oct", ""}) {
    CAPTURE(bad);
    CHECK_THROWS_AS(parse_month(bad, 0), UsageError);
  }
  try {
    parse_month("2026-13", 0);
    FAIL("no error");
  } catch (const UsageError& e) {
    CHECK(e.msg() == Msg(MsgId::kBadMonth, {"\"2026-13\""}));
  }
}
