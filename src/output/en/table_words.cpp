// English labels of the report tables (table_words.h).
#include "../table_words.h"

namespace redhare::table_words::en {

const char* text(Label l) {
  switch (l) {
    // Table titles (the words above a table; json/csv use the table's key).
    case Label::kAgentsTitle: return "Agents";
    case Label::kShopTitle: return "Shop";
    case Label::kScoresPointsTitle: return "Scores (item columns: points 0-100; --show figures for the figures)";
    case Label::kScoresFiguresTitle: return "Scores (item columns: the figures scored; --show points for points)";
    case Label::kScoreActionsTitle: return "Actions";
    case Label::kFilesTitle: return "Input files";
    case Label::kAwardsTitle: return "Awards";
    case Label::kReviewTitle: return "Review";
    case Label::kReviewActionsTitle: return "Actions";
    case Label::kAllAgentsTitle: return "All agents";
    case Label::kNoDepartment: return "(no department)";
    case Label::kPaySheetTitle: return "Pay sheet";
    case Label::kPayTitle: return "Pay";
    case Label::kGradeBandsTitle: return "Grades";
    case Label::kHistoryTitle: return "Score over the months";
    case Label::kTrendTitle: return "Change from last month";
    case Label::kSessionsTitle: return "Sessions (接待)";
    case Label::kTurnsTitle: return "Turns";
    case Label::kOrdersWonTitle: return "Orders attributed (落实)";
    case Label::kOrdersLostTitle: return "Orders won by another agent (not counted)";
    case Label::kAfterSalesTitle: return "After-sales customers (售后, not inquirers)";
    case Label::kRatingsTitle: return "Ratings (客服评价)";
    // Column labels shared by several tables.
    case Label::kColAgent: return "agent";
    case Label::kColDepartment: return "department";
    case Label::kColRole: return "role";
    case Label::kColCustomer: return "customer";
    case Label::kColScore: return "score";
    case Label::kColGrade: return "grade";
    case Label::kColRank: return "rank";
    case Label::kColMeanScore: return "mean score";
    case Label::kColMonths: return "months";
    case Label::kColRule: return "rule";
    case Label::kColAmount: return "amount";
    case Label::kColAllowance: return "allowance";
    case Label::kColAllowanceAfter: return "allowance after";
    // metrics: the shop table; score: the scores, scorecard, actions and group notes tables.
    case Label::kColOrders: return "orders";
    case Label::kColPaidOrders: return "paid orders";
    case Label::kColAttributedOrders: return "attributed orders";
    case Label::kColSilentOrders: return "silent orders";
    case Label::kColTotalSales: return "total sales";
    case Label::kColAttributedSales: return "attributed sales";
    case Label::kColSilentSales: return "silent sales";
    case Label::kColSilentShare: return "silent share";
    case Label::kColPayers: return "payers";
    case Label::kColAov: return "AOV";
    case Label::kColRankedInGroup: return "ranked in group";
    case Label::kColScoreGrade: return "grade by score";
    case Label::kColField: return "figure";
    case Label::kColValue: return "value";
    case Label::kColAction: return "action";
    case Label::kColWhy: return "why";
    case Label::kColNote: return "note";
    // check: the input files table.
    case Label::kColKind: return "kind";
    case Label::kColFile: return "file";
    case Label::kColRowsRead: return "rows read";
    case Label::kColUsed: return "used";
    case Label::kColOutsidePeriod: return "outside period";
    case Label::kColDuplicates: return "duplicates";
    case Label::kColRejected: return "rejected";
    case Label::kColFirst: return "first";
    case Label::kColLast: return "last";
    // awards and review.
    case Label::kColAward: return "award";
    case Label::kColGroupRanked: return "group ranked";
    case Label::kColListed: return "listed";
    case Label::kColListedLastYear: return "listed last year";
    case Label::kColListedForMidYear: return "listed for mid-year";
    case Label::kColDetail: return "detail";
    // pay: the sheet's money columns (SPEC 10) and explain's pay table.
    case Label::kColBasePay: return "base pay";
    case Label::kColSeniority: return "seniority";
    case Label::kColCommission: return "commission";
    case Label::kColPoolShare: return "pool share";
    case Label::kColRewards: return "rewards";
    case Label::kColDeduction: return "deduction";
    case Label::kColPayTotal: return "total";
    case Label::kColComponent: return "component";
    case Label::kColHow: return "how";
    // html's charts: grade bands, score over the months.
    case Label::kColFromScore: return "from score";
    case Label::kColCapShare: return "cap";
    case Label::kColMonth: return "month";
    case Label::kColChange: return "change";
    // explain: sessions, turns, orders, after-sales customers, ratings.
    case Label::kColSession: return "session";
    case Label::kColStart: return "start";
    case Label::kColEnd: return "end";
    case Label::kColSessionFirstLine: return "first line";
    case Label::kColSessionLastLine: return "last line";
    case Label::kColTurns: return "turns";
    case Label::kColAnsweredTurns: return "answered";
    case Label::kColFirstResponse: return "first response";
    case Label::kColSessionLength: return "length";
    case Label::kColTurnFirstLine: return "first line";
    case Label::kColCustomerMsgs: return "msgs";
    case Label::kColAnswerLine: return "answer line";
    case Label::kColResponse: return "response";
    case Label::kColAutoReplies: return "auto";
    case Label::kColResult: return "result";
    case Label::kColOrderId: return "order";
    case Label::kColOrderLine: return "line";
    case Label::kColCreated: return "created";
    case Label::kColPaid: return "paid";
    case Label::kColOrderAmount: return "amount";
    case Label::kColRefund: return "refund";
    case Label::kColNet: return "counted";
    case Label::kColWonByLine: return "won by line";
    case Label::kColConsultationTime: return "consulted";
    case Label::kColBeaten: return "also consulted";
    case Label::kColAttributedTo: return "attributed to";
    case Label::kColFirstTurn: return "first turn";
    case Label::kColEarlierOrder: return "earlier order";
    case Label::kColEarlierOrderLine: return "order line";
    case Label::kColRatingLine: return "line";
    case Label::kColRatingTime: return "time";
    case Label::kColRating: return "rating (1-5)";
    case Label::kColRatingCounted: return "counted";
    // The header above the tables (key: value), and the input kinds of check's files table.
    case Label::kHeaderPeriod: return "period";
    case Label::kHeaderPolicy: return "policy";
    case Label::kHeaderChats: return "chats";
    case Label::kHeaderOrders: return "orders";
    case Label::kHeaderTargets: return "targets";
    case Label::kHeaderReviews: return "reviews";
    case Label::kHeaderRoster: return "roster";
    case Label::kHeaderRatings: return "ratings";
    case Label::kHeaderHistory: return "history";
    case Label::kHeaderDataSpans: return "data_spans";
    case Label::kHeaderMonths: return "months";
    case Label::kHeaderSaved: return "saved";
    case Label::kHeaderNeeded: return "needed";
    case Label::kHeaderListedBy: return "listed_by";
    case Label::kHeaderListed: return "listed";
    case Label::kHeaderAgent: return "agent";
    case Label::kPeriodAll: return "all";
    // The html page: its title, headings, chart captions and legends.
    case Label::kPageLanguageTag: return "en";  // <html lang>
    case Label::kPageMonthReport: return "Month report";
    case Label::kPageExplain: return "Explain";
    case Label::kPageAppraisalReview: return "Appraisal review";
    case Label::kPageFigures: return "Figures and their arithmetic";
    case Label::kPageScoresByAgent: return "scores by agent";
    case Label::kPageScoreGrade: return "score · grade";
    case Label::kPageResponseAxis: return "response: median–p90 (0–{0}s)";
    case Label::kPageMonthsVsLast: return "months · vs last";
    case Label::kPageNotRanked: return " (not ranked)";
    case Label::kPageGradeDistribution: return "grade distribution";
    case Label::kPageNotRankedCount: return " + {0} not ranked";
    case Label::kPageCap: return " (cap {0}: {1} of {2} ranked)";
    case Label::kPageLegend:
      return "light bar: not ranked · \u2193 moved down by the forced distribution · dot–line: response median–p90";
    case Label::kPageNoLines: return "No consequence lines.";
    case Label::kPageAgentsRanked: return "{0} agents, {1} ranked";
    case Label::kPageGradeCaps: return "Grade distribution and caps";
    case Label::kPageResponseTimesHeading: return "Response times over the month";
    case Label::kPageResponseTimes: return "response times";
    case Label::kPageResponseKey: return "● answered turn   ✖ no reply";
    // score --detail: an agent's card, its title and rows.
    case Label::kCardTitle: return "{0}: {1} {2}, {3}";
    case Label::kCardTitleNoActivity: return "{0}: {1}";
    case Label::kCardRank: return "rank {0}";
    case Label::kCardNotRanked: return "not ranked";
    case Label::kCardStatusSeparator: return ", ";
    case Label::kCardGroup: return "group";
    case Label::kCardStatus: return "status";
    case Label::kCardRegular: return "regular";
    case Label::kCardItemTable: return "item table";
    case Label::kCardAftersalesItems: return "after-sales (aftersales.item.*)";
    case Label::kCardPresalesItems: return "pre-sales (item.*)";
    case Label::kCardItemPoints: return "{0} ({1}, weight {2})";
    case Label::kCardItemLeftOut: return "left out: {0} (weight {1})";
    case Label::kCardWeightsPresent: return "weights present";
    case Label::kCardSelfReview: return "self review";
    case Label::kCardManagerReview: return "manager review";
    // The lines under the awards and review tables: why a table is empty.
    case Label::kAwardsNone: return "no awards: no agent is in at least {1} of the period's {0} months ({2} saved)";
    case Label::kReviewListedYes: return "yes";
    case Label::kReviewNoSavedYear:
      return "no saved month in {0}: no annual review listed anyone for this mid-year review";
    case Label::kReviewNobodyListed: return "the annual review of {0} listed nobody: no mid-year lines";
    case Label::kReviewNobody: return "nobody reviewed: no agent is ranked in at least {1} of the {0} saved months";
  }
  return nullptr;
}

}  // namespace redhare::table_words::en
