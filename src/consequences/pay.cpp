#include "redhare/pay.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <optional>
#include <string_view>

#include "redhare/error.h"
#include "redhare/roster.h"

namespace redhare {

namespace {

constexpr int64_t kDay = 86400;

// The day 00:00 of a shop-local time.
Time day_of(Time t) { return t - (((t % kDay) + kDay) % kDay); }

// Shares `pool` fen in proportion to `weights` (Σ > 0): each gets the floor of
// pool × w / W, then the fen left over go one each to the largest remainders,
// ties to the earlier index (callers order by agent name). Exact: the shares
// add up to `pool`.
std::vector<Fen> largest_remainder(Fen pool, const std::vector<int64_t>& weights) {
  const __int128 total = std::accumulate(weights.begin(), weights.end(), __int128{0});
  std::vector<Fen> shares(weights.size());
  std::vector<__int128> rest(weights.size());
  Fen given = 0;
  for (size_t i = 0; i < weights.size(); ++i) {
    const __int128 n = static_cast<__int128>(pool) * weights[i];
    shares[i] = static_cast<Fen>(n / total);
    rest[i] = n % total;
    given += shares[i];
  }
  std::vector<size_t> order(weights.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return rest[a] > rest[b]; });
  // Fewer fen are left than there are members (each remainder is < 1 fen).
  const size_t left = static_cast<size_t>(pool - given);
  for (size_t k = 0; k < left; ++k) ++shares[order[k]];
  return shares;
}

}  // namespace

int64_t pool_weight(double score) {
  if (!(score > 0)) return 0;
  return static_cast<int64_t>(std::llround(score * 1e6));
}

int full_years(Time hired, Time day) {
  int hy, dy;
  unsigned hm, hd, dm, dd;
  civil_from_days(day_of(hired) / kDay, &hy, &hm, &hd);
  civil_from_days(day_of(day) / kDay, &dy, &dm, &dd);
  int years = dy - hy;
  if (dm < hm || (dm == hm && dd < hd)) --years;
  return std::max(years, 0);
}

PaySheet compute_pay(const std::vector<PayFacts>& agents, Fen silent_sales, const Period& period,
                     const PayPolicy& policy) {
  PaySheet sheet;
  sheet.silent_sales = silent_sales;
  sheet.pool_rate = policy.pool_rate;
  sheet.pool_split = policy.pool_split;
  sheet.pool = apply_rates(silent_sales, policy.pool_rate);
  sheet.last_day = day_of(period.end - 1);
  sheet.seniority_per_year = policy.seniority_per_year;
  sheet.seniority_cap = policy.seniority_cap;

  sheet.lines.reserve(agents.size());
  for (const PayFacts& f : agents) {
    PayLine l;
    l.facts = f;
    l.base_pay = f.base_pay;
    l.allowance = f.allowance;
    if (f.hired != kNever) {
      l.years = full_years(f.hired, sheet.last_day);
      l.seniority_pay = std::min<Fen>(l.years * policy.seniority_per_year, policy.seniority_cap);
    }
    l.commission_rate =
        f.role == Role::kAftersales ? policy.commission_aftersales : policy.commission_presales;
    l.factor = Rate{1, 1};
    if (f.active && f.grade) {
      l.factor = policy.factor[static_cast<size_t>(*f.grade)];
      l.commission = apply_rates(f.sales, l.commission_rate, l.factor);
    }
    l.pool_member = f.active && f.status == StaffStatus::kRegular;
    l.rewards = f.rewards;
    sheet.lines.push_back(std::move(l));
  }

  // The pool: members in agent name order, so ties in the remainders go to
  // the earlier name whatever order the roster lists them in.
  std::vector<size_t> members;
  for (size_t i = 0; i < sheet.lines.size(); ++i)
    if (sheet.lines[i].pool_member) members.push_back(i);
  std::sort(members.begin(), members.end(),
            [&](size_t a, size_t b) { return sheet.lines[a].facts.agent < sheet.lines[b].facts.agent; });
  sheet.pool_members = static_cast<int>(members.size());
  if (!members.empty()) {
    std::vector<int64_t> weights(members.size(), 1);
    if (policy.pool_split == PoolSplit::kScore) {
      for (size_t k = 0; k < members.size(); ++k) weights[k] = pool_weight(sheet.lines[members[k]].facts.score);
      sheet.pool_weight = std::accumulate(weights.begin(), weights.end(), int64_t{0});
      if (sheet.pool_weight == 0) std::fill(weights.begin(), weights.end(), 1);
    }
    std::vector<Fen> shares = largest_remainder(sheet.pool, weights);
    for (size_t k = 0; k < members.size(); ++k) sheet.lines[members[k]].pool_share = shares[k];
  }

  for (PayLine& l : sheet.lines) {
    const Fen held = l.commission + l.pool_share;
    l.deduction = std::min(l.facts.deduction_due, held);
    l.deduction_not_taken = l.facts.deduction_due - l.deduction;
    l.total = l.base_pay + l.allowance + l.seniority_pay + l.commission + l.pool_share + l.rewards - l.deduction;
  }
  // Left off after the pool is shared: their shares are held, not handed
  // to the others (fixing the roster row adds a line and changes no other).
  for (auto it = sheet.lines.begin(); it != sheet.lines.end();) {
    if (!it->facts.left_off) {
      ++it;
      continue;
    }
    sheet.pool_held += it->pool_share;
    sheet.left_off.push_back(std::move(*it));
    it = sheet.lines.erase(it);
  }
  return sheet;
}

std::vector<PayFacts> pay_facts(const Dataset& data, const std::vector<Scorecard>& cards,
                                const std::vector<Consequence>& lines, const Period& period,
                                std::vector<PayRosterProblem>* problems) {
  std::map<std::string_view, const Scorecard*> card_of;
  for (const Scorecard& c : cards) card_of[c.figures.name] = &c;
  // Rewards are every line with a positive amount (rank 1, the 3-month
  // bonus); the deduction is every line with a negative one, which SPEC 5
  // makes only the last-rank line (提成中扣).
  std::map<std::string_view, std::pair<Fen, Fen>> money_of;  // agent -> (rewards, deductions)
  for (const Consequence& line : lines) {
    if (line.amount > 0) money_of[line.agent].first += line.amount;
    if (line.amount < 0) money_of[line.agent].second -= line.amount;
  }
  std::vector<PayFacts> out;
  out.reserve(data.roster.size());
  for (const RosterEntry& e : data.roster) {
    const std::string_view name = data.agents.name(e.agent);
    PayFacts f;
    if (std::optional<Msg> refused = pay_refusal(e, name, period)) {
      problems->push_back({std::string(name), e.line, std::move(*refused)});
      f.left_off = true;
    }
    f.agent = std::string(name);
    f.department = std::string(data.departments.name(e.department));
    f.role = e.role;
    f.status = e.status;
    f.hired = e.hired;
    f.base_pay = f.left_off ? 0 : *e.base_pay;
    f.allowance = e.allowance;
    if (auto c = card_of.find(name); c != card_of.end()) {
      const AgentFigures& fig = c->second->figures;
      f.active = fig.customer_msgs + fig.agent_msgs + fig.auto_msgs > 0 || fig.orders > 0;
      if (f.active) {
        f.grade = c->second->grade;
        f.score = c->second->score;
      }
      f.sales = fig.sales;
    }
    if (auto m = money_of.find(name); m != money_of.end()) {
      f.rewards = m->second.first;
      f.deduction_due = m->second.second;
    }
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace redhare
