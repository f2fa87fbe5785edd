#include "redhare/consequences.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <cmath>
#include <map>

#include "redhare/error.h"
#include "redhare/period_means.h"

namespace redhare {

namespace {

constexpr double kEps = kThresholdSlack;

constexpr const char* kRuleKeys[] = {
    "rank_first",       "rank_last",      "streak_first",    "dismissal_review",
    "improvement_plan", "top_raise",      "top_honour",      "bottom_demotion",
    "bottom_training",  "interview_grade", "interview_reviews",
};
static_assert(std::size(kRuleKeys) == kRuleCount);

// share × n rounded half up (SPEC 5: top 10% of 25 agents = 3).
int share_count(double share, int n) { return static_cast<int>(std::floor(share * n + 0.5 + kEps)); }

// share × n rounded down, but at least one (awards).
int at_least_one(double share, int n) { return std::max(1, static_cast<int>(std::floor(share * n + kEps))); }

const HistoryRow* find_row(const HistoryMonth& m, const std::string& agent) {
  for (const HistoryRow& r : m.rows)
    if (r.agent == agent) return &r;
  return nullptr;
}

// How many consecutive months, ending with this one, `holds` is true for the
// agent. This month comes from the card; earlier months from history, where a
// missing month (or the agent missing from it) ends the run. A month saved
// without groups (before the roster) knows no group: the agent counts as in
// this month's group there, so adopting a roster does not restart every run.
template <typename Pred>
int run_length(const Scorecard& card, const std::vector<HistoryMonth>& history, const Period& period,
               Pred holds) {
  if (!holds(card.score, card.rank, card.group)) return 0;
  int run = 1;
  for (Period m = shift_month(period, -1);; m = shift_month(m, -1)) {
    auto month = std::find_if(history.begin(), history.end(),
                              [&](const HistoryMonth& h) { return h.month.label == m.label; });
    if (month == history.end()) return run;
    const HistoryRow* row = find_row(*month, card.figures.name);
    if (!row || !holds(row->score, row->rank, month->without_groups ? card.group : row->group)) return run;
    ++run;
  }
}

// The ranked cards of each ranking group with at least min_group ranked
// agents (SPEC 8: with two people, "last" is no signal), by rank; groups in
// card order.
std::vector<std::vector<const Scorecard*>> ranked_groups(const std::vector<Scorecard>& cards, int min_group) {
  std::vector<std::vector<const Scorecard*>> groups;
  for (const Scorecard& c : cards) {
    if (!c.ranked) continue;
    auto g = std::find_if(groups.begin(), groups.end(),
                          [&](const auto& group) { return group.front()->group == c.group; });
    if (g == groups.end()) groups.push_back({&c});
    else g->push_back(&c);
  }
  std::erase_if(groups, [&](const auto& g) { return static_cast<int>(g.size()) < min_group; });
  for (auto& g : groups)
    std::sort(g.begin(), g.end(), [](auto* a, auto* b) { return a->rank < b->rank; });
  return groups;
}

}  // namespace

const char* rule_key(Rule r) { return kRuleKeys[static_cast<int>(r)]; }

std::vector<Consequence> consequences(const std::vector<Scorecard>& cards,
                                      const std::vector<HistoryMonth>& history, const Period& period,
                                      const Policy& p) {
  std::vector<Consequence> out;
  const std::vector<std::vector<const Scorecard*>> groups = ranked_groups(cards, p.min_group);
  auto add = [&](const Scorecard& c, Rule rule, int group_size) -> Consequence& {
    Consequence k;
    k.agent = c.figures.name;
    k.rule = rule;
    k.group = c.group;
    k.rank = c.ranked ? c.rank : 0;
    k.group_size = group_size;
    k.score = c.score;
    out.push_back(std::move(k));
    return out.back();
  };

  // 1. Rank 1 and last rank of each group. With a single ranked agent, that
  // agent is rank 1 only: being "last" of one says nothing about their work.
  for (const auto& g : groups) add(*g.front(), Rule::kRankFirst, int(g.size())).amount = p.reward_first;
  for (const auto& g : groups)
    if (g.size() >= 2) add(*g.back(), Rule::kRankLast, int(g.size())).amount = -p.penalty_last;

  // The 3-month rules need calendar months.
  const bool monthly = !period.is_all() && p.streak_months >= 1;
  const int k = p.streak_months;

  // 2. Rank 1 in each of the last k months: fires when the run of first places
  // reaches k, 2k, ... so one run earns the bonus once per k months.
  if (monthly)
    for (const auto& g : groups) {
      // The run follows the agent inside this month's group (SPEC 8): first
      // of another team last month is not first of this one.
      const GroupKey& here = g.front()->group;
      int run = run_length(*g.front(), history, period,
                           [&](double, int rank, const GroupKey& group) { return rank == 1 && group == here; });
      if (run % k == 0) {
        Consequence& line = add(*g.front(), Rule::kStreakFirst, int(g.size()));
        line.amount = p.streak_bonus;
        line.months = k;
      }
    }

  // 3. Below the pass mark in each of the last k months (every agent: a score
  // rule, not a rank rule).
  if (monthly)
    for (const Scorecard& c : cards) {
      if (!c.active) continue;
      int run = run_length(c, history, period,
                           [&](double s, int, const GroupKey&) { return s < p.pass_mark - kEps; });
      if (run >= k) {
        Consequence& line = add(c, Rule::kDismissalReview, c.group_ranked);
        line.threshold = p.pass_mark;
        line.months = k;
      }
    }

  // 4. Below the warning mark this month.
  for (const Scorecard& c : cards)
    if (c.active && c.score < p.warning_mark - kEps) add(c, Rule::kImprovementPlan, c.group_ranked).threshold = p.warning_mark;

  // 5. Top and bottom shares of each group's ranked agents, in rank order.
  struct Share {
    Rule rule;
    double share;
    bool top;
  };
  const Share shares[] = {
      {Rule::kTopRaise, p.share_raise, true},
      {Rule::kTopHonour, p.share_honour, true},
      {Rule::kBottomDemotion, p.share_demotion, false},
      {Rule::kBottomTraining, p.share_training, false},
  };
  for (const Share& s : shares)
    for (const auto& g : groups) {
      const int n = static_cast<int>(g.size());
      const int count = std::min(n, share_count(s.share, n));
      for (int i = 0; i < count; ++i) {
        Consequence& line = add(s.top ? *g[i] : *g[n - count + i], s.rule, n);
        line.share = s.share;
        line.count = count;
      }
    }

  // 6. The extreme grades need supporting facts and an interview.
  for (const Scorecard& c : cards)
    if (c.active && (c.grade == Grade::kOutstanding || c.grade == Grade::kUrgent))
      add(c, Rule::kInterviewGrade, c.group_ranked).grade = c.grade;

  // 7. Self and manager disagree by a grade band.
  for (const Scorecard& c : cards) {
    if (!c.active || !c.self_overall || !c.manager_overall) continue;
    Grade self = grade_for_score(*c.self_overall, p), manager = grade_for_score(*c.manager_overall, p);
    if (self != manager) {
      Consequence& line = add(c, Rule::kInterviewReviews, c.group_ranked);
      line.self_overall = *c.self_overall;
      line.manager_overall = *c.manager_overall;
      line.self_grade = self;
      line.manager_grade = manager;
    }
  }
  return out;
}

AwardsResult compute_awards(const std::vector<HistoryMonth>& history, std::string_view period,
                            const Policy& policy) {
  const MonthSpan span = parse_month_span(period, kSpanYear | kSpanQuarter);
  AwardsResult r;
  r.period = span.label;
  r.months_in_period = span.months();
  r.pass_mark = policy.pass_mark;
  // Awards count presence over the period's calendar months (SPEC 5: "2/3 of
  // the months"), so a year asked for in October lists nobody yet; the review
  // (SPEC 12) counts it over the months saved.
  r.months_needed = months_needed(policy.award_presence, r.months_in_period);
  PeriodMeans means = period_means(history, span);
  r.months_saved = std::move(means.months_saved);
  // Over the whole shop (SPEC 8: 全体客服人员), not per group; at equal means
  // the agent present more months first.
  for (const PeriodMean& m :
       rank_by_mean(std::move(means.agents), r.months_needed, policy, {.by_group = false, .more_months_first = true}))
    r.ranking.push_back({m.agent, AwardKind::kNone, m.rank, m.mean, m.months});
  const int n = static_cast<int>(r.ranking.size());
  const int best = n ? std::min(n, at_least_one(policy.award_best_share, n)) : 0;
  const int excellent = std::min(n - best, at_least_one(policy.award_excellent_share, n));
  for (int i = 0; i < n; ++i) {
    // Never to a mean below the pass mark (SPEC 8): a shop of weak agents
    // still has a best one, but 最佳客服专员 must mean good work. The shares
    // stay counted over every eligible agent, so an award not given is not
    // handed down to someone weaker.
    if (r.ranking[i].mean_score < policy.pass_mark - kEps) continue;
    if (i < best) r.ranking[i].award = AwardKind::kBest;
    else if (i < best + excellent) r.ranking[i].award = AwardKind::kExcellent;
  }
  return r;
}

}  // namespace redhare
