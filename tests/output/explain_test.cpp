// `redhare explain` (issue 8): the rows behind one agent's figures. A small
// hand-worked month pins each table and line; a generated month checks that
// the explained rows add up to exactly what `metrics` computes, for every agent.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "figures/dataset_builder.h"
#include "redhare/error.h"
#include "redhare/explain.h"
#include "redhare/message_text.h"
#include "redhare/render.h"

using namespace redhare;
using namespace redhare::testing;

namespace {

const Table& table(const Report& r, const std::string& key) {
  for (const Table& t : r.tables)
    if (t.key == key) return t;
  FAIL("no table " << key);
  throw std::logic_error("unreachable");
}

size_t col(const Table& t, const std::string& key) {
  for (size_t i = 0; i < t.columns.size(); ++i)
    if (t.columns[i].key == key) return i;
  FAIL("no column " << key << " in " << t.key);
  return 0;
}

bool na(const Cell& c) { return std::holds_alternative<std::monostate>(c); }
int64_t i64(const Cell& c) { return std::get<int64_t>(c); }
double dbl(const Cell& c) { return std::get<double>(c); }
const std::string& str(const Cell& c) { return std::get<std::string>(c); }

// The cell of `column` in every row of table `key`.
std::vector<Cell> column(const Report& r, const std::string& key, const std::string& column) {
  const Table& t = table(r, key);
  const size_t c = col(t, column);
  std::vector<Cell> out;
  for (const auto& row : t.rows) out.push_back(row[c]);
  return out;
}

bool has_line(const Report& r, const std::string& line) {
  return std::find(r.footer.begin(), r.footer.end(), line) != r.footer.end();
}

std::string footer_text(const Report& r) {
  std::string s;
  for (const std::string& l : r.footer) s += l + "\n";
  return s;
}

ReportContext context(Lang lang = Lang::kEn) {
  ReportContext c;
  c.period = "2026-10";
  c.lang = lang;
  return c;
}

// What `redhare explain` does over October (default policy unless given):
// find the agent, run the month traced, format.
Report explain(const Dataset& data, const std::string& agent, const ReportContext& c = context(),
               const Policy& policy = default_policy()) {
  const TracedAgent traced = trace_agent(data, october(), policy, find_agent(data, agent));
  return explain_report(data, october(), policy, traced, agent, c);
}

// amy and bob in October, worked by hand (lines count from 2 in each file):
//   chats  2 amy c1  5th 10:00:00 customer   turn 1 of session 1
//          3 amy c1  5th 10:00:05 auto       does not answer it
//          4 amy c1  5th 10:01:00 agent      answers: 60 s
//          5 amy c1  5th 11:00:00 customer   59 min later: session 2, nothing follows
//          6 bob c1  5th 12:00:00 customer
//          7 bob c1  5th 12:00:30 agent      30 s
//          8 amy c2  5th 13:00:00 customer   session 3
//          9 amy c2  5th 13:40:00 agent      2400 s > 30 min: session 4, no turn
//         10 amy c9  6th 10:00:00 customer   session 5
//         11 amy c9  6th 10:03:00 agent      180 s: slow (> 120 s)
//   orders 2 c9  1st 09:00 paid ¥10.00       nobody consulted before it: silent;
//                                            c9 is after-sales for amy (5 days before)
//          3 c1  5th 14:00 paid ¥80.00 −¥10  last consultation: bob line 6 (amy lost it)
//          4 c2  5th 14:00 unpaid ¥20.00     amy line 8
Builder hand_month() {
  Builder b;
  b.order("c9", at(1, 9, 0), at(1, 9, 0), 1000);
  b.msg("amy", "c1", at(5, 10, 0), C)
      .msg("amy", "c1", at(5, 10, 0, 5), AUTO)
      .msg("amy", "c1", at(5, 10, 1), A)
      .msg("amy", "c1", at(5, 11, 0), C)
      .msg("bob", "c1", at(5, 12, 0), C)
      .msg("bob", "c1", at(5, 12, 0, 30), A)
      .msg("amy", "c2", at(5, 13, 0), C)
      .msg("amy", "c2", at(5, 13, 40), A)
      .msg("amy", "c9", at(6, 10, 0), C)
      .msg("amy", "c9", at(6, 10, 3), A);
  b.order("c1", at(5, 14, 0), at(5, 14, 0), 8000, 1000).order("c2", at(5, 14, 0), kNever, 2000);
  return b;
}

}  // namespace

TEST_CASE("explain lists the agent's turns by time: lines, response and why a turn got no reply") {
  Builder b = hand_month();
  const Report r = explain(b.d, "amy");
  const Table& t = table(r, "turns");
  REQUIRE(t.rows.size() == 4);  // amy's turns only: c1 10:00, c1 11:00, c2 13:00, c9 (6th)
  CHECK(column(r, "turns", "first_line") ==
        std::vector<Cell>{int64_t{2}, int64_t{5}, int64_t{8}, int64_t{10}});
  CHECK(column(r, "turns", "answer_line") == std::vector<Cell>{int64_t{4}, Cell{}, Cell{}, int64_t{11}});
  CHECK(column(r, "turns", "response_s") == std::vector<Cell>{60.0, Cell{}, Cell{}, 180.0});
  CHECK(column(r, "turns", "auto_replies") ==
        std::vector<Cell>{int64_t{1}, int64_t{0}, int64_t{0}, int64_t{0}});
  // Sessions numbered by start: c1 10:00 #1, c1 11:00 #2, c2 13:00 #3, c2 13:40 #4 (no turn), c9 #5.
  CHECK(column(r, "turns", "session") == std::vector<Cell>{int64_t{1}, int64_t{2}, int64_t{3}, int64_t{5}});
  CHECK(column(r, "turns", "result") ==
        std::vector<Cell>{std::string("answered; 1 auto-reply(s) did not count"),
                          std::string("no reply: no later message in the period"),
                          std::string("no reply: the next message came after the 30 min session gap"),
                          std::string("answered, slow (over 120s)")});
  CHECK(str(t.rows[0][col(t, "customer")]) == "c1");
  CHECK(str(t.rows[0][col(t, "start")]) == "2026-10-05 10:00:00");
}

TEST_CASE("explain lists every session of the agent, also one without a turn") {
  Builder b = hand_month();
  const Report r = explain(b.d, "amy");
  const Table& s = table(r, "sessions");
  REQUIRE(s.rows.size() == 5);
  CHECK(column(r, "sessions", "first_line") ==
        std::vector<Cell>{int64_t{2}, int64_t{5}, int64_t{8}, int64_t{9}, int64_t{10}});
  CHECK(column(r, "sessions", "turns") ==
        std::vector<Cell>{int64_t{1}, int64_t{1}, int64_t{1}, int64_t{0}, int64_t{1}});
  // Session 1 runs 10:00:00 - 10:01:00 (60 working s) and its first turn was answered in 60 s.
  CHECK(column(r, "sessions", "working_s")[0] == Cell{60.0});
  CHECK(column(r, "sessions", "first_response_s") == std::vector<Cell>{60.0, Cell{}, Cell{}, Cell{}, 180.0});
}

TEST_CASE("explain shows each won order with its winning consultation and the agents it beat") {
  Builder b = hand_month();
  const Report amy = explain(b.d, "amy");
  const Table& won = table(amy, "orders_won");
  REQUIRE(won.rows.size() == 1);  // c2's unpaid order (c1's went to bob)
  CHECK(str(won.rows[0][col(won, "customer")]) == "c2");
  CHECK(won.rows[0][col(won, "consultation_line")] == Cell{int64_t{8}});
  CHECK(na(won.rows[0][col(won, "net")]));   // unpaid: adds nothing to sales
  CHECK(na(won.rows[0][col(won, "paid")]));
  CHECK(str(won.rows[0][col(won, "beaten")]).empty());
  // c1's order went to bob's later consultation (line 6): listed apart, not counted.
  const Table& lost = table(amy, "orders_lost");
  REQUIRE(lost.rows.size() == 1);
  CHECK(str(lost.rows[0][col(lost, "attributed_to")]) == "bob");
  CHECK(lost.rows[0][col(lost, "consultation_line")] == Cell{int64_t{6}});

  const Report bob = explain(b.d, "bob");
  const Table& bw = table(bob, "orders_won");
  REQUIRE(bw.rows.size() == 1);
  CHECK(str(bw.rows[0][col(bw, "beaten")]) == "amy");
  CHECK(bw.rows[0][col(bw, "net")] == Cell{int64_t{7000}});  // 8000 − 1000 refund
  CHECK(bw.rows[0][col(bw, "consultation_line")] == Cell{int64_t{6}});
}

TEST_CASE("explain names each after-sales customer with the order that made them so") {
  Builder b = hand_month();
  const Report r = explain(b.d, "amy");
  const Table& t = table(r, "after_sales");
  REQUIRE(t.rows.size() == 1);
  CHECK(str(t.rows[0][col(t, "customer")]) == "c9");
  CHECK(t.rows[0][col(t, "order_line")] == Cell{int64_t{2}});
  CHECK(str(t.rows[0][col(t, "order_id")]) == "o2");
  CHECK(str(t.rows[0][col(t, "first_turn")]) == "2026-10-06 10:00:00");
  CHECK(t.rows[0][col(t, "amount")] == Cell{int64_t{1000}});
}

TEST_CASE("explain ends with each figure and the numbers it was computed from") {
  Builder b = hand_month();
  const Report r = explain(b.d, "amy");
  INFO(footer_text(r));
  // 4 turns: 2 answered; c2's reply came after the gap, c1's 11:00 turn got none.
  CHECK(has_line(r, "turns 4 = 2 answered + 2 unanswered (1 after a session gap, 1 with no later "
                    "message); 1 auto-replies inside turns answered nothing"));
  // (60 + 180) / 2 = 120 s: not ≤ 55 s, so the response item gets 0 of 5.
  CHECK(has_line(r, "mean response 120.0s = 240s / 2 answered turns; median 120.0s, p90 180.0s → "
                    "below every tier → 0 pts × 5"));
  // Replied c1, c9 of c1, c2, c9: 2 / 3 = 66.7%, under the 92% tier.
  CHECK(has_line(r, "reply rate 66.7% = 2 replied / 3 consulted → below every tier → 0 pts × 5"));
  // c9 is after-sales: 3 − 1 = 2 inquirers; c2 ordered: 1 / 2 = 50% meets ≥45%.
  CHECK(has_line(r, "inquirers 2 = 3 consulted − 1 after-sales + 0 orderers not consulted in the period"));
  CHECK(has_line(r, "conversion 50.0% = 1 orderers / 2 inquirers → tier ≥45.0% → 100 pts × 30"));
  // No target, no payer, no reviews: completion, order success... left out.
  CHECK(has_line(r, "completion — (no target) → left out: no target (weight 30)"));
  // Present: conversion 30 × 100, reply rate 5 × 0, response 5 × 0, order_success
  // (1 orderer, 0 payers: 0% → 0) 10 × 0 = 3000 over 50 weights = 60.
  CHECK(has_line(r, "score 60.0 = Σ weight × pts / weights present = 3000 / 50"));
}

TEST_CASE("explain shows review items as the combined review score, or why they are left out") {
  Builder b = hand_month();
  const Report none = explain(b.d, "amy");
  INFO(footer_text(none));
  CHECK(has_line(none, "assist — → left out: no reviews (weight 5)"));
  const Id amy = b.d.agents.intern("amy");
  b.d.reviews.push_back(Review{amy, Rater::kManager, 90.0, 80.0, 2});
  b.d.reviews.push_back(Review{amy, Rater::kSelf, 70.0, 60.0, 3});
  const Report r = explain(b.d, "amy");
  INFO(footer_text(r));
  // Manager 0.5 and self 0.2, renormalised over the two: assist
  // (90 × 0.5 + 70 × 0.2) / 0.7 = 59 / 0.7 = 84.29; execution (40 + 12) / 0.7 = 74.29.
  CHECK(has_line(r, "assist 84.3 = reviews: manager 0.5, peer 0.3, self 0.2, over the raters present "
                    "→ the score itself → 84.3 pts × 5"));
  CHECK(has_line(r, "execution 74.3 = reviews: manager 0.5, peer 0.3, self 0.2, over the raters present "
                    "→ the score itself → 74.3 pts × 10"));
}

TEST_CASE("explain writes its labels and arithmetic in Chinese with --lang zh") {
  Builder b = hand_month();
  const Report r = explain(b.d, "amy", context(Lang::kZh));
  INFO(footer_text(r));
  CHECK(has_line(r, "询单转化率 50.0% = 下单人数 1 / 询单人数 2 → 档位 ≥45.0% → 100 分 × 权重 30"));
  CHECK(has_line(r, "指标完成率 —（无目标） → 未计入：无目标（权重 30）"));
  CHECK(str(table(r, "turns").rows[1][col(table(r, "turns"), "result")]) == "未回复：本期内之后再无消息");
  CHECK(table(r, "turns").columns[col(table(r, "turns"), "answer_line")].zh == "回复消息行");
}

TEST_CASE("explain csv: sessions by default, every other table by --section") {
  Builder b = hand_month();
  const Report r = explain(b.d, "amy");
  RenderOptions o;
  o.format = Format::kCsv;
  std::string sessions = render(r, o);
  CHECK(sessions.substr(0, sessions.find("\r\n")) ==
        "session,customer,start,end,first_line,last_line,turns,answered_turns,first_response_s,working_s");
  o.section = "turns";
  std::string turns = render(r, o);
  CHECK(turns.substr(0, turns.find("\r\n")) ==
        "session,customer,start,first_line,customer_msgs,answer_line,response_s,auto_replies,result");
  o.section = "orders_won";
  std::string orders = render(r, o);
  CHECK(orders.substr(0, orders.find("\r\n")) ==
        "order_id,line,customer,created,paid,amount,refund,net,consultation_line,consultation_time,beaten");
  // c2's unpaid order (orders line 4): paid and counted are empty, won by chats line 8.
  CHECK(orders.find("o4,4,c2,2026-10-05 14:00:00,,20.00,0.00,,8,2026-10-05 13:00:00,\r\n") !=
        std::string::npos);
  for (const char* section : {"orders_lost", "after_sales"}) {
    o.section = section;
    CHECK_NOTHROW(render(r, o));
  }
  o.section = "figures";  // the arithmetic is text for people, not a table
  CHECK_THROWS_AS(render(r, o), UsageError);
}

TEST_CASE("explain's table names differ from its header members, so JSON has each member once") {
  Builder b = hand_month();
  ReportContext c = context();
  c.inputs = {{"chats", "c.csv"}, {"orders", "o.csv"}, {"targets", "t.csv"}, {"reviews", "r.csv"}};
  const Report r = explain(b.d, "amy", c);
  std::set<std::string> names{"notes"};  // render's member for the footer lines
  for (const auto& [key, value] : r.header) CHECK(names.insert(key).second);
  for (const Table& t : r.tables) CHECK(names.insert(t.key).second);
  CHECK(names.count("orders_won") == 1);
}

namespace {

// The error explain throws, in the words the user reads in the given language.
std::string explain_error(const Dataset& d, const std::string& agent, Lang lang = Lang::kEn) {
  try {
    explain(d, agent, context(lang));
  } catch (const InputError& e) {
    return render_input_error(e, lang);
  }
  return "no error";
}

}  // namespace

TEST_CASE("explain of an unknown agent is an input error naming the chats file and close names") {
  Builder b = hand_month();
  b.msg("shop:amy", "c1", at(7, 10, 0), C);
  b.d.chats_file = "oct.csv";
  CHECK(explain_error(b.d, "my") == "oct.csv: no agent \"my\"; did you mean \"amy\", \"shop:amy\"");
  // No name holds "amz", but it is one edit from amy, and from shop:amy after
  // its shop prefix.
  CHECK(explain_error(b.d, "amz") == "oct.csv: no agent \"amz\"; did you mean \"amy\", \"shop:amy\"");
  // "zed" is 3 edits from every name (more than 1 for 3 characters): no guess.
  CHECK(explain_error(b.d, "zed") == "oct.csv: no agent \"zed\"; `redhare metrics` lists the agents");
  CHECK(explain_error(b.d, "zed", Lang::kZh) == "oct.csv: 没有客服 \"zed\"；`redhare metrics` 会列出所有客服");
}

TEST_CASE("explain of an unknown agent names at most 5 close names and counts the rest") {
  Builder b = hand_month();
  for (const char* name : {"q1", "q2", "q3", "q4", "q5", "q6", "q7"}) b.msg(name, std::string("c") + name, at(7, 10, 0), C);
  b.d.chats_file = "oct.csv";
  CHECK(explain_error(b.d, "q") ==
        "oct.csv: no agent \"q\"; did you mean \"q1\", \"q2\", \"q3\", \"q4\", \"q5\" (and 2 more)");
  CHECK(explain_error(b.d, "q", Lang::kZh) ==
        "oct.csv: 没有客服 \"q\"；是否要找 \"q1\", \"q2\", \"q3\", \"q4\", \"q5\"（另有 2 个）");
}

TEST_CASE("explain of an agent without figures in the period says so") {
  Builder b = hand_month();
  b.msg("sept", "c1", at(1, 10, 0) - 86400, C);  // Sept 30 only: in the file, not in October
  b.d.chats_file = "oct.csv";
  CHECK(explain_error(b.d, "sept") == "oct.csv: agent \"sept\" has no message, order or target in period 2026-10");
  CHECK(explain_error(b.d, "sept", Lang::kZh) == "oct.csv: 客服 \"sept\" 在 2026-10 内没有消息、订单或目标");
}

// ---- a generated month: the explained rows add up to the figures ----------------

namespace {

// A deterministic month (a fixed LCG, not std::uniform_*_distribution, whose
// output differs between standard libraries): 300 customers, 7 agents, a few
// thousand messages with transfers between agents, night messages (outside
// 08:00-24:00), replies after the session gap, auto-replies, turns left
// unanswered, messages and paid orders before the period (attribution look-back,
// after-sales), orders more than 48 h after the chat (silent) and refunds.
Builder generated_month() {
  uint64_t state = 20261001;
  auto next = [&](uint64_t n) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (state >> 33) % n;
  };
  const char* agents[] = {"amy", "bob", "cat", "dan", "eve", "fay", "gus"};
  Builder b;
  for (int c = 0; c < 300; ++c) {
    const std::string customer = "c" + std::to_string(c);
    // A third bought in September: after-sales candidates.
    if (next(3) == 0) {
      const Time t = at(1, 12, 0) - static_cast<Time>(1 + next(25)) * 86400;
      b.order(customer, t, t + 60, 5000 + static_cast<Fen>(next(20000)));
    }
    const int chats = 1 + static_cast<int>(next(3));
    for (int k = 0; k < chats; ++k) {
      // Sept 29 .. Oct 31; some at night.
      Time t = at(1, 0, 0) + (static_cast<Time>(next(33)) - 2) * 86400 +
               static_cast<Time>(next(24)) * 3600 + static_cast<Time>(next(3600));
      int agent = static_cast<int>(next(7));
      const int turns = 1 + static_cast<int>(next(4));
      for (int turn = 0; turn < turns; ++turn) {
        if (next(8) == 0) agent = static_cast<int>(next(7));  // transferred
        const int asks = 1 + static_cast<int>(next(3));
        for (int m = 0; m < asks; ++m) {
          b.msg(agents[agent], customer, t, C);
          t += static_cast<Time>(next(90));
        }
        if (next(4) == 0) b.msg(agents[agent], customer, t + 2, AUTO);
        const uint64_t reply = next(10);
        if (reply == 0) continue;                          // no reply to this turn
        t += reply == 1 ? 1800 + static_cast<Time>(next(7200))  // after the gap (mostly)
                        : 5 + static_cast<Time>(next(300));
        b.msg(agents[agent], customer, t, A);
        t += static_cast<Time>(next(600));
      }
      if (next(2) == 0) {
        // Up to 72 h later: past 48 h it is silent (or goes to a later chat).
        const Time created = t + static_cast<Time>(next(72 * 3600));
        const bool paid = next(5) != 0;
        const Fen amount = 1000 + static_cast<Fen>(next(50000));
        b.order(customer, created, paid ? created + 120 : kNever, amount,
                next(6) == 0 ? static_cast<Fen>(next(static_cast<uint64_t>(amount))) : 0);
      }
    }
  }
  // Orders from customers who never wrote: silent.
  for (int k = 0; k < 20; ++k)
    b.order("walk-in" + std::to_string(k), at(2 + k, 15, 0), at(2 + k, 15, 1), 9900);
  return b;
}

// Every figure the explained rows determine, recomputed from the Report's cells.
struct Summed {
  int64_t turns = 0, answered = 0, slow = 0, sessions = 0, orders = 0, paid_orders = 0;
  int64_t consulted = 0, replied = 0, inquirers = 0, orderers = 0, payers = 0;
  Fen sales = 0, refunds = 0;
  std::optional<double> resp_mean, resp_median, resp_p90, first_resp_mean, session_mean;
};

std::optional<double> mean(int64_t sum, int64_t n) {
  return n ? std::optional<double>(double(sum) / n) : std::nullopt;
}

Summed sum_report(const Report& r, const Policy& policy) {
  Summed s;
  const Table& turns = table(r, "turns");
  std::set<std::string> consulted, replied, orderers, payers, after_sales;
  std::set<int64_t> sessions;
  std::vector<int64_t> responses;
  int64_t response_sum = 0;
  for (const auto& row : turns.rows) {
    ++s.turns;
    consulted.insert(str(row[col(turns, "customer")]));
    sessions.insert(i64(row[col(turns, "session")]));
    const Cell& resp = row[col(turns, "response_s")];
    if (na(resp)) continue;
    ++s.answered;
    replied.insert(str(row[col(turns, "customer")]));
    const auto secs = static_cast<int64_t>(dbl(resp));
    responses.push_back(secs);
    response_sum += secs;
    s.slow += secs > policy.slow_response_s;
  }
  s.sessions = static_cast<int64_t>(sessions.size());
  s.resp_mean = mean(response_sum, s.answered);
  std::sort(responses.begin(), responses.end());
  if (!responses.empty()) {
    const size_t n = responses.size();
    s.resp_median = n % 2 ? double(responses[n / 2]) : (responses[n / 2 - 1] + responses[n / 2]) / 2.0;
    s.resp_p90 = double(responses[(9 * n + 9) / 10 - 1]);  // ⌈0.9 n⌉-th smallest
  }
  const Table& ss = table(r, "sessions");
  int64_t first_sum = 0, first_n = 0, length_sum = 0;
  for (const auto& row : ss.rows) {
    if (i64(row[col(ss, "turns")]) == 0) continue;
    length_sum += static_cast<int64_t>(dbl(row[col(ss, "working_s")]));
    const Cell& first = row[col(ss, "first_response_s")];
    if (!na(first)) first_sum += static_cast<int64_t>(dbl(first)), ++first_n;
  }
  s.first_resp_mean = mean(first_sum, first_n);
  s.session_mean = mean(length_sum, s.sessions);
  const Table& orders = table(r, "orders_won");
  for (const auto& row : orders.rows) {
    ++s.orders;
    const std::string& customer = str(row[col(orders, "customer")]);
    orderers.insert(customer);
    const Cell& net = row[col(orders, "net")];
    if (na(net)) continue;
    ++s.paid_orders;
    payers.insert(customer);
    s.sales += i64(net);
    s.refunds += i64(row[col(orders, "refund")]);
  }
  const Table& as = table(r, "after_sales");
  for (const auto& row : as.rows) after_sales.insert(str(row[col(as, "customer")]));
  std::set<std::string> inquirers = orderers;
  for (const std::string& c : consulted)
    if (!after_sales.count(c)) inquirers.insert(c);
  s.consulted = static_cast<int64_t>(consulted.size());
  s.replied = static_cast<int64_t>(replied.size());
  s.orderers = static_cast<int64_t>(orderers.size());
  s.payers = static_cast<int64_t>(payers.size());
  s.inquirers = static_cast<int64_t>(inquirers.size());
  return s;
}

void check_sums(const std::optional<double>& figure, const std::optional<double>& summed) {
  REQUIRE(figure.has_value() == summed.has_value());
  if (figure) CHECK(*figure == doctest::Approx(*summed));
}

}  // namespace

TEST_CASE("explained turns, sessions and orders add up to the figures of every agent of a generated month") {
  Builder b = generated_month();
  const Policy policy = default_policy();
  REQUIRE(b.d.messages.size() > 3000);
  const Metrics m = compute_metrics(b.d, october(), policy);
  REQUIRE(m.agents.size() == 7);
  // The month has what it is meant to have: silent orders and after-sales customers.
  CHECK(m.shop.silent_orders > 20);
  int64_t after_sales = 0, gaps = 0;
  for (const AgentFigures& f : m.agents) {
    CAPTURE(f.name);
    const Report r = explain(b.d, f.name, context(), policy);
    const Summed s = sum_report(r, policy);
    CHECK(s.turns == f.turns);
    CHECK(s.answered == f.answered_turns);
    CHECK(s.slow == f.slow_responses);
    CHECK(s.sessions == f.sessions);
    CHECK(s.consulted == f.consulted);
    CHECK(s.replied == f.replied);
    CHECK(s.inquirers == f.inquirers);
    CHECK(s.orders == f.orders);
    CHECK(s.paid_orders == f.paid_orders);
    CHECK(s.orderers == f.orderers);
    CHECK(s.payers == f.payers);
    CHECK(s.sales == f.sales);
    CHECK(s.refunds == f.refunds);
    check_sums(f.resp_mean_s, s.resp_mean);
    check_sums(f.resp_median_s, s.resp_median);
    check_sums(f.resp_p90_s, s.resp_p90);
    check_sums(f.first_resp_mean_s, s.first_resp_mean);
    check_sums(f.session_mean_s, s.session_mean);
    after_sales += static_cast<int64_t>(table(r, "after_sales").rows.size());
    for (const Cell& why : column(r, "turns", "result"))
      gaps += str(why).find("session gap") != std::string::npos;
  }
  CHECK(after_sales > 0);
  CHECK(gaps > 0);
}

namespace {

// Rows strictly ascending by (time column, line column); shop-local
// "YYYY-MM-DD HH:MM:SS" sorts as text.
void check_sorted(const Table& t, const std::string& time, const std::string& line) {
  const size_t tc = col(t, time), lc = col(t, line);
  for (size_t i = 1; i < t.rows.size(); ++i) {
    CAPTURE(i);
    CHECK(std::make_pair(str(t.rows[i - 1][tc]), i64(t.rows[i - 1][lc])) <
          std::make_pair(str(t.rows[i][tc]), i64(t.rows[i][lc])));
  }
}

}  // namespace

TEST_CASE("explain rows come in a defined order: turns by start then line, orders by creation then line") {
  Builder b = generated_month();
  const Report r = explain(b.d, "cat");
  REQUIRE(table(r, "turns").rows.size() > 50);
  REQUIRE(table(r, "orders_won").rows.size() > 5);
  check_sorted(table(r, "turns"), "start", "first_line");
  check_sorted(table(r, "orders_won"), "created", "line");
  // Same input, same bytes.
  RenderOptions o;
  CHECK(render(r, o) == render(explain(b.d, "cat"), o));
}

TEST_CASE("explain names the tier a policy's added item met, by the tier recorded when scoring") {
  // amy's first responses: 60 s (session 1) and 180 s (session 5) -> mean 120 s,
  // which meets the second tier (<=150 s, 50 points), not the first.
  Builder b = hand_month();
  Policy p = parse_policy("item.first_resp_mean_s.weight = 10\n"
                          "item.first_resp_mean_s.tiers = <=60:100, <=150:50, else:0\n",
                          "p");
  const Report r = explain(b.d, "amy", context(), p);
  INFO(footer_text(r));
  CHECK(has_line(r, "first response 120.0s → tier ≤150.0s → 50 pts × 10"));
  const Report zh = explain(b.d, "amy", context(Lang::kZh), p);
  CHECK(has_line(zh, "首次响应 120.0s → 档位 ≤150.0s → 50 分 × 权重 10"));
}
