// Rewards, penalties and actions that follow from the scorecards (奖惩, SPEC 5),
// the month history they need, and the quarterly / yearly awards.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "redhare/period.h"
#include "redhare/scoring.h"

namespace redhare {

// One agent's line in a saved month (DIR/YYYY-MM.csv).
struct HistoryRow {
  std::string agent;
  double score = 0;
  Grade grade = Grade::kUrgent;
  int rank = 0;  // 0 = not ranked
  GroupKey group{};  // files without department/role columns: the shop's single group
};

struct HistoryMonth {
  Period month;
  std::vector<HistoryRow> rows;
  // A file without department/role columns: written before rosters existed,
  // or in a month of the shop's single group. Its ranks were shop-wide, and
  // the 3-month rules count each row as if the agent had been in the group
  // they are in this month (an agent first of the whole shop was first of
  // their team too); the rows' group stays the single group for the rest.
  bool without_groups = false;
};

// Months found in `dir` (files named YYYY-MM.csv; other files are ignored),
// oldest first. A missing month is simply absent. A directory that cannot be
// read or bad content is an InputError (file:line): a mistyped --history must
// not silently switch the 3-month rules off.
// The exception is the cron job's very first `--save` run: with
// kMissingIsEmpty a directory that does not exist yet is an empty history
// (save_history then creates it).
enum class MissingHistory { kError, kMissingIsEmpty };
std::vector<HistoryMonth> read_history(const std::string& dir,
                                       MissingHistory missing = MissingHistory::kError);
// Writes DIR/YYYY-MM.csv for `period` atomically (temp file + rename),
// creating DIR (and its parents) when it does not exist.
void save_history(const std::string& dir, const Period& period,
                  const std::vector<Scorecard>& cards);

// The rules of SPEC 5's consequence lines (奖惩), in the order lines are listed.
enum class Rule : uint8_t {
  kRankFirst,         // rank 1 of the group: reward
  kRankLast,          // last rank of the group: deduction from commission
  kStreakFirst,       // rank 1 in each of the last streak_months months: one-off bonus
  kDismissalReview,   // below pass_mark in each of the last streak_months months (自动请辞)
  kImprovementPlan,   // below warning_mark this month
  kTopRaise,          // top share: raise / promotion candidate
  kTopHonour,         // top share: one-off honour award
  kBottomDemotion,    // bottom share: demotion / contract review
  kBottomTraining,    // bottom share: training plan
  kInterviewGrade,    // 特优 or 急需提高: supporting facts and interview
  kInterviewReviews,  // self and manager overall reviews in different grade bands
};
inline constexpr int kRuleCount = static_cast<int>(Rule::kInterviewReviews) + 1;

// rank_first, rank_last, streak_first, dismissal_review, improvement_plan,
// top_raise, top_honour, bottom_demotion, bottom_training, interview_grade,
// interview_reviews: the stable keys of the CSV/JSON `rule` column.
const char* rule_key(Rule r);

// One consequence line as facts: the words (action, why) are the output
// stage's, built from these numbers.
struct Consequence {
  std::string agent;
  Rule rule = Rule::kRankFirst;
  Fen amount = 0;     // + reward, - deduction, 0 = an action, not money
  GroupKey group;     // the agent's ranking group
  int rank = 0;       // the agent's rank in the group (0: not ranked)
  int group_size = 0; // ranked agents in the group
  double score = 0;   // the agent's score this month
  double threshold = 0;  // kDismissalReview: pass_mark; kImprovementPlan: warning_mark
  int months = 0;     // kStreakFirst, kDismissalReview: streak_months
  double share = 0;   // share rules: the policy share,
  int count = 0;      //   and share × group_size rounded half up
  Grade grade = Grade::kUrgent;  // kInterviewGrade: the grade
  // kInterviewReviews: the two overall reviews and their grade bands.
  double self_overall = 0, manager_overall = 0;
  Grade self_grade = Grade::kUrgent, manager_grade = Grade::kUrgent;
};

// Lines in rule order, then in card order (group, rank, then unranked). Rank
// rules run inside each ranking group (SPEC 8). Rules where SPEC 5 is silent:
//  - rank_last needs at least two ranked agents (a sole agent is only first);
//  - streak_first fires when the run of consecutive first places reaches
//    streak_months, 2 × streak_months, ... (months 3 and 6, not 4);
//  - a month missing from history, or the agent missing from it, ends a run;
//  - the score rules (dismissal_review, improvement_plan, interview_grade,
//    interview_reviews) apply to unranked agents too; the rank and share
//    rules only to ranked ones; top and bottom groups may overlap when few
//    agents are ranked;
//  - with no --month (period "all") the 3-month rules do not apply.
std::vector<Consequence> consequences(const std::vector<Scorecard>& cards,
                                      const std::vector<HistoryMonth>& history,
                                      const Period& period, const Policy& policy);

enum class AwardKind : uint8_t {
  kNone,       // eligible, ranked, no award
  kBest,       // 最佳客服专员
  kExcellent,  // 优秀客服专员
};
inline constexpr int kAwardKindCount = static_cast<int>(AwardKind::kExcellent) + 1;

struct Award {
  std::string agent;
  AwardKind award = AwardKind::kNone;
  int rank = 0;
  double mean_score = 0;
  int months = 0;     // months present
};

struct AwardsResult {
  std::string period;   // "2026-Q3" or "2026"
  int months_in_period = 0;
  int months_needed = 0;  // presence an agent needs: ⌈award_presence × months_in_period⌉
  std::vector<std::string> months_saved;  // history months inside the period, oldest first
  std::vector<Award> ranking;  // every eligible agent by mean score; kNone: no award
  double pass_mark = 0;        // the policy's: no award goes to a mean below it
};

// "2026-Q3" or "2026"; throws UsageError otherwise. Eligible: ranked in at
// least award_presence of the period's months (2 of 3, 8 of 12); a missing
// month, or a month the agent was saved unranked (rank 0: too few
// inquirers), counts as absent and is left out of the mean (period_means.h,
// shared with the review). Ranked by mean, then more months, then name. best = floor(5% n) but
// at least 1, excellent = floor(10% n) but at least 1, given to the next
// agents after the best; never to a mean below pass_mark (SPEC 8).
AwardsResult compute_awards(const std::vector<HistoryMonth>& history, std::string_view period,
                            const Policy& policy);

}  // namespace redhare
