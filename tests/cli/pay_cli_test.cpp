// `redhare pay` through the binary: the example month's sheet against the one
// tests/expected/expected_pay.py works out from SPEC alone, every format, and
// the roster rows pay refuses to guess about.
#include <doctest/doctest.h>

#include <filesystem>
#include <regex>
#include <string>
#include <vector>

#include "run.h"

using redhare::test::cat;
using redhare::test::read_file;
using redhare::test::run_redhare;
using redhare::test::source_path;
using redhare::test::split_lines;
using redhare::test::temp_dir;
using redhare::test::write_file;

namespace {

std::vector<std::string> pay_inputs(const std::string& dir, const std::string& encoding = "utf-8") {
  const std::string d = source_path(dir);
  return {"pay",        "--chats",     d + "/chats.csv",   "--orders",  d + "/orders.csv",
          "--targets",  d + "/targets.csv", "--reviews", d + "/reviews.csv", "--ratings", d + "/ratings.csv",
          "--roster",   d + "/roster.csv",  "--month",   "2026-10",    "--encoding", encoding};
}

std::string crlf_to_lf(std::string s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i)
    if (!(s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n')) out += s[i];
  return out;
}

// The example files with the roster replaced.
std::vector<std::string> with_roster(const std::string& roster_text) {
  const std::string path = temp_dir() + "/roster.csv";
  write_file(path, roster_text);
  std::vector<std::string> args = pay_inputs("examples");
  for (size_t i = 0; i + 1 < args.size(); ++i)
    if (args[i] == "--roster") args[i + 1] = path;
  return args;
}

const char* kRosterHeader = "客服,部门,岗位,状态,入职日期,岗位工资,岗位津贴\n";

}  // namespace

TEST_CASE("pay csv of the example month matches the independently computed sheet, in every spelling") {
  const std::string expected = read_file(source_path("tests/expected/pay_2026-10.csv"));
  REQUIRE(!expected.empty());
  for (auto [dir, enc] : {std::pair{"examples", "utf-8"}, {"examples/en", "auto"}, {"examples/gbk", "gbk"}}) {
    CAPTURE(dir);
    auto r = run_redhare(cat(pay_inputs(dir, enc), {"--format", "csv"}));
    REQUIRE(r.status == 0);
    CHECK(crlf_to_lf(r.out) == expected);
  }
}

TEST_CASE("pay with shares by score and an aftersales commission matches the reference, each role its own items") {
  // The reference scores 小林—售后 with the aftersales table of SPEC 8 (49.76,
  // not the presales items' 27.38): with pay.pool_split = score his share
  // follows that score, and his 2% commission his grade.
  const std::string expected = read_file(source_path("tests/expected/pay_2026-10_score.csv"));
  REQUIRE(!expected.empty());
  CHECK(expected.find("红兔旗舰店:小林—售后,客服部,aftersales,3600.00,200.00,50.00,1.99,104.87,") != std::string::npos);
  const std::string policy = temp_dir() + "/policy.ini";
  write_file(policy, "pay.pool_split = score\naftersales.pay.commission_rate = 2%\n");
  for (auto [dir, enc] : {std::pair{"examples", "utf-8"}, {"examples/en", "auto"}, {"examples/gbk", "gbk"}}) {
    CAPTURE(dir);
    auto r = run_redhare(cat(pay_inputs(dir, enc), {"--format", "csv", "--policy", policy}));
    REQUIRE(r.status == 0);
    CHECK(crlf_to_lf(r.out) == expected);
  }
}

TEST_CASE("pay without --roster is a usage error naming it; so is pay without --month") {
  auto r = run_redhare({"pay", "--chats", source_path("examples/chats.csv"), "--orders",
                        source_path("examples/orders.csv"), "--month", "2026-10"});
  CHECK(r.status == 2);
  CHECK(r.err.find("--roster") != std::string::npos);
  std::vector<std::string> args = pay_inputs("examples");
  args.resize(args.size() - 4);  // drop --month 2026-10 --encoding utf-8
  r = run_redhare(args);
  CHECK(r.status == 2);
  CHECK(r.err.find("--month") != std::string::npos);
  // In the run's language.
  r = run_redhare({"pay", "--chats", source_path("examples/chats.csv"), "--orders", source_path("examples/orders.csv"),
                   "--month", "2026-10", "--lang", "zh"});
  CHECK(r.status == 2);
  CHECK(r.err.find("pay 需要 --roster") != std::string::npos);
}

TEST_CASE("the pay table ends with a total line that adds up every column, in en and zh") {
  auto en = run_redhare(cat(pay_inputs("examples"), {"--lang", "en"}));
  REQUIRE(en.status == 0);
  std::vector<std::string> lines = split_lines(en.out);
  bool total = false;
  for (const std::string& l : lines)
    if (l.starts_with("total ")) {
      total = true;
      // ¥25,800.00 base, ¥1,500.00 allowance, ¥600.00 seniority, ¥137.78
      // commission, the whole pool ¥789.62, ¥100.00 rewards and deduction:
      // the sums of tests/expected/pay_2026-10.csv's columns.
      for (const char* sum : {"¥25,800.00", "¥1,500.00", "¥600.00", "¥137.78", "¥789.62", "¥100.00", "¥28,827.40"})
        CHECK_MESSAGE(l.find(sum) != std::string::npos, sum);
    }
  CHECK(total);
  CHECK(en.out.find("pool ¥789.62 = silent sales ¥15,792.40 × 5%") != std::string::npos);
  auto zh = run_redhare(cat(pay_inputs("examples"), {"--lang", "zh"}));
  REQUIRE(zh.status == 0);
  for (const char* h : {"岗位工资", "岗位津贴", "工龄工资", "个人绩效提成", "公共绩效提成", "奖励", "扣款", "当月工资", "\n合计 "})
    CHECK_MESSAGE(zh.out.find(h) != std::string::npos, h);
}

TEST_CASE("pay csv and json are one row per roster agent and nothing else; --bom for Excel") {
  auto csv = run_redhare(cat(pay_inputs("examples"), {"--format", "csv", "--bom", "--lang", "zh"}));
  REQUIRE(csv.status == 0);
  CHECK(csv.out.starts_with("\xEF\xBB\xBF" "agent,department,role,base_pay,allowance,seniority_pay,commission,"
                            "pool_share,rewards,deduction,total\r\n"));
  std::vector<std::string> rows = split_lines(crlf_to_lf(csv.out));
  CHECK(rows.size() == 8);  // header + the 7 roster agents, no total row
  CHECK(csv.out.find("合计") == std::string::npos);
  CHECK(csv.out.find("¥") == std::string::npos);  // numbers as numbers
  // 小林—售后 ranks alone in the after-sales group (fewer than min_group): no deduction (SPEC 8).
  CHECK(csv.out.find("红兔旗舰店:小林—售后,客服部,aftersales,3600.00,200.00,50.00,0.00,157.93,0.00,0.00,4007.93\r\n") !=
        std::string::npos);
  auto json = run_redhare(cat(pay_inputs("examples"), {"--format", "json"}));
  REQUIRE(json.status == 0);
  CHECK(json.out.find("\"pay\"") != std::string::npos);
  CHECK(json.out.find("\"total\"") != std::string::npos);
  CHECK(json.out.find("\"agent\": \"total\"") == std::string::npos);
  size_t agents = 0;
  for (size_t at = json.out.find("\"agent\":"); at != std::string::npos; at = json.out.find("\"agent\":", at + 1))
    ++agents;
  CHECK(agents == 7);
}

TEST_CASE("pay is byte-identical run to run") {
  auto a = run_redhare(cat(pay_inputs("examples"), {"--format", "csv"}));
  auto b = run_redhare(cat(pay_inputs("examples"), {"--format", "csv"}));
  REQUIRE(a.status == 0);
  CHECK(a.out == b.out);
}

TEST_CASE("pay --detail shows each component's arithmetic") {
  auto r = run_redhare(cat(pay_inputs("examples"), {"--detail", "--lang", "en"}));
  REQUIRE(r.status == 0);
  CHECK(r.out.find("commission ¥35.23 = sales ¥3,523.30 × 1% × 1 (average)") != std::string::npos);
  CHECK(r.out.find("seniority ¥150.00 = 3 full year(s) (hired 2023-07-15, counted to 2026-10-31)") != std::string::npos);
  CHECK(r.out.find("pool share ¥157.93 ≈ pool ¥789.62 ÷ 5 members") != std::string::npos);
  CHECK(r.out.find("deduction ¥100.00: last-rank deduction ¥100.00") != std::string::npos);
  CHECK(r.out.find("pool share ¥0.00: on probation") != std::string::npos);
  CHECK(r.out.find("commission ¥0.00: no activity this month, no grade") != std::string::npos);
  auto zh = run_redhare(cat(pay_inputs("examples"), {"--detail", "--lang", "zh"}));
  CHECK(zh.out.find("个人绩效提成 ¥35.23 = 销售额 ¥3,523.30 × 1% × 1（中等）") != std::string::npos);
}

TEST_CASE("a roster agent without base_pay stops pay at its line; lenient leaves them off with a warning") {
  const std::string roster = std::string(kRosterHeader) +
                             "红兔旗舰店:小美,客服部,售前,正式,2024-03-01,4000.00,300.00\n"
                             "红兔旗舰店:阿强,客服部,售前,正式,2023-07-15,,300.00\n";
  auto strict = run_redhare(with_roster(roster));
  CHECK(strict.status == 2);
  CHECK(strict.err.find("roster.csv:3: ") != std::string::npos);
  CHECK(strict.err.find("阿强") != std::string::npos);
  CHECK(strict.err.find("base_pay") != std::string::npos);
  CHECK(strict.out.empty());
  auto lenient = run_redhare(cat(with_roster(roster), {"--max-errors", "5", "--format", "csv", "-q"}));
  CHECK(lenient.status == 0);
  CHECK(lenient.err.find("roster.csv:3: ") != std::string::npos);
  CHECK(lenient.err.find("left off the pay sheet") != std::string::npos);
  CHECK(lenient.out.find("阿强") == std::string::npos);
  CHECK(lenient.out.find("小美") != std::string::npos);
  auto zh = run_redhare(cat(with_roster(roster), {"--max-errors", "5", "--format", "csv", "-q", "--lang", "zh"}));
  CHECK(zh.status == 0);
  CHECK(zh.err.find("此人不在工资表上") != std::string::npos);
}

TEST_CASE("lenient pay: a roster row pay refuses is a bad row like any other: counted, in --rejects, in the account") {
  const std::string roster = std::string(kRosterHeader) +
                             "红兔旗舰店:小美,客服部,售前,正式,2024-03-01,4000.00,300.00\n"
                             "红兔旗舰店:阿强,客服部,售前,正式,2023-07-15,,300.00\n"
                             "红兔旗舰店:大白,客服部,售前,正式,2026-11-01,3800.00,300.00\n"
                             "红兔旗舰店:晓晓,客服部,售前,正式,2025-06-01,-3800.00,200.00\n";
  const std::string rejects = temp_dir() + "/rejects.csv";
  for (const char* lang : {"en", "zh"}) {
    CAPTURE(lang);
    auto r = run_redhare(cat(with_roster(roster), {"--max-errors", "5", "--rejects", rejects, "--format", "csv",
                                                   "--lang", lang}));
    REQUIRE(r.status == 0);
    // All three are in the rejects file with their line, reason and row.
    const std::string kept = read_file(rejects);
    const bool en = std::string(lang) == "en";
    CHECK(kept.find("roster.csv,3,") != std::string::npos);
    CHECK(kept.find(en ? "base_pay is empty" : "岗位工资 base_pay 为空") != std::string::npos);
    CHECK(kept.find(",\"红兔旗舰店:阿强,客服部,售前,正式,2023-07-15,,300.00\"\r\n") != std::string::npos);
    CHECK(kept.find("roster.csv,4,") != std::string::npos);
    CHECK(kept.find(en ? "hired 2026-11-01 is after the month" : "入职日期 2026-11-01 在本月之后") != std::string::npos);
    CHECK(kept.find("roster.csv,5,") != std::string::npos);  // the negative base_pay, read as a bad amount
    // Counted with every other bad row, and in the roster's row account.
    CHECK(r.err.find(en ? "3 bad row(s) skipped" : "跳过了 3 行") != std::string::npos);
    CHECK(r.err.find(en ? "roster.csv: 4 read = 1 used + 0 outside period + 0 duplicates + 3 rejected"
                        : "roster.csv：读取 4 行 = 使用 1 + 不在期间内 0 + 重复 0 + 拒收 3") != std::string::npos);
    // Never paid a guessed amount: only 小美 is on the sheet.
    CHECK(r.out.find("小美") != std::string::npos);
    for (const char* off : {"阿强", "大白", "晓晓"}) CHECK_MESSAGE(r.out.find(off) == std::string::npos, off);
  }
  // Three such rows are more than --max-errors 2: the run stops, as for any bad rows.
  auto past = run_redhare(cat(with_roster(roster), {"--max-errors", "2", "--format", "csv"}));
  CHECK(past.status == 2);
  CHECK(past.out.empty());
  CHECK(past.err.find("roster.csv:5: ") != std::string::npos);
}

TEST_CASE("an agent left off the pay sheet changes no one else's pay: ranks, lines and pool shares stay") {
  // 阿强 without base_pay: he still ranks in his group (last: the −¥100 is
  // his, not the next one's) and shares the pool (regular, active), so the
  // sheet is the example sheet without his row, and the pool line says what
  // is held for him.
  std::string roster = read_file(source_path("examples/roster.csv"));
  const std::string with_pay = "2023-07-15,4000.00,300.00";
  REQUIRE(roster.find(with_pay) != std::string::npos);
  roster.replace(roster.find(with_pay), with_pay.size(), "2023-07-15,,300.00");
  auto r = run_redhare(cat(with_roster(roster), {"--max-errors", "1", "--format", "csv", "-q"}));
  REQUIRE(r.status == 0);
  std::string expected;
  for (const std::string& row : split_lines(read_file(source_path("tests/expected/pay_2026-10.csv"))))
    if (row.find("阿强") == std::string::npos) expected += row + "\n";
  CHECK(crlf_to_lf(r.out) == expected);
  auto en = run_redhare(cat(with_roster(roster), {"--max-errors", "1", "--lang", "en", "-q"}));
  REQUIRE(en.status == 0);
  CHECK(en.out.find("pool ¥789.62 = silent sales ¥15,792.40 × 5%, shared equally by 5 regular agents with activity "
                    "(largest remainder, to the fen); ¥157.92 of it held for 1 agent(s) left off the sheet, paid once "
                    "their roster row is fixed") != std::string::npos);
  auto zh = run_redhare(cat(with_roster(roster), {"--max-errors", "1", "--lang", "zh", "-q"}));
  REQUIRE(zh.status == 0);
  CHECK(zh.out.find("；其中 ¥157.92 留给未列入工资表的 1 人，名册修正后发放") != std::string::npos);
}

TEST_CASE("check warns about each roster row pay would reject, and counts it used (score uses it)") {
  const std::string roster = std::string(kRosterHeader) +
                             "红兔旗舰店:小美,客服部,售前,正式,2024-03-01,4000.00,300.00\n"
                             "红兔旗舰店:阿强,客服部,售前,正式,2023-07-15,,300.00\n";
  std::vector<std::string> args = with_roster(roster);
  args[0] = "check";
  auto en = run_redhare(cat(args, {"--lang", "en"}));
  REQUIRE(en.status == 0);
  CHECK(en.err.find("roster.csv:3: \"红兔旗舰店:阿强\": base_pay is empty") != std::string::npos);
  CHECK(en.err.find("`pay` will reject this row") != std::string::npos);
  // The file column is as wide as the longest path given, so only the order of the cells is pinned.
  CHECK(std::regex_search(en.out, std::regex("roster\\.csv +2 +2 ")));
  auto zh = run_redhare(cat(args, {"--lang", "zh", "-q"}));
  REQUIRE(zh.status == 0);
  CHECK(zh.err.find("pay 将拒收此行") != std::string::npos);
  // A roster without any base_pay is not a pay roster: no warning.
  const std::string plain = "客服,部门\n红兔旗舰店:小美,客服部\n";
  args = with_roster(plain);
  args[0] = "check";
  auto quiet = run_redhare(args);
  REQUIRE(quiet.status == 0);
  CHECK(quiet.err.find("pay") == std::string::npos);
}

TEST_CASE("a roster agent hired after the month is an error at its line, never paid") {
  const std::string roster = std::string(kRosterHeader) +
                             "红兔旗舰店:小美,客服部,售前,正式,2026-11-01,4000.00,300.00\n";
  auto r = run_redhare(with_roster(roster));
  CHECK(r.status == 2);
  CHECK(r.err.find("roster.csv:2: ") != std::string::npos);
  CHECK(r.err.find("2026-11-01") != std::string::npos);
  auto zh = run_redhare(cat(with_roster(roster), {"--lang", "zh"}));
  CHECK(zh.err.find("在本月之后") != std::string::npos);
}

TEST_CASE("a negative amount on the roster is a bad row at its line") {
  const std::string roster = std::string(kRosterHeader) +
                             "红兔旗舰店:小美,客服部,售前,正式,2024-03-01,-4000.00,300.00\n";
  auto r = run_redhare(with_roster(roster));
  CHECK(r.status == 2);
  CHECK(r.err.find("roster.csv:2: ") != std::string::npos);
}

TEST_CASE("pay warns, naming them, about agents without a hired date (seniority 0)") {
  const std::string roster = std::string(kRosterHeader) + "红兔旗舰店:小美,客服部,售前,正式,,4000.00,300.00\n" +
                             "=SUM(A1),客服部,售前,正式,2024-01-01,1.00,\n";
  auto r = run_redhare(cat(with_roster(roster), {"--format", "csv", "-q"}));
  REQUIRE(r.status == 0);
  CHECK(r.err.find("no hired date") != std::string::npos);
  CHECK(r.err.find("红兔旗舰店:小美") != std::string::npos);
  // A name that would be a formula in Excel is written as text.
  CHECK(r.out.find("\r\n'=SUM(A1),") != std::string::npos);
}

TEST_CASE("pay.pool_split = score from a policy file changes the shares, still adding up to the pool") {
  const std::string policy = temp_dir() + "/policy.ini";
  write_file(policy, "pay.pool_split = score\n");
  auto r = run_redhare(cat(pay_inputs("examples"), {"--format", "csv", "--policy", policy}));
  REQUIRE(r.status == 0);
  long shares = 0;
  for (const std::string& row : split_lines(crlf_to_lf(r.out))) {
    std::vector<std::string> f;
    size_t start = 0;
    for (size_t c = row.find(','); ; c = row.find(',', start)) {
      f.push_back(row.substr(start, c == std::string::npos ? c : c - start));
      if (c == std::string::npos) break;
      start = c + 1;
    }
    if (f.size() == 11 && f[0] != "agent") {
      size_t dot = f[7].find('.');
      shares += std::stol(f[7].substr(0, dot)) * 100 + std::stol(f[7].substr(dot + 1));
    }
  }
  CHECK(shares == 78962);
  CHECK(r.out.find(",157.92,") == std::string::npos);  // not the equal split any more
}

TEST_CASE("explain --agent with --roster shows the agent's pay, component by component (--section pay)") {
  std::vector<std::string> args = pay_inputs("examples");
  args[0] = "explain";
  auto csv = run_redhare(cat(args, {"--agent", "红兔旗舰店:大白", "--section", "pay", "--format", "csv", "--lang", "en"}));
  REQUIRE(csv.status == 0);
  const std::string out = crlf_to_lf(csv.out);
  CHECK(out.starts_with("component,amount,how\n"));
  // The same amounts as 大白's row of tests/expected/pay_2026-10.csv.
  CHECK(out.find("\ncommission,35.23,\"commission ¥35.23 = sales ¥3,523.30 × 1% × 1 (average)\"\n") !=
        std::string::npos);
  CHECK(out.find("\npool_share,157.93,") != std::string::npos);
  CHECK(out.find("\nrewards,100.00,") != std::string::npos);
  CHECK(out.find("\ntotal,4443.16,") != std::string::npos);
  auto zh = run_redhare(cat(args, {"--agent", "红兔旗舰店:大白", "--lang", "zh"}));
  REQUIRE(zh.status == 0);
  CHECK(zh.out.find("工龄工资 ¥50.00 = 满 1 年（2025-01-06 入职，计至 2026-10-31）") != std::string::npos);
  CHECK(zh.out.find("公共绩效提成池 ¥789.62") != std::string::npos);
  // Without a roster, explain has no pay section.
  auto plain = run_redhare({"explain", "--agent", "红兔旗舰店:大白", "--chats", source_path("examples/chats.csv"),
                            "--orders", source_path("examples/orders.csv"), "--month", "2026-10", "--section", "pay",
                            "--format", "csv"});
  CHECK(plain.status == 2);
}

TEST_CASE("pay with every roster row refused (lenient) or a header-only roster stops: no empty sheet, no rejects file") {
  const std::string dir = temp_dir();
  const std::string roster = std::string(kRosterHeader) +
                             "红兔旗舰店:小美,客服部,售前,正式,2024-03-01,,300.00\n"
                             "红兔旗舰店:大白,客服部,售前,正式,2025-01-06,,300.00\n";
  write_file(dir + "/rejects.csv", "old\n");
  auto en = run_redhare(cat(with_roster(roster), {"--max-errors", "5", "--rejects", dir + "/rejects.csv", "-o",
                                                  dir + "/pay.csv", "--format", "csv", "-q", "--lang", "en"}));
  CHECK(en.status == 2);
  CHECK(en.err.find("roster.csv: nobody to pay: all 2 roster rows were refused (above); fix them and run again\n") !=
        std::string::npos);
  CHECK(en.err.find("roster.csv:3: \"红兔旗舰店:大白\": base_pay is empty") != std::string::npos);
  CHECK(read_file(dir + "/rejects.csv") == "old\n");
  CHECK_FALSE(std::filesystem::exists(dir + "/pay.csv"));
  auto zh = run_redhare(cat(with_roster(kRosterHeader), {"--lang", "zh"}));
  CHECK(zh.status == 2);
  CHECK(zh.out.empty());
  CHECK(zh.err.find("roster.csv：没有可发工资的人：名册只有表头") != std::string::npos);
}

TEST_CASE("explain --section pay for an agent left off the sheet shows the pool share held for them, nothing guessed") {
  // 阿强 without base_pay: pay leaves him off (¥157.92 of the ¥789.62 pool,
  // an equal fifth rounded down by largest remainder, is held for him).
  std::string roster = read_file(source_path("examples/roster.csv"));
  const std::string with_pay = "2023-07-15,4000.00,300.00";
  REQUIRE(roster.find(with_pay) != std::string::npos);
  roster.replace(roster.find(with_pay), with_pay.size(), "2023-07-15,,300.00");
  std::vector<std::string> args = with_roster(roster);
  args[0] = "explain";
  auto csv = run_redhare(cat(args, {"--agent", "红兔旗舰店:阿强", "--section", "pay", "--format", "csv", "--lang", "en"}));
  REQUIRE(csv.status == 0);
  const std::string out = crlf_to_lf(csv.out);
  CHECK(out.starts_with("component,amount,how\npool_share,157.92,"));
  CHECK(split_lines(out).size() == 2);  // no base pay, commission or total made up for a refused row
  CHECK(out.find("held for them") != std::string::npos);
  auto zh = run_redhare(cat(args, {"--agent", "红兔旗舰店:阿强", "--lang", "zh"}));
  REQUIRE(zh.status == 0);
  CHECK(zh.out.find("为其保留公共绩效提成 ¥157.92") != std::string::npos);
  CHECK(zh.out.find("roster.csv:3: ") != std::string::npos);
  CHECK(zh.out.find("其中 ¥157.92 留给未列入工资表的 1 人") != std::string::npos);
}

TEST_CASE("pay --history: the 3-month rank-1 bonus is among the rewards") {
  // 大白 is rank 1 in October (tests/expected/pay_2026-10.csv: rewards ¥100);
  // rank 1 in August and September too makes three months: + the ¥200 bonus.
  const std::string history = temp_dir();
  for (const char* month : {"2026-08", "2026-09"})
    // Saved with the roster: rank 1 of the same (department, role) group (SPEC 8:
    // the run follows the agent inside this month's group).
    write_file(history + "/" + month + ".csv",
               "agent,score,grade,rank,department,role\n红兔旗舰店:大白,90,average,1,客服部,presales\n");
  auto r = run_redhare(cat(pay_inputs("examples"), {"--history", history, "--format", "csv"}));
  REQUIRE(r.status == 0);
  // ¥4,443.16 + ¥200.00.
  CHECK(r.out.find("红兔旗舰店:大白,客服部,presales,3800.00,300.00,50.00,35.23,157.93,300.00,0.00,4643.16\r\n") !=
        std::string::npos);
}
