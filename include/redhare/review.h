// The appraisal cycle (SPEC 12, 年度考核 / 年中考核): the annual review of a
// calendar year and the mid-year follow-up of the agents it listed, from the
// months saved by `score --save`. Plain facts; the words are the output
// stage's.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "redhare/consequences.h"
#include "redhare/money.h"
#include "redhare/period_means.h"
#include "redhare/scoring.h"

namespace redhare {

enum class ReviewKind : uint8_t {
  kAnnual,   // --period YYYY
  kMidYear,  // --period YYYY-H1
};

// The lines of a review, in the order they are listed.
enum class ReviewRule : uint8_t {
  kPromotionCandidate,  // annual 特优 / 优秀: promotion when a post opens, allowance unchanged
  kListedForMidyear,    // annual 有待提高 / 急需提高: listed for the mid-year review
  kInterview,           // annual 急需提高: supporting facts and an appraisal interview
  kAllowanceDown,       // mid-year 有待提高 again: allowance down one level
  kTerminationReview,   // mid-year 有待提高 or 急需提高: contract termination review
  kContinues,           // mid-year 中等 or better: employment continues, allowance unchanged
  kNotReviewable,       // mid-year: a listed agent ranked in too few of H1's months
};
inline constexpr int kReviewRuleCount = static_cast<int>(ReviewRule::kNotReviewable) + 1;

// promotion_candidate, listed_for_midyear, interview, allowance_down,
// termination_review, continues, not_reviewable: the stable keys of the
// `rule` column (--section actions).
const char* review_rule_key(ReviewRule r);

// One reviewed agent: ranked in enough of the period's saved months.
struct ReviewedAgent {
  PeriodMean standing;  // months, mean, group, grades, rank, group_ranked
  bool listed = false;  // annual: listed for the mid-year review now; mid-year: listed by last year's
  std::optional<Fen> allowance;        // the roster's; nullopt: no roster or no allowance for the agent
  std::optional<Fen> allowance_after;  // set only when the allowance moves down
};

// One line as facts, with the numbers behind it.
struct ReviewLine {
  std::string agent;
  ReviewRule rule = ReviewRule::kContinues;
  Fen amount = 0;          // kAllowanceDown with both amounts: the change (negative); else 0
  double mean_score = 0;   // the period score (not for kNotReviewable)
  int months = 0;          // months counted (ranked) in the period
  int months_saved = 0;    // the period's saved months
  int months_needed = 0;   // presence needed
  Grade grade = Grade::kUrgent;        // after forced distribution
  Grade score_grade = Grade::kUrgent;  // from the mean alone (differs when forced distribution moved it)
  std::optional<Grade> last_grade;     // mid-year lines: the grade of last year's annual review
  // kAllowanceDown: the roster's allowance (nullopt: unknown, the line names
  // no amounts) and the level below it (nullopt with an allowance: it is at
  // or below the lowest level and stays).
  std::optional<Fen> allowance;
  std::optional<Fen> allowance_after;
};

struct ReviewResult {
  ReviewKind kind = ReviewKind::kAnnual;
  std::string period;                     // "2026" or "2026-H1"
  std::vector<std::string> months_saved;  // the period's saved months, oldest first
  int months_needed = 0;                  // ⌈award_presence × saved months⌉
  std::vector<ReviewedAgent> agents;      // by group, then rank
  std::vector<ReviewLine> lines;          // by rule, then agent order (group, rank; not reviewable by name)
  // Mid-year: the annual review that listed the agents (YYYY−1), computed
  // from the same history. Empty months: no saved month in that year, so
  // nobody is listed.
  std::string listed_by;                   // "2025"
  std::vector<std::string> listed_by_months;
  int listed = 0;                          // agents that review listed
};

// The level "down one level" moves `allowance` to: the highest level strictly
// below it; nullopt when none is (at or below the lowest level). `levels`
// ascending.
std::optional<Fen> level_below(Fen allowance, const std::vector<Fen>& levels);

// Reviews `period` ("YYYY" or "YYYY-H1"; UsageError otherwise) by the rules
// of SPEC 12. `allowances`: the roster's allowance by agent (empty without a
// roster). A period without a saved month gives an empty result with no
// months_saved: the caller says what the history holds.
ReviewResult compute_review(const std::vector<HistoryMonth>& history, std::string_view period,
                            const Policy& policy, const std::map<std::string, Fen>& allowances);

}  // namespace redhare
