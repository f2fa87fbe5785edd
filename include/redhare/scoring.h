// Points, score, grade and rank per agent (SPEC 5, SPEC 8 ranking groups).
//
// Two steps, each a plain function: score_agent gives one agent's points and
// score (nothing about anyone else but the shop AOV); rank_groups then ranks
// the agents of each ranking group and applies forced distribution inside it.
// score_agents runs both over a month.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "redhare/figures.h"
#include "redhare/items.h"
#include "redhare/policy.h"
#include "redhare/records.h"

namespace redhare {

// 五等级, best first. Words for people are the output stage's.
enum class Grade : uint8_t { kOutstanding, kExcellent, kAverage, kImprove, kUrgent };
inline constexpr int kGradeCount = static_cast<int>(Grade::kUrgent) + 1;

// "outstanding", "excellent", "average", "needs-improvement", "urgent": the
// stable keys of CSV, JSON and history files.
const char* grade_key(Grade g);
// The grade a history file's key names; nullopt for any other text.
std::optional<Grade> grade_from_key(std::string_view key);
Grade grade_for_score(double score, const Policy& policy);

// 岗位 (records.h Role, SPEC 8) as history files write it. Without a roster
// everyone is presales.
const char* role_key(Role r);  // "presales", "aftersales"
std::optional<Role> role_from_key(std::string_view key);

// A ranking group (SPEC 8): ranks, forced distribution and rank-based
// consequence lines are computed inside each. Without a roster there is one,
// {"", kPresales}: the whole shop.
// Agents in the data but not on a given roster form one more group, never
// ranked, shown after the others (its words are the output stage's).
struct GroupKey {
  std::string department;  // empty: the shop's single department
  Role role = Role::kPresales;
  bool off_roster = false;  // the `(not on roster)` group
  bool operator==(const GroupKey&) const = default;
  std::strong_ordering operator<=>(const GroupKey& o) const {
    if (off_roster != o.off_roster) return off_roster <=> o.off_roster;
    if (auto c = department <=> o.department; c != 0) return c;
    return role <=> o.role;
  }
};

// The off-roster group's department in machine formats (CSV, TSV, JSON,
// history): one text whatever --lang, so that scripts can match it. People
// read it in their language (the output stage's words).
inline constexpr const char* kOffRosterDepartment = "(not on roster)";

// The group an agent's figures place them in (SPEC 8).
GroupKey group_of(const AgentFigures& f);

// The item table that scores agents of `role` (SPEC 8).
const std::vector<ScoreItem>& items_for(Role role, const Policy& policy);

// Which part of a linear ramp an item's figure fell on.
enum class RampPart : uint8_t { kBelow, kOn, kAbove };  // 0 points, between, 100 points

struct ItemPoints {
  ItemId item = ItemId::kCompletion;
  double weight = 0;
  std::optional<double> figure;   // the figure scored (aov: ratio to shop AOV)
  std::optional<double> points;   // 0-100; nullopt = left out
  NaReason left_out = NaReason::kNone;  // why it was left out; kNone when scored
  // kTiers: index into ScoreItem::tiers of the tier met; kNoTier when none
  // was met (the `otherwise` points) or the item is not scored by tiers.
  static constexpr int kNoTier = -1;
  int tier = kNoTier;
  RampPart ramp = RampPart::kOn;  // kLinear only
};

struct Scorecard {
  AgentFigures figures;
  GroupKey group;
  std::vector<ItemPoints> items;  // in policy order
  double score = 0;               // Σ weight × points / 100, rescaled over weights present
  double weight_present = 0;      // Σ weights of items scored
  Grade score_grade = Grade::kUrgent;  // from the score alone
  Grade grade = Grade::kUrgent;        // after forced distribution
  // false: no chat message and no attributed order in the period (SPEC 8
  // `no activity`): no score, grade, rank or consequence line.
  bool active = true;
  bool ranked = false;            // rank_eligible
  int rank = 0;                   // 1..n among the ranked agents of the group; 0 = not ranked
  int group_ranked = 0;           // n: ranked agents in the group (set on every card of it)
  // Reviews: each rater's overall review (assist and execution weighted 5:10).
  std::optional<double> self_overall;
  std::optional<double> manager_overall;
};

// One agent's combined review scores (SPEC 5): per item over the raters
// present, and each rater's overall review.
struct ReviewScores {
  std::optional<double> assist, execution;
  std::optional<double> self_overall, manager_overall;
};
// `items` is the agent's item table: its assist and execution weights weigh
// a rater's overall review.
ReviewScores combine_reviews(const std::vector<const Review*>& rows, const Policy& policy,
                             const std::vector<ScoreItem>& items);
inline ReviewScores combine_reviews(const std::vector<const Review*>& rows, const Policy& policy) {
  return combine_reviews(rows, policy, policy.items);
}

// The figure `item` scores for one agent, or nullopt and why it is n/a. The
// aov item is the agent's AOV divided by the shop's.
std::optional<double> item_figure(ItemId item, const AgentFigures& f, const ShopTotals& shop,
                                  const ReviewScores& reviews, NaReason* why);

// Whether an agent takes part in the ranking of their group (SPEC 5, 8):
// active and on the roster (when there is one); presales need min_inquirers
// inquirers, aftersales aftersales.min_consulted consulted customers; an
// agent on probation only when rank_probation.
bool rank_eligible(const AgentFigures& f, const GroupKey& group, const Policy& policy);

// One agent's points, score and grade from the score (SPEC 5), by the item
// table of the group's role; not ranked yet. An inactive agent gets a card
// with no items, score 0 and active = false.
// Rules where SPEC 5 is silent:
//  - thresholds (tiers, grades) are met within kThresholdSlack, so a ratio
//    that is exactly 45% but computes as 0.44999999999999996 meets ">=45%";
//  - the score is rounded to 1e-6, so equal points in a different order tie
//    exactly and fall to the sales / conversion / name tie-breaks;
//  - an agent with no item present scores 0;
//  - a rater's overall review, and each combined review item, is a weighted
//    mean over the parts present (a self review with execution only counts).
Scorecard score_agent(const AgentFigures& f, const GroupKey& group, const ShopTotals& shop,
                      const ReviewScores& reviews, const Policy& policy);

// Forced distribution (强制分布) over one group's ranked agents, fed their
// grades in rank order: at most share_outstanding × n (rounded down) may be
// 特优 and share_excellent × n 优秀; once a grade's cap is used up, the next
// agent moves down one grade, and may overflow again from there. Shared by
// the month's ranking and the period review (SPEC 12).
class ForcedDistribution {
 public:
  ForcedDistribution(int ranked, const Policy& policy);
  // The grade of the next agent in rank order, whose score gives `from_score`.
  Grade next(Grade from_score);

 private:
  int cap_outstanding_, cap_excellent_;
  int outstanding_ = 0, excellent_ = 0;
};

// Ranks each group's eligible agents (score, sales, conversion, name) and
// applies forced distribution inside the group. Leaves the cards ordered by
// group, then ranked agents by rank, then unranked ones by score, then name.
void rank_groups(std::vector<Scorecard>& cards, const Policy& policy);

// Scores every agent of `metrics` (reviews from `data.reviews`) in the group
// their figures name (group_of), and ranks each group.
std::vector<Scorecard> score_agents(const Metrics& metrics, const Dataset& data,
                                    const Policy& policy);

}  // namespace redhare
