// The facts of a `score` report that only the html page draws: the policy's
// grade bands and caps, and each agent's saved months (add_score_charts).
#include <cstdio>

#include <fmt/format.h>

#include "redhare/html.h"
#include "view_parts.h"

namespace redhare {
namespace {

using view_parts::column;
using view_parts::Label;
using view_parts::make_table;

// "2026-10" -> "2026-09"; "" for anything else (the period "all").
std::string previous_month(const std::string& label) {
  int y = 0, m = 0;
  char tail = 0;
  if (label.size() != 7 || std::sscanf(label.c_str(), "%4d-%2d%c", &y, &m, &tail) != 2) return {};
  if (--m == 0) {
    m = 12;
    --y;
  }
  return fmt::format("{:04}-{:02}", y, m);
}

// At most a year of saved months before this one: a longer line would squeeze
// the recent months, which are the ones an appraisal talks about.
constexpr size_t kTrendMonths = 12;

}  // namespace

void add_score_charts(Report& report, const std::vector<Scorecard>& cards,
                      const std::vector<HistoryMonth>& history, const Period& period,
                      const Policy& policy) {
  Table bands = make_table("grade_bands", Label::kGradeBandsTitle);
  bands.audience = Audience::kCharts;
  bands.columns = {column("grade", Label::kColGrade, CellType::kGrade),
                   column("min_score", Label::kColFromScore, CellType::kNumber),
                   column("cap_share", Label::kColCapShare, CellType::kRate)};
  const std::pair<Grade, double> kMin[] = {{Grade::kOutstanding, policy.grade_outstanding},
                                           {Grade::kExcellent, policy.grade_excellent},
                                           {Grade::kAverage, policy.grade_average},
                                           {Grade::kImprove, policy.grade_improve},
                                           {Grade::kUrgent, 0.0}};
  for (auto [grade, min] : kMin) {
    Cell cap = grade == Grade::kOutstanding ? Cell{policy.share_outstanding}
               : grade == Grade::kExcellent ? Cell{policy.share_excellent}
                                            : Cell{};
    bands.rows.push_back({view_parts::grade_cell(grade), Cell{min}, std::move(cap)});
  }
  report.tables.push_back(std::move(bands));

  if (history.empty()) return;
  // Months before this one only: a re-run after --save must not draw this
  // month twice.
  std::vector<const HistoryMonth*> months;
  for (const HistoryMonth& h : history)
    if (period.label == "all" || h.month.label < period.label) months.push_back(&h);
  if (months.size() > kTrendMonths) months.erase(months.begin(), months.end() - kTrendMonths);
  const std::string last = previous_month(period.label);

  Table trail = make_table("history", Label::kHistoryTitle);
  trail.audience = Audience::kCharts;
  trail.columns = {view_parts::agent_column(), view_parts::text_column("month", Label::kColMonth),
                   column("score", Label::kColScore, CellType::kNumber)};
  Table trend = make_table("trend", Label::kTrendTitle);
  trend.audience = Audience::kCharts;
  trend.columns = {view_parts::agent_column(), column("change", Label::kColChange, CellType::kNumber)};
  for (const Scorecard& card : cards) {
    const std::string& agent = card.figures.name;
    Cell change;
    for (const HistoryMonth* h : months)
      for (const HistoryRow& row : h->rows)
        if (row.agent == agent) {
          trail.rows.push_back({Cell{agent}, Cell{h->month.label}, Cell{row.score}});
          if (h->month.label == last) change = Cell{card.score - row.score};
        }
    trail.rows.push_back({Cell{agent}, Cell{period.label}, Cell{card.score}});
    trend.rows.push_back({Cell{agent}, change});
  }
  report.tables.push_back(std::move(trail));
  report.tables.push_back(std::move(trend));
}

}  // namespace redhare
