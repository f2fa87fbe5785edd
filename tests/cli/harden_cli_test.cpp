// Issue 12 as the user meets it on the command line: duplicate chat rows in
// check's account, --time-format per file kind, a month that cannot be right,
// outputs that would overwrite an input, and the small refusals.
#include <doctest/doctest.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

#include "run.h"

using redhare::test::cat;
using redhare::test::read_file;
using redhare::test::run_redhare;
using redhare::test::RunResult;
using redhare::test::RunSpec;
using redhare::test::source_path;
using redhare::test::temp_dir;
using redhare::test::write_file;

namespace {

const std::string kChatsHeader = "时间,客服,买家,方向,自动回复,内容\n";
const std::string kOrdersHeader = "订单编号,买家会员名,订单创建时间,订单付款时间,买家实际支付金额,订单状态,退款金额\n";

std::string examples(const std::string& name) { return source_path("examples/" + name); }

}  // namespace

TEST_CASE("check shows identical chat rows as duplicates, and scoring counts them once") {
  // The example chats pasted twice (header once): every message count doubled before.
  const std::string dir = temp_dir();
  const std::string chats = read_file(examples("chats.csv"));
  const std::string twice = chats + chats.substr(chats.find('\n') + 1);
  write_file(dir + "/twice.csv", twice);
  RunResult r = run_redhare({"check", "--format", "csv", "--month", "2026-10", "--chats", dir + "/twice.csv",
                             "--orders", examples("orders.csv")});
  CHECK(r.status == 0);
  // check on examples/chats.csv alone: 559 rows, 556 used and 3 outside 2026-10; each copy adds as many.
  CHECK(r.out.find(",1118,556,6,556,0,") != std::string::npos);
  RunResult once = run_redhare(cat({"metrics", "--format", "csv"}, redhare::test::example_inputs()));
  std::vector<std::string> args = redhare::test::example_inputs();
  for (size_t i = 0; i + 1 < args.size(); ++i)
    if (args[i] == "--chats") args[i + 1] = dir + "/twice.csv";
  RunResult doubled = run_redhare(cat({"metrics", "--format", "csv"}, args));
  CHECK(doubled.status == 0);
  CHECK(doubled.out == once.out);
}

TEST_CASE("an export pasted twice, once saved with CRLF and once with LF, is still identical rows (multi-line texts too)") {
  // The example chats hold quoted texts spanning lines: in the CRLF copy their
  // inner line breaks are CRLF too, as an editor converting the file leaves them.
  const std::string dir = temp_dir();
  const std::string lf = read_file(examples("chats.csv"));
  REQUIRE(lf.find('\r') == std::string::npos);
  std::string crlf;
  for (char c : lf) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  write_file(dir + "/twice.csv", crlf + lf.substr(lf.find('\n') + 1));
  RunResult r = run_redhare({"check", "--format", "csv", "--month", "2026-10", "--chats", dir + "/twice.csv",
                             "--orders", examples("orders.csv")});
  CHECK(r.status == 0);
  CHECK(r.out.find(",1118,556,6,556,0,") != std::string::npos);  // as for two LF copies above
  std::vector<std::string> args = redhare::test::example_inputs();
  RunResult once = run_redhare(cat({"score", "--format", "csv", "-q"}, args));
  for (size_t i = 0; i + 1 < args.size(); ++i)
    if (args[i] == "--chats") args[i + 1] = dir + "/twice.csv";
  RunResult doubled = run_redhare(cat({"score", "--format", "csv", "-q"}, args));
  CHECK(doubled.status == 0);
  CHECK(doubled.out == once.out);
}

TEST_CASE("--time-format is repeatable and may name the file kind") {
  const std::string dir = temp_dir();
  write_file(dir + "/c.csv", kChatsHeader + "2026/10/05 01:30:00 PM,a,c,买家,0,在吗\n"
                                             "2026/10/05 01:30:20 PM,a,c,客服,0,在的\n");
  write_file(dir + "/o.csv", kOrdersHeader + "1,c,2026-10-05 13:40:00,2026-10-05 13:41:00,10.00,,\n");
  RunResult r = run_redhare({"check", "--format", "csv", "--chats", dir + "/c.csv", "--orders", dir + "/o.csv",
                             "--time-format", "chats=%Y/%m/%d %I:%M:%S %p", "--time-format",
                             "orders=%Y-%m-%d %H:%M:%S"});
  CHECK(r.err == "");
  CHECK(r.status == 0);
  CHECK(r.out.find("2026-10-05 13:30:00,2026-10-05 13:30:20") != std::string::npos);
}

namespace {

std::string fixture(const std::string& name) { return source_path("tests/read/fixtures/" + name); }

// Runs `cmd` on the example month with `chats` / `orders` swapped in, and
// with `score` a --save into `history`.
RunResult scoring_run(const std::string& cmd, const std::string& chats, const std::string& orders,
                      const std::string& history, std::vector<std::string> more = {}) {
  std::vector<std::string> args = {cmd, "--month", "2026-10", "--chats", chats, "--orders", orders};
  if (cmd == "score") args = cat(args, {"--history", history, "--save"});
  if (cmd == "explain") args = cat(args, {"--agent", "红兔旗舰店:大白"});
  return run_redhare(cat(args, more));
}

}  // namespace

TEST_CASE("a header-only chats file stops score, metrics and explain; nothing is saved; check warns") {
  const std::string history = temp_dir() + "/history";
  for (const char* cmd : {"score", "metrics", "explain"}) {
    CAPTURE(cmd);
    RunResult r = scoring_run(cmd, fixture("chats_header_only.csv"), examples("orders.csv"), history);
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(r.err == "redhare: " + fixture("chats_header_only.csv") +
                       ": no chat message to score: the file has only a header\n");
  }
  CHECK_FALSE(std::filesystem::exists(history));
  RunResult check = scoring_run("check", fixture("chats_header_only.csv"), examples("orders.csv"), history, {"-q"});
  CHECK(check.status == 0);
  CHECK(check.err.find("warning: " + fixture("chats_header_only.csv") + ": no data rows") != std::string::npos);
}

TEST_CASE("a lenient run in which every chat row of the month was rejected stops, keeping the old rejects") {
  const std::string dir = temp_dir();
  write_file(dir + "/c.csv", kChatsHeader + "2026-10-32 09:00:00,a,c,买家,0,x\n2026-10-01 09:00:00,a,c,系统,0,y\n");
  write_file(dir + "/rejects.csv", "old\n");
  for (const char* cmd : {"score", "metrics", "explain"}) {
    CAPTURE(cmd);
    RunResult r = scoring_run(cmd, dir + "/c.csv", examples("orders.csv"), dir + "/history",
                              {"--max-errors", "5", "--rejects", dir + "/rejects.csv"});
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(r.err.find("redhare: " + dir +
                     "/c.csv: no chat message of 2026-10 is left to score: of its 2 rows, 2 were rejected, 0 are "
                     "outside the period and 0 are duplicates\n") != std::string::npos);
  }
  CHECK(read_file(dir + "/rejects.csv") == "old\n");
  CHECK_FALSE(std::filesystem::exists(dir + "/history"));
  RunResult check = scoring_run("check", dir + "/c.csv", examples("orders.csv"), "", {"--max-errors", "5"});
  CHECK(check.status == 0);
  CHECK(check.err.find("warning: " + dir + "/c.csv: no chat message of 2026-10 is left to score") !=
        std::string::npos);
}

TEST_CASE("an orders file with rows but none created in the month stops a scoring run; check warns") {
  // Last year's orders export beside this month's chats.
  const std::string dir = temp_dir();
  write_file(dir + "/o.csv", kOrdersHeader + "1,c,2025-10-05 13:40:00,2025-10-05 13:41:00,10.00,,\n");
  for (const char* cmd : {"score", "metrics", "explain"}) {
    CAPTURE(cmd);
    RunResult r = scoring_run(cmd, examples("chats.csv"), dir + "/o.csv", dir + "/history");
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(r.err == "redhare: " + dir +
                       "/o.csv: none of its 1 rows is in 2026-10 (they run from 2025-10-05 13:40:00 to 2025-10-05 "
                       "13:41:00); is --month right?\n");
  }
  CHECK_FALSE(std::filesystem::exists(dir + "/history"));
  RunResult check = scoring_run("check", examples("chats.csv"), dir + "/o.csv", "");
  CHECK(check.status == 0);
  CHECK(check.err.find("warning: " + dir + "/o.csv: none of its 1 rows is in 2026-10") != std::string::npos);
}

TEST_CASE("-o or --rejects naming an input file is refused before anything is read, by file identity") {
  const std::string dir = temp_dir();
  const std::string chats_text = read_file(examples("chats.csv"));
  write_file(dir + "/chats.csv", chats_text);
  std::filesystem::create_symlink(dir + "/chats.csv", dir + "/link.csv");
  RunSpec spec;
  spec.cwd = dir;
  for (const std::vector<std::string>& out : std::vector<std::vector<std::string>>{
           {"-o", "./chats.csv"}, {"-o", "link.csv"}, {"--rejects", dir + "/chats.csv", "--max-errors", "1"}}) {
    CAPTURE(out[1]);
    spec.args = cat(cat({"metrics", "--format", "csv", "--chats", "chats.csv", "--orders", examples("orders.csv")}, out),
                    {});
    RunResult r = run_redhare(spec);
    CHECK(r.status == 2);
    CHECK(r.err == "redhare: " + out[0] + " " + out[1] + " is the --chats input file (chats.csv): writing it would "
                                                          "destroy the input; write to another file\n");
    CHECK(read_file(dir + "/chats.csv") == chats_text);
  }
}

TEST_CASE("-o and --rejects naming the same file are refused, existing or not") {
  const std::string dir = temp_dir();
  for (bool exists : {false, true}) {
    CAPTURE(exists);
    if (exists) write_file(dir + "/out.csv", "old\n");
    RunResult r = run_redhare(cat({"metrics", "-o", dir + "/out.csv", "--max-errors", "3", "--rejects",
                                   dir + "/./out.csv"},
                                  redhare::test::example_inputs()));
    CHECK(r.status == 2);
    CHECK(r.err == "redhare: -o " + dir + "/out.csv and --rejects " + dir +
                       "/./out.csv are the same file: one would overwrite the other\n");
  }
  CHECK(read_file(dir + "/out.csv") == "old\n");
}

TEST_CASE("-o and --rejects are one new file through a relative name or a dangling symlink: refused, nothing written") {
  // Neither exists yet, so file identity cannot tell: the paths they would be
  // written at are compared (a shell's `>` writes through a dangling link).
  const std::string dir = temp_dir();
  std::filesystem::create_directory(dir + "/sub");
  std::filesystem::create_symlink("../out.csv", dir + "/sub/link.csv");
  RunSpec spec;
  spec.cwd = dir;
  for (const auto& [o, rejects] : std::vector<std::pair<std::string, std::string>>{
           {"out.csv", "./out.csv"}, {"./out.csv", "out.csv"}, {"out.csv", "sub/link.csv"},
           {"sub/../sub/x.csv", "sub/x.csv"}}) {
    CAPTURE(o);
    spec.args = cat({"pay", "--roster", examples("roster.csv"), "--month", "2026-10", "-o", o, "--max-errors", "3",
                     "--rejects", rejects, "--lang", "zh"},
                    {"--chats", examples("chats.csv"), "--orders", examples("orders.csv")});
    RunResult r = run_redhare(spec);
    CHECK(r.status == 2);
    CHECK(r.err == "redhare: -o " + o + " 与 --rejects " + rejects + " 是同一个文件：一个会覆盖另一个\n");
    CHECK_FALSE(std::filesystem::exists(dir + "/out.csv"));
    CHECK_FALSE(std::filesystem::exists(dir + "/sub/x.csv"));
  }
}

TEST_CASE("--save keeps the month only once the scorecard is delivered: -o /dev/full or a folder leave it") {
  const std::string dir = temp_dir();
  const std::string history = dir + "/history";
  std::filesystem::create_directory(history);
  write_file(history + "/2026-10.csv", "agent,score,grade,rank\nold,1,urgent,1\n");
  std::filesystem::create_directory(dir + "/folder");
  std::vector<std::string> outs = {dir + "/folder"};
  if (std::filesystem::exists("/dev/full")) outs.push_back("/dev/full");
  for (const std::string& out : outs) {
    CAPTURE(out);
    RunResult r = run_redhare(cat({"score", "--history", history, "--save", "-o", out},
                                  redhare::test::example_inputs()));
    CHECK(r.status == 2);
    CHECK(r.err.find("redhare: cannot write " + out + ": ") != std::string::npos);
    CHECK(read_file(history + "/2026-10.csv") == "agent,score,grade,rank\nold,1,urgent,1\n");
  }
  // Delivered: then the month is kept.
  RunResult ok = run_redhare(cat({"score", "--history", history, "--save", "-o", dir + "/score.txt"},
                                 redhare::test::example_inputs()));
  CHECK(ok.status == 0);
  CHECK(read_file(history + "/2026-10.csv") != "agent,score,grade,rank\nold,1,urgent,1\n");
}

TEST_CASE("the rejects file neutralises formulas in the row and uses CRLF like every CSV") {
  const std::string dir = temp_dir();
  write_file(dir + "/c.csv", kChatsHeader + "2026-10-05 09:00:00,a,c,买家,0,在吗\n@SUM(A1:A9),a,c,买家,0,x\n");
  RunResult r = run_redhare({"check", "--chats", dir + "/c.csv", "--orders", examples("orders.csv"), "--max-errors",
                             "1", "--rejects", dir + "/rejects.csv"});
  CHECK(r.status == 0);
  CHECK(read_file(dir + "/rejects.csv") == "file,line,reason,row\r\n" + dir +
                                               "/c.csv,3,\"bad time \"\"@SUM(A1:A9)\"\" in column time\",\"'@SUM(A1:"
                                               "A9),a,c,买家,0,x\"\r\n");
  RunResult raw = run_redhare({"check", "--chats", dir + "/c.csv", "--orders", examples("orders.csv"),
                               "--max-errors", "1", "--rejects", dir + "/raw.csv", "--no-sanitize"});
  CHECK(read_file(dir + "/raw.csv").find(",\"@SUM(A1:A9),a,c,") != std::string::npos);
}

TEST_CASE("-o '' is a usage error, not a write to stdout") {
  RunResult r = run_redhare(cat({"metrics", "-o", ""}, redhare::test::example_inputs()));
  CHECK(r.status == 2);
  CHECK(r.out.empty());
  CHECK(r.err.find("the file name is empty") != std::string::npos);
}

TEST_CASE("a target or review name that matches no agent is warned about, also with -q, with the nearest name") {
  // A full-width colon, which a Chinese input method types easily.
  const std::string dir = temp_dir();
  write_file(dir + "/t.csv", "客服,目标销售额\n红兔旗舰店：大白,3500.00\n红兔旗舰店:小美,3000.00\n");
  write_file(dir + "/r.csv", "客服,评价人,协助跟进服务,执行力\n幽灵,主管,90,90\n");
  RunResult r = run_redhare({"score", "-q", "--month", "2026-10", "--chats", examples("chats.csv"), "--orders",
                             examples("orders.csv"), "--targets", dir + "/t.csv", "--reviews", dir + "/r.csv"});
  CHECK(r.status == 0);
  CHECK(r.err == "redhare: warning: " + dir + "/t.csv:2: agent \"红兔旗舰店：大白\" has no chat message in " +
                     examples("chats.csv") + "; nearest agent: \"红兔旗舰店:大白\"\n" + "redhare: warning: " + dir +
                     "/r.csv:2: agent \"幽灵\" has no chat message in " + examples("chats.csv") + "\n");
}

TEST_CASE("--max-errors past 2^64 - 1 is refused, not clamped") {
  RunResult r = run_redhare(cat({"check", "--max-errors", "18446744073709551616"}, redhare::test::example_inputs()));
  CHECK(r.status == 2);
  CHECK(r.err.find("\"18446744073709551616\" is too large") != std::string::npos);
  RunResult max = run_redhare(cat({"check", "-q", "--max-errors", "18446744073709551615"},
                                  redhare::test::example_inputs()));
  CHECK(max.status == 0);
}

TEST_CASE("a UTF-8 file read with --encoding gb18030: the hint names gb18030, not gbk") {
  RunResult r = run_redhare({"check", "--encoding", "gb18030", "--chats", examples("chats.csv"), "--orders",
                             examples("orders.csv")});
  CHECK(r.status == 2);
  CHECK(r.err.find("(read as GB18030 because of --encoding gb18030; a UTF-8 file reads without it)\n") !=
        std::string::npos);
}

TEST_CASE("a stdout that cannot be written says `cannot write stdout`, once") {
  if (!std::filesystem::exists("/dev/full")) return;
  const std::string err = temp_dir() + "/err.txt";
  const std::string cmd = std::string("'") + REDHARE_BINARY + "' policy > /dev/full 2> '" + err + "'";
  const int status = std::system(cmd.c_str());
  CHECK(WEXITSTATUS(status) == 2);
  CHECK(read_file(err) == "redhare: cannot write stdout: No space left on device\n");
}

TEST_CASE("awards -o naming a saved month of --history is refused") {
  const std::string dir = temp_dir(), history = dir + "/history";
  RunResult saved = run_redhare(cat({"score", "--history", history, "--save", "-o", dir + "/s.txt"},
                                    redhare::test::example_inputs()));
  REQUIRE(saved.status == 0);
  const std::string month = read_file(history + "/2026-10.csv");
  RunResult r = run_redhare({"awards", "--history", history, "--period", "2026-Q4", "-o", history + "/2026-10.csv"});
  CHECK(r.status == 2);
  CHECK(r.err.find("is the --history input file") != std::string::npos);
  CHECK(read_file(history + "/2026-10.csv") == month);
}

TEST_CASE("-o naming a history file score or pay reads, or the month --save writes, is refused before reading") {
  // A saved September and October; a cron job's scorecard.csv in the same folder.
  const std::string dir = temp_dir(), history = dir + "/history";
  for (const char* month : {"2026-09", "2026-10"}) {
    RunResult saved = run_redhare(cat({"score", "--history", history, "--save", "--month", month, "-o", dir + "/s.txt"},
                                      {"--chats", examples("chats.csv"), "--orders", examples("orders.csv")}));
    REQUIRE(saved.status == 0);
  }
  const std::string september = read_file(history + "/2026-09.csv");
  const std::string october = read_file(history + "/2026-10.csv");
  REQUIRE(!september.empty());
  const std::vector<std::string> month = {"--chats", examples("chats.csv"), "--orders", examples("orders.csv"),
                                          "--month", "2026-10", "--history", history};
  for (const char* lang : {"en", "zh"}) {
    CAPTURE(lang);
    const bool en = std::string(lang) == "en";
    // The 3-month rules read September: score and pay may not write over it.
    for (const char* command : {"score", "pay"}) {
      CAPTURE(command);
      std::vector<std::string> args = cat(cat({command}, month), {"-o", history + "/2026-09.csv", "--lang", lang});
      if (std::string(command) == "pay") args = cat(args, {"--roster", examples("roster.csv")});
      RunResult r = run_redhare(args);
      CHECK(r.status == 2);
      CHECK(r.err == "redhare: -o " + history + "/2026-09.csv " +
                         (en ? "is the --history input file (" + history +
                                   "/2026-09.csv): writing it would destroy the input; write to another file\n"
                             : "就是 --history 输入文件（" + history + "/2026-09.csv）：写入会毁掉输入；请写到别的文件\n"));
    }
    // --save writes October: -o may not name it (`--month last`: next test).
    RunResult r = run_redhare(cat(cat({"score"}, month), {"-o", history + "/2026-10.csv", "--save", "--lang", lang}));
    CHECK(r.status == 2);
    CHECK(r.err.find(en ? "are the same file" : "是同一个文件") != std::string::npos);
  }
  CHECK(read_file(history + "/2026-09.csv") == september);
  CHECK(read_file(history + "/2026-10.csv") == october);
  // Other files in the folder are not read: a scorecard.csv there is fine, and
  // re-saving a month (its own file) is too.
  write_file(history + "/scorecard.csv", "old\n");
  RunResult ok = run_redhare(cat(cat({"score"}, month), {"-o", history + "/scorecard.csv", "--save", "-q"}));
  CHECK(ok.status == 0);
  CHECK(read_file(history + "/scorecard.csv").starts_with("period: 2026-10"));
}

TEST_CASE("score --month last --save -o naming that month's history file is refused, in en and zh") {
  // `last` is resolved from the clock: the month before now, whatever it is.
  const std::string dir = temp_dir(), history = dir + "/history";
  std::filesystem::create_directories(history);
  // The shop's default zone is +08:00: the shop's clock, read as UTC.
  const std::time_t shop_now = std::time(nullptr) + 8 * 3600;
  std::tm local{};
  gmtime_r(&shop_now, &local);
  int y = local.tm_year + 1900, m = local.tm_mon;  // tm_mon is 0-based: the month before
  if (m == 0) {
    y -= 1;
    m = 12;
  }
  const std::string name = fmt::format("{:04}-{:02}.csv", y, m);
  for (const char* lang : {"en", "zh"}) {
    CAPTURE(lang);
    RunResult r = run_redhare({"score", "--chats", examples("chats.csv"), "--orders", examples("orders.csv"),
                               "--month", "last", "--history", history, "--save", "-o", history + "/" + name,
                               "--lang", lang});
    CHECK(r.status == 2);
    CHECK(r.err == "redhare: -o " + history + "/" + name + " " +
                       (std::string(lang) == "en" ? "and --save " + history + "/" + name +
                                                        " are the same file: one would overwrite the other\n"
                                                  : "与 --save " + history + "/" + name + " 是同一个文件：一个会覆盖另一个\n"));
    CHECK(!std::filesystem::exists(history + "/" + name));
  }
}
