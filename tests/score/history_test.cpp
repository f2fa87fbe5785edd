#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "redhare/consequences.h"
#include "redhare/error.h"
#include "redhare/period.h"
#include "score_helpers.h"
#include "temp_dir.h"

namespace redhare {
namespace {

namespace fs = std::filesystem;

using test::slurp;
using test::TempDir;

TEST_CASE("save_history then read_history gives the same rows, names quoted") {
  TempDir dir;
  const Policy p = default_policy();
  std::vector<Scorecard> cards = {testing::card("小王, \"A\"", 91.25, 1, p), testing::card("b", 40.5, 0, p)};
  save_history(dir.path(), parse_month("2026-10", 0), cards);
  CHECK(slurp(dir.file("2026-10.csv")) ==
        "agent,score,grade,rank\n\"小王, \"\"A\"\"\",91.25,excellent,1\nb,40.5,urgent,0\n");
  dir.file("notes.txt", "ignored");
  dir.file("2026-9.csv", "not a month file name: ignored");
  std::vector<HistoryMonth> h = read_history(dir.path());
  REQUIRE(h.size() == 1);
  CHECK(h[0].month.label == "2026-10");
  REQUIRE(h[0].rows.size() == 2);
  CHECK(h[0].rows[0].agent == "小王, \"A\"");
  CHECK(h[0].rows[0].score == 91.25);
  CHECK(h[0].rows[0].grade == Grade::kExcellent);
  CHECK(h[0].rows[0].rank == 1);
  CHECK(h[0].rows[1].rank == 0);
}

TEST_CASE("re-saving a month replaces its file; months come back oldest first") {
  TempDir dir;
  const Policy p = default_policy();
  save_history(dir.path(), parse_month("2026-10", 0), {testing::card("a", 50, 1, p)});
  save_history(dir.path(), parse_month("2026-09", 0), {testing::card("a", 60, 1, p)});
  save_history(dir.path(), parse_month("2026-10", 0), {testing::card("z", 70, 1, p)});
  std::vector<HistoryMonth> h = read_history(dir.path());
  REQUIRE(h.size() == 2);
  CHECK(h[0].month.label == "2026-09");
  REQUIRE(h[1].rows.size() == 1);
  CHECK(h[1].rows[0].agent == "z");
}

TEST_CASE("bad history content is an InputError with file:line") {
  TempDir dir;
  dir.file("2026-10.csv", "agent,score,grade,rank\na,90,excellent,1\nb,ninety,average,2\n");
  try {
    read_history(dir.path());
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(std::string(e.what()).find("2026-10.csv:3:") != std::string::npos);
    CHECK(std::string(e.what()).find("ninety") != std::string::npos);
  }
}

TEST_CASE("history with department and role columns reads each row's group; without, one group") {
  TempDir dir;
  dir.file("2026-09.csv", "agent,score,grade,rank\r\na,90,excellent,1\r\n");
  dir.file("2026-10.csv",
           "agent,score,grade,rank,department,role\n"
           "a,90,excellent,1,\"North, 1\",presales\nb,70,average,1,North,aftersales\n");
  std::vector<HistoryMonth> h = read_history(dir.path());
  REQUIRE(h.size() == 2);
  CHECK(h[0].rows.at(0).group == GroupKey{});  // a file written before groups: the shop's one group
  CHECK(h[0].without_groups);                   // ...which the 3-month rules read as this month's group
  CHECK_FALSE(h[1].without_groups);
  REQUIRE(h[1].rows.size() == 2);
  CHECK(h[1].rows[0].group == GroupKey{"North, 1", Role::kPresales});
  CHECK(h[1].rows[1].group == GroupKey{"North", Role::kAftersales});
  dir.file("2026-11.csv", "agent,score,grade,rank,department,role\na,90,excellent,1,North,sales\n");
  CHECK_THROWS_WITH_AS(read_history(dir.path()), doctest::Contains("2026-11.csv:2:"), InputError);
}

TEST_CASE("save_history writes department and role only when there is more than one group") {
  TempDir dir;
  const Policy p = default_policy();
  Scorecard a = testing::card("a", 90, 1, p), b = testing::card("b", 70, 1, p);
  save_history(dir.path(), parse_month("2026-10", 0), {a, b});
  CHECK(slurp(dir.file("2026-10.csv")).starts_with("agent,score,grade,rank\n"));
  b.group = {"", Role::kAftersales};
  save_history(dir.path(), parse_month("2026-10", 0), {a, b});
  CHECK(slurp(dir.file("2026-10.csv")) ==
        "agent,score,grade,rank,department,role\na,90,excellent,1,,presales\nb,70,average,1,,aftersales\n");
  std::vector<HistoryMonth> h = read_history(dir.path());
  CHECK(h.at(0).rows.at(1).group == b.group);
}

TEST_CASE("a missing history dir is an error, except for the first --save, which creates it") {
  TempDir dir;
  const std::string history = dir.file("kpi/history");
  CHECK_THROWS_AS(read_history(history), InputError);  // a typo must not switch streaks off
  CHECK(read_history(history, MissingHistory::kMissingIsEmpty).empty());
  CHECK(dir.entries() == 0);  // reading never creates anything
  const Policy p = default_policy();
  save_history(history, parse_month("2026-10", 0), {testing::card("a", 50, 1, p)});
  CHECK(read_history(history).size() == 1);
}

TEST_CASE("a roster month round-trips its groups; an agent with no activity is not saved") {
  TempDir dir;
  const Policy p = default_policy();
  // One department for everyone is still a roster's group, not the shop's.
  Scorecard a = testing::card("a", 90, 1, p), away = testing::card("away", 0, 0, p);
  a.group = {"客服部", Role::kPresales};
  away.group = a.group;
  away.active = false;
  save_history(dir.path(), parse_month("2026-10", 0), {a, away});
  CHECK(slurp(dir.file("2026-10.csv")) == "agent,score,grade,rank,department,role\na,90,excellent,1,客服部,presales\n");
  std::vector<HistoryMonth> h = read_history(dir.path());
  REQUIRE(h.at(0).rows.size() == 1);
  CHECK(h[0].rows[0].group == a.group);
}

}  // namespace
}  // namespace redhare
