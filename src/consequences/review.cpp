#include "redhare/review.h"

#include <algorithm>


namespace redhare {

namespace {

constexpr const char* kRuleKeys[] = {"promotion_candidate", "listed_for_midyear", "interview", "allowance_down",
                                     "termination_review", "continues", "not_reviewable"};
static_assert(std::size(kRuleKeys) == kReviewRuleCount);

// SPEC 12's rules for who is reviewed, their group, mean, rank and grade: the
// period's saved months, presence over them, rank_by_mean inside groups.
struct Standing {
  std::vector<std::string> months_saved;
  int needed = 0;
  std::vector<PeriodMean> all;       // every agent ranked at least once, by name
  std::vector<PeriodMean> reviewed;  // present enough: by group, then rank
};

Standing standing_in(const std::vector<HistoryMonth>& history, const MonthSpan& span, const Policy& policy) {
  Standing s;
  PeriodMeans means = period_means(history, span);
  s.months_saved = std::move(means.months_saved);
  // Presence counts over the months that were saved, not the calendar: a
  // review run in December of a shop that began saving in March still
  // reviews its people (awards count the calendar months, SPEC 5).
  s.needed = months_needed(policy.award_presence, static_cast<int>(s.months_saved.size()));
  s.all = means.agents;
  s.reviewed = rank_by_mean(std::move(means.agents), s.needed, policy, {.by_group = true, .more_months_first = false});
  return s;
}

bool weak(Grade g) { return g == Grade::kImprove || g == Grade::kUrgent; }

}  // namespace

const char* review_rule_key(ReviewRule r) { return kRuleKeys[static_cast<int>(r)]; }

std::optional<Fen> level_below(Fen allowance, const std::vector<Fen>& levels) {
  std::optional<Fen> below;
  for (Fen level : levels)
    if (level < allowance) below = level;
  return below;
}

ReviewResult compute_review(const std::vector<HistoryMonth>& history, std::string_view period,
                            const Policy& policy, const std::map<std::string, Fen>& allowances) {
  const MonthSpan span = parse_month_span(period, kSpanYear | kSpanHalf);
  ReviewResult r;
  r.kind = span.months() == 12 ? ReviewKind::kAnnual : ReviewKind::kMidYear;
  r.period = span.label;
  Standing now = standing_in(history, span, policy);
  r.months_saved = now.months_saved;
  r.months_needed = now.needed;

  // Mid-year: who last year's annual review listed, and their grade then.
  std::map<std::string, Grade> listed_by;
  if (r.kind == ReviewKind::kMidYear) {
    MonthSpan last_year;
    last_year.year = span.year - 1;
    last_year.label = std::to_string(last_year.year);
    Standing annual = standing_in(history, last_year, policy);
    r.listed_by = last_year.label;
    r.listed_by_months = annual.months_saved;
    for (const PeriodMean& a : annual.reviewed)
      if (weak(a.grade)) listed_by.emplace(a.agent, a.grade);
    r.listed = static_cast<int>(listed_by.size());
  }

  auto allowance_of = [&](const std::string& agent) -> std::optional<Fen> {
    auto it = allowances.find(agent);
    if (it == allowances.end()) return std::nullopt;
    return it->second;
  };
  const int saved = static_cast<int>(r.months_saved.size());
  auto line = [&](const PeriodMean& a, ReviewRule rule) {
    ReviewLine l;
    l.agent = a.agent;
    l.rule = rule;
    l.mean_score = a.mean;
    l.months = a.months;
    l.months_saved = saved;
    l.months_needed = r.months_needed;
    l.grade = a.grade;
    l.score_grade = a.score_grade;
    if (auto it = listed_by.find(a.agent); it != listed_by.end()) l.last_grade = it->second;
    return l;
  };

  for (const PeriodMean& a : now.reviewed) {
    ReviewedAgent agent;
    agent.standing = a;
    agent.allowance = allowance_of(a.agent);
    if (r.kind == ReviewKind::kAnnual) {
      agent.listed = weak(a.grade);
      if (a.grade == Grade::kOutstanding || a.grade == Grade::kExcellent)
        r.lines.push_back(line(a, ReviewRule::kPromotionCandidate));
      if (weak(a.grade)) r.lines.push_back(line(a, ReviewRule::kListedForMidyear));
      if (a.grade == Grade::kUrgent) r.lines.push_back(line(a, ReviewRule::kInterview));
    } else if (listed_by.count(a.agent)) {
      agent.listed = true;
      if (a.grade == Grade::kImprove) {
        ReviewLine down = line(a, ReviewRule::kAllowanceDown);
        down.allowance = agent.allowance;
        if (agent.allowance) down.allowance_after = level_below(*agent.allowance, policy.allowance_levels);
        if (down.allowance_after) {
          down.amount = *down.allowance_after - *down.allowance;
          agent.allowance_after = down.allowance_after;
        }
        r.lines.push_back(std::move(down));
      }
      if (weak(a.grade)) r.lines.push_back(line(a, ReviewRule::kTerminationReview));
      else r.lines.push_back(line(a, ReviewRule::kContinues));
    }
    r.agents.push_back(std::move(agent));
  }

  // A listed agent without enough months in H1 (on leave, left, unranked):
  // no grade can be given, so the line says how many months there were and
  // nothing else follows from it.
  for (const auto& [name, grade] : listed_by) {
    if (std::any_of(now.reviewed.begin(), now.reviewed.end(), [&](const PeriodMean& a) { return a.agent == name; }))
      continue;
    ReviewLine l;
    l.agent = name;
    l.rule = ReviewRule::kNotReviewable;
    auto it = std::find_if(now.all.begin(), now.all.end(), [&](const PeriodMean& a) { return a.agent == name; });
    if (it != now.all.end()) {
      l.months = it->months;
      l.mean_score = it->mean;
    }
    l.months_saved = saved;
    l.months_needed = r.months_needed;
    l.last_grade = grade;
    r.lines.push_back(std::move(l));
  }
  // Rule order, then the order the agents were reviewed in (the stable sort
  // keeps it; not-reviewable lines come last, by name).
  std::stable_sort(r.lines.begin(), r.lines.end(),
                   [](const ReviewLine& a, const ReviewLine& b) { return a.rule < b.rule; });
  return r;
}

}  // namespace redhare
