// SPEC 4: attribution, paid orders, after-sales and the sales figures.
#include <doctest/doctest.h>

#include "figures/dataset_builder.h"
#include "redhare/attribution.h"

using namespace redhare;
using namespace redhare::testing;

namespace {
Policy first_policy() {
  Policy p;
  p.attribution_first = true;
  return p;
}
}  // namespace

TEST_CASE("attribution goes to the last consultation across agents") {
  Builder b;
  b.msg("amy", "c1", at(10, 10, 0), C)
      .msg("bob", "c1", at(10, 11, 0), C)  // transferred: bob is asked last
      .order("c1", at(10, 12, 0), at(10, 12, 1), 10000);
  const Metrics m = run(b);
  CHECK(row(m, "bob").orders == 1);
  CHECK(row(m, "bob").sales == 10000);
  CHECK(row(m, "amy").orders == 0);
  // amy still consulted c1 and, with no after-sales, c1 is her inquirer.
  CHECK(row(m, "amy").inquirers == 1);
  // attribution = first picks amy.
  const Metrics f = run(b, first_policy());
  CHECK(row(f, "amy").orders == 1);
  CHECK(row(f, "bob").orders == 0);
}

TEST_CASE("attribution: equal times go to the later row (last) or the earlier row (first)") {
  Builder b;
  b.msg("amy", "c1", at(10, 10, 0), C)
      .msg("bob", "c1", at(10, 10, 0), C)
      .order("c1", at(10, 12, 0), at(10, 12, 0), 5000);
  CHECK(row(run(b), "bob").orders == 1);
  CHECK(row(run(b, first_policy()), "amy").orders == 1);
}

TEST_CASE("attribution window includes both ends: exactly 48 h counts, 48 h + 1 s is silent") {
  Builder b;
  b.msg("amy", "c1", at(3, 10, 0), C)
      .order("c1", at(5, 10, 0), kNever, 1000)      // t - 48 h = consultation: amy
      .msg("amy", "c2", at(3, 10, 0), C)
      .order("c2", at(5, 10, 0, 1), kNever, 1000)   // 48 h + 1 s: silent
      .msg("amy", "c3", at(5, 10, 0), C)
      .order("c3", at(5, 10, 0), kNever, 1000);     // same second as the order: amy
  const Metrics m = run(b);
  CHECK(row(m, "amy").orders == 2);
  CHECK(m.shop.orders == 3);
  CHECK(m.shop.attributed_orders == 2);
  CHECK(m.shop.silent_orders == 1);
}

TEST_CASE("attribution ignores consultations after the order and agent messages") {
  Builder b;
  b.msg("amy", "c1", at(5, 9, 0), A)          // an agent message is no consultation
      .order("c1", at(5, 10, 0), kNever, 1000)
      .msg("bob", "c1", at(5, 10, 0, 1), C);  // one second after the order
  const Metrics m = run(b);
  CHECK(m.shop.silent_orders == 1);
  CHECK(row(m, "amy").orders == 0);
  CHECK(row(m, "bob").orders == 0);
}

TEST_CASE("a consultation before the period attributes an order in it") {
  Builder b;
  b.msg("amy", "c1", at(1, 0, 0) - 3600, C)  // Sep 30 23:00
      .order("c1", at(1, 9, 0), at(1, 9, 5), 2000);
  const Metrics m = run(b);
  const AgentFigures& f = row(m, "amy");
  // No message in the period, but an attributed order: a row.
  CHECK(f.customer_msgs == 0);
  CHECK(f.consulted == 0);
  CHECK(f.orders == 1);
  CHECK(f.orderers == 1);
  // Inquirers = (consulted - after-sales) ∪ orderers = {} ∪ {c1} = 1.
  CHECK(f.inquirers == 1);
  CHECK(*f.conversion == doctest::Approx(1.0));
}

TEST_CASE("orders count by creation inside the period, whatever the payment time") {
  Builder b;
  b.msg("amy", "c1", at(1, 0, 0) - 60, C)
      .order("c1", at(1, 0, 0) - 1, at(1, 10, 0), 3000)  // created Sep 30 23:59:59: out
      .msg("amy", "c2", at(31, 23, 0), C)
      .order("c2", at(31, 23, 30), at(31, 23, 0) + 7200, 4000);  // paid in November: in
  const Metrics m = run(b);
  CHECK(m.shop.orders == 1);
  CHECK(row(m, "amy").paid_orders == 1);
  CHECK(row(m, "amy").sales == 4000);
}

TEST_CASE("net refunds: sales = max(0, amount - refund); refunds summed over paid orders") {
  Builder b;
  b.msg("amy", "c1", at(5, 10, 0), C)
      .order("c1", at(5, 11, 0), at(5, 11, 0), 10000, 2500)   // net 75.00
      .order("c1", at(5, 12, 0), at(5, 12, 0), 3000, 5000)    // refund > amount: net 0
      .order("c1", at(5, 13, 0), kNever, 9900, 100);          // unpaid: no sales, no refund
  const AgentFigures& f = row(run(b), "amy");
  CHECK(f.orders == 3);
  CHECK(f.paid_orders == 2);
  CHECK(f.sales == 7500);          // 7500 + 0
  CHECK(f.refunds == 7500);        // 2500 + 5000
  CHECK(f.payers == 1);
  CHECK(*f.aov == doctest::Approx(75.0));  // 75.00 yuan / 1 payer
  Policy gross;
  gross.net_refunds = false;
  CHECK(row(run(b, gross), "amy").sales == 13000);  // 10000 + 3000
}

TEST_CASE("after-sales: a paid order within 21 days before the first turn, none attributed") {
  Builder b;
  // c1 bought (paid) on Oct 2 via nobody (silent), asks amy on Oct 10: 8 days -> after-sales.
  b.order("c1", at(2, 10, 0), at(2, 10, 0), 5000).msg("amy", "c1", at(10, 10, 0), C);
  // c2's paid order is 28 days before (Sep 12 vs Oct 10): an inquirer.
  b.order("c2", at(10, 10, 0) - 28 * 86400, at(10, 10, 0) - 28 * 86400, 5000)
      .msg("amy", "c2", at(10, 10, 0), C);
  // c3's order exactly 21 days before the first turn: window ends included -> after-sales.
  b.order("c3", at(10, 10, 0) - 21 * 86400, at(10, 10, 0) - 21 * 86400, 5000)
      .msg("amy", "c3", at(10, 10, 0), C);
  // c4 has an unpaid order 3 days before: not after-sales.
  b.order("c4", at(7, 10, 0), kNever, 5000).msg("amy", "c4", at(10, 10, 0), C);
  // c5 had a recent paid order but orders again via amy: not after-sales.
  b.order("c5", at(3, 10, 0), at(3, 10, 0), 5000)
      .msg("amy", "c5", at(10, 10, 0), C)
      .order("c5", at(10, 11, 0), kNever, 5000);
  const AgentFigures& f = row(run(b), "amy");
  CHECK(f.consulted == 5);
  // After-sales c1, c3: inquirers 5 - 2 = 3 (c2, c4, c5).
  CHECK(f.inquirers == 3);
  CHECK(f.orderers == 1);
  CHECK(f.payers == 0);
  CHECK(*f.conversion == doctest::Approx(1.0 / 3));
  CHECK(*f.pay_conversion == doctest::Approx(0.0));
  CHECK(*f.order_success == doctest::Approx(0.0));
  CHECK_FALSE(f.aov.has_value());  // no payer: n/a
}

TEST_CASE("after-sales window includes its end: a paid order at the second of the first turn") {
  Builder b;
  // c1 writes to amy and then to bob at the same second, 10:00, and pays an
  // order created at 10:00. Equal times go to the later row: the order is
  // bob's. For amy the order lies in [T - 21 days, T] with T = 10:00 (the end
  // included, tests/expected/README.md 12) and none is hers: after-sales.
  b.msg("amy", "c1", at(10, 10, 0), C)
      .msg("bob", "c1", at(10, 10, 0), C)
      .order("c1", at(10, 10, 0), at(10, 10, 0), 5000);
  const Metrics m = run(b);
  CHECK(row(m, "bob").orderers == 1);
  CHECK(row(m, "amy").consulted == 1);
  CHECK(row(m, "amy").inquirers == 0);  // 1 consulted - 1 after-sales
}

TEST_CASE("after-sales is per agent: an order via amy makes the customer after-sales for bob") {
  Builder b;
  b.msg("amy", "c1", at(5, 10, 0), C)
      .order("c1", at(5, 11, 0), at(5, 11, 0), 5000)
      .msg("bob", "c1", at(10, 10, 0), C);  // 5 days later, about the parcel
  const Metrics m = run(b);
  CHECK(row(m, "amy").inquirers == 1);
  CHECK(row(m, "bob").consulted == 1);
  CHECK(row(m, "bob").inquirers == 0);
  CHECK_FALSE(row(m, "bob").conversion.has_value());  // 0 inquirers: n/a
}

TEST_CASE("n/a denominators: an agent with only a target") {
  Builder b;
  b.target("amy", 100000);
  const AgentFigures& f = row(run(b), "amy");
  CHECK_FALSE(f.reply_rate.has_value());
  CHECK_FALSE(f.answer_ratio.has_value());
  CHECK_FALSE(f.resp_mean_s.has_value());
  CHECK_FALSE(f.resp_p90_s.has_value());
  CHECK_FALSE(f.session_mean_s.has_value());
  CHECK_FALSE(f.conversion.has_value());
  CHECK_FALSE(f.pay_conversion.has_value());
  CHECK_FALSE(f.order_success.has_value());
  CHECK_FALSE(f.aov.has_value());
  REQUIRE(f.target.has_value());
  CHECK(*f.target == 100000);
  CHECK(*f.completion == doctest::Approx(0.0));  // 0 sales / 1000.00: 0, not n/a
}

TEST_CASE("targets: several rows of one agent add up; a zero target leaves completion n/a") {
  Builder b;
  b.msg("amy", "c1", at(5, 10, 0), C).order("c1", at(5, 11, 0), at(5, 11, 0), 30000);
  b.target("amy", 40000).target("amy", 20000).target("bob", 0);
  const Metrics m = run(b);
  CHECK(*row(m, "amy").target == 60000);
  CHECK(*row(m, "amy").completion == doctest::Approx(0.5));  // 300.00 / 600.00
  CHECK(*row(m, "bob").target == 0);
  CHECK_FALSE(row(m, "bob").completion.has_value());
  // No target row: target and completion n/a.
  Builder nt;
  nt.msg("amy", "c1", at(5, 10, 0), C);
  CHECK_FALSE(row(run(nt), "amy").target.has_value());
  CHECK_FALSE(row(run(nt), "amy").completion.has_value());
}

TEST_CASE("shop totals: total, attributed and silent sales, share and shop AOV") {
  Builder b;
  b.msg("amy", "c1", at(5, 10, 0), C)
      .order("c1", at(5, 11, 0), at(5, 11, 0), 10000)
      .msg("bob", "c1", at(6, 10, 0), C)
      .order("c1", at(6, 11, 0), at(6, 11, 0), 5000)   // c1 pays via amy and via bob
      .msg("bob", "c2", at(6, 10, 0), C)
      .order("c2", at(6, 11, 0), kNever, 7000)         // unpaid
      .order("c3", at(7, 11, 0), at(7, 11, 0), 5000);  // silent
  const ShopTotals s = run(b).shop;
  CHECK(s.orders == 4);
  CHECK(s.paid_orders == 3);
  CHECK(s.attributed_orders == 3);
  CHECK(s.silent_orders == 1);
  CHECK(s.total_sales == 20000);       // 10000 + 5000 + 5000
  CHECK(s.attributed_sales == 15000);
  CHECK(s.silent_sales == 5000);
  CHECK(*s.silent_share == doctest::Approx(0.25));  // 5000 / 20000
  CHECK(s.payers == 1);                             // c1 once, over both agents
  CHECK(*s.aov == doctest::Approx(150.0));          // 150.00 yuan / 1
}

TEST_CASE("shop totals are n/a without paid orders") {
  Builder b;
  b.msg("amy", "c1", at(5, 10, 0), C);
  const ShopTotals s = run(b).shop;
  CHECK_FALSE(s.silent_share.has_value());
  CHECK_FALSE(s.aov.has_value());
}

TEST_CASE("attribution over a customer's grouped messages lists every agent in the window") {
  Builder b;
  b.msg("bob", "c1", at(5, 9, 0), C)
      .msg("amy", "c1", at(5, 8, 0), C)   // earlier, later row
      .msg("bob", "c1", at(5, 10, 0), C)
      .msg("amy", "c1", at(5, 11, 0), A)  // an answer is no consultation
      .msg("cat", "c1", at(1, 8, 0), C);  // 4 days before: outside
  const Period october_ = october();
  const std::vector<uint32_t> counts = count_chats(b.d.messages, october_, b.d.customers.size());
  CustomerChats chats;
  group_chats(b.d.messages, october_, counts, 0, 1, chats);
  const AttributionRules rules;
  const Id c1 = 0;
  const std::vector<Id> agents = agents_in_window(chats.begin(c1), chats.end(c1), at(5, 12, 0), rules);
  REQUIRE(agents.size() == 2);
  CHECK(b.d.agents.name(agents[0]) == "amy");
  CHECK(b.d.agents.name(agents[1]) == "bob");
  const Attribution a = attribute(chats.begin(c1), chats.end(c1), at(5, 12, 0), rules);
  CHECK(b.d.agents.name(a.agent) == "bob");
  CHECK(a.consultation_line == 4);  // third row: lines 2, 3, 4
  const Attribution f = attribute(chats.begin(c1), chats.end(c1), at(5, 12, 0), AttributionRules{48 * 3600, true});
  CHECK(b.d.agents.name(f.agent) == "amy");
  CHECK(f.consultation_line == 3);
  // Nothing in the window: the 4-day-old message does not count.
  CHECK(attribute(chats.begin(c1), chats.end(c1), at(5, 7, 0), rules).silent());
}
