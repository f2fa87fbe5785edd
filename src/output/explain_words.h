// The words of `redhare explain`'s narrative: the turn table's result column,
// the ratings table's "counted" column and the arithmetic under the tables.
// explain.cpp says *which* phrase and with which numbers; the texts are in
// en/explain_words.cpp and zh/explain_words.cpp, nowhere else. Private to the
// output stage.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <utility>

#include <fmt/format.h>

#include "redhare/lang.h"

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

enum class Phrase {
#define REDHARE_EXPLAIN_PHRASE_ENUM(id, arity) id,
  REDHARE_EXPLAIN_PHRASES(REDHARE_EXPLAIN_PHRASE_ENUM)
#undef REDHARE_EXPLAIN_PHRASE_ENUM
};

inline constexpr std::array kPhraseArity = {
#define REDHARE_EXPLAIN_PHRASE_ARITY(id, arity) size_t{arity},
    REDHARE_EXPLAIN_PHRASES(REDHARE_EXPLAIN_PHRASE_ARITY)
#undef REDHARE_EXPLAIN_PHRASE_ARITY
};
inline constexpr std::array kPhraseName = {
#define REDHARE_EXPLAIN_PHRASE_NAME(id, arity) #id + 1,
    REDHARE_EXPLAIN_PHRASES(REDHARE_EXPLAIN_PHRASE_NAME)
#undef REDHARE_EXPLAIN_PHRASE_NAME
};
inline constexpr size_t kPhraseCount = kPhraseArity.size();

constexpr size_t phrase_arity(Phrase p) { return kPhraseArity[static_cast<size_t>(p)]; }
constexpr const char* phrase_name(Phrase p) { return kPhraseName[static_cast<size_t>(p)]; }

// The phrase's text, placeholders {0}, {1}, ...; nullptr if the language has
// none (a test walks every phrase so that cannot ship).
namespace en {
const char* text(Phrase p);  // en/explain_words.cpp
}
namespace zh {
const char* text(Phrase p);  // zh/explain_words.cpp
}
inline const char* text(Phrase p, Lang lang) {
  switch (lang) {
    case Lang::kEn: return en::text(p);
    case Lang::kZh: return zh::text(p);
  }
  return nullptr;  // a language with no phrases: the walking test fails
}

// The phrase in `lang` with its arguments placed: say<Phrase::kSlowLine>(lang, 3, 120).
template <Phrase P, class... Args>
std::string say(Lang lang, Args&&... args) {
  static_assert(sizeof...(Args) == phrase_arity(P), "a phrase takes exactly its arity's arguments");
  const char* t = text(P, lang);
  return t ? fmt::format(fmt::runtime(t), std::forward<Args>(args)...) : std::string();
}

}  // namespace redhare::explain_words
