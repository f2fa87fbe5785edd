#include "redhare/pay_view.h"

#include <fmt/format.h>

#include "redhare/error.h"
#include "redhare/render.h"
#include "view_parts.h"

namespace redhare {

using namespace view_parts;

namespace {

std::string money(Fen fen) { return format_money(fen, true); }

std::string date_of(Time t) { return format_local_time(t).substr(0, 10); }

std::string role_word(Role r, Lang lang) {
  if (lang == Lang::kZh) return r == Role::kAftersales ? "售后" : "售前";
  return r == Role::kAftersales ? "aftersales" : "presales";
}

const char* role_key_text(Role r) { return r == Role::kAftersales ? "aftersales" : "presales"; }

std::string grade_word(Grade g, Lang lang) { return lang == Lang::kZh ? grade_name_zh(g) : grade_name_en(g); }

// The SPEC 10 money columns, in order, with their 中文 names.
struct MoneyColumn {
  const char* key;
  const char* en;
  const char* zh;
  Fen PayLine::*member;
};
constexpr MoneyColumn kMoneyColumns[] = {
    {"base_pay", "base pay", "岗位工资", &PayLine::base_pay},
    {"allowance", "allowance", "岗位津贴", &PayLine::allowance},
    {"seniority_pay", "seniority", "工龄工资", &PayLine::seniority_pay},
    {"commission", "commission", "个人绩效提成", &PayLine::commission},
    {"pool_share", "pool share", "公共绩效提成", &PayLine::pool_share},
    {"rewards", "rewards", "奖励", &PayLine::rewards},
    {"deduction", "deduction", "扣款", &PayLine::deduction},
    {"total", "total", "当月工资", &PayLine::total},
};

Table pay_table(const PaySheet& sheet, Audience audience, Lang lang) {
  Table t = make_table("pay", "Pay sheet", "当月工资表");
  t.audience = audience;
  t.columns = {agent_column(), text_column("department", "department", "部门", true),
               text_column("role", "role", "岗位")};
  for (const MoneyColumn& m : kMoneyColumns) t.columns.push_back({m.key, m.en, m.zh, CellType::kMoney});
  const bool people = audience == Audience::kPeople;
  std::vector<Fen> sums(std::size(kMoneyColumns), 0);
  for (const PayLine& l : sheet.lines) {
    std::vector<Cell> row = {Cell{l.facts.agent}, Cell{l.facts.department},
                             Cell{people ? role_word(l.facts.role, lang) : std::string(role_key_text(l.facts.role))}};
    for (size_t k = 0; k < std::size(kMoneyColumns); ++k) {
      row.push_back(Cell{int64_t{l.*kMoneyColumns[k].member}});
      sums[k] += l.*kMoneyColumns[k].member;
    }
    t.rows.push_back(std::move(row));
  }
  if (people) {
    std::vector<Cell> total = {Cell{std::string(lang == Lang::kZh ? "合计" : "total")}, Cell{std::string()},
                               Cell{std::string()}};
    for (Fen s : sums) total.push_back(Cell{int64_t{s}});
    t.rows.push_back(std::move(total));
  }
  return t;
}

std::string not_taken_line(const PayLine& l, Lang lang) {
  const Fen held = l.commission + l.pool_share;
  if (lang == Lang::kZh)
    return fmt::format("{}：末位扣款 {} 中有 {} 未扣（个人绩效提成 + 公共绩效提成 只有 {}；不结转）", l.facts.agent,
                       money(l.facts.deduction_due), money(l.deduction_not_taken), money(held));
  return fmt::format("{}: {} of the last-rank deduction {} could not be taken (commission + pool share hold {}; "
                     "not carried)",
                     l.facts.agent, money(l.deduction_not_taken), money(l.facts.deduction_due), money(held));
}

}  // namespace

std::string pay_pool_line(const PaySheet& s, Lang lang) {
  const bool zh = lang == Lang::kZh;
  std::string made = zh ? fmt::format("公共绩效提成池 {} = 静默销售额 {} × {}", money(s.pool), money(s.silent_sales),
                                      rate_percent(s.pool_rate))
                        : fmt::format("pool {} = silent sales {} × {}", money(s.pool), money(s.silent_sales),
                                      rate_percent(s.pool_rate));
  if (s.pool_members == 0)
    return made + (zh ? "；没有有接待的正式客服，无人分配" : "; no regular agent with activity to share it");
  if (s.pool_split == PoolSplit::kScore && s.pool_weight > 0)
    return made + (zh ? fmt::format("，由 {} 名有接待的正式客服按得分比例分配（最大余数法，精确到分）", s.pool_members)
                      : fmt::format(", shared by {} regular agents with activity in proportion to score "
                                    "(largest remainder, to the fen)",
                                    s.pool_members));
  return made + (zh ? fmt::format("，由 {} 名有接待的正式客服平均分配（最大余数法，精确到分）", s.pool_members)
                    : fmt::format(", shared equally by {} regular agents with activity (largest remainder, to the fen)",
                                  s.pool_members));
}

std::vector<std::string> pay_detail_lines(const PayLine& l, const PaySheet& s, Lang lang) {
  const bool zh = lang == Lang::kZh;
  const PayFacts& f = l.facts;
  std::vector<std::string> out;
  out.push_back(zh ? fmt::format("岗位工资 {}，岗位津贴 {}（名册）", money(l.base_pay), money(l.allowance))
                   : fmt::format("base pay {}, allowance {} (roster)", money(l.base_pay), money(l.allowance)));
  if (f.hired == kNever) {
    out.push_back(zh ? fmt::format("工龄工资 {}：名册没有入职日期", money(0))
                     : fmt::format("seniority {}: no hired date on the roster", money(0)));
  } else {
    out.push_back(zh ? fmt::format("工龄工资 {} = 满 {} 年（{} 入职，计至 {}）× {}/年，封顶 {}", money(l.seniority_pay),
                                   l.years, date_of(f.hired), date_of(s.last_day), money(s.seniority_per_year),
                                   money(s.seniority_cap))
                     : fmt::format("seniority {} = {} full year(s) (hired {}, counted to {}) × {} a year, at most {}",
                                   money(l.seniority_pay), l.years, date_of(f.hired), date_of(s.last_day),
                                   money(s.seniority_per_year), money(s.seniority_cap)));
  }
  if (!f.active || !f.grade) {
    out.push_back(zh ? fmt::format("个人绩效提成 {}：本月无接待，没有等级", money(0))
                     : fmt::format("commission {}: no activity this month, no grade", money(0)));
  } else {
    out.push_back(zh ? fmt::format("个人绩效提成 {} = 销售额 {} × {} × {}（{}）", money(l.commission), money(f.sales),
                                   rate_percent(l.commission_rate), rate_decimal(l.factor), grade_word(*f.grade, lang))
                     : fmt::format("commission {} = sales {} × {} × {} ({})", money(l.commission), money(f.sales),
                                   rate_percent(l.commission_rate), rate_decimal(l.factor),
                                   grade_word(*f.grade, lang)));
  }
  if (!l.pool_member) {
    const bool probation = f.active && f.status == StaffStatus::kProbation;
    out.push_back(zh ? fmt::format("公共绩效提成 {}：{}", money(0), probation ? "试用期员工不参与分配" : "本月无接待")
                     : fmt::format("pool share {}: {}", money(0),
                                   probation ? "on probation, not in the pool" : "no activity this month"));
  } else if (s.pool_split == PoolSplit::kScore && s.pool_weight > 0) {
    out.push_back(zh ? fmt::format("公共绩效提成 {} ≈ 池 {} × 得分 {:.6f} / 成员得分合计 {:.6f}（最大余数法取整到分）",
                                   money(l.pool_share), money(s.pool), pool_weight(f.score) / 1e6, s.pool_weight / 1e6)
                     : fmt::format("pool share {} ≈ pool {} × score {:.6f} / members' scores {:.6f} (to the fen by "
                                   "largest remainder)",
                                   money(l.pool_share), money(s.pool), pool_weight(f.score) / 1e6, s.pool_weight / 1e6));
  } else {
    out.push_back(zh ? fmt::format("公共绩效提成 {} ≈ 池 {} ÷ {} 人（最大余数法取整到分）", money(l.pool_share),
                                   money(s.pool), s.pool_members)
                     : fmt::format("pool share {} ≈ pool {} ÷ {} members (to the fen by largest remainder)",
                                   money(l.pool_share), money(s.pool), s.pool_members));
  }
  if (l.rewards != 0)
    out.push_back(zh ? fmt::format("奖励 {}（奖惩：第一名、连续第一）", money(l.rewards))
                     : fmt::format("rewards {} (consequence lines: rank 1, 3-month bonus)", money(l.rewards)));
  if (f.deduction_due != 0) {
    out.push_back(zh ? fmt::format("扣款 {}：末位扣款 {}，从个人绩效提成 + 公共绩效提成（{}）中扣", money(l.deduction),
                                   money(f.deduction_due), money(l.commission + l.pool_share))
                     : fmt::format("deduction {}: last-rank deduction {}, taken from commission + pool share ({})",
                                   money(l.deduction), money(f.deduction_due), money(l.commission + l.pool_share)));
    if (l.deduction_not_taken != 0)
      out.push_back(zh ? fmt::format("未扣 {}：不结转到下月", money(l.deduction_not_taken))
                       : fmt::format("not taken {}: not carried to next month", money(l.deduction_not_taken)));
  }
  out.push_back(zh ? fmt::format("当月工资 {} = {} + {} + {} + {} + {} + {} − {}", money(l.total), money(l.base_pay),
                                 money(l.allowance), money(l.seniority_pay), money(l.commission), money(l.pool_share),
                                 money(l.rewards), money(l.deduction))
                   : fmt::format("total {} = {} + {} + {} + {} + {} + {} − {}", money(l.total), money(l.base_pay),
                                 money(l.allowance), money(l.seniority_pay), money(l.commission), money(l.pool_share),
                                 money(l.rewards), money(l.deduction)));
  return out;
}

Report pay_report(const PaySheet& sheet, const ReportContext& context, bool detail) {
  Report r;
  add_header(r, context);
  r.tables.push_back(pay_table(sheet, Audience::kMachines, context.lang));
  r.tables.push_back(pay_table(sheet, Audience::kPeople, context.lang));
  r.footer.push_back(pay_pool_line(sheet, context.lang));
  for (const PayLine& l : sheet.lines)
    if (l.deduction_not_taken != 0) r.footer.push_back(not_taken_line(l, context.lang));
  if (detail)
    for (const PayLine& l : sheet.lines) {
      r.footer.push_back("");
      r.footer.push_back(l.facts.agent);
      for (std::string& s : pay_detail_lines(l, sheet, context.lang)) r.footer.push_back("  " + s);
    }
  return r;
}

std::string pay_problem_reason(const PayRosterProblem& p, Lang lang) {
  const bool zh = lang == Lang::kZh;
  switch (p.problem) {
    case PayProblem::kNoBasePay:
      return zh ? fmt::format("{}：岗位工资 base_pay 为空：发工资需要每位名册客服的岗位工资", quote_value(p.agent))
                : fmt::format("{}: base_pay is empty: pay needs every roster agent's base pay (岗位工资)",
                              quote_value(p.agent));
    case PayProblem::kHiredAfterPeriod:
      return zh ? fmt::format("{}：入职日期 {} 在本月之后", quote_value(p.agent), date_of(p.hired))
                : fmt::format("{}: hired {} is after the month", quote_value(p.agent), date_of(p.hired));
  }
  return {};
}

std::string pay_left_off_warning(const PayRosterProblem& p, const std::string& roster_file, Lang lang) {
  return format_location({roster_file, p.line, ""}, pay_problem_reason(p, lang)) +
         (lang == Lang::kZh ? "；此人不在工资表上" : "; left off the pay sheet");
}

std::string pay_no_hired_warning(const PaySheet& sheet, Lang lang) {
  std::string names;
  for (const PayLine& l : sheet.lines)
    if (l.facts.hired == kNever) names += (names.empty() ? "" : ", ") + l.facts.agent;
  if (names.empty()) return {};
  return lang == Lang::kZh ? fmt::format("名册没有入职日期，工龄工资按 0 计：{}", names)
                           : fmt::format("no hired date on the roster, seniority pay 0: {}", names);
}

}  // namespace redhare
