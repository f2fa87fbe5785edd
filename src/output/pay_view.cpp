#include "redhare/pay_view.h"

#include <fmt/format.h>

#include "pay_words.h"
#include "redhare/error.h"
#include "redhare/message_text.h"
#include "redhare/render.h"
#include "redhare/scoring.h"
#include "view_parts.h"

namespace redhare {

using namespace view_parts;

namespace pay_words {
std::string money(Fen fen) { return format_money(fen, true); }
std::string date(Time t) { return format_local_time(t).substr(0, 10); }
}  // namespace pay_words

namespace {

// The SPEC 10 money columns, in order, with their labels.
struct MoneyColumn {
  const char* key;
  table_words::Label label;
  Fen PayLine::*member;
};
constexpr MoneyColumn kMoneyColumns[] = {
    {"base_pay", Label::kColBasePay, &PayLine::base_pay},
    {"allowance", Label::kColAllowance, &PayLine::allowance},
    {"seniority_pay", Label::kColSeniority, &PayLine::seniority_pay},
    {"commission", Label::kColCommission, &PayLine::commission},
    {"pool_share", Label::kColPoolShare, &PayLine::pool_share},
    {"rewards", Label::kColRewards, &PayLine::rewards},
    {"deduction", Label::kColDeduction, &PayLine::deduction},
    {"total", Label::kColPayTotal, &PayLine::total},
};
static_assert(std::size(kMoneyColumns) == pay_words::kPayComponentCount, "one column per pay component, in order");

// Machines get the stable role key and no sum row (one row per roster agent,
// nothing else); people get the role in words and the 合计 / total row.
Table pay_table(const PaySheet& sheet, Audience audience, Lang lang) {
  Table t = make_table("pay", Label::kPaySheetTitle);
  t.audience = audience;
  t.columns = {agent_column(), text_column("department", Label::kColDepartment, true),
               text_column("role", Label::kColRole)};
  for (const MoneyColumn& m : kMoneyColumns) t.columns.push_back(column(m.key, m.label, CellType::kMoney));
  const bool people = audience == Audience::kPeople;
  const pay_words::PayWords& w = *pay_words::of(lang);
  std::vector<Fen> sums(std::size(kMoneyColumns), 0);
  for (const PayLine& l : sheet.lines) {
    std::vector<Cell> row = {
        Cell{l.facts.agent}, Cell{l.facts.department},
        Cell{std::string(people ? w.roles[static_cast<int>(l.facts.role)] : role_key(l.facts.role))}};
    for (size_t k = 0; k < std::size(kMoneyColumns); ++k) {
      row.push_back(Cell{int64_t{l.*kMoneyColumns[k].member}});
      sums[k] += l.*kMoneyColumns[k].member;
    }
    t.rows.push_back(std::move(row));
  }
  if (people) {
    std::vector<Cell> total = {Cell{std::string(w.total)}, Cell{std::string()}, Cell{std::string()}};
    for (Fen s : sums) total.push_back(Cell{int64_t{s}});
    t.rows.push_back(std::move(total));
  }
  return t;
}

}  // namespace

std::string pay_pool_line(const PaySheet& sheet, Lang lang) { return pay_words::of(lang)->pool(sheet); }

std::vector<std::string> pay_detail_lines(const PayLine& line, const PaySheet& sheet, Lang lang) {
  std::vector<std::string> out;
  for (int c = 0; c < pay_words::kPayComponentCount; ++c)
    if (std::string how = pay_words::of(lang)->how(static_cast<pay_words::PayComponent>(c), line, sheet); !how.empty())
      out.push_back(std::move(how));
  return out;
}

std::vector<Table> pay_explain_tables(const PayLine& line, const PaySheet& sheet, Lang lang) {
  std::vector<Table> out;
  for (Audience audience : {Audience::kMachines, Audience::kPeople}) {
    Table t = make_table("pay", Label::kPayTitle);
    t.audience = audience;
    t.columns = {text_column("component", Label::kColComponent), column("amount", Label::kColAmount, CellType::kMoney),
                 text_column("how", Label::kColHow)};
    for (int c = 0; c < pay_words::kPayComponentCount; ++c) {
      const MoneyColumn& m = kMoneyColumns[c];
      // Machines get the sheet's column key; people its name in `lang`.
      std::string component = audience == Audience::kMachines ? m.key : table_words::text(m.label, lang);
      t.rows.push_back({Cell{component}, Cell{int64_t{line.*m.member}},
                        Cell{pay_words::of(lang)->how(static_cast<pay_words::PayComponent>(c), line, sheet)}});
    }
    out.push_back(std::move(t));
  }
  return out;
}

std::vector<Table> pay_explain_held_tables(const PayLine& line, Lang lang) {
  std::vector<Table> out;
  const MoneyColumn& pool = kMoneyColumns[static_cast<int>(pay_words::PayComponent::kPoolShare)];
  const std::string how =
      render_message(Msg(MsgId::kPayHeldShare, {line.facts.agent, format_money(line.pool_share, true)}), lang);
  for (Audience audience : {Audience::kMachines, Audience::kPeople}) {
    Table t = make_table("pay", Label::kPayTitle);
    t.audience = audience;
    t.columns = {text_column("component", Label::kColComponent), column("amount", Label::kColAmount, CellType::kMoney),
                 text_column("how", Label::kColHow)};
    std::string component = audience == Audience::kMachines ? pool.key : table_words::text(pool.label, lang);
    t.rows.push_back({Cell{component}, Cell{int64_t{line.pool_share}}, Cell{how}});
    out.push_back(std::move(t));
  }
  return out;
}

Report pay_report(const PaySheet& sheet, const ReportContext& context, bool detail) {
  Report r;
  add_header(r, context);
  r.tables.push_back(pay_table(sheet, Audience::kMachines, context.lang));
  r.tables.push_back(pay_table(sheet, Audience::kPeople, context.lang));
  const pay_words::PayWords& w = *pay_words::of(context.lang);
  r.footer.push_back(w.pool(sheet));
  for (const PayLine& l : sheet.lines)
    if (l.deduction_not_taken != 0) r.footer.push_back(w.not_taken(l));
  if (detail)
    for (const PayLine& l : sheet.lines) {
      r.footer.push_back("");
      r.footer.push_back(l.facts.agent);
      for (std::string& s : pay_detail_lines(l, sheet, context.lang)) r.footer.push_back("  " + s);
    }
  return r;
}

}  // namespace redhare
