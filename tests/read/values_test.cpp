#include <doctest/doctest.h>

#include "redhare/money.h"
#include "redhare/period.h"
#include "redhare/timestamp.h"

using namespace redhare;

namespace {

constexpr int kShop = 8 * 3600;  // +08:00

Time at(int y, int mo, int d, int h, int mi, int s) {
  return days_from_civil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * 86400 + h * 3600 +
         mi * 60 + s;
}

Time parsed(std::string_view text) {
  Time t = 0;
  if (!parse_time(text, kShop, &t)) return kNever;
  return t;
}

Fen money(std::string_view text) {
  Fen f = 0;
  if (!parse_money(text, &f)) return -1;
  return f;
}

}  // namespace

TEST_CASE("naive timestamps are shop-local as written") {
  CHECK(parsed("2026-10-05 09:30") == at(2026, 10, 5, 9, 30, 0));
  CHECK(parsed("2026-10-05 09:30:15") == at(2026, 10, 5, 9, 30, 15));
  CHECK(parsed("2026-10-05 09:30:15.987") == at(2026, 10, 5, 9, 30, 15));  // truncated, not rounded
  CHECK(parsed("2026/1/5 9:03") == at(2026, 1, 5, 9, 3, 0));               // Excel re-save
  CHECK(parsed("2026/10/15 19:03:07") == at(2026, 10, 15, 19, 3, 7));
  CHECK(parsed("2026-10-05T09:30:15") == at(2026, 10, 5, 9, 30, 15));
}

TEST_CASE("zoned and epoch timestamps are shifted to the shop's offset") {
  // 01:30Z = 09:30 at +08:00.
  CHECK(parsed("2026-10-05T01:30:00Z") == at(2026, 10, 5, 9, 30, 0));
  // 09:30+09:00 = 00:30Z = 08:30 at +08:00.
  CHECK(parsed("2026-10-05T09:30:00+09:00") == at(2026, 10, 5, 8, 30, 0));
  // 20:00-05:00 = 01:00Z next day = 09:00 at +08:00.
  CHECK(parsed("2026-10-04T20:00:00-0500") == at(2026, 10, 5, 9, 0, 0));
  // 1700000000 = 2023-11-14 22:13:20Z = 2023-11-15 06:13:20 at +08:00.
  CHECK(parsed("1700000000") == at(2023, 11, 15, 6, 13, 20));
  CHECK(parsed("1700000000999") == at(2023, 11, 15, 6, 13, 20));  // ms, truncated
}

TEST_CASE("impossible dates and times are refused") {
  CHECK(parsed("2026-13-01 00:00") == kNever);
  CHECK(parsed("2026-02-29 00:00") == kNever);  // 2026 is not a leap year
  CHECK(parsed("2024-02-29 00:00") == at(2024, 2, 29, 0, 0, 0));
  CHECK(parsed("2100-02-29 00:00") == kNever);  // century, not leap
  CHECK(parsed("2026-02-30 00:00") == kNever);
  CHECK(parsed("2026-04-31 00:00") == kNever);
  CHECK(parsed("2026-10-05 24:00:00") == kNever);
  CHECK(parsed("2026-10-05 10:60") == kNever);
  CHECK(parsed("1999-12-31 23:59") == kNever);
  CHECK(parsed("2026-10-05") == kNever);
  CHECK(parsed("2026-10-05 10:00 junk") == kNever);
  CHECK(parsed("12345") == kNever);
  CHECK(parsed("") == kNever);
}

TEST_CASE("a custom strftime-style format, the Twitter form among them") {
  Time t = 0;
  // 22:10:47 +0000 on Oct 31 = 06:10:47 Nov 1 at +08:00.
  REQUIRE(parse_time_format("Tue Oct 31 22:10:47 +0000 2017", "%a %b %d %H:%M:%S %z %Y", kShop, &t));
  CHECK(t == at(2017, 11, 1, 6, 10, 47));
  REQUIRE(parse_time_format("05.10.26 07:05 PM", "%d.%m.%y %I:%M %p", kShop, &t));
  CHECK(t == at(2026, 10, 5, 19, 5, 0));
  REQUIRE(parse_time_format("12:00 am,  5 Oct 2026 100%", "%I:%M %p, %e %b %Y 100%%", kShop, &t));
  CHECK(t == at(2026, 10, 5, 0, 0, 0));  // 12 am is midnight
  CHECK_FALSE(parse_time_format("Tue Oct 31 22:10:47 +0000", "%a %b %d %H:%M:%S %z %Y", kShop, &t));
  CHECK_FALSE(parse_time_format("31/02/2026", "%d/%m/%Y", kShop, &t));
}

TEST_CASE("money forms -> fen") {
  CHECK(money("12.50") == 1250);
  CHECK(money("12.5") == 1250);
  CHECK(money("12") == 1200);
  CHECK(money("1,234.00") == 123400);
  CHECK(money("1,234,567.89") == 123456789);
  CHECK(money("\xC2\xA5"
              "12") == 1200);  // ¥12
  CHECK(money("\xEF\xBF\xA5"
              "12.3") == 1230);            // ￥12.3
  CHECK(money("12\xE5\x85\x83") == 1200);  // 12元
  CHECK(money(" 12 ") == 1200);
  CHECK(money("0") == 0);
}

TEST_CASE("bad money is refused, including more than two decimals") {
  CHECK(money("12.345") == -1);  // refused, not rounded
  CHECK(money("-5") == -1);
  CHECK(money("") == -1);
  CHECK(money("abc") == -1);
  CHECK(money("1,23") == -1);  // not a thousands group
  CHECK(money("1234,567") == -1);
  CHECK(money(",123") == -1);
  CHECK(money("12.") == -1);
  CHECK(money(".5") == -1);
}
