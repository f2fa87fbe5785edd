#include <doctest/doctest.h>

#include <fmt/format.h>

#include <algorithm>

#include "redhare/consequences.h"
#include "redhare/error.h"
#include "redhare/period.h"
#include "score_helpers.h"

namespace redhare {
namespace {

using testing::card;

Period month(const char* label) { return parse_month(label, 0); }

// History month where each named agent has the given score and rank.
HistoryMonth hist(const char* label, std::vector<HistoryRow> rows) { return {month(label), std::move(rows)}; }

std::vector<std::string> fired(const std::vector<Consequence>& lines, const std::string& rule) {
  std::vector<std::string> agents;
  for (const Consequence& c : lines)
    if (rule_key(c.rule) == rule) agents.push_back(c.agent);
  return agents;
}

// The default policy for cases of one or two ranked agents, which take
// rank-based lines only with min_group lowered (SPEC 8; min_group has its own
// cases below).
Policy small_groups() {
  Policy p = default_policy();
  p.min_group = 1;
  return p;
}

// Ten ranked agents scoring 100, 95, ..., 55 (a is rank 1, j is rank 10).
std::vector<Scorecard> ten(const Policy& p) {
  std::vector<Scorecard> cards;
  for (int i = 0; i < 10; ++i) cards.push_back(card(std::string(1, char('a' + i)), 100 - 5 * i, i + 1, p));
  return cards;
}

TEST_CASE("rank 1 earns +100 and the last rank loses 100") {
  const Policy p = default_policy();
  std::vector<Consequence> lines = consequences(ten(p), {}, month("2026-10"), p);
  REQUIRE(fired(lines, "rank_first") == std::vector<std::string>{"a"});
  REQUIRE(fired(lines, "rank_last") == std::vector<std::string>{"j"});
  auto first = std::find_if(lines.begin(), lines.end(), [](auto& c) { return c.rule == Rule::kRankFirst; });
  auto last = std::find_if(lines.begin(), lines.end(), [](auto& c) { return c.rule == Rule::kRankLast; });
  // The amounts are fen; the numbers behind the line are facts (the words
  // are the output stage's: tests/output/words_test.cpp).
  CHECK(first->amount == 10000);
  CHECK(last->amount == -10000);
  CHECK(last->rank == 10);
  CHECK(last->group_size == 10);
  CHECK(last->score == 55);
}

TEST_CASE("a single ranked agent is rank 1 but not also last") {
  const Policy p = small_groups();
  std::vector<Consequence> lines = consequences({card("solo", 80, 1, p)}, {}, month("2026-10"), p);
  CHECK(fired(lines, "rank_first").size() == 1);
  CHECK(fired(lines, "rank_last").empty());
}

TEST_CASE("streak bonus fires once per 3-month run of first places") {
  const Policy p = small_groups();
  std::vector<HistoryMonth> h;
  const char* months[] = {"2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"};
  std::vector<std::string> got;
  for (const char* m : months) {
    std::vector<Scorecard> cards = {card("a", 90, 1, p), card("b", 80, 2, p)};
    if (!fired(consequences(cards, h, month(m), p), "streak_first").empty()) got.push_back(m);
    h.push_back(hist(m, {{"a", 90, Grade::kExcellent, 1}, {"b", 80, Grade::kAverage, 2}}));
  }
  // Run lengths 1..6: the bonus fires at 3 and 6 only.
  CHECK(got == std::vector<std::string>{"2026-03", "2026-06"});
}

TEST_CASE("a month missing from history breaks a streak") {
  const Policy p = small_groups();
  // First in May, June, July and September, but there is no August file:
  // the run ending in October is Sep + Oct = 2 months, so no bonus.
  const HistoryRow first{"a", 90, Grade::kExcellent, 1};
  std::vector<HistoryMonth> h = {hist("2026-05", {first}), hist("2026-06", {first}), hist("2026-07", {first}),
                                 hist("2026-09", {first})};
  std::vector<Scorecard> cards = {card("a", 90, 1, p), card("b", 80, 2, p)};
  CHECK(fired(consequences(cards, h, month("2026-10"), p), "streak_first").empty());
  // With August present the run is May..Oct = 6 months: a second 3-month run, so it fires.
  h.insert(h.begin() + 3, hist("2026-08", {first}));
  CHECK(fired(consequences(cards, h, month("2026-10"), p), "streak_first") == std::vector<std::string>{"a"});
}

TEST_CASE("a missing month is not skipped over: Jul, (no Aug), Sep, Oct is a run of 2") {
  const Policy p = default_policy();
  // a: first in July, September and October; x: below 60 in the same months.
  // With no August file the runs ending in October are Oct + Sep = 2 months,
  // so neither the 3-month bonus nor the dismissal review fires. (Stepping
  // over the gap would make both runs 3 and fire both.)
  std::vector<HistoryMonth> h = {hist("2026-07", {{"a", 90, Grade::kExcellent, 1}, {"x", 40, Grade::kUrgent, 2}}),
                                 hist("2026-09", {{"a", 90, Grade::kExcellent, 1}, {"x", 40, Grade::kUrgent, 2}})};
  std::vector<Scorecard> cards = {card("a", 90, 1, p), card("x", 40, 2, p)};
  const std::vector<Consequence> lines = consequences(cards, h, month("2026-10"), p);
  CHECK(fired(lines, "streak_first").empty());
  CHECK(fired(lines, "dismissal_review").empty());
}

TEST_CASE("an agent absent from a month's file breaks their run there") {
  const Policy p = default_policy();
  // August and September files exist; a is first in August, absent from
  // September, first in October: the run ending in October is 1 month
  // (October), so no bonus. x below 60 in August, absent in September,
  // below 60 in October: run 1, no dismissal review. (Stepping over the
  // absence would count Aug + Oct = 2 and, with July, 3.)
  std::vector<HistoryMonth> h = {hist("2026-07", {{"a", 90, Grade::kExcellent, 1}, {"x", 40, Grade::kUrgent, 2}}),
                                 hist("2026-08", {{"a", 90, Grade::kExcellent, 1}, {"x", 40, Grade::kUrgent, 2}}),
                                 hist("2026-09", {{"b", 90, Grade::kExcellent, 1}})};
  std::vector<Scorecard> cards = {card("a", 90, 1, p), card("x", 40, 2, p)};
  const std::vector<Consequence> lines = consequences(cards, h, month("2026-10"), p);
  CHECK(fired(lines, "streak_first").empty());
  CHECK(fired(lines, "dismissal_review").empty());
}

TEST_CASE("below the pass mark three months running: dismissal review") {
  const Policy p = default_policy();
  std::vector<HistoryMonth> h = {hist("2026-08", {{"x", 59, Grade::kImprove, 2}, {"y", 59, Grade::kImprove, 2}}),
                                 hist("2026-09", {{"x", 40, Grade::kUrgent, 2}, {"y", 60, Grade::kImprove, 2}})};
  // x: 59, 40, 50 all < 60 -> fires. y: 60 in September is not below 60.
  std::vector<Scorecard> cards = {card("a", 90, 1, p), card("x", 50, 2, p), card("y", 50, 3, p)};
  CHECK(fired(consequences(cards, h, month("2026-10"), p), "dismissal_review") == std::vector<std::string>{"x"});
}

TEST_CASE("score below 70: improvement plan and warning, unranked agents included") {
  const Policy p = default_policy();
  std::vector<Scorecard> cards = {card("a", 70, 1, p), card("b", 69.99, 2, p), card("u", 10, 0, p)};
  CHECK(fired(consequences(cards, {}, month("2026-10"), p), "improvement_plan") ==
        std::vector<std::string>{"b", "u"});
}

TEST_CASE("top and bottom shares round half up over the ranked agents") {
  const Policy p = default_policy();
  std::vector<Consequence> lines = consequences(ten(p), {}, month("2026-10"), p);
  // 10%×10 = 1; 15%×10 = 1.5 -> 2; 20%×10 = 2.
  CHECK(fired(lines, "top_raise") == std::vector<std::string>{"a"});
  CHECK(fired(lines, "top_honour") == std::vector<std::string>{"a", "b"});
  CHECK(fired(lines, "bottom_demotion") == std::vector<std::string>{"j"});
  CHECK(fired(lines, "bottom_training") == std::vector<std::string>{"i", "j"});
  auto honour_b = std::find_if(lines.begin(), lines.end(),
                               [](auto& c) { return c.rule == Rule::kTopHonour && c.agent == "b"; });
  CHECK(honour_b->rank == 2);
  CHECK(honour_b->group_size == 10);
  CHECK(honour_b->share == 0.15);
  CHECK(honour_b->count == 2);
  CHECK(honour_b->amount == 0);
  // 25 agents: 10% × 25 = 2.5 -> 3.
  std::vector<Scorecard> many;
  for (int i = 0; i < 25; ++i) many.push_back(card("agent" + std::to_string(100 + i), 90 - i, i + 1, p));
  CHECK(fired(consequences(many, {}, month("2026-10"), p), "top_raise").size() == 3);
}

TEST_CASE("unranked agents take no part in rank-based lines") {
  const Policy p = small_groups();
  // u scores best but has too few inquirers (rank 0); a and b are ranked.
  std::vector<Scorecard> cards = {card("a", 80, 1, p), card("b", 75, 2, p), card("u", 99, 0, p)};
  std::vector<Consequence> lines = consequences(cards, {}, month("2026-10"), p);
  for (const Consequence& c : lines)
    if (c.agent == "u") CHECK(c.rule == Rule::kInterviewGrade);  // grade-based, not rank-based
  CHECK(fired(lines, "rank_first") == std::vector<std::string>{"a"});
  CHECK(fired(lines, "rank_last") == std::vector<std::string>{"b"});
}

TEST_CASE("outstanding or urgent grades need facts and an interview") {
  const Policy p = default_policy();
  std::vector<Scorecard> cards = {card("a", 96, 1, p), card("b", 80, 2, p), card("c", 30, 3, p)};
  CHECK(fired(consequences(cards, {}, month("2026-10"), p), "interview_grade") ==
        std::vector<std::string>{"a", "c"});
}

TEST_CASE("self and manager overall reviews in different grade bands: interview") {
  const Policy p = default_policy();
  Scorecard same = card("same", 80, 1, p), differ = card("differ", 80, 2, p), half = card("half", 80, 3, p);
  same.self_overall = 88, same.manager_overall = 86;     // both 优秀
  differ.self_overall = 90, differ.manager_overall = 84;  // 优秀 vs 中等
  half.self_overall = 99;                                  // no manager review: nothing to compare
  CHECK(fired(consequences({same, differ, half}, {}, month("2026-10"), p), "interview_reviews") ==
        std::vector<std::string>{"differ"});
}

TEST_CASE("rank lines and shares run inside each ranking group") {
  const Policy p = default_policy();
  // Presales a1..a10 and aftersales b1..b4, each group ranked 1..n.
  std::vector<Scorecard> cards;
  for (int i = 0; i < 10; ++i) {
    cards.push_back(card("a" + std::to_string(i + 1), 90 - i, i + 1, p));
    cards.back().group_ranked = 10;
  }
  for (int i = 0; i < 4; ++i) {
    cards.push_back(card("b" + std::to_string(i + 1), 88 - i, i + 1, p));
    cards.back().group = {"", Role::kAftersales};
    cards.back().group_ranked = 4;
  }
  std::vector<Consequence> lines = consequences(cards, {}, month("2026-10"), p);
  CHECK(fired(lines, "rank_first") == std::vector<std::string>{"a1", "b1"});
  CHECK(fired(lines, "rank_last") == std::vector<std::string>{"a10", "b4"});
  // 20% of 10 = 2; 20% of 4 = 0.8 -> 1.
  CHECK(fired(lines, "bottom_training") == std::vector<std::string>{"a9", "a10", "b4"});
  // 15% of 4 = 0.6 -> 1.
  CHECK(fired(lines, "top_honour") == std::vector<std::string>{"a1", "a2", "b1"});
  for (const Consequence& c : lines) {
    if (c.agent[0] != 'b' || c.rule != Rule::kRankLast) continue;
    CHECK(c.group == GroupKey{"", Role::kAftersales});
    CHECK(c.rank == 4);
    CHECK(c.group_size == 4);
    CHECK(c.amount == -p.penalty_last);
  }
}

TEST_CASE("a consequence carries its amount in fen and the numbers behind it") {
  Policy p = small_groups();
  p.reward_first = 12345;  // ¥123.45
  Scorecard a = card("a", 96, 1, p), b = card("b", 65, 2, p);
  a.group_ranked = b.group_ranked = 2;
  b.self_overall = 90, b.manager_overall = 60;
  std::vector<Consequence> lines = consequences({a, b}, {}, month("2026-10"), p);
  auto find = [&](Rule r, const char* agent) {
    auto it = std::find_if(lines.begin(), lines.end(), [&](auto& c) { return c.rule == r && c.agent == agent; });
    REQUIRE(it != lines.end());
    return *it;
  };
  CHECK(find(Rule::kRankFirst, "a").amount == 12345);
  CHECK(find(Rule::kRankFirst, "a").group_size == 2);
  CHECK(find(Rule::kImprovementPlan, "b").threshold == 70);
  CHECK(find(Rule::kImprovementPlan, "b").score == 65);
  CHECK(find(Rule::kImprovementPlan, "b").amount == 0);
  CHECK(find(Rule::kInterviewGrade, "a").grade == Grade::kOutstanding);
  const Consequence r = find(Rule::kInterviewReviews, "b");
  CHECK(r.self_grade == Grade::kExcellent);
  CHECK(r.manager_grade == Grade::kImprove);
  CHECK(r.manager_overall == 60);
}

TEST_CASE("lines come in rule order, then rank") {
  const Policy p = default_policy();
  std::vector<Consequence> lines = consequences(ten(p), {}, month("2026-10"), p);
  REQUIRE(lines.size() >= 2);
  CHECK(lines[0].rule == Rule::kRankFirst);
  CHECK(lines[1].rule == Rule::kRankLast);
  CHECK(lines.back().rule == Rule::kInterviewGrade);
}

TEST_CASE("awards: n=7 gives 1 best and 1 excellent; n=40 gives 2 and 4") {
  const Policy p = default_policy();
  auto run = [&](int n) {
    std::vector<HistoryMonth> h;
    for (const char* m : {"2026-07", "2026-08", "2026-09"}) {
      HistoryMonth month_rows = hist(m, {});
      for (int i = 0; i < n; ++i) month_rows.rows.push_back({"agent" + std::to_string(100 + i), 90.0 - i, Grade::kAverage, i + 1});
      h.push_back(month_rows);
    }
    return compute_awards(h, "2026-Q3", p);
  };
  auto count = [](const AwardsResult& r, AwardKind award) {
    return std::count_if(r.ranking.begin(), r.ranking.end(), [&](const Award& a) { return a.award == award; });
  };
  AwardsResult seven = run(7);  // floor(0.35) = 0 -> 1; floor(0.7) = 0 -> 1
  CHECK(count(seven, AwardKind::kBest) == 1);
  CHECK(count(seven, AwardKind::kExcellent) == 1);
  CHECK(seven.ranking[0].award == AwardKind::kBest);
  CHECK(seven.ranking[1].award == AwardKind::kExcellent);
  AwardsResult forty = run(40);  // floor(2.0) = 2; floor(4.0) = 4
  CHECK(count(forty, AwardKind::kBest) == 2);
  CHECK(count(forty, AwardKind::kExcellent) == 4);
  CHECK(forty.ranking[5].award == AwardKind::kExcellent);
  CHECK(forty.ranking[6].award == AwardKind::kNone);
}

TEST_CASE("award shares round down, not to nearest: n=19 gives 1 and 1, n=30 gives 1 and 3") {
  const Policy p = default_policy();
  auto count = [&](int n, AwardKind award) {
    std::vector<HistoryMonth> h;
    for (const char* m : {"2026-07", "2026-08", "2026-09"}) {
      HistoryMonth month_rows = hist(m, {});
      for (int i = 0; i < n; ++i) month_rows.rows.push_back({"agent" + std::to_string(100 + i), 90.0 - i, Grade::kAverage, i + 1});
      h.push_back(month_rows);
    }
    const AwardsResult r = compute_awards(h, "2026-Q3", p);
    return std::count_if(r.ranking.begin(), r.ranking.end(), [&](const Award& a) { return a.award == award; });
  };
  // n=19: best 5% x 19 = 0.95 -> 0 -> at least 1; excellent 10% x 19 = 1.9 -> 1 (nearest would be 2).
  CHECK(count(19, AwardKind::kBest) == 1);
  CHECK(count(19, AwardKind::kExcellent) == 1);
  // n=30: best 5% x 30 = 1.5 -> 1 (nearest would be 2); excellent 10% x 30 = 3.
  CHECK(count(30, AwardKind::kBest) == 1);
  CHECK(count(30, AwardKind::kExcellent) == 3);
}

TEST_CASE("awards need presence in 2/3 of the months; ties go to more months, then name") {
  const Policy p = default_policy();
  std::vector<HistoryMonth> h = {
      hist("2026-07", {{"once", 100, Grade::kOutstanding, 1}, {"b", 80, Grade::kAverage, 2}, {"a", 80, Grade::kAverage, 3}}),
      hist("2026-08", {{"b", 80, Grade::kAverage, 1}, {"a", 80, Grade::kAverage, 2}, {"c", 80, Grade::kAverage, 3}}),
      hist("2026-09", {{"b", 80, Grade::kAverage, 1}, {"c", 80, Grade::kAverage, 2}}),
      hist("2026-10", {{"a", 100, Grade::kOutstanding, 1}}),  // outside Q3
  };
  AwardsResult r = compute_awards(h, "2026-Q3", p);
  CHECK(r.months_in_period == 3);
  REQUIRE(r.ranking.size() == 3);  // "once" has 1 of 3 months < 2
  // All mean 80: b has 3 months, then a and c with 2 by name.
  CHECK(r.ranking[0].agent == "b");
  CHECK(r.ranking[1].agent == "a");
  CHECK(r.ranking[2].agent == "c");
  CHECK_THROWS_AS(compute_awards(h, "2026-Q5", p), UsageError);
  CHECK(compute_awards(h, "2026", p).months_in_period == 12);
}

TEST_CASE("yearly awards need 8 of 12 months (2/3): 7 months is out") {
  const Policy p = default_policy();
  // eight: January-August; seven: January-July. 2/3 x 12 = 8.
  std::vector<HistoryMonth> h;
  for (int m = 1; m <= 8; ++m) {
    const std::string label = fmt::format("2026-{:02}", m);
    HistoryMonth month_rows = hist(label.c_str(), {{"eight", 80, Grade::kAverage, 1}});
    if (m <= 7) month_rows.rows.push_back({"seven", 90, Grade::kExcellent, 1});
    h.push_back(month_rows);
  }
  AwardsResult r = compute_awards(h, "2026", p);
  REQUIRE(r.ranking.size() == 1);
  CHECK(r.ranking[0].agent == "eight");
}

}  // namespace
}  // namespace redhare
