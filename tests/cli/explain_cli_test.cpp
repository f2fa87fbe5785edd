// `redhare explain` through the real binary on the example month: for every
// agent, the machine tables (--section sessions, turns, orders, after_sales)
// add up to the row `redhare metrics --format csv` prints for that agent.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "output/csv_read_back.h"
#include "run.h"

using redhare::test::read_back_csv;
using redhare::test::run_redhare;
using redhare::test::source_path;
using redhare::test::cat;
using redhare::test::example_inputs;

namespace {

using Rows = std::vector<std::vector<std::string>>;



// The records of a CSV (header first); fails the test on a non-zero exit.
Rows run_csv(const std::vector<std::string>& args) {
  auto r = run_redhare(args);
  INFO(r.err);
  REQUIRE(r.status == 0);
  return read_back_csv(r.out);
}

size_t col(const Rows& rows, const std::string& name) {
  for (size_t i = 0; i < rows[0].size(); ++i)
    if (rows[0][i] == name) return i;
  FAIL("no column " << name);
  return 0;
}

// "1234.50" -> 123450 fen.
int64_t fen(const std::string& money) {
  const size_t dot = money.find('.');
  REQUIRE(dot != std::string::npos);
  return std::stoll(money.substr(0, dot)) * 100 + std::stoll(money.substr(dot + 1));
}

// One agent's figures, as `metrics` would print them, from the explain tables.
std::map<std::string, std::string> explained(const std::string& agent) {
  const std::vector<std::string> base =
      cat({"explain", "--agent", agent, "--format", "csv"}, example_inputs());
  const Rows turns = run_csv(cat(base, {"--section", "turns"}));
  const Rows orders = run_csv(cat(base, {"--section", "orders_won"}));
  const Rows after = run_csv(cat(base, {"--section", "after_sales"}));
  const Rows sess = run_csv(cat(base, {"--section", "sessions"}));

  std::set<std::string> consulted, replied, sessions, orderers, payers, after_sales;
  int64_t answered = 0, response_sum = 0, slow = 0;
  for (size_t i = 1; i < turns.size(); ++i) {
    const auto& row = turns[i];
    consulted.insert(row[col(turns, "customer")]);
    sessions.insert(row[col(turns, "session")]);
    const std::string& resp = row[col(turns, "response_s")];
    if (resp.empty()) continue;
    ++answered;
    replied.insert(row[col(turns, "customer")]);
    const int64_t s = std::stoll(resp);  // whole seconds written as "60.0"
    response_sum += s;
    slow += s > 120;
  }
  int64_t paid_orders = 0, sales = 0, refunds = 0;
  for (size_t i = 1; i < orders.size(); ++i) {
    const auto& row = orders[i];
    orderers.insert(row[col(orders, "customer")]);
    if (row[col(orders, "net")].empty()) continue;
    ++paid_orders;
    payers.insert(row[col(orders, "customer")]);
    sales += fen(row[col(orders, "net")]);
    refunds += fen(row[col(orders, "refund")]);
  }
  int64_t length_sum = 0, first_sum = 0, first_n = 0;
  for (size_t i = 1; i < sess.size(); ++i) {
    const auto& row = sess[i];
    if (row[col(sess, "turns")] == "0") continue;  // not a 接待: no turn
    length_sum += std::stoll(row[col(sess, "working_s")]);
    const std::string& first = row[col(sess, "first_response_s")];
    if (first.empty()) continue;
    first_sum += std::stoll(first);
    ++first_n;
  }
  for (size_t i = 1; i < after.size(); ++i) after_sales.insert(after[i][col(after, "customer")]);
  std::set<std::string> inquirers = orderers;
  for (const std::string& c : consulted)
    if (!after_sales.count(c)) inquirers.insert(c);

  auto n = [](size_t v) { return std::to_string(v); };
  return {{"turns", n(turns.size() - 1)},
          {"answered_turns", n(answered)},
          {"resp_mean_s", answered ? fmt::format("{:.1f}", double(response_sum) / answered) : ""},
          {"slow_responses", n(slow)},
          {"sessions", n(sessions.size())},
          {"session_mean_s",
           sessions.empty() ? "" : fmt::format("{:.1f}", double(length_sum) / sessions.size())},
          {"first_resp_mean_s", first_n ? fmt::format("{:.1f}", double(first_sum) / first_n) : ""},
          {"consulted", n(consulted.size())},
          {"replied", n(replied.size())},
          {"inquirers", n(inquirers.size())},
          {"orders", n(orders.size() - 1)},
          {"paid_orders", n(paid_orders)},
          {"orderers", n(orderers.size())},
          {"payers", n(payers.size())},
          {"sales", fmt::format("{}.{:02}", sales / 100, sales % 100)},
          {"refunds", fmt::format("{}.{:02}", refunds / 100, refunds % 100)}};
}

}  // namespace

TEST_CASE("explain's sessions, turns, orders and after-sales tables add up to metrics for every example "
          "agent") {
  const Rows metrics = run_csv(cat({"metrics", "--format", "csv"}, example_inputs()));
  REQUIRE(metrics.size() > 5);  // 7 agents in examples/
  for (size_t i = 1; i < metrics.size(); ++i) {
    const std::string agent = metrics[i][col(metrics, "agent")];
    CAPTURE(agent);
    for (const auto& [figure, value] : explained(agent)) {
      CAPTURE(figure);
      CHECK(value == metrics[i][col(metrics, figure)]);
    }
  }
}

TEST_CASE("explain of an agent not in the chats exits 2 and suggests the full account name") {
  auto r = run_redhare(cat({"explain", "--agent", "大白"}, example_inputs()));
  CHECK(r.status == 2);
  CHECK(r.out.empty());
  CHECK(r.err.find("no agent \"大白\"; did you mean \"红兔旗舰店:大白\"") != std::string::npos);
}

TEST_CASE("explain in Chinese labels the agent header 客服") {
  auto r = run_redhare(cat({"explain", "--agent", "红兔旗舰店:大白", "--lang", "zh"}, example_inputs()));
  REQUIRE(r.status == 0);
  CHECK(r.out.find("\n客服: 红兔旗舰店:大白\n") != std::string::npos);
  CHECK(r.out.find("agent:") == std::string::npos);
}

TEST_CASE("explain's table output ends with the arithmetic of each scored figure") {
  auto r = run_redhare(cat({"explain", "--agent", "红兔旗舰店:大白", "--lang", "en"}, example_inputs()));
  REQUIRE(r.status == 0);
  // tests/expected/metrics_2026-10.csv (computed without this code): 大白 has
  // 8 orderers among 17 inquirers, 8 / 17 = 47.1%, which meets the ≥45% tier
  // of the default policy: 100 points of weight 30.
  CHECK(r.out.find("conversion 47.1% = 8 orderers / 17 inquirers → tier ≥45.0% → 100 pts × 30\n") !=
        std::string::npos);
  CHECK(r.out.find("Turns\n") != std::string::npos);
  CHECK(r.out.find("Orders attributed (落实)\n") != std::string::npos);
}

TEST_CASE("explain shows the equal-time tie of examples/: the later row wins, the other agent lost it") {
  // examples/README.md: 同时问两家 writes to 小美 (chats.csv line 396) and 大白
  // (line 397) in the same second; the later row, 大白's, wins order line 62.
  const std::string order = "2026101815300011,62,同时问两家,2026-10-18 15:30:00,2026-10-18 15:31:00,259.00,";
  auto won = run_redhare(cat({"explain", "--agent", "红兔旗舰店:大白", "--format", "csv", "--section", "orders_won"},
                             example_inputs()));
  REQUIRE(won.status == 0);
  CHECK(won.out.find(order + "0.00,259.00,397,2026-10-18 15:00:00,红兔旗舰店:小美\r\n") != std::string::npos);
  auto lost = run_redhare(cat({"explain", "--agent", "红兔旗舰店:小美", "--format", "csv", "--section",
                               "orders_lost"}, example_inputs()));
  REQUIRE(lost.status == 0);
  CHECK(lost.out.find(order + "红兔旗舰店:大白,397,2026-10-18 15:00:00\r\n") != std::string::npos);
}

TEST_CASE("the --detail card's explain line runs as printed, with every input of the run") {
  // It once held only --agent and --month: copied, it failed for want of
  // --chats and --orders. Here the run also has reviews, a policy, an
  // encoding, working hours and lenient mode, which explain must repeat to
  // read the same month the same way.
  const std::string dir = redhare::test::temp_dir();
  const std::string policy = dir + "/shop policy.ini";  // a blank: the line must quote it
  redhare::test::write_file(policy, "min_inquirers = 5\n");
  auto r = run_redhare(cat({"score", "--detail", "--reviews", source_path("examples/reviews.csv"), "--policy",
                            policy, "--encoding", "auto", "--work-hours", "09:00-23:00", "--max-errors", "3"},
                           example_inputs()));
  REQUIRE(r.status == 0);
  std::vector<std::string> commands;
  for (const std::string& line : redhare::test::split_lines(r.out))
    if (line.starts_with("explain ")) commands.push_back(line.substr(line.find("redhare explain")));
  REQUIRE(commands.size() == 7);  // one card per agent of the example month
  for (const std::string& command : {commands.front(), commands.back()}) {
    CAPTURE(command);
    std::vector<std::string> words = redhare::test::shell_words(command);
    REQUIRE(words.front() == "redhare");
    words.erase(words.begin());
    for (const char* option : {"--chats", "--orders", "--targets", "--reviews", "--policy", "--month",
                               "--encoding", "--work-hours", "--max-errors"})
      CHECK(std::find(words.begin(), words.end(), option) != words.end());
    auto e = run_redhare(words);
    CHECK(e.err == r.err);  // the same warnings as the run it came from, nothing more
    CHECK(e.status == 0);
    CHECK(e.out.find(words[2]) != std::string::npos);  // the agent's name
  }
}
