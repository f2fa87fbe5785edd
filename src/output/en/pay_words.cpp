// English words of the pay sheet (pay_words.h).
#include <fmt/format.h>

#include "../pay_words.h"
#include "../words.h"

namespace redhare::pay_words {

namespace {

std::string pool_en_shared(const PaySheet& s) {
  std::string made = fmt::format("pool {} = silent sales {} × {}", money(s.pool), money(s.silent_sales),
                                 rate_percent(s.pool_rate));
  if (s.pool_members == 0) return made + "; no regular agent with activity to share it";
  if (s.pool_split == PoolSplit::kScore && s.pool_weight > 0)
    return made + fmt::format(", shared by {} regular agents with activity in proportion to score "
                              "(largest remainder, to the fen)",
                              s.pool_members);
  return made + fmt::format(", shared equally by {} regular agents with activity (largest remainder, to the fen)",
                            s.pool_members);
}

// The pool line, and what is held for agents left off the sheet (their
// roster row refused): theirs once the row is fixed, never the others'.
std::string pool_en(const PaySheet& s) {
  std::string out = pool_en_shared(s);
  if (s.pool_held > 0)
    out += fmt::format("; {} of it held for {} agent(s) left off the sheet, paid once their roster row is fixed",
                       money(s.pool_held), s.left_off.size());
  return out;
}

std::string how_en(PayComponent c, const PayLine& l, const PaySheet& s) {
  const PayFacts& f = l.facts;
  switch (c) {
    case PayComponent::kBasePay: return fmt::format("base pay {} (roster)", money(l.base_pay));
    case PayComponent::kAllowance: return fmt::format("allowance {} (roster)", money(l.allowance));
    case PayComponent::kSeniority:
      if (f.hired == kNever) return fmt::format("seniority {}: no hired date on the roster", money(0));
      return fmt::format("seniority {} = {} full year(s) (hired {}, counted to {}) × {} a year, at most {}",
                         money(l.seniority_pay), l.years, date(f.hired), date(s.last_day),
                         money(s.seniority_per_year), money(s.seniority_cap));
    case PayComponent::kCommission:
      if (!f.active || !f.grade) return fmt::format("commission {}: no activity this month, no grade", money(0));
      return fmt::format("commission {} = sales {} × {} × {} ({})", money(l.commission), money(f.sales),
                         rate_percent(l.commission_rate), rate_decimal(l.factor), words::grade(*f.grade, Lang::kEn));
    case PayComponent::kPoolShare:
      if (!l.pool_member)
        return fmt::format("pool share {}: {}", money(0),
                           f.active ? "on probation, not in the pool" : "no activity this month");
      if (s.pool_split == PoolSplit::kScore && s.pool_weight > 0)
        return fmt::format("pool share {} ≈ pool {} × score {:.6f} / members' scores {:.6f} (to the fen by "
                           "largest remainder)",
                           money(l.pool_share), money(s.pool), pool_weight(f.score) / 1e6, s.pool_weight / 1e6);
      return fmt::format("pool share {} ≈ pool {} ÷ {} members (to the fen by largest remainder)",
                         money(l.pool_share), money(s.pool), s.pool_members);
    case PayComponent::kRewards:
      if (l.rewards == 0) return {};
      return fmt::format("rewards {} = the month's reward lines (rank 1 and/or the 3-month bonus)", money(l.rewards));
    case PayComponent::kDeduction:
      if (f.deduction_due == 0) return {};
      if (l.deduction_not_taken == 0)
        return fmt::format("deduction {}: last-rank deduction {}, taken from commission + pool share ({})",
                           money(l.deduction), money(f.deduction_due), money(l.commission + l.pool_share));
      return fmt::format("deduction {}: last-rank deduction {}, taken from commission + pool share ({}); {} not "
                         "taken, not carried to next month",
                         money(l.deduction), money(f.deduction_due), money(l.commission + l.pool_share),
                         money(l.deduction_not_taken));
    case PayComponent::kTotal:
      return fmt::format("total {} = {} + {} + {} + {} + {} + {} − {}", money(l.total), money(l.base_pay),
                         money(l.allowance), money(l.seniority_pay), money(l.commission), money(l.pool_share),
                         money(l.rewards), money(l.deduction));
  }
  return {};
}

std::string not_taken_en(const PayLine& l) {
  return fmt::format("{}: {} of the last-rank deduction {} could not be taken (commission + pool share hold {}; "
                     "not carried)",
                     l.facts.agent, money(l.deduction_not_taken), money(l.facts.deduction_due),
                     money(l.commission + l.pool_share));
}

}  // namespace

const PayWords kEn = {"total", {"presales", "aftersales"}, pool_en, how_en, not_taken_en};

}  // namespace redhare::pay_words
