#include "redhare/pay_policy.h"

#include <fmt/format.h>


#include "redhare/error.h"
#include "redhare/strings.h"

namespace redhare {

namespace {

// Bad values are usage errors with a message id; policy.cpp frames them with
// the file, line and key.
Rate rate_or_throw(std::string_view value, MsgId what) {
  Rate r;
  if (!parse_rate(value, &r)) throw UsageError(Msg(what, {quote_value(trim_blanks(value))}));
  return r;
}

// A commission or pool rate is a share of sales: above 100% the pay would
// exceed the sales it comes from.
Rate share_rate_or_throw(std::string_view value) {
  const Rate r = rate_or_throw(value, MsgId::kPolicyPayRate);
  if (r.num > r.den) throw UsageError(Msg(MsgId::kPolicyPayRateOver, {quote_value(trim_blanks(value))}));
  return r;
}

// Yuan with at most two decimals, kept in fen: 50, 50.00, ¥12.5 (parse_money,
// as the policy's other amounts).
Fen yuan_or_throw(std::string_view value) {
  Fen fen = 0;
  if (!parse_money(value, &fen))
    throw UsageError(Msg(MsgId::kPolicyPayYuan, {quote_value(trim_blanks(value))}));
  return fen;
}

std::string yuan(Fen fen) {
  return fen % 100 == 0 ? fmt::format("{}", fen / 100) : fmt::format("{}.{:02}", fen / 100, fen % 100);
}

}  // namespace

bool apply_pay_key(PayPolicy& pay, std::string_view key, std::string_view value) {
  if (key == "pay.commission_rate") {
    pay.commission_presales = share_rate_or_throw(value);
  } else if (key == "aftersales.pay.commission_rate") {
    pay.commission_aftersales = share_rate_or_throw(value);
  } else if (key == "pay.pool_rate") {
    pay.pool_rate = share_rate_or_throw(value);
  } else if (key == "pay.pool_split") {
    std::string_view v = trim_blanks(value);
    if (v == "equal") pay.pool_split = PoolSplit::kEqual;
    else if (v == "score") pay.pool_split = PoolSplit::kScore;
    else throw UsageError(Msg(MsgId::kPolicyPaySplit, {quote_value(v)}));
  } else if (key == "pay.seniority_per_year") {
    pay.seniority_per_year = yuan_or_throw(value);
  } else if (key == "pay.seniority_cap") {
    pay.seniority_cap = yuan_or_throw(value);
  } else if (key.starts_with("pay.factor.")) {
    std::string_view grade = key.substr(11);
    for (size_t g = 0; g < kPayFactorKeys.size(); ++g)
      if (grade == kPayFactorKeys[g]) {
        pay.factor[g] = rate_or_throw(value, MsgId::kPolicyPayFactor);
        return true;
      }
    throw UsageError(Msg(MsgId::kPolicyPayNoGrade));
  } else {
    return false;
  }
  return true;
}

int pay_factor_out_of_order(const PayPolicy& pay) {
  // a/b < c/d without a double: a·d < c·b (num < 1000·den, den <= 10^8).
  for (size_t g = 1; g < pay.factor.size(); ++g) {
    const Rate& better = pay.factor[g - 1];
    const Rate& worse = pay.factor[g];
    if (better.num * worse.den < worse.num * better.den) return static_cast<int>(g);
  }
  return 0;
}

std::string pay_policy_text(const PayPolicy& p) {
  std::string out =
      "\n# 当月工资 pay (redhare pay) = 岗位工资 base_pay + 岗位津贴 allowance + 工龄工资 seniority\n"
      "#   + 个人绩效提成 commission + 公共绩效提成 pool share + 奖励 rewards - 扣款 deduction.\n"
      "# Rates are exact decimals (1% = 0.01); each amount is rounded half up to the fen once.\n"
      "# 个人绩效提成 commission = sales x the role's rate x the grade's factor\n";
  out += fmt::format("pay.commission_rate = {}\n", rate_percent(p.commission_presales));
  out += fmt::format("aftersales.pay.commission_rate = {}\n", rate_percent(p.commission_aftersales));
  out += "# grade factors: 特优 outstanding, 优秀 excellent, 中等 average, 有待提高 improve, 急需提高 urgent\n";
  for (size_t g = 0; g < kPayFactorKeys.size(); ++g)
    out += fmt::format("pay.factor.{} = {}\n", kPayFactorKeys[g], rate_decimal(p.factor[g]));
  out += "# 公共绩效提成 pool = the shop's silent (静默) sales x pool_rate, shared by regular agents with\n"
         "# activity: equal, or in proportion to score; to the fen by largest remainder\n";
  out += fmt::format("pay.pool_rate = {}\n", rate_percent(p.pool_rate));
  out += fmt::format("pay.pool_split = {}\n", p.pool_split == PoolSplit::kScore ? "score" : "equal");
  out += "# 工龄工资 seniority pay (yuan) = full years since hired x per_year, at most cap\n";
  out += fmt::format("pay.seniority_per_year = {}\n", yuan(p.seniority_per_year));
  out += fmt::format("pay.seniority_cap = {}\n", yuan(p.seniority_cap));
  return out;
}

}  // namespace redhare
