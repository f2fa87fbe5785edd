// The Trace hooks are called by the code that computes the figures; a
// recording Trace summed back must give exactly the figures.
#include <doctest/doctest.h>

#include <map>
#include <set>

#include "figures/dataset_builder.h"
#include "redhare/trace.h"

using namespace redhare;
using namespace redhare::testing;

namespace {

struct Sums {
  int64_t turns = 0, answered = 0, response_sum = 0, orders = 0, paid_orders = 0;
  Fen sales = 0;
  std::set<Id> consulted, orderers, payers, after_sales;
};

class Recorder : public Trace {
 public:
  std::map<Id, Sums> by_agent;
  std::vector<TurnEnd> ends;
  std::vector<uint32_t> auto_in_turn;
  std::vector<std::vector<Id>> competing;
  int64_t sessions_seen = 0;
  int64_t silent = 0;
  std::vector<uint32_t> after_sales_lines;

  void on_session(const SessionInfo&) override { ++sessions_seen; }
  void on_turn(const TurnInfo& t) override {
    Sums& s = by_agent[t.agent];
    ++s.turns;
    s.consulted.insert(t.customer);
    if (t.answered()) {
      ++s.answered;
      s.response_sum += t.response_s;
    }
    ends.push_back(t.end);
    auto_in_turn.push_back(t.auto_replies);
  }
  void on_order(const Order& o, const Attribution& a, const std::vector<Id>& agents) override {
    competing.push_back(agents);
    if (a.silent()) {
      ++silent;
      return;
    }
    Sums& s = by_agent[a.agent];
    ++s.orders;
    s.orderers.insert(o.customer);
    if (o.is_paid()) {
      ++s.paid_orders;
      s.sales += std::max<Fen>(0, o.amount - o.refund);
      s.payers.insert(o.customer);
    }
  }
  void on_after_sales(Id agent, Id customer, uint32_t order_line) override {
    by_agent[agent].after_sales.insert(customer);
    after_sales_lines.push_back(order_line);
  }
};

}  // namespace

TEST_CASE("a recording Trace summed back gives exactly the figures") {
  Builder b;
  b.order("c9", at(1, 9, 0), at(1, 9, 0), 1000);  // order line 2: c9's earlier purchase
  b.msg("amy", "c1", at(5, 10, 0), C)
      .msg("amy", "c1", at(5, 10, 0, 5), AUTO)
      .msg("amy", "c1", at(5, 10, 1), A)        // turn answered in 60 s
      .msg("amy", "c1", at(5, 11, 0), C)        // new session, unanswered (no more)
      .msg("bob", "c1", at(5, 12, 0), C)
      .msg("bob", "c1", at(5, 12, 0, 30), A)    // answered in 30 s
      .msg("bob", "c2", at(5, 13, 0), C)
      .msg("bob", "c2", at(5, 13, 40), A)       // gap 2400 s: unanswered by gap
      .msg("amy", "c9", at(6, 10, 0), C)        // after-sales for amy (order 5 days ago)
      .msg("amy", "c3", at(4, 10, 0), C);
  b.order("c1", at(5, 14, 0), at(5, 14, 0), 8000, 1000)  // bob (last), net 70.00
      .order("c3", at(5, 9, 0), kNever, 2000)            // amy, unpaid
      .order("c4", at(5, 9, 0), at(5, 9, 0), 500);       // silent
  Recorder rec;
  const Metrics m = compute_metrics(b.d, october(), Policy{}, &rec);

  for (const AgentFigures& f : m.agents) {
    CAPTURE(f.name);
    const Sums& s = rec.by_agent[f.agent];
    CHECK(f.turns == s.turns);
    CHECK(f.answered_turns == s.answered);
    if (s.answered > 0) {
      CHECK(*f.resp_mean_s == doctest::Approx(double(s.response_sum) / s.answered));
    }
    CHECK(f.orders == s.orders);
    CHECK(f.paid_orders == s.paid_orders);
    CHECK(f.sales == s.sales);
    CHECK(f.consulted == int64_t(s.consulted.size()));
    CHECK(f.orderers == int64_t(s.orderers.size()));
    CHECK(f.payers == int64_t(s.payers.size()));
    std::set<Id> inquirers;
    for (Id c : s.consulted) {
      if (!s.after_sales.count(c)) inquirers.insert(c);
    }
    inquirers.insert(s.orderers.begin(), s.orderers.end());
    CHECK(f.inquirers == int64_t(inquirers.size()));
  }
  // And the hand-worked values behind them.
  const AgentFigures& amy = row(m, "amy");
  const AgentFigures& bob = row(m, "bob");
  CHECK(amy.turns == 4);            // c1 x2, c9, c3
  CHECK(amy.answered_turns == 1);
  CHECK(amy.consulted == 3);        // c1, c9, c3
  CHECK(amy.inquirers == 2);        // c9 is after-sales
  CHECK(amy.orders == 1);
  CHECK(bob.turns == 2);
  CHECK(bob.answered_turns == 1);
  CHECK(*bob.resp_mean_s == doctest::Approx(30));
  CHECK(bob.sales == 7000);
  CHECK(rec.silent == 2);  // c9's Oct 1 order (no consultation before it) and c4's
  REQUIRE(rec.after_sales_lines.size() == 1);
  CHECK(rec.after_sales_lines[0] == 2);
  // Sessions: amy c1 x2, amy c3, amy c9, bob c1, bob c2 x2 = 7 (all reported,
  // including bob's turnless second c2 session).
  CHECK(rec.sessions_seen == 7);
  // Orders by customer id (the order the names were first read): c9, c1,
  // c3, c4. For c1's, amy (10:00, 11:00) and bob (12:00) were both in the
  // window; c9's had nobody.
  REQUIRE(rec.competing.size() == 4);
  CHECK(rec.competing[0].empty());
  CHECK(rec.competing[1].size() == 2);
  // Why the turns ended, and the auto-reply that did not answer amy's first turn.
  int gap = 0, none = 0, autos = 0;
  for (TurnEnd e : rec.ends) {
    gap += e == TurnEnd::kSessionGap;
    none += e == TurnEnd::kNoMoreMessages;
  }
  for (uint32_t n : rec.auto_in_turn) autos += n;
  // Gap: bob/c2 (13:00, answered 2400 s later in a new session). No more
  // messages: amy/c1 11:00, amy/c9, amy/c3.
  CHECK(gap == 1);
  CHECK(none == 3);
  CHECK(autos == 1);
}
