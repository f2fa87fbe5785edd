// The words of the report tables: every table's title, every column's label,
// the header's names, the rows of an agent's card, the lines that say why a
// table is empty, and the html page's headings and chart captions. The views
// say *which* label (a Label id beside the column's machine key); the texts
// are in en/table_words.cpp and zh/table_words.cpp, nowhere else. Adding a
// column is one id here and one text in each language. Private to the
// output stage.
#pragma once

#include <array>

#include "word_list.h"

namespace redhare::table_words {

// Every label with how many arguments its texts place ({0}, {1}, ...): a
// column label takes none; a card row or a caption may. A test walks the list and
// fails if a language has no text for one, or one with other placeholders.
#define REDHARE_TABLE_LABELS(X) \
  /* Table titles (the words above a table; json/csv use the table's key). */                  \
  X(kAgentsTitle, 0)                                                                           \
  X(kShopTitle, 0)                                                                             \
  X(kScoresPointsTitle, 0)                                                                     \
  X(kScoresFiguresTitle, 0)                                                                    \
  X(kScoreActionsTitle, 0)                                                                     \
  X(kFilesTitle, 0)                                                                            \
  X(kAwardsTitle, 0)                                                                           \
  X(kReviewTitle, 0)                                                                           \
  X(kReviewActionsTitle, 0)                                                                    \
  X(kAllAgentsTitle, 0)                                                                        \
  X(kNoDepartment, 0)                                                                          \
  X(kPaySheetTitle, 0)                                                                         \
  X(kPayTitle, 0)                                                                              \
  X(kGradeBandsTitle, 0)                                                                       \
  X(kHistoryTitle, 0)                                                                          \
  X(kTrendTitle, 0)                                                                            \
  X(kSessionsTitle, 0)                                                                         \
  X(kTurnsTitle, 0)                                                                            \
  X(kOrdersWonTitle, 0)                                                                        \
  X(kOrdersLostTitle, 0)                                                                       \
  X(kAfterSalesTitle, 0)                                                                       \
  X(kRatingsTitle, 0)                                                                          \
  /* Column labels shared by several tables. */                                                \
  X(kColAgent, 0)                                                                              \
  X(kColDepartment, 0)                                                                         \
  X(kColRole, 0)                                                                               \
  X(kColCustomer, 0)                                                                           \
  X(kColScore, 0)                                                                              \
  X(kColGrade, 0)                                                                              \
  X(kColRank, 0)                                                                               \
  X(kColMeanScore, 0)                                                                          \
  X(kColMonths, 0)                                                                             \
  X(kColRule, 0)                                                                               \
  X(kColAmount, 0)                                                                             \
  X(kColAllowance, 0)                                                                          \
  X(kColAllowanceAfter, 0)                                                                     \
  /* metrics: the shop table; score: the scores, scorecard, actions and group notes tables. */ \
  X(kColOrders, 0)                                                                             \
  X(kColPaidOrders, 0)                                                                         \
  X(kColAttributedOrders, 0)                                                                   \
  X(kColSilentOrders, 0)                                                                       \
  X(kColTotalSales, 0)                                                                         \
  X(kColAttributedSales, 0)                                                                    \
  X(kColSilentSales, 0)                                                                        \
  X(kColSilentShare, 0)                                                                        \
  X(kColPayers, 0)                                                                             \
  X(kColAov, 0)                                                                                \
  X(kColRankedInGroup, 0)                                                                      \
  X(kColScoreGrade, 0)                                                                         \
  X(kColField, 0)                                                                              \
  X(kColValue, 0)                                                                              \
  X(kColAction, 0)                                                                             \
  X(kColWhy, 0)                                                                                \
  X(kColNote, 0)                                                                               \
  /* check: the input files table. */                                                          \
  X(kColKind, 0)                                                                               \
  X(kColFile, 0)                                                                               \
  X(kColRowsRead, 0)                                                                           \
  X(kColUsed, 0)                                                                               \
  X(kColOutsidePeriod, 0)                                                                      \
  X(kColDuplicates, 0)                                                                         \
  X(kColRejected, 0)                                                                           \
  X(kColFirst, 0)                                                                              \
  X(kColLast, 0)                                                                               \
  /* awards and review. */                                                                     \
  X(kColAward, 0)                                                                              \
  X(kColGroupRanked, 0)                                                                        \
  X(kColListed, 0)                                                                             \
  X(kColListedLastYear, 0)                                                                     \
  X(kColListedForMidYear, 0)                                                                   \
  X(kColDetail, 0)                                                                             \
  /* pay: the sheet's money columns (SPEC 10) and explain's pay table. */                      \
  X(kColBasePay, 0)                                                                            \
  X(kColSeniority, 0)                                                                          \
  X(kColCommission, 0)                                                                         \
  X(kColPoolShare, 0)                                                                          \
  X(kColRewards, 0)                                                                            \
  X(kColDeduction, 0)                                                                          \
  X(kColPayTotal, 0)                                                                           \
  X(kColComponent, 0)                                                                          \
  X(kColHow, 0)                                                                                \
  /* html's charts: grade bands, score over the months. */                                     \
  X(kColFromScore, 0)                                                                          \
  X(kColCapShare, 0)                                                                           \
  X(kColMonth, 0)                                                                              \
  X(kColChange, 0)                                                                             \
  /* explain: sessions, turns, orders, after-sales customers, ratings. */                      \
  X(kColSession, 0)                                                                            \
  X(kColStart, 0)                                                                              \
  X(kColEnd, 0)                                                                                \
  X(kColSessionFirstLine, 0)                                                                   \
  X(kColSessionLastLine, 0)                                                                    \
  X(kColTurns, 0)                                                                              \
  X(kColAnsweredTurns, 0)                                                                      \
  X(kColFirstResponse, 0)                                                                      \
  X(kColSessionLength, 0)                                                                      \
  X(kColTurnFirstLine, 0)                                                                      \
  X(kColCustomerMsgs, 0)                                                                       \
  X(kColAnswerLine, 0)                                                                         \
  X(kColResponse, 0)                                                                           \
  X(kColAutoReplies, 0)                                                                        \
  X(kColResult, 0)                                                                             \
  X(kColOrderId, 0)                                                                            \
  X(kColOrderLine, 0)                                                                          \
  X(kColCreated, 0)                                                                            \
  X(kColPaid, 0)                                                                               \
  X(kColOrderAmount, 0)                                                                        \
  X(kColRefund, 0)                                                                             \
  X(kColNet, 0)                                                                                \
  X(kColWonByLine, 0)                                                                          \
  X(kColConsultationTime, 0)                                                                   \
  X(kColBeaten, 0)                                                                             \
  X(kColAttributedTo, 0)                                                                       \
  X(kColFirstTurn, 0)                                                                          \
  X(kColEarlierOrder, 0)                                                                       \
  X(kColEarlierOrderLine, 0)                                                                   \
  X(kColRatingLine, 0)                                                                         \
  X(kColRatingTime, 0)                                                                         \
  X(kColRating, 0)                                                                             \
  X(kColRatingCounted, 0)                                                                      \
  /* The header above the tables (key: value), and the input kinds of check's files table. */  \
  X(kHeaderPeriod, 0)                                                                          \
  X(kHeaderPolicy, 0)                                                                          \
  X(kHeaderChats, 0)                                                                           \
  X(kHeaderOrders, 0)                                                                          \
  X(kHeaderTargets, 0)                                                                         \
  X(kHeaderReviews, 0)                                                                         \
  X(kHeaderRoster, 0)                                                                          \
  X(kHeaderRatings, 0)                                                                         \
  X(kHeaderHistory, 0)                                                                         \
  X(kHeaderDataSpans, 0)                                                                       \
  X(kHeaderMonths, 0)                                                                          \
  X(kHeaderSaved, 0)                                                                           \
  X(kHeaderNeeded, 0)                                                                          \
  X(kHeaderListedBy, 0)                                                                        \
  X(kHeaderListed, 0)                                                                          \
  X(kHeaderAgent, 0)                                                                           \
  X(kPeriodAll, 0)                                                                             \
  /* The html page: its title, headings, chart captions and legends. */                        \
  X(kPageLanguageTag, 0)                                                                       \
  X(kPageMonthReport, 0)                                                                       \
  X(kPageExplain, 0)                                                                           \
  X(kPageAppraisalReview, 0)                                                                   \
  X(kPageFigures, 0)                                                                           \
  X(kPageScoresByAgent, 0)                                                                     \
  X(kPageScoreGrade, 0)                                                                        \
  X(kPageResponseAxis, 1)                                                                      \
  X(kPageMonthsVsLast, 0)                                                                      \
  X(kPageNotRanked, 0)                                                                         \
  X(kPageGradeDistribution, 0)                                                                 \
  X(kPageNotRankedCount, 1)                                                                    \
  X(kPageCap, 3)                                                                               \
  X(kPageLegend, 0)                                                                            \
  X(kPageNoLines, 0)                                                                           \
  X(kPageAgentsRanked, 2)                                                                      \
  X(kPageGradeCaps, 0)                                                                         \
  X(kPageResponseTimesHeading, 0)                                                              \
  X(kPageResponseTimes, 0)                                                                     \
  X(kPageResponseKey, 0)                                                                       \
  /* score --detail: an agent's card, its title and rows. */                                   \
  X(kCardTitle, 4)                                                                             \
  X(kCardTitleNoActivity, 2)                                                                   \
  X(kCardRank, 1)                                                                              \
  X(kCardNotRanked, 0)                                                                         \
  X(kCardStatusSeparator, 0)                                                                   \
  X(kCardGroup, 0)                                                                             \
  X(kCardStatus, 0)                                                                            \
  X(kCardRegular, 0)                                                                           \
  X(kCardItemTable, 0)                                                                         \
  X(kCardAftersalesItems, 0)                                                                   \
  X(kCardPresalesItems, 0)                                                                     \
  X(kCardItemPoints, 3)                                                                        \
  X(kCardItemLeftOut, 2)                                                                       \
  X(kCardWeightsPresent, 0)                                                                    \
  X(kCardSelfReview, 0)                                                                        \
  X(kCardManagerReview, 0)                                                                     \
  /* The lines under the awards and review tables: why a table is empty. */                    \
  X(kAwardsNone, 3)                                                                            \
  X(kReviewListedYes, 0)                                                                       \
  X(kReviewNoSavedYear, 1)                                                                     \
  X(kReviewNobodyListed, 1)                                                                    \
  X(kReviewNobody, 2)

enum class Label { REDHARE_TABLE_LABELS(REDHARE_WORD_ID) };

// The label's text in each language; nullptr if the language has none.
namespace en {
const char* text(Label l);  // en/table_words.cpp
}
namespace zh {
const char* text(Label l);  // zh/table_words.cpp
}

// text(label, lang), say<Label::kX>(lang, args...), arity(), name() and
// kCount<Label>: the shared machinery (word_list.h) over this list.
using word_list::arity;
using word_list::name;
using word_list::say;
using word_list::text;

}  // namespace redhare::table_words

namespace redhare::word_list {
template <>
struct Traits<table_words::Label> {
  static constexpr std::array kArity = {REDHARE_TABLE_LABELS(REDHARE_WORD_ARITY)};
  static constexpr std::array kName = {REDHARE_TABLE_LABELS(REDHARE_WORD_NAME)};
  static constexpr const char* (*kEn)(table_words::Label) = table_words::en::text;
  static constexpr const char* (*kZh)(table_words::Label) = table_words::zh::text;
};
}  // namespace redhare::word_list
