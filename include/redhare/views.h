// Views: the Reports each subcommand prints, built from the stage results.
// Views choose columns, labels (en + zh) and cell types; they never format
// numbers (render.h does, the same way for every format).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "redhare/consequences.h"
#include "redhare/figures.h"
#include "redhare/period.h"
#include "redhare/records.h"
#include "redhare/report.h"
#include "redhare/review.h"
#include "redhare/scoring.h"

namespace redhare {

// What every report states above its tables.
struct ReportContext {
  std::string period = "all";  // Period::label
  std::string policy = "default";
  std::vector<std::pair<std::string, std::string>> inputs;  // ("chats", "oct.csv"), ...
  Lang lang = Lang::kEn;  // language of free text the views write (actions, cards)
  // The options that say what this run read and how (--chats F --orders F
  // ... --month M --encoding E ...), one word each, unquoted: a command the
  // report suggests (the card's `explain` line) repeats them so that it runs
  // as printed.
  std::vector<std::string> run_options;
};

// `metrics`: table "agents" (agent, then the SPEC 3-4 columns in SPEC order) and
// table "shop" (one row of shop totals). The terminal table and Markdown show
// only the key columns: consulted, reply_rate, resp_mean_s, inquirers, payers,
// sales, conversion, order_success, aov, completion.
Report metrics_report(const Metrics& metrics, const ReportContext& context);

// `score`: table "scores" = agent, every metrics column, score, grade, rank,
// pts_<item> (SPEC 7: score --format csv adds those to the metrics columns);
// table "actions" (csv/json only) = agent, rule, amount, action, why; the
// consequence lines as text in the footer; with `detail`, one card per agent
// (table and md only). pts_ columns follow the first card's items (policy order).
// `show` (score --show) is what the item columns show people: each item's
// points (default) or the figure it scored in its own unit (rates as %,
// response times in s, aov as the ratio to the shop's). CSV and JSON are the
// same either way: the pts_ columns (the figures are among the metrics columns).
// Table "scores" is for machines (csv/tsv/json: department, role after agent,
// group_ranked after rank); people get one table per ranking group (key
// "group"), headed "部门 · 岗位, N ranked" when there is more than the shop's
// one group, and the consequence lines grouped the same way, with a note for
// a group too small (min_group) for rank-based lines.
enum class ItemShow { kPoints, kFigures };
Report score_report(const std::vector<Scorecard>& cards, const std::vector<Consequence>& lines,
                    const ReportContext& context, bool detail, ItemShow show = ItemShow::kPoints,
                    int min_group = 3);

// `check`: table "files", the SPEC 6 account of each input file, and the span of
// the data's times as the header member "data_spans".
Report check_report(const std::vector<FileAccount>& files, const Period& period,
                    const ReportContext& context);

// `awards`: table "awards", every eligible agent by mean monthly score.
Report awards_report(const AwardsResult& result, const ReportContext& context);

// `review` (SPEC 12): table "review" (csv/json: agent, department, role,
// months, mean_score, grade, rank, group_ranked, listed, allowance,
// allowance_after), one table per ranking group for people (table/md/html),
// table "actions" (csv/json: agent, rule, amount, detail), and the lines as
// text in the footer.
Report review_report(const ReviewResult& result, const ReportContext& context);

// "YYYY-MM-DD HH:MM:SS" of a shop-local time; "" for kNever.
std::string format_local_time(Time t);

// The columns of SPEC 3-4 in SPEC order (without `agent`), and one agent's cells
// in that order.
std::vector<Column> metric_columns();
std::vector<Cell> metric_cells(const AgentFigures& figures);

}  // namespace redhare
