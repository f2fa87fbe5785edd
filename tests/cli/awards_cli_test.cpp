// `redhare awards` over a history folder as `score --save` leaves it: the
// period's saved months, and the mistake of asking for a period with none.
#include <doctest/doctest.h>

#include <string>

#include "run.h"

using redhare::test::run_redhare;
using redhare::test::temp_dir;
using redhare::test::write_file;

namespace {

// Three saved months of Q3 in the --save format (agent,score,grade,rank).
std::string q3_history() {
  std::string dir = temp_dir();
  write_file(dir + "/2026-07.csv", "agent,score,grade,rank\n大白,90,average,1\n小美,80,average,2\n");
  write_file(dir + "/2026-08.csv", "agent,score,grade,rank\n大白,88,average,1\n小美,82,average,2\n");
  write_file(dir + "/2026-09.csv", "agent,score,grade,rank\n小美,84,average,1\n");
  return dir;
}

}  // namespace

TEST_CASE("awards: a period with no saved month is exit 2 naming what the folder holds") {
  // Before: exit 0 and an empty table, which reads as "nobody qualified".
  std::string dir = q3_history();
  auto r = run_redhare({"awards", "--history", dir, "--period", "2026-Q4"});
  CHECK(r.status == 2);
  CHECK(r.out.empty());
  CHECK(r.err == "redhare: " + dir + ": no saved month in 2026-Q4 (it holds 2026-07 to 2026-09); "
                 "`redhare score --month YYYY-MM --history " + dir + " --save` saves one\n");
}

TEST_CASE("awards: the header lists the saved months the means come from") {
  std::string dir = q3_history();
  auto r = run_redhare({"awards", "--history", dir, "--period", "2026-Q3", "--lang", "en"});
  REQUIRE(r.status == 0);
  CHECK(r.out.find("months: 3\nsaved: 2026-07, 2026-08, 2026-09\n") != std::string::npos);
  // 大白: (90 + 88) / 2 = 89.0 over 2 of 3 months (2/3 present: eligible);
  // 小美: (80 + 82 + 84) / 3 = 82.0. Columns: agent is 5 wide ("agent"; a
  // name is 4), so 1 pad + 2 gap + 6 before "89.0" in the 10-wide mean score.
  CHECK(r.out.find("大白         89.0       2  best specialist") != std::string::npos);
  CHECK(r.out.find("小美         82.0       3  excellent specialist") != std::string::npos);
}

TEST_CASE("awards: a year with too few saved months says why nobody is listed") {
  std::string dir = q3_history();
  auto r = run_redhare({"awards", "--history", dir, "--period", "2026", "--lang", "en"});
  REQUIRE(r.status == 0);
  // 2/3 of 12 months = 8 needed; nobody has more than 3.
  CHECK(r.out.find("no awards: no agent is in at least 8 of the period's 12 months (3 saved)\n") !=
        std::string::npos);
}

TEST_CASE("a saved month in which every agent scored 0 is named in a warning by awards, review and score (even -q)") {
  // September of zeros: a month score now refuses, saved before or by hand.
  // It still counts (the means are (90 + 0) / 2 for 大白), but the user is told.
  std::string dir = temp_dir();
  write_file(dir + "/2026-07.csv", "agent,score,grade,rank\n大白,90,average,1\n小美,80,average,2\n");
  write_file(dir + "/2026-09.csv", "agent,score,grade,rank\n大白,0,urgent,1\n小美,0.00,urgent,2\n");
  const std::string warning = "redhare: warning: " + dir +
                              "/2026-09.csv: every agent scored 0 in this saved month, which cannot be right";
  auto awards = run_redhare({"awards", "--history", dir, "--period", "2026-Q3", "--lang", "en", "-q"});
  REQUIRE(awards.status == 0);
  CHECK(awards.err.starts_with(warning));
  CHECK(awards.out.find("45.0") != std::string::npos);
  auto review = run_redhare({"review", "--history", dir, "--period", "2026", "--lang", "zh", "-q"});
  CHECK(review.err.find("2026-09.csv：这个已保存月份里所有客服得分都是 0") != std::string::npos);
  auto score = run_redhare({"score", "--history", dir, "--month", "2026-10", "--chats",
                            redhare::test::source_path("examples/chats.csv"), "--orders",
                            redhare::test::source_path("examples/orders.csv"), "--lang", "en", "-q"});
  REQUIRE(score.status == 0);
  CHECK(score.err.find(warning) != std::string::npos);
  // A month with one real score is not warned about.
  write_file(dir + "/2026-09.csv", "agent,score,grade,rank\n大白,0,urgent,2\n小美,12.5,urgent,1\n");
  auto fine = run_redhare({"awards", "--history", dir, "--period", "2026-Q3", "--lang", "en", "-q"});
  CHECK(fine.err.empty());
}

TEST_CASE("awards with every mean below pass_mark list nobody and say why, naming the highest mean") {
  // 小林's 59.99 shows as 60.0 in the table: without the line, "60.0 and no
  // award" would read as a bug.
  std::string dir = temp_dir();
  for (const char* m : {"01", "02", "03"})
    write_file(dir + "/2027-" + m + ".csv", "agent,score,grade,rank\n大白,55,urgent,2\n小林,59.99,urgent,1\n");
  auto en = run_redhare({"awards", "--history", dir, "--period", "2027-Q1", "--lang", "en"});
  REQUIRE(en.status == 0);
  CHECK(en.out.find("best specialist") == std::string::npos);
  CHECK(en.out.find("\nno awards: no mean score reaches pass_mark 60 (the highest is 59.99)\n") != std::string::npos);
  auto zh = run_redhare({"awards", "--history", dir, "--period", "2027-Q1", "--lang", "zh"});
  CHECK(zh.out.find("无人获奖：没有客服的平均得分达到及格线 pass_mark 60（最高为 59.99）") != std::string::npos);
  // One mean at the mark: an award, and no such line.
  write_file(dir + "/2027-03.csv", "agent,score,grade,rank\n大白,55,urgent,2\n小林,60.03,urgent,1\n");
  auto one = run_redhare({"awards", "--history", dir, "--period", "2027-Q1", "--lang", "en"});
  CHECK(one.out.find("best specialist") != std::string::npos);
  CHECK(one.out.find("no awards") == std::string::npos);
}
