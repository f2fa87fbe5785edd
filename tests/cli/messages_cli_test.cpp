// Errors and warnings speak the run's language (issue 11): --lang, else
// LC_ALL / LC_MESSAGES / LANG, decided before the command line is parsed, so
// a misspelt option already knows it. English keeps the words it always had.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "run.h"

using redhare::test::cat;
using redhare::test::example_inputs;
using redhare::test::run_redhare;
using redhare::test::RunResult;
using redhare::test::RunSpec;
using redhare::test::source_path;
using redhare::test::temp_dir;
using redhare::test::write_file;

namespace {

std::string fixture(const std::string& name) { return source_path("tests/read/fixtures/" + name); }

RunResult run_env(std::vector<std::string> args, std::vector<std::string> env) {
  RunSpec spec;
  spec.args = std::move(args);
  // The test's own locale must not decide: only what each case sets.
  spec.env = {"LC_ALL", "LC_MESSAGES", "LANG"};
  spec.env.insert(spec.env.end(), env.begin(), env.end());
  return run_redhare(spec);
}

// A file of orders with only the header line.
std::string header_only_orders() {
  std::string path = temp_dir() + "/orders.csv";
  write_file(path, "订单编号,买家会员名,订单创建时间,订单付款时间,买家实际支付金额,订单状态,退款金额\n");
  return path;
}

}  // namespace

TEST_CASE("a misspelt option is named in the run's language, --lang given before or after it") {
  std::vector<std::string> base = cat({"score", "--fromat", "csv"}, example_inputs());
  RunResult en = run_env(cat(base, {"--lang", "en"}), {});
  CHECK(en.status == 2);
  CHECK(en.err == "redhare: unknown option --fromat (see `redhare score --help`)\n");
  RunResult zh = run_env(cat(base, {"--lang", "zh"}), {});
  CHECK(zh.status == 2);
  CHECK(zh.err == "redhare: 未知选项 --fromat（见 `redhare score --help`）\n");
  RunResult zh_eq = run_env(cat({"score", "--lang=zh", "--fromat", "csv"}, example_inputs()), {});
  CHECK(zh_eq.err == zh.err);
}

TEST_CASE("without --lang the locale decides: LC_ALL, then LC_MESSAGES, then LANG") {
  std::vector<std::string> bad = {"scroe"};
  const std::string zh = "redhare: 未知命令 \"scroe\"；可用的命令有 check, metrics, score, explain, pay, awards, review, policy"
                         "（见 `redhare --help`）\n";
  CHECK(run_env(bad, {"LANG=zh_CN.UTF-8"}).err == zh);
  CHECK(run_env(bad, {"LC_MESSAGES=zh_CN.UTF-8", "LANG=en_US.UTF-8"}).err == zh);
  CHECK(run_env(bad, {"LC_ALL=en_US.UTF-8", "LANG=zh_CN.UTF-8"}).err.find("unknown command") != std::string::npos);
  CHECK(run_env(bad, {}).err.find("unknown command \"scroe\"") != std::string::npos);
  // --lang wins over the locale.
  CHECK(run_env({"scroe", "--lang", "en"}, {"LANG=zh_CN.UTF-8"}).err.find("unknown command") != std::string::npos);
}

TEST_CASE("an unwritable -o is said in the run's language") {
  std::string out = temp_dir() + "/missing/score.csv";
  std::vector<std::string> args = cat({"metrics", "-o", out}, example_inputs());
  RunResult en = run_env(cat(args, {"--lang", "en"}), {});
  CHECK(en.status == 2);
  CHECK(redhare::test::without_target_warning(en.err) == "redhare: cannot write " + out + ": No such file or directory\n");
  RunResult zh = run_env(cat(args, {"--lang", "zh"}), {});
  CHECK(zh.status == 2);
  CHECK(redhare::test::without_target_warning(zh.err) == "redhare: 无法写入 " + out + ": No such file or directory\n");
}

TEST_CASE("a header-only orders file is warned about in the run's language") {
  std::string orders = header_only_orders();
  std::vector<std::string> args = {"check", "-q", "--chats", source_path("examples/chats.csv"), "--orders", orders};
  RunResult en = run_env(cat(args, {"--lang", "en"}), {});
  CHECK(en.status == 0);
  CHECK(en.err == "redhare: warning: " + orders + ": no data rows (only a header)\n");
  RunResult zh = run_env(cat(args, {"--lang", "zh"}), {});
  CHECK(zh.status == 0);
  CHECK(zh.err == "redhare: 警告：" + orders + "：没有数据行（只有表头）\n");
}

TEST_CASE("a bad option value is said in the run's language") {
  RunResult zh = run_env(cat({"metrics", "--format", "cvs", "--lang", "zh"}, example_inputs()), {});
  CHECK(zh.status == 2);
  CHECK(zh.err == "redhare: --format 应为 table、csv、tsv、json、md 或 html，而不是 \"cvs\"（见 `redhare metrics --help`）\n");
  RunResult month = run_env({"metrics", "--lang", "zh", "--chats", source_path("examples/chats.csv"), "--orders",
                             source_path("examples/orders.csv"), "--month", "2026-13"},
                            {});
  CHECK(month.status == 2);
  CHECK(month.err == "redhare: --month 应为 YYYY-MM（如 2026-10）或 \"last\"，而不是 \"2026-13\"\n");
}

TEST_CASE("the lenient warning and the row account speak the run's language") {
  std::vector<std::string> args = {"check", "--chats", fixture("chats_bad_time.csv"), "--orders",
                                   fixture("orders_ok.csv"), "--max-errors", "5"};
  RunResult en = run_env(cat(args, {"--lang", "en"}), {});
  CHECK(en.status == 0);
  CHECK(en.err.find("redhare: warning: 4 bad row(s) skipped (--max-errors 5); use --rejects FILE to keep them\n") !=
        std::string::npos);
  CHECK(en.err.find(" read = ") != std::string::npos);
  RunResult zh = run_env(cat(args, {"--lang", "zh"}), {});
  CHECK(zh.status == 0);
  CHECK(zh.err.find("redhare: 警告：跳过了 4 行错误数据（--max-errors 5）；用 --rejects FILE 可保留这些行\n") !=
        std::string::npos);
  CHECK(zh.err.find("：读取 ") != std::string::npos);
  CHECK(zh.err.find(" read = ") == std::string::npos);
}

TEST_CASE("a bad time is named at its file:line in the run's language") {
  std::vector<std::string> args = {"check", "--chats", fixture("chats_bad_time.csv"), "--orders",
                                   fixture("orders_ok.csv")};
  const std::string where = "redhare: " + fixture("chats_bad_time.csv") + ":3: ";
  RunResult en = run_env(cat(args, {"--lang", "en"}), {});
  CHECK(en.status == 2);
  CHECK(en.err == where + "bad time \"2026-13-01 17:47:20\" in column time\n");
  RunResult zh = run_env(args, {"LANG=zh_CN.UTF-8"});
  CHECK(zh.status == 2);
  CHECK(zh.err == where + "列 time 的时间 \"2026-13-01 17:47:20\" 无效\n");
}

TEST_CASE("a missing column is named with the names tried, in the run's language") {
  std::string chats = temp_dir() + "/chats.csv";
  write_file(chats, "time,agent,customer,text\n2026-10-01 09:00:00,a,c,hi\n");
  std::vector<std::string> args = {"check", "--chats", chats, "--orders", fixture("orders_ok.csv")};
  RunResult en = run_env(cat(args, {"--lang", "en"}), {});
  CHECK(en.status == 2);
  CHECK(en.err == "redhare: " + chats +
                      ":1: missing column direction (tried direction, 方向, 发送方, sender, from); columns found: "
                      "\"time\", \"agent\", \"customer\", \"text\"\n");
  RunResult zh = run_env(cat(args, {"--lang", "zh"}), {});
  CHECK(zh.status == 2);
  CHECK(zh.err == "redhare: " + chats +
                      ":1: 缺少列 direction（尝试过 direction, 方向, 发送方, sender, from）；找到的列："
                      "\"time\", \"agent\", \"customer\", \"text\"\n");
}

TEST_CASE("the rejects file's reason column speaks the run's language") {
  std::string rejects = temp_dir() + "/rejects.csv";
  std::vector<std::string> args = {"check", "-q", "--chats", fixture("chats_bad_time.csv"), "--orders",
                                   fixture("orders_ok.csv"), "--max-errors", "9", "--rejects", rejects};
  REQUIRE(run_env(cat(args, {"--lang", "zh"}), {}).status == 0);
  std::string zh = redhare::test::read_file(rejects);
  CHECK(zh.rfind("file,line,reason,row\r\n", 0) == 0);  // the header is for machines
  CHECK(zh.find(",3,\"列 time 的时间 \"\"2026-13-01 17:47:20\"\" 无效\",") != std::string::npos);
  REQUIRE(run_env(cat(args, {"--lang", "en"}), {}).status == 0);
  CHECK(redhare::test::read_file(rejects).find(",3,\"bad time \"\"2026-13-01 17:47:20\"\" in column time\",") !=
        std::string::npos);
}

TEST_CASE("the lenient stop past --max-errors is said in the run's language") {
  std::vector<std::string> args = {"check", "--chats", fixture("chats_bad_time.csv"), "--orders",
                                   fixture("orders_ok.csv"), "--max-errors", "1"};
  RunResult zh = run_env(cat(args, {"--lang", "zh"}), {});
  CHECK(zh.status == 2);
  CHECK(zh.err == "redhare: " + fixture("chats_bad_time.csv") +
                      ":4: 列 time 的时间 \"2026-02-30 09:00:00\" 无效（错误行超过 --max-errors 1，停止）\n");
}

TEST_CASE("an input file that is not there is named in the run's language") {
  std::string missing = temp_dir() + "/nope.csv";
  std::vector<std::string> args = {"check", "--chats", missing, "--orders", source_path("examples/orders.csv")};
  RunResult en = run_env(cat(args, {"--lang", "en"}), {});
  CHECK(en.status == 2);
  CHECK(en.err == "redhare: --chats: no such file: " + missing + " (see `redhare check --help`)\n");
  RunResult zh = run_env(cat(args, {"--lang", "zh"}), {});
  CHECK(zh.status == 2);
  CHECK(zh.err == "redhare: --chats: 没有这个文件：" + missing + "（见 `redhare check --help`）\n");
  RunResult dir = run_env({"awards", "--history", missing, "--period", "2026-Q3", "--lang", "zh"}, {});
  CHECK(dir.err == "redhare: --history: 没有这个目录：" + missing + "（见 `redhare awards --help`）\n");
}

TEST_CASE("a name in targets that matches no agent is warned about in the run's language") {
  // 阿杰 in the example targets has no chat message; 阿强 is one edit away.
  RunResult zh = run_env(cat({"metrics", "-q", "--lang", "zh"}, example_inputs()), {});
  CHECK(zh.status == 0);
  CHECK(zh.err.find("redhare: 警告：") != std::string::npos);
  CHECK(zh.err.find("客服 \"红兔旗舰店:阿杰\" 在 ") != std::string::npos);
  CHECK(zh.err.find("中没有聊天消息；最接近的客服：\"红兔旗舰店:阿强\"\n") != std::string::npos);
  RunResult en = run_env(cat({"metrics", "-q", "--lang", "en"}, example_inputs()), {});
  CHECK(en.err.find("agent \"红兔旗舰店:阿杰\" has no chat message in ") != std::string::npos);
}

TEST_CASE("the month refusals and output guards speak the run's language") {
  std::string dir = temp_dir();
  write_file(dir + "/c.csv", "time,agent,customer,direction,auto,text\n");
  RunResult header_only = run_env({"score", "--lang", "zh", "--chats", dir + "/c.csv", "--orders",
                                   source_path("examples/orders.csv")},
                                  {});
  CHECK(header_only.status == 2);
  CHECK(header_only.err == "redhare: " + dir + "/c.csv：没有可评分的聊天消息：文件只有表头\n");
  RunResult over_input = run_env(cat({"metrics", "--lang", "zh", "-o", source_path("examples/chats.csv")},
                                     example_inputs()),
                                 {});
  CHECK(over_input.status == 2);
  CHECK(over_input.err.find("就是 --chats 输入文件") != std::string::npos);
  RunResult empty_o = run_env(cat({"metrics", "--lang", "zh", "-o", ""}, example_inputs()), {});
  CHECK(empty_o.status == 2);
  CHECK(empty_o.err.find("文件名为空") != std::string::npos);
}

TEST_CASE("a misspelt policy key and a refused policy are said in the run's language, at file:line") {
  const std::string dir = temp_dir();
  const std::string misspelt = dir + "/misspelt.ini", refused = dir + "/refused.ini";
  write_file(misspelt, "sesion_gap = 30m\n");
  write_file(refused, "grade.outstanding = 80\ngrade.excellent = 85\n");
  auto run = [&](const std::string& policy, const std::string& lang) {
    return run_env(cat(cat({"score"}, example_inputs()), {"--policy", policy, "--lang", lang}), {});
  };
  RunResult en = run(misspelt, "en");
  CHECK(en.status == 2);
  CHECK(en.err == "redhare: " + misspelt + ":1: sesion_gap: unknown key (`redhare policy` prints every key with its default)\n");
  RunResult zh = run(misspelt, "zh");
  CHECK(zh.status == 2);
  CHECK(zh.err == "redhare: " + misspelt + ":1: sesion_gap: 未知的键（`redhare policy` 会列出每个键及其默认值）\n");
  RunResult refused_en = run(refused, "en");
  CHECK(refused_en.status == 2);
  CHECK(refused_en.err == "redhare: " + refused + ":2: grade.outstanding = 80 is not above grade.excellent = 85: "
                          "grade thresholds go down from outstanding to improve\n");
  RunResult refused_zh = run(refused, "zh");
  CHECK(refused_zh.status == 2);
  CHECK(refused_zh.err == "redhare: " + refused + ":2: grade.outstanding = 80 不高于 grade.excellent = 85："
                          "等级门槛应从 outstanding 到 improve 递减\n");
}

TEST_CASE("score --show takes points or figures; anything else is a usage error in the run's language") {
  std::vector<std::string> base = cat(cat({"score"}, example_inputs()), {"--show", "fig"});
  RunResult en = run_env(cat(base, {"--lang", "en"}), {});
  CHECK(en.status == 2);
  CHECK(en.err == "redhare: --show takes points or figures, not \"fig\" (see `redhare score --help`)\n");
  RunResult zh = run_env(cat(base, {"--lang", "zh"}), {});
  CHECK(zh.status == 2);
  CHECK(zh.err == "redhare: --show 应为 points 或 figures，而不是 \"fig\"（见 `redhare score --help`）\n");
}

TEST_CASE("a corrupt history file is named at file:line in the run's language") {
  std::string dir = temp_dir();
  write_file(dir + "/2026-10.csv", "agent,score,grade,rank\n大白,90,best,1\n");
  std::vector<std::string> args = {"awards", "--history", dir, "--period", "2026-Q4"};
  RunResult en = run_env(cat(args, {"--lang", "en"}), {});
  CHECK(en.status == 2);
  CHECK(en.err == "redhare: " + dir + "/2026-10.csv:2: bad grade \"best\"\n");
  RunResult zh = run_env(cat(args, {"--lang", "zh"}), {});
  CHECK(zh.status == 2);
  CHECK(zh.err == "redhare: " + dir + "/2026-10.csv:2: 等级 \"best\" 无效\n");
  write_file(dir + "/2026-10.csv", "agent,score\n");
  CHECK(run_env(cat(args, {"--lang", "en"}), {}).err ==
        "redhare: " + dir + "/2026-10.csv:1: expected the header agent,score,grade,rank\n");
  CHECK(run_env(cat(args, {"--lang", "zh"}), {}).err == "redhare: " + dir + "/2026-10.csv:1: 表头应为 agent,score,grade,rank\n");
}

TEST_CASE("a --period of the wrong form is a usage error in the run's language, naming the forms the command takes") {
  std::string dir = temp_dir();
  write_file(dir + "/2026-10.csv", "agent,score,grade,rank\n大白,90,outstanding,1\n");
  RunResult review_en = run_env({"review", "--history", dir, "--period", "2026-Q1", "--lang", "en"}, {});
  CHECK(review_en.status == 2);
  CHECK(review_en.err == "redhare: --period \"2026-Q1\": expected YYYY or YYYY-H1\n");
  RunResult review_zh = run_env({"review", "--history", dir, "--period", "2026-Q1", "--lang", "zh"}, {});
  CHECK(review_zh.status == 2);
  CHECK(review_zh.err == "redhare: --period \"2026-Q1\"：应为 YYYY 或 YYYY-H1\n");
  RunResult awards_en = run_env({"awards", "--history", dir, "--period", "2026-H1", "--lang", "en"}, {});
  CHECK(awards_en.status == 2);
  CHECK(awards_en.err == "redhare: --period \"2026-H1\": expected YYYY or YYYY-Q1..Q4\n");
  RunResult awards_zh = run_env({"awards", "--history", dir, "--period", "2026-H1", "--lang", "zh"}, {});
  CHECK(awards_zh.status == 2);
  CHECK(awards_zh.err == "redhare: --period \"2026-H1\"：应为 YYYY 或 YYYY-Q1..Q4\n");
}

TEST_CASE("explain --agent with an unknown name is said in the run's language, with the nearest names") {
  std::vector<std::string> args = cat({"explain", "--agent", "大百"}, example_inputs());
  const std::string chats = source_path("examples/chats.csv");
  RunResult en = run_env(cat(args, {"--lang", "en"}), {});
  CHECK(en.status == 2);
  CHECK(redhare::test::without_target_warning(en.err) == "redhare: " + chats + ": no agent \"大百\"; did you mean \"红兔旗舰店:大白\"\n");
  RunResult zh = run_env(cat(args, {"--lang", "zh"}), {});
  CHECK(zh.status == 2);
  CHECK(redhare::test::without_target_warning(zh.err) == "redhare: " + chats + ": 没有客服 \"大百\"；是否要找 \"红兔旗舰店:大白\"\n");
  RunResult none = run_env(cat(cat({"explain", "--agent", "xyz"}, example_inputs()), {"--lang", "zh"}), {});
  CHECK(redhare::test::without_target_warning(none.err) == "redhare: " + chats + ": 没有客服 \"xyz\"；`redhare metrics` 会列出所有客服\n");
}
