// SPEC 8: ranking groups from the roster, eligibility, the aftersales item
// table, min_group, `no activity` and agents not on the roster.
#include <doctest/doctest.h>

#include <algorithm>

#include "redhare/consequences.h"
#include "redhare/scoring.h"
#include "score_helpers.h"

namespace redhare {
namespace {

using testing::completion_only;
using testing::metrics_of;
using testing::scored;
using testing::top_agent;

AgentFigures in(AgentFigures f, const std::string& department, Role role,
                StaffStatus status = StaffStatus::kRegular) {
  f.department = department;
  f.role = role;
  f.status = status;
  return f;
}

// An after-sales agent: 20 consulted, all replied, fast, 19 of 20 ratings satisfied.
AgentFigures service_agent(const std::string& name, int64_t consulted = 20) {
  AgentFigures f;
  f.name = name;
  f.role = Role::kAftersales;
  f.consulted = f.replied = consulted;
  f.reply_rate = 1.0;
  f.resp_mean_s = 10;
  f.ratings = 20;
  f.satisfied = 19;
  f.satisfaction = 0.95;
  return f;
}

const Scorecard& card_of(const std::vector<Scorecard>& cards, const std::string& name) {
  auto it = std::find_if(cards.begin(), cards.end(), [&](const Scorecard& c) { return c.figures.name == name; });
  REQUIRE(it != cards.end());
  return *it;
}

std::vector<Scorecard> score(std::vector<AgentFigures> agents, const Policy& p = default_policy()) {
  Dataset data;
  return score_agents(metrics_of(std::move(agents)), data, p);
}

// Agent "a", ranked first of its group `g` this month with 90 points.
Scorecard first_of(GroupKey g) {
  Scorecard a;
  a.figures.name = "a";
  a.score = 90;
  a.ranked = true;
  a.rank = 1;
  a.group_ranked = 1;
  a.group = std::move(g);
  return a;
}

std::vector<std::string> fired(const std::vector<Consequence>& lines, Rule rule) {
  std::vector<std::string> out;
  for (const Consequence& k : lines)
    if (k.rule == rule) out.push_back(k.agent);
  return out;
}

TEST_CASE("the roster's department and role make the ranking group") {
  std::vector<Scorecard> cards = score({in(top_agent("n1"), "North", Role::kPresales),
                                        in(top_agent("s1"), "South", Role::kPresales),
                                        in(top_agent("n2"), "North", Role::kPresales)});
  CHECK(card_of(cards, "n1").group == GroupKey{"North", Role::kPresales});
  CHECK(card_of(cards, "s1").group == GroupKey{"South", Role::kPresales});
  // Each group ranks from 1: n1 and n2 tie on everything but the name.
  CHECK(card_of(cards, "n1").rank == 1);
  CHECK(card_of(cards, "n2").rank == 2);
  CHECK(card_of(cards, "s1").rank == 1);
  CHECK(card_of(cards, "n1").group_ranked == 2);
  CHECK(card_of(cards, "s1").group_ranked == 1);
}

TEST_CASE("aftersales agents are scored by the aftersales table, not by conversion") {
  Scorecard c = score({service_agent("v")}).at(0);
  std::vector<ItemId> items;
  for (const ItemPoints& p : c.items) items.push_back(p.item);
  CHECK(items == std::vector<ItemId>{ItemId::kReplyRate, ItemId::kRespMean, ItemId::kSatisfaction,
                                     ItemId::kAssist, ItemId::kExecution});
  // reply 100 × 25, response 100 × 25, satisfaction 95% -> 100 × 20; no reviews:
  // rescaled over 70 -> 100.
  CHECK(c.score == 100);
  CHECK(c.weight_present == 70);
}

TEST_CASE("the default aftersales satisfaction tiers: 95% 100, 90% 80, 85% 60, 80% 40, else 0") {
  for (auto [share, points] : {std::pair{0.95, 100.0}, {0.94, 80.0}, {0.90, 80.0}, {0.85, 60.0},
                               {0.80, 40.0}, {0.79, 0.0}}) {
    CAPTURE(share);
    AgentFigures f = service_agent("v");
    f.satisfaction = share;
    Scorecard c = score({f}).at(0);
    CHECK(*c.items.at(2).points == points);
  }
}

TEST_CASE("aftersales eligibility counts consulted customers, not inquirers") {
  Policy p = default_policy();
  std::vector<Scorecard> cards = score({service_agent("busy", 10), service_agent("quiet", 9)}, p);
  CHECK(card_of(cards, "busy").ranked);
  CHECK_FALSE(card_of(cards, "quiet").ranked);
  p.aftersales_min_consulted = 9;
  CHECK(card_of(score({service_agent("quiet", 9)}, p), "quiet").ranked);
}

TEST_CASE("probation agents are graded but ranked only with rank_probation") {
  Policy p = default_policy();
  AgentFigures trainee = in(top_agent("t"), "", Role::kPresales, StaffStatus::kProbation);
  std::vector<Scorecard> cards = score({trainee, top_agent("r")}, p);
  CHECK_FALSE(card_of(cards, "t").ranked);
  CHECK(card_of(cards, "t").grade == Grade::kOutstanding);  // graded from the score
  CHECK(card_of(cards, "r").rank == 1);
  p.rank_probation = true;
  CHECK(card_of(score({trainee, top_agent("r")}, p), "t").ranked);
}

TEST_CASE("an agent not on the roster is in the off-roster group and never ranked") {
  AgentFigures stranger = top_agent("x");
  stranger.on_roster = false;
  std::vector<Scorecard> cards = score({stranger, top_agent("a")});
  const Scorecard& x = card_of(cards, "x");
  CHECK(x.group.off_roster);
  CHECK(x.group.role == Role::kPresales);
  CHECK_FALSE(x.ranked);
  CHECK(x.score == card_of(cards, "a").score);  // the same figures, scored by the presales table
  // The off-roster group sorts after every roster group.
  CHECK(cards.back().figures.name == "x");
}

TEST_CASE("no activity: no score, no grade, no rank and no line, with or without a roster") {
  AgentFigures away = scored("away", 0);  // a target, nothing else
  away.active = false;
  Policy p = default_policy();
  p.min_group = 1;
  std::vector<Scorecard> cards = score({away, top_agent("a")}, p);
  const Scorecard& c = card_of(cards, "away");
  CHECK_FALSE(c.active);
  CHECK_FALSE(c.ranked);
  CHECK(c.items.empty());
  CHECK(c.group_ranked == 1);
  std::vector<Consequence> lines = consequences(cards, {}, parse_month("2026-10", 0), p);
  for (const Consequence& k : lines) CHECK(k.agent != "away");
  // Three months below the pass mark in history do not make a dismissal line either.
  std::vector<HistoryMonth> h = {{parse_month("2026-08", 0), {{"away", 10, Grade::kUrgent, 0}}},
                                 {parse_month("2026-09", 0), {{"away", 10, Grade::kUrgent, 0}}}};
  CHECK(fired(consequences(cards, h, parse_month("2026-10", 0), p), Rule::kDismissalReview).empty());
}

TEST_CASE("a group with fewer than min_group ranked agents gets no rank-based lines; threshold lines stay") {
  Policy p = completion_only();
  p.aftersales_items = p.items;
  p.aftersales_min_consulted = 0;
  std::vector<AgentFigures> agents;
  for (int i = 0; i < 3; ++i) agents.push_back(in(scored("s" + std::to_string(i), 90 - 10 * i), "", Role::kPresales));
  for (int i = 0; i < 2; ++i) agents.push_back(in(scored("v" + std::to_string(i), 50 - 10 * i), "", Role::kAftersales));
  std::vector<Scorecard> cards = score(agents, p);
  std::vector<Consequence> lines = consequences(cards, {}, parse_month("2026-10", 0), p);
  CHECK(fired(lines, Rule::kRankFirst) == std::vector<std::string>{"s0"});
  CHECK(fired(lines, Rule::kRankLast) == std::vector<std::string>{"s2"});
  CHECK(fired(lines, Rule::kBottomTraining) == std::vector<std::string>{"s2"});
  // The two aftersales agents are ranked (1 and 2) and graded, below 70 both:
  // improvement plans, but no reward, deduction or share line.
  CHECK(card_of(cards, "v0").rank == 1);
  CHECK(fired(lines, Rule::kImprovementPlan) == std::vector<std::string>{"v0", "v1"});
  for (const Consequence& k : lines)
    if (k.agent[0] == 'v') CHECK((k.rule == Rule::kImprovementPlan || k.rule == Rule::kInterviewGrade));
  // min_group = 2: the pair gets its lines.
  p.min_group = 2;
  lines = consequences(cards, {}, parse_month("2026-10", 0), p);
  CHECK(fired(lines, Rule::kRankFirst) == std::vector<std::string>{"s0", "v0"});
  CHECK(fired(lines, Rule::kRankLast) == std::vector<std::string>{"s2", "v1"});
}

TEST_CASE("the 3-month rank-1 bonus follows the agent inside this month's group") {
  Policy p = default_policy();
  p.min_group = 1;
  const Scorecard a = first_of({"North", Role::kPresales});
  const HistoryRow north{"a", 90, Grade::kExcellent, 1, {"North", Role::kPresales}};
  const HistoryRow south{"a", 90, Grade::kExcellent, 1, {"South", Role::kPresales}};
  std::vector<HistoryMonth> same = {{parse_month("2026-08", 0), {north}}, {parse_month("2026-09", 0), {north}}};
  CHECK(fired(consequences({a}, same, parse_month("2026-10", 0), p), Rule::kStreakFirst) ==
        std::vector<std::string>{"a"});
  // First of South in August: the run inside North is September and October only.
  std::vector<HistoryMonth> moved = {{parse_month("2026-08", 0), {south}}, {parse_month("2026-09", 0), {north}}};
  CHECK(fired(consequences({a}, moved, parse_month("2026-10", 0), p), Rule::kStreakFirst).empty());
}

// Months saved before the shop had a roster know no group: first of the whole
// shop then counts as first of the group the agent is in now, so adopting a
// roster does not restart every run (docs/rules.md). A shop-wide rank 2 still
// ends the run, and a month saved with groups still needs the same group.
TEST_CASE("3-month rules: a month saved without groups counts as the agent's group of this month") {
  Policy p = default_policy();
  p.min_group = 1;
  const Scorecard a = first_of({"North", Role::kAftersales});
  const HistoryRow shop_first{"a", 90, Grade::kExcellent, 1};  // read from agent,score,grade,rank
  const HistoryRow shop_second{"a", 90, Grade::kExcellent, 2};
  auto old_month = [](const char* label, HistoryRow row) {
    HistoryMonth m{parse_month(label, 0), {row}};
    m.without_groups = true;
    return m;
  };
  const Period october = parse_month("2026-10", 0);
  CHECK(fired(consequences({a}, {old_month("2026-08", shop_first), old_month("2026-09", shop_first)}, october, p),
              Rule::kStreakFirst) == std::vector<std::string>{"a"});
  // One old month and one saved with the roster, in the same group: a run of 3.
  const HistoryRow north{"a", 90, Grade::kExcellent, 1, {"North", Role::kAftersales}};
  CHECK(fired(consequences({a}, {old_month("2026-08", shop_first), {parse_month("2026-09", 0), {north}}}, october, p),
              Rule::kStreakFirst) == std::vector<std::string>{"a"});
  // Second of the shop in August: no run of 3.
  CHECK(fired(consequences({a}, {old_month("2026-08", shop_second), old_month("2026-09", shop_first)}, october, p),
              Rule::kStreakFirst)
            .empty());
  // The same rows read as a month saved with groups (the shop's single group,
  // not North after-sales): the run is October alone.
  std::vector<HistoryMonth> grouped = {{parse_month("2026-08", 0), {shop_first}}, {parse_month("2026-09", 0), {shop_first}}};
  CHECK(fired(consequences({a}, grouped, october, p), Rule::kStreakFirst).empty());
}

}  // namespace
}  // namespace redhare
