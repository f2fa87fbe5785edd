// The words of `redhare explain`'s narrative: the turn table's result column,
// the ratings table's "counted" column and the arithmetic under the tables.
// explain.cpp says *which* phrase and with which numbers; the texts are in
// en/explain_words.cpp and zh/explain_words.cpp, nowhere else. Private to the
// output stage.
#pragma once

#include <array>

#include "word_list.h"

namespace redhare::explain_words {

// Every phrase with how many arguments its texts place ({0}, {1}, ...). One
// list, so the id, its arity and its name cannot drift apart: say() refuses
// at compile time a call with the wrong number of arguments, and a test
// checks both languages' texts against the arity.
#define REDHARE_EXPLAIN_PHRASES(X)                                                  \
  /* A policy duration for people: "30 min", "45s". */                              \
  X(kMinutes, 1)              /* minutes */                                         \
  X(kSeconds, 1)              /* seconds */                                         \
  /* The turns table's result column. */                                            \
  X(kAnswered, 0)                                                                   \
  X(kAnsweredSlow, 1)         /* slow_response in seconds */                        \
  X(kNoReplyGap, 1)           /* session gap (kMinutes / kSeconds) */               \
  X(kNoReplyNoMore, 0)                                                              \
  X(kAutoRepliesIgnored, 1)   /* auto-replies inside the turn */                    \
  /* Between the agents a won order's customer also consulted. */                   \
  X(kListSeparator, 0)                                                              \
  /* The ratings table's counted column (SPEC 9). */                                \
  X(kRatingCounted, 0)                                                              \
  X(kRatingSuperseded, 0)                                                           \
  /* Which rule gave an item's points, and the points suffix of a figure line. */   \
  X(kRuleDirect, 0)                                                                 \
  X(kRuleLinear, 2)           /* figure at 0 pts, figure at 100 */                  \
  X(kRuleBelowTiers, 0)                                                             \
  X(kRuleTier, 2)             /* ≥ or ≤, threshold */                              \
  X(kItemLeftOut, 2)          /* why n/a, weight */                                 \
  X(kItemPoints, 3)           /* rule, points, weight */                            \
  /* The arithmetic, one line each (figures.h names the figures). */               \
  X(kHeading, 1)              /* agent */                                           \
  X(kStatusRegular, 0)                                                              \
  X(kStatusProbation, 0)                                                            \
  X(kGroupLine, 5)            /* group, ranked, role, status, item table key */     \
  X(kTurnsLine, 6)            /* turns, answered, unanswered, gap, no more, autos */ \
  X(kResponseLine, 6)         /* mean, sum, answered, median, p90, points */        \
  X(kSlowLine, 2)             /* slow responses, slow_response in seconds */        \
  X(kFirstResponseLine, 3)    /* mean, sum, sessions */                             \
  X(kSessionsLine, 5)         /* sessions, without a turn, mean, sum, with a turn */ \
  X(kConsultedLine, 3)        /* consulted, replied, unreplied */                   \
  X(kReplyRateLine, 4)        /* rate, replied, consulted, points */                \
  X(kOrdersLine, 4)           /* orders, paid, orderers, payers */                  \
  X(kSalesNetLine, 3)         /* sales, paid orders, refunds */                     \
  X(kSalesGrossLine, 3)       /* sales, paid orders, refunds */                     \
  X(kInquirersLine, 4)        /* inquirers, consulted, after-sales, outside */      \
  X(kConversionLine, 4)       /* rate, orderers, inquirers, points */               \
  X(kPayConversionLine, 3)    /* rate, payers, inquirers */                         \
  X(kOrderSuccessLine, 4)     /* rate, payers, orderers, points */                  \
  X(kAovLine, 6)              /* AOV, sales, payers, shop AOV, ratio, points */     \
  X(kCompletionLine, 4)       /* rate, sales, target, points */                     \
  X(kCompletionNoTarget, 1)   /* points */                                          \
  X(kSatisfactionLine, 5)     /* rate, satisfied, ratings, dissatisfied, points */  \
  X(kReviewsFormula, 3)       /* manager, peer, self weights */                     \
  X(kNoActivity, 1)           /* the words' "no activity" */                        \
  X(kScoreLine, 3)            /* score, Σ weight × pts, weights present */          \
  /* Where the agent stands, and the grade line that carries it. */                 \
  X(kRanked, 2)               /* rank, ranked in the group */                       \
  X(kNotRankedOffRoster, 0)                                                         \
  X(kNotRankedProbation, 0)                                                         \
  X(kNotRankedFewConsulted, 2) /* consulted, aftersales.min_consulted */            \
  X(kNotRankedFewInquirers, 2) /* inquirers, min_inquirers */                       \
  X(kGradeLine, 2)            /* grade, standing */                                 \
  X(kGradeMovedDown, 1)       /* grade by score alone */

enum class Phrase { REDHARE_EXPLAIN_PHRASES(REDHARE_WORD_ID) };

// The phrase's text in each language; nullptr if the language has none.
namespace en {
const char* text(Phrase p);  // en/explain_words.cpp
}
namespace zh {
const char* text(Phrase p);  // zh/explain_words.cpp
}

// text(phrase, lang), say<Phrase::kX>(lang, args...), arity(), name() and
// kCount<Phrase>: the shared machinery (word_list.h) over this list.
using word_list::arity;
using word_list::name;
using word_list::say;
using word_list::text;

}  // namespace redhare::explain_words

namespace redhare::word_list {
template <>
struct Traits<explain_words::Phrase> {
  static constexpr std::array kArity = {REDHARE_EXPLAIN_PHRASES(REDHARE_WORD_ARITY)};
  static constexpr std::array kName = {REDHARE_EXPLAIN_PHRASES(REDHARE_WORD_NAME)};
  static constexpr const char* (*kEn)(explain_words::Phrase) = explain_words::en::text;
  static constexpr const char* (*kZh)(explain_words::Phrase) = explain_words::zh::text;
};
}  // namespace redhare::word_list
