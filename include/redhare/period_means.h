// The rules the period commands share (awards, SPEC 5; review, SPEC 12): a
// period of whole months, which of its months count for an agent, the
// presence an agent needs, the mean of the counted months, and the ranking by
// that mean. One implementation, so an agent present enough for an award is
// present enough for a review, and ranked the same way.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "redhare/consequences.h"
#include "redhare/period.h"
#include "redhare/scoring.h"

namespace redhare {

// Calendar months [first, last] of one year.
struct MonthSpan {
  std::string label;  // as given: "2026", "2026-Q3", "2026-H1"
  int year = 0;
  int first = 1;
  int last = 12;
  int months() const { return last - first + 1; }
  bool contains(const Period& month) const {
    return month.year == year && month.month >= first && month.month <= last;
  }
};

// Which forms a command takes for --period.
enum SpanForms : unsigned {
  kSpanYear = 1,     // 2026
  kSpanQuarter = 2,  // 2026-Q1 .. 2026-Q4
  kSpanHalf = 4,     // 2026-H1 (January-June)
};

// Parses "YYYY", "YYYY-Qn" or "YYYY-H1", whichever `forms` allows. Anything
// else is a UsageError naming the forms allowed ("--period 2026-13: expected
// YYYY or YYYY-Q1..Q4").
MonthSpan parse_month_span(std::string_view text, unsigned forms);

// The smallest whole number of months meeting `presence` of `months`: the
// share rounded up, within a slack so that 2/3 of 3 months is 2, not 3.
int months_needed(double presence, int months);

// One agent's counted months in a span: the months in which they were
// ranked. A month saved unranked (too few inquirers, probation) is too little
// to compare agents on, so it counts neither for presence nor for the mean.
struct PeriodMean {
  std::string agent;
  int months = 0;     // counted months
  double mean = 0;    // mean of the counted months' scores, summed oldest first
  GroupKey group;     // the (department, role) of the latest counted month
  Grade score_grade = Grade::kUrgent;  // set by rank_by_mean: the mean's grade
  Grade grade = Grade::kUrgent;        // set by rank_by_mean: after forced distribution
  int rank = 0;                        // set by rank_by_mean: 1.. inside the group
  int group_ranked = 0;                // set by rank_by_mean: agents ranked in the group
};

struct PeriodMeans {
  std::vector<std::string> months_saved;  // history months inside the span, oldest first
  std::vector<PeriodMean> agents;         // every agent ranked at least once, by name
};

PeriodMeans period_means(const std::vector<HistoryMonth>& history, const MonthSpan& span);

// How rank_by_mean ranks: inside each (department, role) group (review,
// SPEC 12) or the whole shop as one (awards: SPEC 8 keeps them over every
// agent), and whether equal means go first to the agent with more counted
// months (awards: a mean over more months is surer; SPEC 12 ranks the review
// by mean, then name).
struct MeanRanking {
  bool by_group = true;
  bool more_months_first = false;
};

// Keeps the agents with at least `needed` counted months and ranks them by
// mean (descending), then (when asked) more counted months, then name. Each
// gets the grade of its mean (section-5 thresholds) and forced distribution
// inside its group. Leaves them ordered by group, then rank.
std::vector<PeriodMean> rank_by_mean(std::vector<PeriodMean> agents, int needed, const Policy& policy,
                                     MeanRanking how);

}  // namespace redhare
