#include "redhare/consequences.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "redhare/error.h"

namespace redhare {

namespace {

constexpr double kEps = 1e-9;

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
// missing month (or the agent missing from it) ends the run.
template <typename Pred>
int run_length(const Scorecard& card, const std::vector<HistoryMonth>& history, const Period& period,
               Pred holds) {
  if (!holds(card.score, card.rank)) return 0;
  int run = 1;
  for (Period m = shift_month(period, -1);; m = shift_month(m, -1)) {
    auto month = std::find_if(history.begin(), history.end(),
                              [&](const HistoryMonth& h) { return h.month.label == m.label; });
    if (month == history.end()) return run;
    const HistoryRow* row = find_row(*month, card.figures.name);
    if (!row || !holds(row->score, row->rank)) return run;
    ++run;
  }
}

std::string pts(double v) { return fmt::format("{:.2f}", v); }
std::string pct(double v) { return fmt::format("{}%", std::round(v * 1000) / 10); }

}  // namespace

std::vector<Consequence> consequences(const std::vector<Scorecard>& cards,
                                      const std::vector<HistoryMonth>& history, const Period& period,
                                      const Policy& p) {
  std::vector<Consequence> out;
  std::vector<const Scorecard*> ranked;
  for (const Scorecard& c : cards)
    if (c.ranked) ranked.push_back(&c);
  std::sort(ranked.begin(), ranked.end(), [](auto* a, auto* b) { return a->rank < b->rank; });
  const int n = static_cast<int>(ranked.size());
  auto add = [&](const Scorecard& c, const char* rule, double amount, std::string action_en,
                 std::string action_zh, std::string why_en, std::string why_zh) {
    out.push_back({c.figures.name, rule, amount, std::move(action_en), std::move(action_zh),
                   std::move(why_en), std::move(why_zh)});
  };

  // 1. Rank 1 and last rank. With a single ranked agent, that agent is rank 1
  // only: being "last" of one says nothing about their work.
  if (n >= 1)
    add(*ranked[0], "rank_first", p.reward_first, "reward", "奖励",
        fmt::format("rank 1 of {} ranked agents (score {})", n, pts(ranked[0]->score)),
        fmt::format("本月排名第 1 / {}（得分 {}）", n, pts(ranked[0]->score)));
  if (n >= 2)
    add(*ranked[n - 1], "rank_last", -p.penalty_last,
        "deduction from commission", "从提成中扣除",
        fmt::format("last rank {} of {} (score {})", n, n, pts(ranked[n - 1]->score)),
        fmt::format("本月排名末位 {} / {}（得分 {}）", n, n, pts(ranked[n - 1]->score)));

  // The 3-month rules need calendar months.
  const bool monthly = !period.is_all() && p.streak_months >= 1;
  const int k = p.streak_months;

  // 2. Rank 1 in each of the last k months: fires when the run of first places
  // reaches k, 2k, ... so one run earns the bonus once per k months.
  if (monthly && n >= 1) {
    int run = run_length(*ranked[0], history, period, [](double, int rank) { return rank == 1; });
    if (run % k == 0)
      add(*ranked[0], "streak_first", p.streak_bonus, "one-off bonus", "一次性奖励",
          fmt::format("rank 1 in each of the last {} months", k), fmt::format("连续 {} 个月排名第 1", k));
  }

  // 3. Below the pass mark in each of the last k months (every agent: a score
  // rule, not a rank rule).
  if (monthly)
    for (const Scorecard& c : cards) {
      int run = run_length(c, history, period, [&](double s, int) { return s < p.pass_mark - kEps; });
      if (run >= k)
        add(c, "dismissal_review", 0, "dismissal review", "自动请辞",
            fmt::format("score below {} in each of the last {} months (this month {})", pts(p.pass_mark), k, pts(c.score)),
            fmt::format("连续 {} 个月得分低于 {}（本月 {}）", k, pts(p.pass_mark), pts(c.score)));
    }

  // 4. Below the warning mark this month.
  for (const Scorecard& c : cards)
    if (c.score < p.warning_mark - kEps)
      add(c, "improvement_plan", 0, "improvement plan and warning (termination if no progress)",
          "绩效改进计划及警告（无改善则终止聘用）",
          fmt::format("score {} below {}", pts(c.score), pts(p.warning_mark)),
          fmt::format("得分 {} 低于 {}", pts(c.score), pts(p.warning_mark)));

  // 5. Top and bottom shares of the ranked agents, in rank order.
  struct Share {
    const char* rule;
    double share;
    bool top;
    const char* en;
    const char* zh;
  };
  const Share shares[] = {
      {"top_raise", p.share_raise, true, "raise / promotion candidate", "加薪 / 晋升候选"},
      {"top_honour", p.share_honour, true, "one-off honour award", "一次性荣誉奖励"},
      {"bottom_demotion", p.share_demotion, false, "demotion / contract review", "降级 / 合同评审"},
      {"bottom_training", p.share_training, false, "training plan", "培训计划"},
  };
  for (const Share& s : shares) {
    const int count = std::min(n, share_count(s.share, n));
    for (int i = 0; i < count; ++i) {
      const Scorecard& c = s.top ? *ranked[i] : *ranked[n - count + i];
      add(c, s.rule, 0, s.en, s.zh,
          fmt::format("rank {} of {}, in the {} {} ({} × {} = {:g}, rounded half up: {})", c.rank, n,
                      s.top ? "top" : "bottom", pct(s.share), pct(s.share), n, s.share * n, count),
          fmt::format("排名 {} / {}，位于{} {}（{} × {} = {:g}，四舍五入为 {} 人）", c.rank, n, s.top ? "前" : "后",
                      pct(s.share), pct(s.share), n, s.share * n, count));
    }
  }

  // 6. The extreme grades need supporting facts and an interview.
  for (const Scorecard& c : cards)
    if (c.grade == Grade::kOutstanding || c.grade == Grade::kUrgent)
      add(c, "interview_grade", 0, "supporting facts and appraisal interview", "提供事实依据并进行绩效面谈",
          fmt::format("grade {} (score {})", grade_name_en(c.grade), pts(c.score)),
          fmt::format("等级 {}（得分 {}）", grade_name_zh(c.grade), pts(c.score)));

  // 7. Self and manager disagree by a grade band.
  for (const Scorecard& c : cards) {
    if (!c.self_overall || !c.manager_overall) continue;
    Grade self = grade_for_score(*c.self_overall, p), manager = grade_for_score(*c.manager_overall, p);
    if (self != manager)
      add(c, "interview_reviews", 0, "appraisal interview", "绩效面谈",
          fmt::format("self review {} ({}) vs manager review {} ({})", pts(*c.self_overall), grade_name_en(self),
                      pts(*c.manager_overall), grade_name_en(manager)),
          fmt::format("自评 {}（{}）与主管评价 {}（{}）不在同一等级", pts(*c.self_overall), grade_name_zh(self),
                      pts(*c.manager_overall), grade_name_zh(manager)));
  }
  return out;
}

AwardsResult compute_awards(const std::vector<HistoryMonth>& history, std::string_view period,
                            const Policy& policy) {
  AwardsResult r;
  r.period = std::string(period);
  int year = 0, first = 1, last = 12;
  auto digits = [](std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (period.size() == 4 && digits(period)) {
    year = std::stoi(std::string(period));
  } else if (period.size() == 7 && digits(period.substr(0, 4)) && period.substr(4, 2) == "-Q" &&
             period[6] >= '1' && period[6] <= '4') {
    year = std::stoi(std::string(period.substr(0, 4)));
    first = (period[6] - '1') * 3 + 1;
    last = first + 2;
  } else {
    throw UsageError(fmt::format("--period {}: expected YYYY or YYYY-Q1..Q4", quote_value(period)));
  }
  r.months_in_period = last - first + 1;
  // The smallest whole number of months meeting the share (within kEps, so
  // 2/3 of 3 months is 2, not 3).
  r.months_needed = static_cast<int>(std::ceil(policy.award_presence * r.months_in_period - kEps));

  struct Sum {
    double total = 0;
    int months = 0;
  };
  std::map<std::string, Sum> sums;  // by name: deterministic
  for (const HistoryMonth& m : history) {
    if (m.month.year != year || m.month.month < first || m.month.month > last) continue;
    r.months_saved.push_back(m.month.label);
    for (const HistoryRow& row : m.rows) {
      // Only ranked months count, for presence and for the mean: a month with
      // fewer than min_inquirers is too little to compare agents on (SPEC 5
      // keeps such agents out of the monthly ranking), and an award is a
      // comparison. Otherwise a new agent with three quiet months could be
      // 最佳客服专员 ahead of agents who were ranked every month.
      if (row.rank <= 0) continue;
      Sum& s = sums[row.agent];
      s.total += row.score;
      ++s.months;
    }
  }
  for (const auto& [agent, s] : sums)
    if (s.months >= r.months_needed)
      r.ranking.push_back({agent, "", 0, s.total / s.months, s.months});
  std::sort(r.ranking.begin(), r.ranking.end(), [](const Award& a, const Award& b) {
    if (a.mean_score != b.mean_score) return a.mean_score > b.mean_score;
    if (a.months != b.months) return a.months > b.months;
    return a.agent < b.agent;
  });
  const int n = static_cast<int>(r.ranking.size());
  const int best = n ? std::min(n, at_least_one(policy.award_best_share, n)) : 0;
  const int excellent = std::min(n - best, at_least_one(policy.award_excellent_share, n));
  for (int i = 0; i < n; ++i) {
    r.ranking[i].rank = i + 1;
    if (i < best) r.ranking[i].award = "best";
    else if (i < best + excellent) r.ranking[i].award = "excellent";
  }
  return r;
}

}  // namespace redhare
