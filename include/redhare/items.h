// The item registry: every figure a policy may score (SPEC 5, SPEC 8: any
// figure column of SPEC 3-4 and 9, plus the review items assist and execution).
//
// An item is an ItemId everywhere after the policy is read: scoring, the
// scorecard and explain never compare item names. The table here holds what
// the policy file and scoring need to know of each item (its key, which way
// is better, its unit, how it scores by default); how its figure is read from
// AgentFigures is item_figure() in scoring.h (a switch over ItemId the compiler
// checks is complete); its words are in the output stage (words.h).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace redhare {

enum class ItemId : uint8_t {
  // SPEC 3, in SPEC order.
  kConsulted, kReplied, kUnreplied, kReplyRate, kCustomerMsgs, kAgentMsgs, kAutoMsgs,
  kAnswerRatio, kTurns, kAnsweredTurns, kRespMean, kRespMedian, kRespP90, kFirstRespMean,
  kSlowResponses, kSessions, kSessionMean,
  // SPEC 4, in SPEC order.
  kInquirers, kOrderers, kPayers, kOrders, kPaidOrders, kSales, kRefunds, kConversion,
  kPayConversion, kOrderSuccess, kAov, kTarget, kCompletion,
  // SPEC 9 (ratings), in SPEC order.
  kRatings, kSatisfied, kDissatisfied, kSatisfaction,
  // Reviews (combined over raters, 0-100).
  kAssist, kExecution,
};
inline constexpr int kItemCount = static_cast<int>(ItemId::kExecution) + 1;

// How an item's figure reads. A policy file writes kRate thresholds as
// percentages (45%), the others as plain numbers.
enum class ItemUnit : uint8_t {
  kCount,      // a whole number of things
  kRate,       // a fraction 0-1 (reply_rate, conversion, ...)
  kShopRatio,  // aov: the agent's AOV divided by the shop's (1.10 = 10% above)
  kRatio,      // a plain ratio (answer_ratio)
  kSeconds,    // working seconds
  kYuan,       // money, scored in yuan (sales 1000 = ¥1,000.00)
  kPoints,     // already 0-100 (review scores)
};

enum class ScoreMethod : uint8_t {
  kTiers,   // first tier met, in the order written; else `otherwise` points
  kLinear,  // straight line from (zero_at, 0) to (full_at, 100), clamped to 0-100
  kDirect,  // the figure is already 0-100 points (review scores)
};

// Why an item is n/a for an agent, so left out of the score (SPEC 5). The
// words are the output stage's (words.h).
enum class NaReason : uint8_t {
  kNone,            // scored
  kNoTarget,
  kTargetZero,
  kNoInquirers,
  kNoOrders,
  kNoConsultations,
  kNoAnsweredTurns,
  kNoReviews,
  kNoPaidOrders,
  kNoShopAov,
  kNoCustomerMsgs,
  kNoSessions,
  kNoFirstResponse,
  kNoRatings,
};
inline constexpr int kNaReasonCount = static_cast<int>(NaReason::kNoRatings) + 1;

struct ItemInfo {
  ItemId id;
  const char* key;       // figure column (SPEC 3-4, 9) or review item; policy key item.<key>.*
  bool lower_is_better;  // resp_mean_s, slow_responses, ...: a tier is met at or below
  ItemUnit unit;
  ScoreMethod default_method;  // kDirect for review scores; else tiers the policy gives
  const char* policy_comment;  // `redhare policy`'s comment line for the item; null: none
};

// Every item, in ItemId order.
std::span<const ItemInfo> all_items();
const ItemInfo& item_info(ItemId id);
inline const char* item_key(ItemId id) { return item_info(id).key; }
// The item whose key is `key`; nullopt for any other text.
std::optional<ItemId> find_item(std::string_view key);

}  // namespace redhare
