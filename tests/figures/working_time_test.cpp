#include <doctest/doctest.h>

#include "figures/dataset_builder.h"
#include "redhare/working_time.h"

using namespace redhare;
using redhare::testing::at;

TEST_CASE("working time: a night message answered at 08:00:30 waited 30 s") {
  // 02:00 -> 08:00:30: the window opens at 08:00, so only 30 s count.
  CHECK(working_seconds(at(5, 2, 0), at(5, 8, 0, 30), WorkWindow{}) == 30);
}

TEST_CASE("working time: 00:00-24:00 is calendar time") {
  const WorkWindow calendar{0, 86400};
  // 02:00 -> 08:00:30 = 6 h 30 s = 21630 s.
  CHECK(working_seconds(at(5, 2, 0), at(5, 8, 0, 30), calendar) == 21630);
  // Two whole days and one hour: 2 * 86400 + 3600 = 176400.
  CHECK(working_seconds(at(5, 10, 0), at(7, 11, 0), calendar) == 176400);
}

TEST_CASE("working time: a night break costs nothing, whole days count 16 h") {
  // 23:50 -> next day 08:10: 600 s before midnight + 600 s after 08:00.
  CHECK(working_seconds(at(5, 23, 50), at(6, 8, 10), WorkWindow{}) == 1200);
  // 09:00 on the 5th -> 09:00 on the 8th: three days of 16 h = 172800 s.
  CHECK(working_seconds(at(5, 9, 0), at(8, 9, 0), WorkWindow{}) == 172800);
  // Entirely at night: 01:00 -> 07:59 = 0.
  CHECK(working_seconds(at(5, 1, 0), at(5, 7, 59), WorkWindow{}) == 0);
}

TEST_CASE("working time: an empty or backwards interval is 0") {
  CHECK(working_seconds(at(5, 9, 0), at(5, 9, 0), WorkWindow{}) == 0);
  CHECK(working_seconds(at(5, 10, 0), at(5, 9, 0), WorkWindow{}) == 0);
}

TEST_CASE("working time: a window ending before midnight (09:00-18:00)") {
  const WorkWindow office{9 * 3600, 18 * 3600};
  // 17:00 -> next day 10:00: 1 h + 1 h = 7200 s.
  CHECK(working_seconds(at(5, 17, 0), at(6, 10, 0), office) == 7200);
}

TEST_CASE("working time: time after the window closes counts nothing (09:00-18:00)") {
  const WorkWindow office{9 * 3600, 18 * 3600};
  // 17:30 -> 18:30 the same day: only 17:30-18:00 counts = 1800 s.
  CHECK(working_seconds(at(5, 17, 30), at(5, 18, 30), office) == 1800);
  // 19:00 -> next day 10:00: the evening counts 0, the morning 09:00-10:00 = 3600 s.
  CHECK(working_seconds(at(5, 19, 0), at(6, 10, 0), office) == 3600);
  // 18:00:01 -> 23:59: all after closing = 0.
  CHECK(working_seconds(at(5, 18, 0, 1), at(5, 23, 59), office) == 0);
}

TEST_CASE("working time: times before 1970 use floor days") {
  // 1969-12-31 23:00 -> 1970-01-01 09:00: 3600 s before midnight + 3600 after 08:00.
  CHECK(working_seconds(-3600, 9 * 3600, WorkWindow{}) == 7200);
}

TEST_CASE("working time never exceeds calendar time: it is the seconds of [a, b] inside the windows") {
  // The conversation walk counts no working time between messages closer
  // than the session gap in calendar time, on this rule. Checked against a
  // count minute by minute, for windows from an hour to the whole day.
  const WorkWindow windows[] = {WorkWindow{}, WorkWindow{0, 86400}, WorkWindow{9 * 3600 + 1800, 18 * 3600},
                                WorkWindow{23 * 3600, 86400}, WorkWindow{0, 3600}};
  const int64_t lengths_min[] = {0, 1, 29, 30, 31, 300, 960, 1500, 2940};
  for (const WorkWindow& w : windows) {
    for (int64_t start_min = 0; start_min < 3 * 1440; start_min += 7 * 37) {
      for (int64_t len : lengths_min) {
        const Time a = at(5, 0, 0) + start_min * 60, b = a + len * 60;
        int64_t inside = 0;
        for (Time t = a; t < b; t += 60) {
          const int64_t s = ((t % 86400) + 86400) % 86400;
          if (s >= w.start_s && s < w.end_s) inside += 60;
        }
        CAPTURE(w.start_s);
        CAPTURE(a);
        CAPTURE(len);
        REQUIRE(working_seconds(a, b, w) == inside);
        REQUIRE(working_seconds(a, b, w) <= b - a);
      }
    }
  }
}
