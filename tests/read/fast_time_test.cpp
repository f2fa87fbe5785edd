// parse_time_fast against parse_time (issue 16): whatever the fast path
// accepts, parse_time accepts with the same time, with a warm or a cold day
// cache; and the export forms are all taken by the fast path.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "redhare/fast_time.h"
#include "redhare/timestamp.h"
#include "split_mix.h"

using namespace redhare;

TEST_CASE("parse_time_fast reads the export forms as parse_time does") {
  DayCache cache;
  for (const char* t : {"2026-10-03 09:15:02", "2026-10-03T09:15:02", "2026-10-03T09:15:02+08:00",
                        "2026-10-03T01:15:02Z", "2026-10-03T09:15:02-05:30", "2024-02-29 23:59:59",
                        "2000-01-01 00:00:00", "2100-12-31T23:59:59+14:00"}) {
    CAPTURE(t);
    Time fast = 0, slow = 0;
    REQUIRE(parse_time_fast(t, 8 * 3600, &cache, &fast));
    REQUIRE(parse_time(t, 8 * 3600, &slow));
    CHECK(fast == slow);
  }
}

TEST_CASE("parse_time_fast leaves bad dates and other forms to parse_time") {
  DayCache cache;
  Time t;
  for (const char* s : {"2026-02-29 09:15:02", "2026-13-03 09:15:02", "2026-10-00 09:15:02", "2026-10-03 24:00:00",
                        "2026-10-03 09:60:00", "1999-12-31 23:59:59", "2101-01-01 00:00:00", "2026/10/03 09:15:02",
                        "2026-10-3 09:15:02", "2026-10-03T09:15:02+15:00", "2026-10-03T09:15:02+08:60",
                        "2026-10-03T09:15:02.5", "1791000000", "2026-10-03 09:15:02 "}) {
    CAPTURE(s);
    CHECK_FALSE(parse_time_fast(s, 8 * 3600, &cache, &t));
  }
}

TEST_CASE("parse_time_fast never accepts what parse_time rejects nor differs from it: 300000 mutated times") {
  redhare::test::SplitMix rng{16};
  const std::vector<std::string> bases = {"2026-10-03 09:15:02", "2026-10-03T09:15:02+08:00", "2024-02-29T23:59:59Z",
                                          "2026-09-30T00:00:00-00:30"};
  const std::string alphabet = "0123456789-: TZ+/.x";
  DayCache warm;
  size_t accepted = 0;
  for (int i = 0; i < 300000; ++i) {
    std::string s = bases[rng.next() % bases.size()];
    for (int k = static_cast<int>(rng.next() % 3); k >= 0; --k)
      s[rng.next() % s.size()] = alphabet[rng.next() % alphabet.size()];
    Time slow = 0, fast = 0, cold_fast = 0;
    const bool slow_ok = parse_time(s, 8 * 3600, &slow);
    DayCache cold;
    const bool fast_ok = parse_time_fast(s, 8 * 3600, &warm, &fast);
    CHECK(parse_time_fast(s, 8 * 3600, &cold, &cold_fast) == fast_ok);
    accepted += fast_ok;
    if (fast_ok && (!slow_ok || fast != slow || cold_fast != fast)) {
      CAPTURE(s);
      FAIL("parse_time_fast and parse_time differ");
    }
  }
  CHECK(accepted > 30000);
}

TEST_CASE("parse_time_fast reads the days of a month in any order, and a day past the month's end warm") {
  // A ratings file visits the days of its month in no order: the cached month
  // serves every day, and its length still decides the last day.
  DayCache cache;
  for (const char* t : {"2026-09-17 10:00:00", "2026-09-01T00:00:00+08:00", "2026-09-30 23:59:59",
                        "2026-09-02T12:00:00Z", "2026-09-29 08:30:00", "2026-02-28 12:00:00"}) {
    CAPTURE(t);
    Time fast = 0, slow = 0;
    REQUIRE(parse_time_fast(t, 8 * 3600, &cache, &fast));
    REQUIRE(parse_time(t, 8 * 3600, &slow));
    CHECK(fast == slow);
  }
  Time t;
  CHECK_FALSE(parse_time_fast("2026-02-29 12:00:00", 8 * 3600, &cache, &t));  // February cached, 2026 not leap
  REQUIRE(parse_time_fast("2026-09-03 00:00:00", 8 * 3600, &cache, &t));
  CHECK_FALSE(parse_time_fast("2026-09-31 00:00:00", 8 * 3600, &cache, &t));
  CHECK_FALSE(parse_time_fast("2026-09-00 00:00:00", 8 * 3600, &cache, &t));
}

// The hour of the row before is remembered (DayCache): a row in it is read
// from its minutes and seconds alone. Each of these follows a row that
// shares some of its bytes, and each must still read as parse_time reads it
// on its own.
TEST_CASE("parse_time_fast reads a row after one of the same hour, day, month or zone as parse_time does") {
  struct Row {
    const char* text;
    int utc_offset_s;
  };
  const Row rows[] = {
      {"2026-10-03T09:15:02+08:00", 8 * 3600},  // the hour is read
      {"2026-10-03T09:59:59+08:00", 8 * 3600},  // the same hour
      {"2026-10-03T10:00:00+08:00", 8 * 3600},  // a new hour
      {"2026-10-04T10:00:00+08:00", 8 * 3600},  // a new day, the same hour of it
      {"2026-11-04T10:00:00+08:00", 8 * 3600},  // a new month, the same day and hour
      {"2027-11-04T10:00:00+08:00", 8 * 3600},  // a new year
      {"2027-11-04T10:00:00+09:00", 8 * 3600},  // the same hour in another zone
      {"2027-11-04T10:00:00-09:00", 8 * 3600},
      {"2027-11-04T10:00:00Z", 8 * 3600},
      {"2027-11-04T10:00:01", 8 * 3600},
      {"2027-11-04 10:00:01", 8 * 3600},        // a space for the T
      {"2027-11-04 10:00:01", 0},               // the same text for a shop in another zone
      {"2027-11-04 10:00:01", 8 * 3600},
      {"2027-11-04T10:00:01+08:30", 8 * 3600},
      {"2027-11-04T10:00:01+08:30", 8 * 3600},
  };
  DayCache cache;
  for (const Row& r : rows) {
    CAPTURE(r.text);
    CAPTURE(r.utc_offset_s);
    Time fast = 0, slow = 0;
    REQUIRE(parse_time_fast(r.text, r.utc_offset_s, &cache, &fast));
    REQUIRE(parse_time(r.text, r.utc_offset_s, &slow));
    CHECK(fast == slow);
  }
}

TEST_CASE("parse_time_fast rejects a bad minute or second after a good row of the same hour") {
  Time t;
  for (const char* bad : {"2026-10-03T09:60:00+08:00", "2026-10-03T09:15:60+08:00", "2026-10-03T09:1x:02+08:00",
                          "2026-10-03T09:15:0x+08:00", "2026-10-03T09-15:02+08:00", "2026-10-03T09:15-02+08:00",
                          "2026-10-03T09:15:02+08:0x", "2026-10-03T09:15:02+08:60", "2026-10-03T09:15:02+08-00",
                          "2026-10-03T09:15:02+08:00 ", "2026-10-03T09:15:02+08:0"}) {
    CAPTURE(bad);
    DayCache cache;
    REQUIRE(parse_time_fast("2026-10-03T09:15:02+08:00", 8 * 3600, &cache, &t));
    CHECK_FALSE(parse_time_fast(bad, 8 * 3600, &cache, &t));
    // And the hour is still remembered right for the next good row.
    Time fast = 0, slow = 0;
    REQUIRE(parse_time_fast("2026-10-03T09:16:03+08:00", 8 * 3600, &cache, &fast));
    REQUIRE(parse_time("2026-10-03T09:16:03+08:00", 8 * 3600, &slow));
    CHECK(fast == slow);
  }
}

TEST_CASE("parse_time_fast reads nothing of a short or empty time before any hour is remembered") {
  DayCache cache;
  Time t;
  CHECK_FALSE(parse_time_fast(std::string_view(), 8 * 3600, &cache, &t));
  CHECK_FALSE(parse_time_fast("2026", 8 * 3600, &cache, &t));
}
