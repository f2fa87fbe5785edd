// English words of `redhare explain`'s narrative (explain_words.h). Each line
// of the arithmetic names a figure, then the numbers it is computed from, in
// the order the tables above list them.
#include "../explain_words.h"

namespace redhare::explain_words::en {

const char* text(Phrase p) {
  switch (p) {
    case Phrase::kMinutes: return "{0} min";
    case Phrase::kSeconds: return "{0}s";
    case Phrase::kAnswered: return "answered";
    case Phrase::kAnsweredSlow: return "answered, slow (over {0}s)";
    case Phrase::kNoReplyGap: return "no reply: the next message came after the {0} session gap";
    case Phrase::kNoReplyNoMore: return "no reply: no later message in the period";
    case Phrase::kAutoRepliesIgnored: return "; {0} auto-reply(s) did not count";
    case Phrase::kListSeparator: return ", ";
    case Phrase::kRatingCounted: return "yes";
    case Phrase::kRatingSuperseded: return "superseded by a later rating that day";
    case Phrase::kRuleDirect: return "the score itself";
    case Phrase::kRuleLinear: return "linear, 0 pts at {0}, 100 at {1}";
    case Phrase::kRuleBelowTiers: return "below every tier";
    case Phrase::kRuleTier: return "tier {0}{1}";
    case Phrase::kItemLeftOut: return " → left out: {0} (weight {1})";
    case Phrase::kItemPoints: return " → {0} → {1} pts × {2}";
    case Phrase::kHeading: return "{0}: figures and points, from the rows above";
    case Phrase::kStatusRegular: return "regular";
    case Phrase::kStatusProbation: return "probation";
    case Phrase::kGroupLine: return "group {0} ({1} ranked), role {2}, status {3}; scored by the {2} table ({4})";
    case Phrase::kTurnsLine:
      return "turns {0} = {1} answered + {2} unanswered ({3} after a session gap, {4} with no later message); "
             "{5} auto-replies inside turns answered nothing";
    case Phrase::kResponseLine: return "mean response {0} = {1}s / {2} answered turns; median {3}, p90 {4}{5}";
    case Phrase::kSlowLine: return "slow responses {0} = answered turns over {1}s";
    case Phrase::kFirstResponseLine: return "first response {0} = {1}s / {2} sessions whose first turn was answered";
    case Phrase::kSessionsLine:
      return "sessions {0} = sessions with a turn ({1} more had none); mean length {2} = {3}s / {4}";
    case Phrase::kConsultedLine:
      return "consulted {0} = distinct customers in the turns table; replied {1} (an answered turn), unreplied {2}";
    case Phrase::kReplyRateLine: return "reply rate {0} = {1} replied / {2} consulted{3}";
    case Phrase::kOrdersLine:
      return "orders {0} = rows of the attributed orders table, {1} paid; orderers {2}, payers {3} (distinct "
             "customers)";
    case Phrase::kSalesNetLine: return "sales {0} = counted amounts of {1} paid orders (amount − refund); refunds {2}";
    case Phrase::kSalesGrossLine: return "sales {0} = amounts of {1} paid orders (net_refunds = false); refunds {2}";
    case Phrase::kInquirersLine:
      return "inquirers {0} = {1} consulted − {2} after-sales + {3} orderers not consulted in the period";
    case Phrase::kConversionLine: return "conversion {0} = {1} orderers / {2} inquirers{3}";
    case Phrase::kPayConversionLine: return "pay conversion {0} = {1} payers / {2} inquirers";
    case Phrase::kOrderSuccessLine: return "order success {0} = {1} payers / {2} orderers{3}";
    case Phrase::kAovLine: return "AOV {0} = {1} / {2} payers; ÷ shop AOV {3} = {4}{5}";
    case Phrase::kCompletionLine: return "completion {0} = {1} / target {2}{3}";
    case Phrase::kCompletionNoTarget: return "completion — (no target){0}";
    case Phrase::kSatisfactionLine:
      return "satisfaction {0} = {1} satisfied (very satisfied or satisfied) / {2} ratings counted; dissatisfied "
             "{3}{4}";
    case Phrase::kReviewsFormula: return " = reviews: manager {0}, peer {1}, self {2}, over the raters present";
    case Phrase::kNoActivity: return "{0}: no chat message and no attributed order in the period: no score, grade or rank";
    case Phrase::kScoreLine: return "score {0} = Σ weight × pts / weights present = {1} / {2}";
    case Phrase::kRanked: return "rank {0} of {1} ranked agents in the group";
    case Phrase::kNotRankedOffRoster: return "not ranked: not on the roster";
    case Phrase::kNotRankedProbation: return "not ranked: on probation (rank_probation = false)";
    case Phrase::kNotRankedFewConsulted: return "not ranked: {0} consulted < aftersales.min_consulted {1}";
    case Phrase::kNotRankedFewInquirers: return "not ranked: {0} inquirers < min_inquirers {1}";
    case Phrase::kGradeLine: return "grade {0}; {1}";
    case Phrase::kGradeMovedDown: return " (the score alone gives {0}; forced distribution moved it down)";
  }
  return nullptr;
}

}  // namespace redhare::explain_words::en
