// English words of the domain's facts (words.h).
#include <fmt/format.h>

#include "../words.h"
#include "redhare/render.h"

namespace redhare::words {

namespace {

std::string why_en(const Consequence& k) {
  const std::string score = two_decimals(k.score);
  switch (k.rule) {
    case Rule::kRankFirst: return fmt::format("rank 1 of {} ranked agents (score {})", k.group_size, score);
    case Rule::kRankLast: return fmt::format("last rank {} of {} (score {})", k.rank, k.group_size, score);
    case Rule::kStreakFirst: return fmt::format("rank 1 in each of the last {} months", k.months);
    case Rule::kDismissalReview:
      return fmt::format("score below {} in each of the last {} months (this month {})",
                         two_decimals(k.threshold), k.months, score);
    case Rule::kImprovementPlan: return fmt::format("score {} below {}", score, two_decimals(k.threshold));
    case Rule::kTopRaise:
    case Rule::kTopHonour:
    case Rule::kBottomDemotion:
    case Rule::kBottomTraining: {
      const bool top = k.rule == Rule::kTopRaise || k.rule == Rule::kTopHonour;
      return fmt::format("rank {} of {}, in the {} {} ({} × {} = {:g}, rounded half up: {})", k.rank,
                         k.group_size, top ? "top" : "bottom", share_percent(k.share),
                         share_percent(k.share), k.group_size, k.share * k.group_size, k.count);
    }
    case Rule::kInterviewGrade: return fmt::format("grade {} (score {})", grade(k.grade, Lang::kEn), score);
    case Rule::kInterviewReviews:
      return fmt::format("self review {} ({}) vs manager review {} ({})", two_decimals(k.self_overall),
                         grade(k.self_grade, Lang::kEn), two_decimals(k.manager_overall),
                         grade(k.manager_grade, Lang::kEn));
  }
  return {};
}

std::string moved_note_en(const Scorecard& c) {
  return fmt::format("* {}: {} by forced distribution; the score {} alone is {} (forced distribution caps how many "
                     "of the {} ranked agents may be outstanding or excellent; the overflow moves down a grade in "
                     "rank order)",
                     c.figures.name, grade(c.grade, Lang::kEn), two_decimals(c.score), grade(c.score_grade, Lang::kEn),
                     c.group_ranked);
}

std::string moved_row_en(const Scorecard& c) {
  return fmt::format("{}; forced distribution moved it to {}", grade(c.score_grade, Lang::kEn),
                     grade(c.grade, Lang::kEn));
}

std::string review_why_en(const ReviewLine& l) {
  const char* last = l.last_grade ? grade(*l.last_grade, Lang::kEn) : "";
  if (l.rule == ReviewRule::kNotReviewable)
    return fmt::format("ranked in {} of {} months, {} needed; last year {}", l.months, l.months_saved,
                       l.months_needed, last);
  std::string out;
  if (l.rule == ReviewRule::kAllowanceDown) {
    if (!l.allowance)
      out = "allowance not known (none from --roster), so no amounts; ";
    else if (!l.allowance_after)
      out = fmt::format("{} is the lowest level: unchanged; ", format_money(*l.allowance, true));
    else
      out = fmt::format("{} → {}; ", format_money(*l.allowance, true), format_money(*l.allowance_after, true));
  }
  out += fmt::format("grade {}", grade(l.grade, Lang::kEn));
  if (l.score_grade != l.grade)
    out += fmt::format(" ({} before forced distribution)", grade(l.score_grade, Lang::kEn));
  out += fmt::format(", mean score {} over {} of {} months", two_decimals(l.mean_score), l.months, l.months_saved);
  if (l.last_grade) out += fmt::format("; last year {}", last);
  return out;
}

}  // namespace

const Words kEn = {
    .grades = {"outstanding", "excellent", "average", "needs improvement", "urgent"},
    // By ItemId. The eight default items keep the seed's names; the scores
    // table's short labels keep eight items in 128 columns: the figure's
    // ("reply", for --show figures) and the points' ("reply pt", like 回复分:
    // "reply 60.0" read as a 60% rate). "pt", not "pts", and succ / asst:
    // " pts" and the full stems made the example month's table 134 wide.
    .items =
        {
            {"consulted", "consulted pts", "consulted", "consulted pt"},
            {"replied", "replied pts", "replied", "replied pt"},
            {"unreplied", "unreplied pts", "unreplied", "unreplied pt"},
            {"reply rate", "reply rate pts", "reply", "reply pt"},
            {"customer msgs", "customer msgs pts", "cust msgs", "cust msgs pt"},
            {"agent msgs", "agent msgs pts", "agent msgs", "agent msgs pt"},
            {"auto msgs", "auto msgs pts", "auto msgs", "auto msgs pt"},
            {"answer ratio", "answer ratio pts", "answer", "answer pt"},
            {"turns", "turns pts", "turns", "turns pt"},
            {"answered turns", "answered turns pts", "answered", "answered pt"},
            {"mean response", "response pts", "resp", "resp pt"},
            {"median response", "median response pts", "median", "median pt"},
            {"p90 response", "p90 response pts", "p90", "p90 pt"},
            {"first response", "first response pts", "first resp", "first resp pt"},
            {"slow responses", "slow responses pts", "slow", "slow pt"},
            {"sessions", "sessions pts", "sessions", "sessions pt"},
            {"mean session", "mean session pts", "session", "session pt"},
            {"inquirers", "inquirers pts", "inquirers", "inquirers pt"},
            {"orderers", "orderers pts", "orderers", "orderers pt"},
            {"payers", "payers pts", "payers", "payers pt"},
            {"orders", "orders pts", "orders", "orders pt"},
            {"paid orders", "paid orders pts", "paid", "paid pt"},
            {"sales", "sales pts", "sales", "sales pt"},
            {"refunds", "refunds pts", "refunds", "refunds pt"},
            {"conversion", "conversion pts", "conv", "conv pt"},
            {"pay conversion", "pay conversion pts", "pay conv", "pay conv pt"},
            {"order success", "order success pts", "success", "succ pt"},
            {"AOV", "AOV pts", "AOV", "AOV pt"},
            {"target", "target pts", "target", "target pt"},
            {"completion", "completion pts", "compl", "compl pt"},
            {"ratings", "ratings pts", "ratings", "ratings pt"},
            {"satisfied", "satisfied pts", "satisfied", "satisfied pt"},
            {"dissatisfied", "dissatisfied pts", "dissatisfied", "dissatisfied pt"},
            {"satisfaction", "satisfaction pts", "satisf", "satisf pt"},
            {"assist", "assist pts", "assist", "asst pt"},
            {"execution", "execution pts", "exec", "exec pt"},
        },
    .left_out = {"", "no target", "target is 0", "no inquirers", "no orders", "no consultations",
                 "no answered turns", "no reviews", "no paid orders", "no shop AOV",
                 "no customer messages", "no sessions", "no answered first turn", "no ratings"},
    .actions = {"reward", "deduction from commission", "one-off bonus", "dismissal review (自动请辞)",
                "improvement plan and warning (termination if no progress)",
                "raise / promotion candidate", "one-off honour award", "demotion / contract review",
                "training plan", "supporting facts and appraisal interview", "appraisal interview"},
    .awards = {"", "best specialist", "excellent specialist"},
    .why = why_en,
    .moved_note = moved_note_en,
    .moved_label = "grade by score",
    .moved_row = moved_row_en,
    .roles = {"pre-sales", "after-sales"},
    .review_actions = {"promotion candidate when a post opens (allowance unchanged)",
                       "listed for the mid-year review (allowance unchanged)",
                       "supporting facts and an appraisal interview", "allowance down one level",
                       "contract termination review",
                       "employment continues, allowance unchanged until the next annual review",
                       "not reviewable"},
    .review_why = review_why_en,
    .group =
        {
            .shop = "shop",
            .off_roster = "(not on roster)",
            .no_activity = "no activity",
            .probation = "probation",
            .not_ranked = "not ranked",
            .heading = "{}, {} ranked",
            .too_small = "{} ranked, fewer than min_group {}: no rank-based lines (rank 1, last rank, shares)",
            .off_roster_note = "not on the roster, so not ranked; add them to the roster to rank them",
            .no_activity_note = "{}  no activity — no chat message and no attributed order in the period: no score, grade or rank",
            .probation_note = "{}  probation — graded, not ranked (rank_probation = false)",
        },
};

}  // namespace redhare::words
