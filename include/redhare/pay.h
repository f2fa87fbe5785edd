// The month's pay sheet (当月工资, SPEC 10): what each roster agent is paid,
// to the fen, and the arithmetic behind every amount.
//
// Two steps, each a plain function: pay_facts gathers each roster agent's
// facts from the run (roster, scorecards, consequence lines, shop totals);
// compute_pay does the arithmetic over those facts alone, so every pay rule
// can be tested with a handful of numbers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "redhare/consequences.h"
#include "redhare/figures.h"
#include "redhare/message.h"
#include "redhare/pay_policy.h"
#include "redhare/period.h"
#include "redhare/records.h"
#include "redhare/scoring.h"

namespace redhare {

// One roster agent, as pay sees them.
struct PayFacts {
  std::string agent;
  std::string department;  // "" = the shop's single department
  Role role = Role::kPresales;
  StaffStatus status = StaffStatus::kRegular;
  // A chat message in the period or an attributed order (SPEC 8). Without
  // activity there is no grade: no commission, no pool share.
  bool active = false;
  std::optional<Grade> grade;  // after forced distribution; nullopt: not graded
  double score = 0;            // for pay.pool_split = score
  Fen sales = 0;               // SPEC 4 sales (net of refunds by default)
  Time hired = kNever;         // 00:00 of the hiring day; kNever: not given
  Fen base_pay = 0;
  Fen allowance = 0;
  Fen rewards = 0;             // Σ positive money lines (rank 1, 3-month bonus)
  Fen deduction_due = 0;       // Σ deduction lines (last rank), as a positive amount
  // A roster row pay refused (lenient): not on the sheet, but still a pool
  // member when regular and active (SPEC 10 names who shares the pool), so
  // the others' shares are the ones they get once the row is fixed.
  bool left_off = false;
};

// One row of the sheet: the facts' amounts and what was computed from them.
struct PayLine {
  PayFacts facts;
  int years = 0;               // full years of service on the period's last day
  Fen base_pay = 0;
  Fen allowance = 0;
  Fen seniority_pay = 0;
  Fen commission = 0;
  Rate commission_rate;        // the role's rate, and
  Rate factor;                 //   the grade's factor (1 when not graded)
  bool pool_member = false;    // regular with activity: shares the pool
  Fen pool_share = 0;
  Fen rewards = 0;
  Fen deduction = 0;           // taken from commission + pool_share
  Fen deduction_not_taken = 0; // due but more than they held: shown, not carried
  Fen total = 0;
};

struct PaySheet {
  Fen silent_sales = 0;
  Fen pool = 0;                // silent_sales × pool_rate, rounded half up once
  Rate pool_rate;
  PoolSplit pool_split = PoolSplit::kEqual;
  int pool_members = 0;
  // kScore: Σ members' weights (score in millionths) the shares divide by; 0
  // when every member scored 0 (the pool is then shared equally).
  int64_t pool_weight = 0;
  Fen seniority_per_year = 0;  // the policy's, for the arithmetic shown
  Fen seniority_cap = 0;
  Time last_day = 0;           // 00:00 of the period's last day (seniority is counted to it)
  std::vector<PayLine> lines;  // in the facts' order, without the agents left off
  // The agents left off the sheet (PayFacts::left_off), and the pool shares
  // held for them: Σ lines' pool shares + pool_held = pool.
  std::vector<PayLine> left_off;
  Fen pool_held = 0;
};

// Score as the integer weight of pay.pool_split = score: millionths of a
// point (scores are rounded to 1e-6 already), never negative.
int64_t pool_weight(double score);

// Full years from `hired` to `day` (both 00:00 of a shop-local day): the
// anniversary must have been reached (hired 29 Feb: 1 March in other years).
int full_years(Time hired, Time day);

// The arithmetic of SPEC 10 over the facts alone. Rules:
//  - each component is computed in integer fen, rounded half up once;
//  - seniority = min(years × per_year, cap); no hired date: 0;
//  - commission = sales × role rate × grade factor, rounded once (no grade: 0);
//  - pool = silent_sales × pool_rate rounded once; members = regular agents
//    with activity; equal: weight 1 each; score: weight = pool_weight(score)
//    (all zero: equal); share = pool × w / W, floors, then the fen left go
//    one each to the largest remainders, ties in agent name (byte) order, so
//    the shares add up to the pool exactly;
//  - deduction = min(due, commission + pool_share); the rest is not taken;
//  - total = base + allowance + seniority + commission + pool + rewards − deduction;
//  - agents left off share the pool like anyone, then move to sheet.left_off
//    with their share counted in pool_held.
PaySheet compute_pay(const std::vector<PayFacts>& agents, Fen silent_sales, const Period& period,
                     const PayPolicy& policy);

// A roster row pay cannot use (pay_refusal, roster.h): never paid a guessed
// amount.
struct PayRosterProblem {
  std::string agent;
  uint32_t line = 0;  // in the roster file
  Msg reason;         // kPayNoBasePay, kPayHiredAfterMonth; the caller adds file and line
};

// Each roster agent's facts, in roster order, from the run. Cards and lines
// are matched by agent name; a roster agent without a card had no activity.
// Roster rows pay cannot use go to `problems` (in roster order); their
// agents' facts are marked left_off, with no pay of their own (base 0).
std::vector<PayFacts> pay_facts(const Dataset& data, const std::vector<Scorecard>& cards,
                                const std::vector<Consequence>& lines, const Period& period,
                                std::vector<PayRosterProblem>* problems);

}  // namespace redhare
