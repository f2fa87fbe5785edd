// 工资表的中文（pay_words.h）。
#include <fmt/format.h>

#include "../pay_words.h"
#include "../words.h"

namespace redhare::pay_words {

namespace {

std::string pool_zh_shared(const PaySheet& s) {
  std::string made = fmt::format("公共绩效提成池 {} = 静默销售额 {} × {}", money(s.pool), money(s.silent_sales),
                                 rate_percent(s.pool_rate));
  if (s.pool_members == 0) return made + "；没有有接待的正式客服，无人分配";
  if (s.pool_split == PoolSplit::kScore && s.pool_weight > 0)
    return made + fmt::format("，由 {} 名有接待的正式客服按得分比例分配（最大余数法，精确到分）", s.pool_members);
  return made + fmt::format("，由 {} 名有接待的正式客服平均分配（最大余数法，精确到分）", s.pool_members);
}

// The pool line, and what is held for agents left off the sheet (pool_en).
std::string pool_zh(const PaySheet& s) {
  std::string out = pool_zh_shared(s);
  if (s.pool_held > 0)
    out += fmt::format("；其中 {} 留给未列入工资表的 {} 人，名册修正后发放", money(s.pool_held), s.left_off.size());
  return out;
}

std::string how_zh(PayComponent c, const PayLine& l, const PaySheet& s) {
  const PayFacts& f = l.facts;
  switch (c) {
    case PayComponent::kBasePay: return fmt::format("岗位工资 {}（名册）", money(l.base_pay));
    case PayComponent::kAllowance: return fmt::format("岗位津贴 {}（名册）", money(l.allowance));
    case PayComponent::kSeniority:
      if (f.hired == kNever) return fmt::format("工龄工资 {}：名册没有入职日期", money(0));
      return fmt::format("工龄工资 {} = 满 {} 年（{} 入职，计至 {}）× {}/年，封顶 {}", money(l.seniority_pay), l.years,
                         date(f.hired), date(s.last_day), money(s.seniority_per_year), money(s.seniority_cap));
    case PayComponent::kCommission:
      if (!f.active || !f.grade) return fmt::format("个人绩效提成 {}：本月无接待，没有等级", money(0));
      return fmt::format("个人绩效提成 {} = 销售额 {} × {} × {}（{}）", money(l.commission), money(f.sales),
                         rate_percent(l.commission_rate), rate_decimal(l.factor), words::grade(*f.grade, Lang::kZh));
    case PayComponent::kPoolShare:
      if (!l.pool_member)
        return fmt::format("公共绩效提成 {}：{}", money(0), f.active ? "试用期员工不参与分配" : "本月无接待");
      if (s.pool_split == PoolSplit::kScore && s.pool_weight > 0)
        return fmt::format("公共绩效提成 {} ≈ 池 {} × 得分 {:.6f} / 成员得分合计 {:.6f}（最大余数法取整到分）",
                           money(l.pool_share), money(s.pool), pool_weight(f.score) / 1e6, s.pool_weight / 1e6);
      return fmt::format("公共绩效提成 {} ≈ 池 {} ÷ {} 人（最大余数法取整到分）", money(l.pool_share), money(s.pool),
                         s.pool_members);
    case PayComponent::kRewards:
      if (l.rewards == 0) return {};
      return fmt::format("奖励 {} = 本月奖励行（第一名和/或连续三个月第一）", money(l.rewards));
    case PayComponent::kDeduction:
      if (f.deduction_due == 0) return {};
      if (l.deduction_not_taken == 0)
        return fmt::format("扣款 {}：末位扣款 {}，从个人绩效提成 + 公共绩效提成（{}）中扣", money(l.deduction),
                           money(f.deduction_due), money(l.commission + l.pool_share));
      return fmt::format("扣款 {}：末位扣款 {}，从个人绩效提成 + 公共绩效提成（{}）中扣；{} 未扣，不结转到下月",
                         money(l.deduction), money(f.deduction_due), money(l.commission + l.pool_share),
                         money(l.deduction_not_taken));
    case PayComponent::kTotal:
      return fmt::format("当月工资 {} = {} + {} + {} + {} + {} + {} − {}", money(l.total), money(l.base_pay),
                         money(l.allowance), money(l.seniority_pay), money(l.commission), money(l.pool_share),
                         money(l.rewards), money(l.deduction));
  }
  return {};
}

std::string not_taken_zh(const PayLine& l) {
  return fmt::format("{}：末位扣款 {} 中有 {} 未扣（个人绩效提成 + 公共绩效提成 只有 {}；不结转）", l.facts.agent,
                     money(l.facts.deduction_due), money(l.deduction_not_taken), money(l.commission + l.pool_share));
}

}  // namespace

const PayWords kZh = {"合计", {"售前", "售后"}, pool_zh, how_zh, not_taken_zh};

}  // namespace redhare::pay_words
