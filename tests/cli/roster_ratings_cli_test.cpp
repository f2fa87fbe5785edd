// --roster and --ratings on the command line: read and accounted for by every
// command over the month's exports, bad rows stopping a strict run.
#include <doctest/doctest.h>

#include "run.h"

using namespace redhare::test;

namespace {

std::vector<std::string> month_inputs() {
  return {"--chats", source_path("examples/chats.csv"), "--orders", source_path("examples/orders.csv"),
          "--month", "2026-10"};
}

}  // namespace

TEST_CASE("check accounts for the roster's and the ratings' rows") {
  RunResult r = run_redhare(cat({"check", "--format", "csv", "--roster", source_path("examples/roster.csv"),
                                 "--ratings", source_path("examples/ratings.csv")},
                                month_inputs()));
  REQUIRE(r.status == 0);
  std::vector<std::string> lines = split_lines(r.out);
  REQUIRE(lines.size() == 5);
  // CSV rows end in CRLF (RFC 4180).
  CHECK(lines[3] == "roster," + source_path("examples/roster.csv") + ",7,7,0,0,0,,\r");
  // 19 ratings: 13 counted, 4 superseded the same day, 2 outside October.
  CHECK(lines[4] == "ratings," + source_path("examples/ratings.csv") +
                        ",19,13,2,4,0,2026-09-30 20:01:00,2026-11-01 09:00:00\r");
}

TEST_CASE("metrics, score and explain take --roster and --ratings") {
  for (const char* cmd : {"metrics", "score", "explain"}) {
    CAPTURE(cmd);
    std::vector<std::string> args = {cmd, "--roster", source_path("examples/gbk/roster.csv"), "--ratings",
                                     source_path("examples/gbk/ratings.csv"), "--encoding", "gbk", "-q"};
    if (std::string(cmd) == "explain") args.insert(args.end(), {"--agent", "红兔旗舰店:小林—售后"});
    std::vector<std::string> inputs = {"--chats", source_path("examples/gbk/chats.csv"), "--orders",
                                       source_path("examples/gbk/orders.csv"), "--month", "2026-10"};
    RunResult r = run_redhare(cat(args, inputs));
    CHECK(r.status == 0);
    CHECK(r.err == "");
  }
}

TEST_CASE("a bad roster or ratings row stops a strict run with file:line and exit 2") {
  std::string dir = temp_dir();
  std::string roster = dir + "/roster.csv";
  write_file(roster, "客服,岗位\n小美,售前\n小林,经理\n");
  RunResult r = run_redhare(cat({"check", "--roster", roster}, month_inputs()));
  CHECK(r.status == 2);
  CHECK(r.err == "redhare: " + roster +
                     ":3: bad role \"经理\" (expected presales/售前/pre-sales/sales or "
                     "aftersales/售后/after-sales/service)\n");
  std::string ratings = dir + "/ratings.csv";
  write_file(ratings, "客服,买家,评价时间,评价结果\n小美,c,2026-10-05 10:00,好评\n");
  r = run_redhare(cat({"metrics", "--ratings", ratings}, month_inputs()));
  CHECK(r.status == 2);
  CHECK(r.err.find("redhare: " + ratings + ":2: bad rating \"好评\" (expected 很满意") == 0);
}

TEST_CASE("lenient: bad roster and ratings rows go to the rejects file, the run goes on") {
  std::string dir = temp_dir();
  std::string roster = dir + "/roster.csv";
  write_file(roster, "agent,department\n小美,A\n小美,B\n");
  std::string ratings = dir + "/ratings.csv";
  write_file(ratings, "agent,customer,time,rating\n小美,c,2026-10-05 10:00,meh\n");
  std::string rejects = dir + "/rejects.csv";
  RunResult r = run_redhare(cat({"check", "-q", "--format", "csv", "--roster", roster, "--ratings", ratings,
                                 "--max-errors", "5", "--rejects", rejects},
                                month_inputs()));
  CHECK(r.status == 0);
  CHECK(read_file(rejects) == "file,line,reason,row\r\n" + roster +
                                  ",3,\"agent \"\"小美\"\" also on line 2: an agent is listed once\",\"小美,B\"\r\n" +
                                  ratings +
                                  ",2,\"bad rating \"\"meh\"\" (expected 很满意/非常满意/very satisfied/5, "
                                  "满意/satisfied/4, 一般/neutral/3, 不满意/dissatisfied/2 or "
                                  "很不满意/非常不满意/very dissatisfied/1)\",\"小美,c,2026-10-05 10:00,meh\"\r\n");
  CHECK(r.err.find("2 bad row(s) skipped") != std::string::npos);
}
