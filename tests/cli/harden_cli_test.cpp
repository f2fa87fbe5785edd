// Issue 12 as the user meets it on the command line: duplicate chat rows in
// check's account, --time-format per file kind, a month that cannot be right,
// outputs that would overwrite an input, and the small refusals.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "run.h"

using redhare::test::cat;
using redhare::test::read_file;
using redhare::test::run_redhare;
using redhare::test::RunResult;
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
