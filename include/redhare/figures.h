// Per-agent service, sales and rating figures (SPEC 3, 4 and 9) and the shop
// totals.
//
// A figure whose denominator is 0 is n/a: std::nullopt here, empty in CSV,
// null in JSON, "—" in tables. Never 0.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "redhare/period.h"
#include "redhare/policy.h"
#include "redhare/records.h"

namespace redhare {

struct AgentFigures {
  Id agent = 0;        // Dataset::agents
  std::string name;
  // --- Where the agent works (SPEC 8), from the roster. Without a roster
  // everyone is a regular presales agent of the shop's single department.
  std::string department;  // "" = the shop's single department
  Role role = Role::kPresales;
  StaffStatus status = StaffStatus::kRegular;
  bool on_roster = true;   // false: a roster was given and the name is not on it
  // A chat message in the period or an attributed order. An agent without
  // either (on leave, left, a name only in targets, reviews or ratings) gets
  // a row but no score (SPEC 8 `no activity`).
  bool active = true;
  // --- Service (SPEC 3)
  int64_t consulted = 0;
  int64_t replied = 0;
  int64_t unreplied = 0;
  std::optional<double> reply_rate;
  int64_t customer_msgs = 0;
  int64_t agent_msgs = 0;
  int64_t auto_msgs = 0;
  std::optional<double> answer_ratio;
  int64_t turns = 0;
  int64_t answered_turns = 0;
  std::optional<double> resp_mean_s;
  std::optional<double> resp_median_s;
  std::optional<double> resp_p90_s;
  std::optional<double> first_resp_mean_s;
  int64_t slow_responses = 0;
  int64_t sessions = 0;
  std::optional<double> session_mean_s;
  // --- Sales (SPEC 4)
  int64_t inquirers = 0;
  int64_t orderers = 0;
  int64_t payers = 0;
  int64_t orders = 0;
  int64_t paid_orders = 0;
  Fen sales = 0;
  Fen refunds = 0;
  std::optional<double> conversion;
  std::optional<double> pay_conversion;
  std::optional<double> order_success;
  // sales / payers in yuan, unrounded: what the aov item divides by the shop's
  // AOV. Reports show sales / payers rounded once to the fen (divide_fen).
  std::optional<double> aov;
  std::optional<Fen> target;
  std::optional<double> completion;
  // --- Ratings (SPEC 9): only the last rating of an (agent, customer, day) counts
  int64_t ratings = 0;
  int64_t satisfied = 0;     // levels 5 and 4 (很满意, 满意)
  int64_t dissatisfied = 0;  // levels 2 and 1 (不满意, 很不满意)
  std::optional<double> satisfaction;  // satisfied / ratings
};

struct ShopTotals {
  int64_t orders = 0;           // orders created in the period
  int64_t paid_orders = 0;
  int64_t attributed_orders = 0;
  int64_t silent_orders = 0;    // 静默: no consultation in the window
  Fen total_sales = 0;          // net sales of all paid orders in the period
  Fen attributed_sales = 0;
  Fen silent_sales = 0;
  std::optional<double> silent_share;  // silent_sales / total_sales
  int64_t payers = 0;           // distinct payers over all attributed orders
  std::optional<double> aov;    // attributed_sales / payers, yuan, unrounded (see AgentFigures::aov)
};

struct Metrics {
  Period period;
  std::vector<AgentFigures> agents;  // sorted by agent name (byte order)
  ShopTotals shop;
};

// What a paid order adds to sales (SPEC 4): amount - refund, never below 0,
// when `net_refunds`; else the amount.
Fen net_amount(const Order& order, bool net_refunds);

class Trace;  // see trace.h: observes the same computation for `explain`

// SPEC 3-4 over one period. When `trace` is given, every session, turn and
// order decision is reported to it as it is made (same code path, issue 8).
Metrics compute_metrics(const Dataset& data, const Period& period, const Policy& policy,
                        Trace* trace = nullptr);

}  // namespace redhare
