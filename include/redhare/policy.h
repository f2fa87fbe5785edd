// The appraisal policy: every threshold, weight, share and amount of SPEC 3-5.
//
// Defaults are the seed's scheme (赤兔客服绩效). A policy file is a flat,
// commented `key = value` text file; `redhare policy` prints the defaults in
// that form, and reading that text back gives a Policy equal to the default.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "redhare/items.h"
#include "redhare/money.h"
#include "redhare/pay_policy.h"

namespace redhare {

// Thresholds (tiers, grades, marks, shares) are met within this slack.
// Figures are ratios of integers, so 9/20 comes out as 0.45000000000000001 or
// 0.44999999999999996 depending on the operation; with the slack "exactly
// 45%" always meets ">=45%".
inline constexpr double kThresholdSlack = 1e-9;

// One step of a tier table (阶梯): `points` when the figure meets `threshold`
// (>= for higher-is-better items, <= for lower-is-better ones).
struct Tier {
  double threshold = 0;
  double points = 0;
  bool operator==(const Tier&) const = default;
};

// One scored item of SPEC 5: any item of the registry (items.h).
struct ScoreItem {
  ItemId id = ItemId::kCompletion;
  double weight = 0;
  ScoreMethod method = ScoreMethod::kTiers;
  bool lower_is_better = false;
  std::vector<Tier> tiers;  // kTiers
  double otherwise = 0;     // kTiers: points when no tier is met
  double zero_at = 0;       // kLinear
  double full_at = 0;       // kLinear
  bool operator==(const ScoreItem&) const = default;
};

struct Policy {
  // --- Time (SPEC 1, 3, 4)
  int utc_offset_s = 8 * 3600;        // utc_offset = +08:00
  int work_start_s = 8 * 3600;        // work_hours = 08:00-24:00
  int work_end_s = 24 * 3600;
  int session_gap_s = 30 * 60;        // session_gap = 30m (working time)
  int slow_response_s = 120;          // slow_response = 120s
  int attribution_window_s = 48 * 3600;  // attribution_window = 48h (calendar)
  bool attribution_first = false;     // attribution = last | first
  bool net_refunds = true;            // net_refunds = true
  int after_sales_days = 21;          // after_sales_days = 21
  std::string auto_reply_prefix;      // auto_reply_prefix = (empty: off)

  // --- Scoring (SPEC 5)
  // SPEC 5/8: the presales table. Default: the eight items of SPEC 5. A
  // policy that names any item (item.<key>.weight / .tiers / .linear /
  // .direct, any item of the registry) replaces this whole default table.
  std::vector<ScoreItem> items;
  // SPEC 8: the aftersales table (aftersales.item.<key>.*). A policy that
  // names any aftersales item replaces this whole default table.
  std::vector<ScoreItem> aftersales_items;
  double review_manager = 0.5;        // rater weights, renormalised over raters present
  double review_peer = 0.3;
  double review_self = 0.2;
  int min_inquirers = 10;
  int aftersales_min_consulted = 10;  // SPEC 8: aftersales agents are ranked from this many consulted
  bool rank_probation = false;        // SPEC 8: probation agents are graded but not ranked
  int min_group = 3;                  // SPEC 8: fewer ranked agents in a group: no rank-based lines
  double grade_outstanding = 95;      // 特优 at or above
  double grade_excellent = 85;        // 优秀
  double grade_average = 70;          // 中等
  double grade_improve = 50;          // 有待提高; below: 急需提高
  double share_outstanding = 0.10;    // forced distribution caps (rounded down)
  double share_excellent = 0.15;

  // --- Consequences (SPEC 5). Money in fen; the policy file writes yuan.
  Fen reward_first = 10000;
  Fen penalty_last = 10000;
  Fen streak_bonus = 20000;
  int streak_months = 3;
  double pass_mark = 60;
  double warning_mark = 70;
  double share_raise = 0.10;          // top: raise / promotion candidates
  double share_honour = 0.15;         // top: one-off honour award
  double share_demotion = 0.10;       // bottom: demotion / contract review
  double share_training = 0.20;       // bottom: training plan
  // --- Awards (季度/年度)
  double award_presence = 2.0 / 3.0;  // share of the period's months present
  double award_best_share = 0.05;     // 最佳客服专员
  double award_excellent_share = 0.10;  // 优秀客服专员
  // --- Review (年度 / 年中考核, SPEC 12): post allowance levels (岗位津贴), in
  // fen, strictly ascending, none negative. "Down one level" is the highest
  // level strictly below an agent's allowance.
  std::vector<Fen> allowance_levels = {0, 10000, 20000, 30000, 50000};

  // --- Pay (SPEC 10): pay.* keys, exact rates and fen (pay_policy.h).
  PayPolicy pay;

  // --- Column names: "chats.time" -> extra aliases (added to the built-in ones).
  std::map<std::string, std::vector<std::string>> aliases;

  bool operator==(const Policy&) const = default;
};

// The seed's scheme.
Policy default_policy();

// Parses a policy file's text; `file` names it in errors ("policy.ini:12: ...").
// Keys not given keep their defaults. Unknown keys and bad values are errors
// (UsageError with file:line), so a typo never silently changes someone's pay.
Policy parse_policy(std::string_view text, const std::string& file);
Policy load_policy(const std::string& path);

// The policy as a commented policy file (what `redhare policy` prints).
std::string policy_text(const Policy& policy);

// "08:00-24:00" -> work_start_s/work_end_s; throws UsageError when malformed.
void set_work_hours(Policy& policy, std::string_view text);

}  // namespace redhare
