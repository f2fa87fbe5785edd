#include "redhare/items.h"

#include <iterator>

namespace redhare {

namespace {

using enum ItemId;
using U = ItemUnit;
constexpr ScoreMethod kT = ScoreMethod::kTiers, kD = ScoreMethod::kDirect;

// One row per item, in ItemId order (checked by the static_assert below and
// by item_info). The comments of the eight default items are the lines
// `redhare policy` prints above them.
constexpr ItemInfo kItems[] = {
    {kConsulted, "consulted", false, U::kCount, kT, nullptr},
    {kReplied, "replied", false, U::kCount, kT, nullptr},
    {kUnreplied, "unreplied", true, U::kCount, kT, nullptr},
    {kReplyRate, "reply_rate", false, U::kRate, kT, "回复率 reply rate = replied / consulted"},
    {kCustomerMsgs, "customer_msgs", false, U::kCount, kT, nullptr},
    {kAgentMsgs, "agent_msgs", false, U::kCount, kT, nullptr},
    {kAutoMsgs, "auto_msgs", true, U::kCount, kT, nullptr},
    {kAnswerRatio, "answer_ratio", false, U::kRatio, kT, nullptr},
    {kTurns, "turns", false, U::kCount, kT, nullptr},
    {kAnsweredTurns, "answered_turns", false, U::kCount, kT, nullptr},
    {kRespMean, "resp_mean_s", true, U::kSeconds, kT,
     "响应时间 mean response time in seconds (lower is better)"},
    {kRespMedian, "resp_median_s", true, U::kSeconds, kT, nullptr},
    {kRespP90, "resp_p90_s", true, U::kSeconds, kT, nullptr},
    {kFirstRespMean, "first_resp_mean_s", true, U::kSeconds, kT, nullptr},
    {kSlowResponses, "slow_responses", true, U::kCount, kT, nullptr},
    {kSessions, "sessions", false, U::kCount, kT, nullptr},
    {kSessionMean, "session_mean_s", false, U::kSeconds, kT, nullptr},
    {kInquirers, "inquirers", false, U::kCount, kT, nullptr},
    {kOrderers, "orderers", false, U::kCount, kT, nullptr},
    {kPayers, "payers", false, U::kCount, kT, nullptr},
    {kOrders, "orders", false, U::kCount, kT, nullptr},
    {kPaidOrders, "paid_orders", false, U::kCount, kT, nullptr},
    {kSales, "sales", false, U::kYuan, kT, nullptr},
    {kRefunds, "refunds", true, U::kYuan, kT, nullptr},
    {kConversion, "conversion", false, U::kRate, kT, "询单转化率 conversion = orderers / inquirers"},
    {kPayConversion, "pay_conversion", false, U::kRate, kT, nullptr},
    {kOrderSuccess, "order_success", false, U::kRate, kT, "下单成功率 order success = payers / orderers"},
    {kAov, "aov", false, U::kShopRatio, kT, "客单价 AOV, as a ratio to the shop's AOV"},
    {kTarget, "target", false, U::kYuan, kT, nullptr},
    {kCompletion, "completion", false, U::kRate, kT, "指标完成率 completion = sales / target"},
    {kRatings, "ratings", false, U::kCount, kT, nullptr},
    {kSatisfied, "satisfied", false, U::kCount, kT, nullptr},
    {kDissatisfied, "dissatisfied", true, U::kCount, kT, nullptr},
    {kSatisfaction, "satisfaction", false, U::kRate, kT, nullptr},
    {kAssist, "assist", false, U::kPoints, kD, "协助跟进服务 assist: the combined review score itself"},
    {kExecution, "execution", false, U::kPoints, kD, "执行力 execution: the combined review score itself"},
};
static_assert(std::size(kItems) == kItemCount, "one registry row per ItemId");

constexpr bool in_id_order() {
  for (int i = 0; i < kItemCount; ++i)
    if (static_cast<int>(kItems[i].id) != i) return false;
  return true;
}
static_assert(in_id_order(), "registry rows must be in ItemId order");

}  // namespace

std::span<const ItemInfo> all_items() { return kItems; }

const ItemInfo& item_info(ItemId id) { return kItems[static_cast<int>(id)]; }

std::optional<ItemId> find_item(std::string_view key) {
  for (const ItemInfo& i : kItems)
    if (key == i.key) return i.id;
  return std::nullopt;
}

}  // namespace redhare
