#include <doctest/doctest.h>

#include "redhare/interner.h"
#include "redhare/records.h"
#include "redhare/scoring.h"
#include "score_helpers.h"

namespace redhare {
namespace {

using testing::completion_only;
using testing::metrics_of;
using testing::scored;
using testing::top_agent;

const ItemPoints& item(const Scorecard& c, const std::string& name) {
  for (const ItemPoints& i : c.items)
    if (item_key(i.item) == name) return i;
  FAIL("no item " << name);
  return c.items.front();
}

Scorecard score_one(const AgentFigures& f, const Policy& p = default_policy()) {
  Dataset data;
  return score_agents(metrics_of({f}), data, p).at(0);
}

TEST_CASE("exactly 45% conversion meets the >=45% tier; 44.99% falls to 80") {
  AgentFigures f = top_agent("a");
  f.conversion = 9.0 / 20.0;  // 9 orderers of 20 inquirers: 0.45 as division gives it
  CHECK(*item(score_one(f), "conversion").points == 100);
  f.conversion = 0.15 * 3;  // 0.45 reached by a product: 0.44999999999999996, one ulp below
  CHECK(*item(score_one(f), "conversion").points == 100);
  f.conversion = 0.4499;
  CHECK(*item(score_one(f), "conversion").points == 80);
}

TEST_CASE("lower-is-better tiers: 30 s mean response is 100 points, 30.1 s is 80") {
  AgentFigures f = top_agent("a");
  f.resp_mean_s = 30;
  CHECK(*item(score_one(f), "resp_mean_s").points == 100);
  f.resp_mean_s = 30.1;
  CHECK(*item(score_one(f), "resp_mean_s").points == 80);
  f.resp_mean_s = 55.01;  // past the last tier (<=55 s)
  CHECK(*item(score_one(f), "resp_mean_s").points == 0);
}

TEST_CASE("a linear ramp interpolates and clamps") {
  Policy p = parse_policy("item.conversion.weight = 30\nitem.conversion.linear = 20%:0, 50%:100\n", "p");
  AgentFigures f = top_agent("a");
  f.conversion = 0.35;  // (0.35 - 0.20) / (0.50 - 0.20) = 0.5 -> 50 points
  CHECK(*item(score_one(f, p), "conversion").points == doctest::Approx(50));
  f.conversion = 0.10;  // below the zero point
  CHECK(*item(score_one(f, p), "conversion").points == 0);
  f.conversion = 0.60;  // above the full point
  CHECK(*item(score_one(f, p), "conversion").points == 100);
}

TEST_CASE("aov is scored as the agent's AOV divided by the shop's AOV") {
  AgentFigures f = top_agent("a");
  f.aov = 110;  // 110 / 100 = 1.10 -> >=1.10 tier: 100
  CHECK(*item(score_one(f), "aov").figure == doctest::Approx(1.10));
  CHECK(*item(score_one(f), "aov").points == 100);
  f.aov = 99;  // 0.99 -> >=0.90 tier: 60
  CHECK(*item(score_one(f), "aov").points == 60);
}

TEST_CASE("an aov ratio of exactly 1.10 meets the >=1.10 tier though the division lands below it") {
  // Agent: 110.22 yuan from one payer; shop: 100.20 yuan per payer, each as
  // compute_metrics makes it (fen / 100.0 / payers). 110.22 / 100.20 = 1.1
  // exactly, but the double quotient is 1.0999999999999999: only the 1e-9
  // tolerance keeps it in the >=1.10 tier (100 points) rather than >=1.00 (80).
  AgentFigures f = top_agent("a");
  f.aov = 11022 / 100.0 / 1;
  Metrics m = metrics_of({f});
  m.shop.aov = 10020 / 100.0 / 1;
  CHECK(*item(score_agents(m, Dataset{}, default_policy()).at(0), "aov").points == 100);
}

TEST_CASE("reviews combine raters 0.5/0.3/0.2 over the raters present, peers averaged first") {
  Dataset data;
  const Id a = data.agents.intern("a");
  // manager assist 80; two peers 60 and 70 (mean 65); no self review.
  // assist = (0.5*80 + 0.3*65) / (0.5 + 0.3) = (40 + 19.5) / 0.8 = 74.375
  data.reviews.push_back({a, Rater::kManager, 80, 90, 2});
  data.reviews.push_back({a, Rater::kPeer, 60, std::nullopt, 3});
  data.reviews.push_back({a, Rater::kPeer, 70, std::nullopt, 4});
  data.reviews.push_back({a, Rater::kSelf, std::nullopt, 100, 5});
  AgentFigures f = top_agent("a");
  f.agent = a;
  Scorecard c = score_agents(metrics_of({f}), data, default_policy()).at(0);
  CHECK(*item(c, "assist").points == doctest::Approx(74.375));
  // execution: manager 90, self 100 -> (0.5*90 + 0.2*100) / 0.7 = 65 / 0.7 = 92.857...
  CHECK(*item(c, "execution").points == doctest::Approx(65.0 / 0.7));
  // Overall reviews weight assist:execution 5:10. Manager (5*80 + 10*90)/15 = 86.667;
  // self has execution only: 100.
  CHECK(*c.manager_overall == doctest::Approx(1300.0 / 15));
  CHECK(*c.self_overall == 100);
}

TEST_CASE("n/a items are left out with a reason and the score is rescaled over the weights present") {
  AgentFigures f = top_agent("a");
  f.target.reset();
  f.completion.reset();
  f.aov = 100;  // ratio 1.00 -> 80 points
  Scorecard c = score_one(f);
  CHECK(item(c, "completion").left_out == NaReason::kNoTarget);
  CHECK_FALSE(item(c, "completion").points);
  CHECK(item(c, "assist").left_out == NaReason::kNoReviews);
  CHECK(item(c, "execution").left_out == NaReason::kNoReviews);
  // Present: conversion 30, order_success 10, aov 5, reply_rate 5, resp 5 = 55.
  // Sum = 30*100 + 10*100 + 5*80 + 5*100 + 5*100 = 5400; 5400 / 55 = 98.181818...
  CHECK(c.weight_present == 55);
  CHECK(c.score == doctest::Approx(5400.0 / 55).epsilon(1e-6));
}

TEST_CASE("agents below min_inquirers get a grade from their score but no rank") {
  Dataset data;
  std::vector<AgentFigures> agents = {scored("few", 99, 9), scored("enough", 50, 10)};
  std::vector<Scorecard> cards = score_agents(metrics_of(agents), data, completion_only());
  REQUIRE(cards.size() == 2);
  CHECK(cards[0].figures.name == "enough");  // ranked agents come first
  CHECK(cards[0].rank == 1);
  CHECK(cards[1].figures.name == "few");
  CHECK_FALSE(cards[1].ranked);
  CHECK(cards[1].rank == 0);
  CHECK(cards[1].grade == Grade::kOutstanding);  // 99 >= 95, no forced distribution
}

TEST_CASE("ties break on sales, then conversion (n/a lowest), then name") {
  Dataset data;
  AgentFigures a = scored("a", 80), b = scored("b", 80), c = scored("c", 80), d = scored("d", 80),
               e = scored("e", 80);
  b.sales = 500;                           // more sales: first
  a.conversion = 0.3, c.conversion = 0.4;  // c before a on conversion
  d.conversion.reset();                    // n/a: after every real conversion
  e.conversion = 0.3;                      // same as a: name decides, a before e
  std::vector<Scorecard> cards = score_agents(metrics_of({a, b, c, d, e}), data, completion_only());
  std::vector<std::string> order;
  for (const Scorecard& s : cards) order.push_back(s.figures.name);
  CHECK(order == std::vector<std::string>{"b", "c", "a", "e", "d"});
  CHECK(cards[4].rank == 5);
}

TEST_CASE("forced distribution with 10 ranked agents: 1 outstanding, 1 excellent") {
  // caps: floor(10% × 10) = 1 特优, floor(15% × 10) = 1 优秀.
  Dataset data;
  std::vector<AgentFigures> agents;
  const double scores[] = {99, 98, 97, 90, 80, 75, 60, 55, 40, 30};
  for (int i = 0; i < 10; ++i) agents.push_back(scored(std::string(1, char('a' + i)), scores[i]));
  std::vector<Scorecard> cards = score_agents(metrics_of(agents), data, completion_only());
  // a 99 keeps 特优; b 98 overflows to 优秀; c 97 overflows 特优 then 优秀 -> 中等;
  // d 90 优秀 overflows -> 中等; the rest keep their score grades.
  const Grade want[] = {Grade::kOutstanding, Grade::kExcellent, Grade::kAverage, Grade::kAverage,
                        Grade::kAverage,     Grade::kAverage,   Grade::kImprove, Grade::kImprove,
                        Grade::kUrgent,      Grade::kUrgent};
  for (int i = 0; i < 10; ++i) {
    CAPTURE(i);
    CHECK(cards[i].grade == want[i]);
  }
  CHECK(cards[2].score_grade == Grade::kOutstanding);
}

TEST_CASE("forced distribution with 25 ranked agents: 2 outstanding, 3 excellent") {
  // caps: floor(0.10 × 25) = 2, floor(0.15 × 25) = floor(3.75) = 3.
  Dataset data;
  std::vector<AgentFigures> agents;
  for (int i = 0; i < 25; ++i) agents.push_back(scored(std::string("agent") + char('a' + i), 99 - i * 0.1));
  std::vector<Scorecard> cards = score_agents(metrics_of(agents), data, completion_only());
  int outstanding = 0, excellent = 0, average = 0;
  for (const Scorecard& c : cards) {
    outstanding += c.grade == Grade::kOutstanding;
    excellent += c.grade == Grade::kExcellent;
    average += c.grade == Grade::kAverage;
  }
  // All 25 score 96.6..99 (特优 by score): 2 stay, 3 become 优秀, 20 become 中等.
  CHECK(outstanding == 2);
  CHECK(excellent == 3);
  CHECK(average == 20);
  CHECK(cards[1].grade == Grade::kOutstanding);
  CHECK(cards[2].grade == Grade::kExcellent);
  CHECK(cards[5].grade == Grade::kAverage);
}

TEST_CASE("grades use 95/85/70/50 with a tiny tolerance") {
  const Policy p = default_policy();
  CHECK(grade_for_score(95, p) == Grade::kOutstanding);
  CHECK(grade_for_score(94.99, p) == Grade::kExcellent);
  CHECK(grade_for_score(85, p) == Grade::kExcellent);
  CHECK(grade_for_score(70 - 1e-12, p) == Grade::kAverage);
  CHECK(grade_for_score(50, p) == Grade::kImprove);
  CHECK(grade_for_score(49.9, p) == Grade::kUrgent);
  // History files carry the stable keys, and only keys are read back.
  CHECK(grade_from_key("needs-improvement") == Grade::kImprove);
  CHECK(grade_from_key(grade_key(Grade::kOutstanding)) == Grade::kOutstanding);
  CHECK_FALSE(grade_from_key("needs improvement"));
  CHECK_FALSE(grade_from_key("特优"));
}

TEST_CASE("ItemPoints records the tier met, or none for the otherwise points") {
  AgentFigures f = top_agent("a");
  f.conversion = 0.36;   // >=45% no, >=40% no, >=35% yes: tier index 2, 60 points
  f.reply_rate = 0.5;    // below every reply-rate tier: otherwise (0)
  f.order_success = 1;   // first tier
  Scorecard c = score_one(f);
  CHECK(item(c, "conversion").tier == 2);
  CHECK(*item(c, "conversion").points == 60);
  CHECK(item(c, "reply_rate").tier == ItemPoints::kNoTier);
  CHECK(*item(c, "reply_rate").points == 0);
  CHECK(item(c, "order_success").tier == 0);
  // Two tiers giving the same points are still told apart by index.
  Policy p = default_policy();
  p.items[1].tiers = {{0.45, 50}, {0.30, 50}};  // conversion
  CHECK(item(score_one(f, p), "conversion").tier == 1);
}

TEST_CASE("a policy may score a non-default figure column, lower is better") {
  // first_resp_mean_s <=20 s: 100, <=60 s: 50, else 0; the only item (a
  // policy that names an item states the whole presales table, SPEC 8).
  Policy p = parse_policy("item.first_resp_mean_s.weight = 100\n"
                          "item.first_resp_mean_s.tiers = <=20:100, <=60:50, else:0\n",
                          "p");
  REQUIRE(p.items.size() == 1);
  AgentFigures fast = top_agent("fast"), slow = top_agent("slow"), none = top_agent("none");
  fast.first_resp_mean_s = 20;  // exactly the threshold: met
  slow.first_resp_mean_s = 45;
  none.first_resp_mean_s.reset();
  CHECK(score_one(fast, p).score == 100);
  CHECK(item(score_one(fast, p), "first_resp_mean_s").tier == 0);
  CHECK(score_one(slow, p).score == 50);
  CHECK(item(score_one(slow, p), "first_resp_mean_s").tier == 1);
  const Scorecard n = score_one(none, p);
  CHECK(item(n, "first_resp_mean_s").left_out == NaReason::kNoFirstResponse);
  CHECK(n.score == 0);  // nothing with weight left
}

TEST_CASE("every registry item gives a figure or an n/a reason, never both") {
  AgentFigures full = top_agent("full");
  full.answer_ratio = 1.5, full.resp_median_s = 10, full.resp_p90_s = 20, full.first_resp_mean_s = 5;
  full.session_mean_s = 300, full.pay_conversion = 0.4, full.satisfaction = 0.9;
  Metrics m = metrics_of({full});
  ReviewScores reviews{80, 90, std::nullopt, std::nullopt};
  AgentFigures empty;  // no figure with a denominator, no target
  for (const ItemInfo& info : all_items()) {
    CAPTURE(info.key);
    NaReason why = NaReason::kNoTarget;
    CHECK(item_figure(info.id, full, m.shop, reviews, &why));
    CHECK(why == NaReason::kNone);
    std::optional<double> v = item_figure(info.id, empty, m.shop, {}, &why);
    CHECK(v.has_value() == (why == NaReason::kNone));
  }
}

TEST_CASE("each ranking group is ranked and force-distributed on its own") {
  // Two groups of ten built by hand (the roster will assign them): shop A
  // presales and shop A aftersales, interleaved in the input. Each group
  // gets its own rank 1..10 and its own caps: 1 特优 and 1 优秀 per group.
  // Both roles scored by completion alone, and ranked on it.
  Policy p = testing::completion_only();
  p.aftersales_items = p.items;
  p.aftersales_min_consulted = 0;
  ShopTotals shop;
  std::vector<Scorecard> cards;
  const GroupKey sales{"A", Role::kPresales}, service{"A", Role::kAftersales};
  for (int i = 0; i < 10; ++i) {
    cards.push_back(score_agent(scored("s" + std::to_string(i), 99 - i), sales, shop, {}, p));
    cards.push_back(score_agent(scored("v" + std::to_string(i), 98 - i), service, shop, {}, p));
  }
  rank_groups(cards, p);
  REQUIRE(cards.size() == 20);
  for (int i = 0; i < 10; ++i) {
    CAPTURE(i);
    // Presales sorts before aftersales; inside each, rank order.
    CHECK(cards[i].group == sales);
    CHECK(cards[i].figures.name == "s" + std::to_string(i));
    CHECK(cards[i].rank == i + 1);
    CHECK(cards[i].group_ranked == 10);
    CHECK(cards[10 + i].group == service);
    CHECK(cards[10 + i].rank == i + 1);
  }
  // Scores 99..90 and 98..89: 特优 by score for the top 5 / 4 of each group,
  // but only one per group stays 特优 and one becomes 优秀.
  for (int g : {0, 10}) {
    CHECK(cards[g].grade == Grade::kOutstanding);
    CHECK(cards[g + 1].grade == Grade::kExcellent);
    CHECK(cards[g + 2].grade == Grade::kAverage);
  }
}

}  // namespace
}  // namespace redhare
