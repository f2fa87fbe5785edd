// `redhare review` (SPEC 12) over tests/expected/review/: a 2025 with four
// months missing and a 2026-H1 with one missing, written by
// tests/expected/review/make_history.py, each agent planted for one rule. The
// expected CSVs next to them are computed by tests/expected/expected_review.py
// from SPEC.md alone; here the binary must print exactly those, in both
// languages, and the words of the lines, the bad inputs and the formats.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "output/csv_read_back.h"
#include "run.h"

using redhare::test::read_back_csv;
using redhare::test::read_file;
using redhare::test::run_redhare;
using redhare::test::RunResult;
using redhare::test::source_path;
using redhare::test::split_lines;
using redhare::test::temp_dir;
using redhare::test::write_file;

namespace {

const std::string kDir = "tests/expected/review/";

std::vector<std::string> review(const std::string& period, std::vector<std::string> more = {}) {
  std::vector<std::string> args = {"review", "--history", source_path(kDir + "history"), "--period", period,
                                   "--roster", source_path(kDir + "roster.csv")};
  args.insert(args.end(), more.begin(), more.end());
  return args;
}

// CSV records without the CR of CRLF, as the reference writes them (LF).
std::string lf(const std::string& crlf) {
  std::string out;
  for (char c : crlf)
    if (c != '\r') out += c;
  return out;
}

// The first three fields (agent, rule, amount) of each actions record.
std::string rule_columns(const std::string& csv) {
  std::string out;
  for (const auto& r : read_back_csv(csv)) out += r.at(0) + "," + r.at(1) + "," + r.at(2) + "\n";
  return out;
}

}  // namespace

TEST_CASE("review --format csv is the independent reference's, for the year and for H1, in both languages") {
  for (const char* period : {"2025", "2026-H1"}) {
    for (const char* lang : {"en", "zh"}) {
      CAPTURE(period);
      CAPTURE(lang);
      RunResult r = run_redhare(review(period, {"--format", "csv", "--lang", lang}));
      CHECK(r.status == 0);
      CHECK(r.err == "");
      CHECK(lf(r.out) == read_file(source_path(kDir + "review_" + period + ".csv")));
      RunResult a = run_redhare(review(period, {"--format", "csv", "--section", "actions", "--lang", lang}));
      CHECK(a.status == 0);
      CHECK(rule_columns(a.out) == read_file(source_path(kDir + "actions_" + period + ".csv")));
    }
  }
}

TEST_CASE("review lines name the numbers behind them, in en and zh") {
  RunResult en = run_redhare(review("2026-H1", {"--format", "csv", "--section", "actions", "--lang", "en"}));
  RunResult zh = run_redhare(review("2026-H1", {"--format", "csv", "--section", "actions", "--lang", "zh"}));
  auto detail = [](const RunResult& r, const std::string& agent, const std::string& rule) {
    for (const auto& row : read_back_csv(r.out))
      if (row.at(0) == agent && row.at(1) == rule) return row.at(3);
    return std::string("(no line)");
  };
  // 寅: 有待提高 in 2025 and again in H1 (62.3, 61.8, 62.5, 62.1 → 62.175),
  // roster allowance 250 yuan → 200, the highest level below it.
  CHECK(detail(en, "寅", "allowance_down") ==
        "allowance down one level — ¥250.00 → ¥200.00; grade needs improvement, mean score 62.17 over 4 of 4 "
        "months; last year needs improvement");
  CHECK(detail(zh, "寅", "allowance_down") ==
        "岗位津贴下调一级 — ¥250.00 → ¥200.00；等级 有待提高，4 个月中 4 个月的平均得分 62.17；去年 有待提高");
  // 卯 has 0 yuan: the lowest level.
  CHECK(detail(en, "卯", "allowance_down").find("¥0.00 is the lowest level: unchanged") != std::string::npos);
  CHECK(detail(zh, "卯", "allowance_down").find("¥0.00 已是最低一级，不作调整") != std::string::npos);
  // 癸 has no allowance on the roster: no amounts.
  CHECK(detail(en, "癸", "allowance_down").find("¥") == std::string::npos);
  // 辰 was ranked in 1 of H1's 4 saved months (3 needed).
  CHECK(detail(en, "辰", "not_reviewable") == "not reviewable — ranked in 1 of 4 months, 3 needed; last year needs improvement");
  CHECK(detail(zh, "辰", "not_reviewable") == "无法考核 — 4 个已保存月份中参与排名 1 个月，需要 3 个月；去年 有待提高");
  CHECK(detail(en, "辛", "continues").find("last year needs improvement") != std::string::npos);

  RunResult year = run_redhare(review("2025", {"--format", "csv", "--section", "actions", "--lang", "en"}));
  // 乙: 96.1 is 特优 by score, but 甲 holds the one 特优 place of 11.
  CHECK(detail(year, "乙", "promotion_candidate") ==
        "promotion candidate when a post opens (allowance unchanged) — grade excellent (outstanding before forced "
        "distribution), mean score 96.10 over 8 of 8 months");
}

TEST_CASE("review prints a table per group with its heading, in en and zh") {
  RunResult en = run_redhare(review("2026-H1", {"--lang", "en"}));
  CHECK(en.status == 0);
  CHECK(en.out.find("\n客服一部 / pre-sales\n") != std::string::npos);
  CHECK(en.out.find("\n客服一部 / after-sales\n") != std::string::npos);
  CHECK(en.out.find("\n客服二部 / pre-sales\n") != std::string::npos);
  CHECK(en.out.find("listed_by: 2025\n") != std::string::npos);
  RunResult zh = run_redhare(review("2026-H1", {"--lang", "zh"}));
  CHECK(zh.out.find("\n客服二部 / 售前\n") != std::string::npos);
  CHECK(zh.out.find("名单来源: 2025\n") != std::string::npos);
  CHECK(zh.out.find("岗位津贴下调一级") != std::string::npos);
}

TEST_CASE("review in json, md and html") {
  RunResult json = run_redhare(review("2025", {"--format", "json"}));
  CHECK(json.status == 0);
  CHECK(json.out.find("\"review\": [") != std::string::npos);
  CHECK(json.out.find("\"actions\": [") != std::string::npos);
  CHECK(json.out.find("\"mean_score\": 97.1000") != std::string::npos);
  RunResult md = run_redhare(review("2025", {"--format", "md", "--lang", "en"}));
  CHECK(md.status == 0);
  CHECK(md.out.find("客服二部 / pre-sales") != std::string::npos);
  RunResult html = run_redhare(review("2025", {"--format", "html", "--lang", "zh"}));
  CHECK(html.status == 0);
  CHECK(html.out.find("客服二部 / 售前") != std::string::npos);
  CHECK(html.out.find("<h1>考核结果 \u00b7 2025</h1>") != std::string::npos);
}

TEST_CASE("a mid-year review with no saved month the year before says so and lists nobody") {
  // The fixture's first saved month is 2025-01: nothing in 2024.
  RunResult en = run_redhare(review("2025-H1", {"--lang", "en"}));
  CHECK(en.status == 0);
  CHECK(en.out.find("no saved month in 2024: no annual review listed anyone for this mid-year review\n") !=
        std::string::npos);
  RunResult zh = run_redhare(review("2025-H1", {"--lang", "zh"}));
  CHECK(zh.out.find("2024 年没有已保存的月份：无年度考核名单，本次年中考核无考核对象\n") != std::string::npos);
  RunResult csv = run_redhare(review("2025-H1", {"--format", "csv", "--section", "actions"}));
  CHECK(csv.out == "agent,rule,amount,detail\r\n");
}

TEST_CASE("review: a period with no saved month is exit 2 naming what the folder holds") {
  RunResult r = run_redhare(review("2027"));
  CHECK(r.status == 2);
  CHECK(r.err.find("no saved month in 2027 (it holds 2025-01 to 2026-05)") != std::string::npos);
  CHECK(r.out == "");
}

TEST_CASE("review: a --period that is not YYYY or YYYY-H1 is a usage error") {
  RunResult r = run_redhare(review("2026-Q1"));
  CHECK(r.status == 2);
  CHECK(r.err == "redhare: --period \"2026-Q1\": expected YYYY or YYYY-H1\n");
}

TEST_CASE("review: a corrupt month file is file:line") {
  std::string dir = temp_dir();
  write_file(dir + "/2026-01.csv", "agent,score,grade,rank\n甲,80,average,1\n乙,eighty,average,2\n");
  RunResult r = run_redhare({"review", "--history", dir, "--period", "2026"});
  CHECK(r.status == 2);
  CHECK(r.err.find(dir + "/2026-01.csv:3:") != std::string::npos);
  CHECK(r.err.find("bad score \"eighty\"") != std::string::npos);
}

TEST_CASE("review: history saved before rosters is one group; the lines name no amounts without --roster") {
  std::string dir = temp_dir();
  write_file(dir + "/2025-01.csv", "agent,score,grade,rank\n甲,80,average,1\n乙,55,needs-improvement,2\n");
  write_file(dir + "/2026-01.csv", "agent,score,grade,rank\n甲,80,average,1\n乙,56,needs-improvement,2\n");
  RunResult r = run_redhare({"review", "--history", dir, "--period", "2026-H1", "--lang", "en"});
  CHECK(r.status == 0);
  CHECK(r.out.find("\nAll agents\n") != std::string::npos);
  CHECK(r.out.find("allowance not known (none from --roster), so no amounts") != std::string::npos);
  RunResult csv = run_redhare({"review", "--history", dir, "--period", "2026-H1", "--format", "csv"});
  CHECK(lf(csv.out) ==
        "agent,department,role,months,mean_score,grade,rank,group_ranked,listed,allowance,allowance_after\n"
        "甲,,presales,1,80.0000,average,1,2,no,,\n"
        "乙,,presales,1,56.0000,needs-improvement,2,2,yes,,\n");
}

TEST_CASE("review: a policy whose allowance levels are not ascending is refused with its line") {
  std::string dir = temp_dir();
  write_file(dir + "/p.ini", "# levels\nallowance.levels = 0, 300, 200\n");
  RunResult r = run_redhare(review("2026-H1", {"--policy", dir + "/p.ini"}));
  CHECK(r.status == 2);
  CHECK(r.err == "redhare: " + dir + "/p.ini:2: allowance.levels: levels must be in ascending order: 200 after 300\n");
}

TEST_CASE("review: a policy's allowance levels move the allowance") {
  // 寅's 250 yuan goes down to the highest level below it: 240 with these levels.
  std::string dir = temp_dir();
  write_file(dir + "/p.ini", "allowance.levels = 0, 240, 400\n");
  RunResult r = run_redhare(review("2026-H1", {"--policy", dir + "/p.ini", "--format", "csv", "--section", "actions"}));
  CHECK(r.status == 0);
  CHECK(r.out.find("寅,allowance_down,-10.00,") != std::string::npos);
}

TEST_CASE("review: a bad roster row is file:line, and nothing is printed") {
  std::string dir = temp_dir();
  write_file(dir + "/roster.csv", "agent,allowance\n寅,250\n卯,2.505\n");
  RunResult r = run_redhare({"review", "--history", source_path(kDir + "history"), "--period", "2026-H1",
                             "--roster", dir + "/roster.csv"});
  CHECK(r.status == 2);
  CHECK(r.err.find(dir + "/roster.csv:3:") != std::string::npos);
  CHECK(r.out == "");
}

TEST_CASE("review: -o naming a saved month of --history or the roster is refused, and they stay as they were") {
  std::string dir = temp_dir();
  write_file(dir + "/2026-01.csv", "agent,score,grade,rank\n甲,80,average,1\n");
  write_file(dir + "/roster.csv", "agent,allowance\n甲,200\n");
  RunResult month = run_redhare({"review", "--history", dir, "--period", "2026", "-o", dir + "/2026-01.csv"});
  CHECK(month.status == 2);
  CHECK(month.err.find("is the --history input file") != std::string::npos);
  CHECK(read_file(dir + "/2026-01.csv") == "agent,score,grade,rank\n甲,80,average,1\n");
  RunResult roster = run_redhare(
      {"review", "--history", dir, "--period", "2026", "--roster", dir + "/roster.csv", "-o", dir + "/roster.csv"});
  CHECK(roster.status == 2);
  CHECK(roster.err.find("is the --roster input file") != std::string::npos);
  CHECK(read_file(dir + "/roster.csv") == "agent,allowance\n甲,200\n");
}
