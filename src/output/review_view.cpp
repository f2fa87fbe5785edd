// `review` (SPEC 12): the reviewed agents as one table for machines (the CSV
// columns SPEC 12 lists), one table per ranking group for people, and the
// lines, as the actions table and as text after the tables.
#include <fmt/format.h>

#include <algorithm>

#include "redhare/views.h"
#include "view_parts.h"
#include "words.h"

namespace redhare {

namespace {

using namespace view_parts;
using table_words::say;

Cell money(const std::optional<Fen>& v) { return v ? Cell{*v} : Cell{}; }
Cell yes_no(bool v) { return Cell{std::string(v ? "yes" : "no")}; }

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

// "客服一部 / 售前"; the shop's single group without a roster: "all agents".
std::pair<std::string, std::string> group_title(const GroupKey& g) {
  using table_words::text;
  if (g == GroupKey{}) return {text(Label::kAllAgentsTitle, Lang::kEn), text(Label::kAllAgentsTitle, Lang::kZh)};
  const std::string en_dept = g.department.empty() ? text(Label::kNoDepartment, Lang::kEn) : g.department;
  const std::string zh_dept = g.department.empty() ? text(Label::kNoDepartment, Lang::kZh) : g.department;
  return {fmt::format("{} / {}", en_dept, words::role(g.role, Lang::kEn)),
          fmt::format("{} / {}", zh_dept, words::role(g.role, Lang::kZh))};
}

std::string detail(const ReviewLine& l, Lang lang) {
  return fmt::format("{} \u2014 {}", words::review_action(l.rule, lang), words::review_why(l, lang));
}

}  // namespace

Report review_report(const ReviewResult& result, const ReportContext& context) {
  Report r;
  add_header(r, context);
  r.header.front().second = result.period;
  r.header.emplace_back("saved", joined(result.months_saved));
  r.header.emplace_back("needed", std::to_string(result.months_needed));
  const bool midyear = result.kind == ReviewKind::kMidYear;
  if (midyear) {
    r.header.emplace_back("listed_by", result.listed_by);
    r.header.emplace_back("listed", std::to_string(result.listed));
  }
  const Lang lang = context.lang;

  // For machines: SPEC 12's columns, every reviewed agent.
  Table all = make_table("review", Label::kReviewTitle);
  all.audience = Audience::kMachines;
  all.columns = {agent_column(),
                 text_column("department", Label::kColDepartment, true),
                 text_column("role", Label::kColRole),
                 column("months", Label::kColMonths, CellType::kInt),
                 column("mean_score", Label::kColMeanScore, CellType::kRatio),
                 column("grade", Label::kColGrade, CellType::kGrade),
                 column("rank", Label::kColRank, CellType::kInt),
                 column("group_ranked", Label::kColGroupRanked, CellType::kInt),
                 text_column("listed", Label::kColListed),
                 column("allowance", Label::kColAllowance, CellType::kMoney),
                 column("allowance_after", Label::kColAllowanceAfter, CellType::kMoney)};
  for (const ReviewedAgent& a : result.agents) {
    const PeriodMean& s = a.standing;
    all.rows.push_back({Cell{s.agent}, Cell{s.group.department}, Cell{std::string(role_key(s.group.role))},
                        Cell{int64_t{s.months}}, Cell{s.mean}, grade_cell(s.grade), Cell{int64_t{s.rank}},
                        Cell{int64_t{s.group_ranked}}, yes_no(a.listed), money(a.allowance),
                        money(a.allowance_after)});
  }

  r.tables.push_back(std::move(all));

  // For people: one table per group, headed by it. Without a roster
  // allowance for anyone, the two allowance columns would be all n/a.
  const bool allowances = std::any_of(result.agents.begin(), result.agents.end(),
                                      [](const ReviewedAgent& a) { return a.allowance.has_value(); });
  for (size_t i = 0; i < result.agents.size();) {
    const GroupKey& g = result.agents[i].standing.group;
    auto [en, zh_title] = group_title(g);
    Table t = make_table("group");
    t.title_en = en;
    t.title_zh = zh_title;
    t.audience = Audience::kPeople;
    t.columns = {column("rank", Label::kColRank, CellType::kInt),
                 agent_column(),
                 column("months", Label::kColMonths, CellType::kInt),
                 column("mean_score", Label::kColMeanScore, CellType::kRatio),
                 column("grade", Label::kColGrade, CellType::kGrade),
                 text_column("listed", midyear ? Label::kColListedLastYear : Label::kColListedForMidYear),
                 column("allowance", Label::kColAllowance, CellType::kMoney),
                 column("allowance_after", Label::kColAllowanceAfter, CellType::kMoney)};
    if (!allowances) t.columns.resize(t.columns.size() - 2);
    for (; i < result.agents.size() && result.agents[i].standing.group == g; ++i) {
      const ReviewedAgent& a = result.agents[i];
      const PeriodMean& s = a.standing;
      t.rows.push_back({Cell{int64_t{s.rank}}, Cell{s.agent}, Cell{int64_t{s.months}}, Cell{s.mean},
                        grade_cell(s.grade), Cell{a.listed ? say<Label::kReviewListedYes>(lang) : std::string()},
                        money(a.allowance), money(a.allowance_after)});
      t.rows.back().resize(t.columns.size());
    }
    r.tables.push_back(std::move(t));
  }

  Table actions = make_table("actions", Label::kReviewActionsTitle);
  actions.audience = Audience::kMachines;
  actions.columns = {agent_column(), text_column("rule", Label::kColRule),
                     column("amount", Label::kColAmount, CellType::kMoney), text_column("detail", Label::kColDetail)};
  std::vector<AgentLine> lines;
  for (const ReviewLine& l : result.lines) {
    actions.rows.push_back({Cell{l.agent}, Cell{std::string(review_rule_key(l.rule))},
                            l.amount != 0 ? Cell{l.amount} : Cell{}, Cell{detail(l, lang)}});
    lines.push_back({l.agent, l.amount, detail(l, lang)});
  }
  r.tables.push_back(std::move(actions));

  // Why a table or the lines are empty: an empty report with no word of why
  // looks like a bug.
  if (midyear && result.listed_by_months.empty())
    r.footer.push_back(say<Label::kReviewNoSavedYear>(lang, result.listed_by));
  else if (midyear && result.listed == 0)
    r.footer.push_back(say<Label::kReviewNobodyListed>(lang, result.listed_by));
  if (result.agents.empty())
    r.footer.push_back(say<Label::kReviewNobody>(lang, result.months_saved.size(), result.months_needed));
  for (std::string& line : aligned_lines(lines)) r.footer.push_back(std::move(line));
  return r;
}

}  // namespace redhare
