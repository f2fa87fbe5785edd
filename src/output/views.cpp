#include "redhare/views.h"

#include <optional>

#include <fmt/format.h>

#include "redhare/render.h"
#include "redhare/text_width.h"
#include "view_parts.h"
#include "words.h"

namespace redhare {


namespace {

using namespace view_parts;

Cell opt_fen(const std::optional<Fen>& v) { return v ? Cell{int64_t{*v}} : Cell{}; }
Cell num(int64_t v) { return Cell{v}; }

// One SPEC 3-4 column: the registry item it is (key and words come from
// there), its cell type, whether the terminal shows it, and how to read it
// from AgentFigures. One list serves the header and the rows, so they cannot
// drift apart.
struct MetricSpec {
  ItemId id;
  CellType type;
  bool compact;  // shown in the terminal table and Markdown
  Cell (*get)(const AgentFigures&);
};

using F = AgentFigures;
using enum ItemId;
constexpr CellType kI = CellType::kInt, kR = CellType::kRate, kS = CellType::kSeconds,
                   kM = CellType::kMoney, kN = CellType::kNumber;

const MetricSpec kMetrics[] = {
    {kConsulted, kI, true, [](const F& f) { return num(f.consulted); }},
    {kReplied, kI, false, [](const F& f) { return num(f.replied); }},
    {kUnreplied, kI, false, [](const F& f) { return num(f.unreplied); }},
    {kReplyRate, kR, true, [](const F& f) { return opt(f.reply_rate); }},
    {kCustomerMsgs, kI, false, [](const F& f) { return num(f.customer_msgs); }},
    {kAgentMsgs, kI, false, [](const F& f) { return num(f.agent_msgs); }},
    {kAutoMsgs, kI, false, [](const F& f) { return num(f.auto_msgs); }},
    {kAnswerRatio, CellType::kRatio, false, [](const F& f) { return opt(f.answer_ratio); }},
    {kTurns, kI, false, [](const F& f) { return num(f.turns); }},
    {kAnsweredTurns, kI, false, [](const F& f) { return num(f.answered_turns); }},
    {kRespMean, kS, true, [](const F& f) { return opt(f.resp_mean_s); }},
    {kRespMedian, kS, false, [](const F& f) { return opt(f.resp_median_s); }},
    {kRespP90, kS, false, [](const F& f) { return opt(f.resp_p90_s); }},
    {kFirstRespMean, kS, false, [](const F& f) { return opt(f.first_resp_mean_s); }},
    {kSlowResponses, kI, false, [](const F& f) { return num(f.slow_responses); }},
    {kSessions, kI, false, [](const F& f) { return num(f.sessions); }},
    {kSessionMean, kS, false, [](const F& f) { return opt(f.session_mean_s); }},
    {kInquirers, kI, true, [](const F& f) { return num(f.inquirers); }},
    {kOrderers, kI, false, [](const F& f) { return num(f.orderers); }},
    {kPayers, kI, true, [](const F& f) { return num(f.payers); }},
    {kOrders, kI, false, [](const F& f) { return num(f.orders); }},
    {kPaidOrders, kI, false, [](const F& f) { return num(f.paid_orders); }},
    {kSales, kM, true, [](const F& f) { return num(f.sales); }},
    {kRefunds, kM, false, [](const F& f) { return num(f.refunds); }},
    {kConversion, kR, true, [](const F& f) { return opt(f.conversion); }},
    {kPayConversion, kR, false, [](const F& f) { return opt(f.pay_conversion); }},
    {kOrderSuccess, kR, true, [](const F& f) { return opt(f.order_success); }},
    {kAov, kM, true, [](const F& f) { return aov_cell(f.sales, f.payers); }},
    {kTarget, kM, false, [](const F& f) { return opt_fen(f.target); }},
    {kCompletion, kR, true, [](const F& f) { return opt(f.completion); }},
    {kRatings, kI, false, [](const F& f) { return num(f.ratings); }},
    {kSatisfied, kI, false, [](const F& f) { return num(f.satisfied); }},
    {kDissatisfied, kI, false, [](const F& f) { return num(f.dissatisfied); }},
    {kSatisfaction, kR, false, [](const F& f) { return opt(f.satisfaction); }},
};

Table scorecard(const Scorecard& card, const ReportContext& c) {
  const Lang lang = c.lang;
  const bool zh = lang == Lang::kZh;
  Table t = make_table("card", "", "");
  t.audience = Audience::kPeople;
  const bool moved = card.grade != card.score_grade;
  std::string grade = std::string(words::grade(card.grade, lang)) + (moved ? kMovedMark : "");
  std::string rank = card.ranked ? fmt::format(fmt::runtime(zh ? "第{}名" : "rank {}"), card.rank)
                                 : std::string(zh ? "不参与排名" : "not ranked");
  std::string score = format_for_people(Cell{card.score}, CellType::kNumber, lang);
  t.title_en = fmt::format("{}: {} {}, {}", card.figures.name, score, grade, rank);
  t.title_zh = fmt::format("{}：{} {}，{}", card.figures.name, score, grade, rank);
  t.columns = {text_column("field", "figure", "指标"), text_column("value", "value", "数值")};
  auto row = [&](std::string label, std::string value) {
    t.rows.push_back({Cell{std::move(label)}, Cell{std::move(value)}});
  };
  std::vector<Cell> cells = metric_cells(card.figures);
  for (size_t i = 0; i < std::size(kMetrics); ++i)
    row(words::item_figure(kMetrics[i].id, lang), format_for_people(cells[i], kMetrics[i].type, lang));
  for (const ItemPoints& p : card.items) {
    std::string weight = format_for_people(Cell{p.weight}, CellType::kNumber, lang);
    std::string figure = format_for_people(opt(p.figure), item_type(p.item), lang);
    const std::string label = words::item_name(p.item, lang);
    if (p.points) {
      std::string points = format_for_people(Cell{*p.points}, CellType::kNumber, lang);
      row(label, fmt::format(fmt::runtime(zh ? "{} 分（{}，权重 {}）" : "{} ({}, weight {})"),
                             points, figure, weight));
    } else {
      row(label, fmt::format(fmt::runtime(zh ? "未计入：{}（权重 {}）" : "left out: {} (weight {})"),
                             words::left_out(p.left_out, lang), weight));
    }
  }
  if (moved) row(words::moved_label(lang), words::moved_row(card, lang));
  row(zh ? "计入权重" : "weights present",
      format_for_people(Cell{card.weight_present}, CellType::kNumber, lang));
  row(zh ? "自评综合" : "self review", format_for_people(opt(card.self_overall), CellType::kNumber, lang));
  row(zh ? "主管评综合" : "manager review",
      format_for_people(opt(card.manager_overall), CellType::kNumber, lang));
  std::string explain = "redhare explain --agent " + shell_word(card.figures.name);
  for (const std::string& word : c.run_options) explain += " " + shell_word(word);
  row("explain", explain);
  return t;
}

// The consequences as lines of text for people: agent, amount, "action — why".
std::vector<std::string> consequence_lines(const std::vector<Consequence>& lines, Lang lang) {
  std::vector<AgentLine> out;
  out.reserve(lines.size());
  for (const Consequence& k : lines) {
    std::string text = words::action(k.rule, lang);
    const std::string why = words::why(k, lang);
    if (!why.empty()) text += " \u2014 " + why;
    out.push_back({k.agent, k.amount, std::move(text)});
  }
  return aligned_lines(out);
}

}  // namespace

std::vector<Column> metric_columns() {
  std::vector<Column> cols;
  for (const MetricSpec& m : kMetrics) {
    Column c{item_key(m.id), words::item_figure(m.id, Lang::kEn), words::item_figure(m.id, Lang::kZh), m.type};
    c.detail_only = !m.compact;
    cols.push_back(std::move(c));
  }
  return cols;
}

std::vector<Cell> metric_cells(const AgentFigures& f) {
  std::vector<Cell> cells;
  cells.reserve(std::size(kMetrics));
  for (const MetricSpec& m : kMetrics) cells.push_back(m.get(f));
  return cells;
}

Report metrics_report(const Metrics& metrics, const ReportContext& context) {
  Report r;
  add_header(r, context);
  Table agents = make_table("agents", "Agents", "客服指标");
  agents.columns.push_back(agent_column());
  for (Column& c : metric_columns()) agents.columns.push_back(std::move(c));
  for (const AgentFigures& f : metrics.agents) {
    std::vector<Cell> row{Cell{f.name}};
    for (Cell& cell : metric_cells(f)) row.push_back(std::move(cell));
    agents.rows.push_back(std::move(row));
  }
  r.tables.push_back(std::move(agents));

  const ShopTotals& s = metrics.shop;
  Table shop = make_table("shop", "Shop", "全店");
  shop.columns = {
      {"orders", "orders", "订单数", kI},
      {"paid_orders", "paid orders", "付款订单数", kI},
      {"attributed_orders", "attributed orders", "落实订单数", kI},
      {"silent_orders", "silent orders", "静默订单数", kI},
      {"total_sales", "total sales", "总销售额", kM},
      {"attributed_sales", "attributed sales", "客服销售额", kM},
      {"silent_sales", "silent sales", "静默销售额", kM},
      {"silent_share", "silent share", "静默占比", kR},
      {"payers", "payers", "付款人数", kI},
      {"aov", "AOV", "客单价", kM},
  };
  shop.rows.push_back({num(s.orders), num(s.paid_orders), num(s.attributed_orders),
                       num(s.silent_orders), num(s.total_sales), num(s.attributed_sales),
                       num(s.silent_sales), opt(s.silent_share), num(s.payers),
                       aov_cell(s.attributed_sales, s.payers)});
  r.tables.push_back(std::move(shop));
  return r;
}

Report score_report(const std::vector<Scorecard>& cards, const std::vector<Consequence>& lines,
                    const ReportContext& context, bool detail, ItemShow show) {
  Report r;
  add_header(r, context);
  const bool figures = show == ItemShow::kFigures;
  // The item columns' labels are short; the title says what they hold, and
  // how to see the other.
  Table scores = figures ? make_table("scores", "Scores (item columns: the figures scored; --show points for points)",
                                      "考核得分（各项列为考核指标本身；--show points 显示得分）")
                         : make_table("scores", "Scores (item columns: points 0-100; --show figures for the figures)",
                                      "考核得分（各项列为得分，满分 100；--show figures 显示指标本身）");
  scores.columns.push_back(agent_column());
  for (Column& c : metric_columns()) {
    c.detail_only = c.key != "sales";  // the terminal shows sales next to the score
    scores.columns.push_back(std::move(c));
  }
  scores.columns.push_back({"score", "score", "得分", kN});
  scores.columns.push_back({"grade", "grade", "等级", CellType::kGrade});
  scores.columns.push_back({"rank", "rank", "排名", kI});
  // Items follow the first card (policy order).
  const std::vector<ItemPoints> no_items;
  const std::vector<ItemPoints>& items = cards.empty() ? no_items : cards.front().items;
  for (const ItemPoints& p : items) {
    Column c{std::string("pts_") + item_key(p.item), words::item_points(p.item, Lang::kEn),
             words::item_points(p.item, Lang::kZh), kN};
    c.detail_only = figures;
    scores.columns.push_back(std::move(c));
  }
  if (figures) {
    for (const ItemPoints& p : items) {
      Column c{std::string("fig_") + item_key(p.item), words::item_column(p.item, Lang::kEn),
               words::item_column(p.item, Lang::kZh), item_type(p.item)};
      c.people_only = true;
      scores.columns.push_back(std::move(c));
    }
  }
  // Last, so that SPEC 7's columns keep their places: the grade of the score
  // alone, before forced distribution (machines; people see the mark).
  Column score_grade{"score_grade", "grade by score", "得分等级", CellType::kGrade};
  score_grade.detail_only = true;
  scores.columns.push_back(std::move(score_grade));
  for (const Scorecard& card : cards) {
    std::vector<Cell> row{Cell{card.figures.name}};
    for (Cell& cell : metric_cells(card.figures)) row.push_back(std::move(cell));
    row.push_back(Cell{card.score});
    row.push_back(grade_cell(card.grade, card.grade != card.score_grade));
    row.push_back(card.ranked ? Cell{int64_t{card.rank}} : Cell{});
    // A card with fewer items than the first: n/a.
    std::vector<Cell> points(items.size()), scored(items.size());
    for (size_t i = 0; i < items.size() && i < card.items.size(); ++i) {
      points[i] = opt(card.items[i].points);
      scored[i] = opt(card.items[i].figure);
    }
    row.insert(row.end(), points.begin(), points.end());
    if (figures) row.insert(row.end(), scored.begin(), scored.end());
    row.push_back(grade_cell(card.score_grade));
    scores.rows.push_back(std::move(row));
  }
  r.tables.push_back(std::move(scores));

  if (detail)
    for (const Scorecard& card : cards) r.tables.push_back(scorecard(card, context));

  Table actions = make_table("actions", "Actions", "奖惩");
  actions.audience = Audience::kMachines;
  actions.columns = {agent_column(), text_column("rule", "rule", "规则"),
                     {"amount", "amount", "金额", kM}, text_column("action", "action", "措施"),
                     text_column("why", "why", "原因")};
  for (const Consequence& k : lines) {
    actions.rows.push_back({Cell{k.agent}, Cell{std::string(rule_key(k.rule))},
                            k.amount != 0 ? Cell{k.amount} : Cell{},
                            Cell{std::string(words::action(k.rule, context.lang))},
                            Cell{words::why(k, context.lang)}});
  }
  for (const Scorecard& card : cards)
    if (card.grade != card.score_grade) r.footer.push_back(words::moved_note(card, context.lang));
  for (std::string& line : consequence_lines(lines, context.lang)) r.footer.push_back(std::move(line));
  r.tables.push_back(std::move(actions));
  return r;
}

std::string format_local_time(Time t) {
  if (t == kNever) return {};
  // Floor division: times before 1970 are negative.
  int64_t days = t / 86400 - (t % 86400 < 0 ? 1 : 0);
  int64_t secs = t - days * 86400;
  int y;
  unsigned m, d;
  civil_from_days(days, &y, &m, &d);
  return fmt::format("{:04}-{:02}-{:02} {:02}:{:02}:{:02}", y, m, d, secs / 3600, secs / 60 % 60,
                     secs % 60);
}

Report check_report(const std::vector<FileAccount>& files, const Period& period,
                    const ReportContext& context) {
  Report r;
  add_header(r, context);
  if (r.header.front().second.empty()) r.header.front().second = period.label;
  Time first = kNever, last = kNever;
  Table t = make_table("files", "Input files", "输入文件");
  Column file = text_column("file", "file", "文件", true);
  file.keep_whole = true;
  t.columns = {{"kind", "kind", "类型", CellType::kInputKind},
               file,
               {"rows_read", "rows read", "读取行数", kI},
               {"used", "used", "使用", kI},
               {"outside_period", "outside period", "周期外", kI},
               {"duplicates", "duplicates", "重复", kI},
               {"rejected", "rejected", "拒绝", kI},
               text_column("first", "first", "最早"),
               text_column("last", "last", "最晚")};
  for (const FileAccount& a : files) {
    t.rows.push_back({Cell{a.kind}, Cell{a.file}, num(static_cast<int64_t>(a.rows_read)),
                      num(static_cast<int64_t>(a.used)), num(static_cast<int64_t>(a.outside_period)),
                      num(static_cast<int64_t>(a.duplicates)), num(static_cast<int64_t>(a.rejected)),
                      Cell{format_local_time(a.first)}, Cell{format_local_time(a.last)}});
    if (a.first != kNever && (first == kNever || a.first < first)) first = a.first;
    if (a.last != kNever && (last == kNever || a.last > last)) last = a.last;
  }
  r.header.emplace_back("data_spans", first == kNever ? std::string("\u2014")
                                                      : format_local_time(first) + " \u2013 " +
                                                            format_local_time(last));
  r.tables.push_back(std::move(t));
  return r;
}

Report awards_report(const AwardsResult& result, const ReportContext& context) {
  Report r;
  add_header(r, context);
  r.header.front().second = result.period;
  r.header.emplace_back("months", std::to_string(result.months_in_period));
  // Which saved months the means come from: "months: 12" alone reads as if a
  // whole year had been saved.
  std::string saved;
  for (const std::string& m : result.months_saved) saved += (saved.empty() ? "" : ", ") + m;
  r.header.emplace_back("saved", saved);
  Table t = make_table("awards", "Awards", "季度/年度评优");
  t.columns = {{"rank", "rank", "排名", kI},
               agent_column(),
               {"mean_score", "mean score", "平均得分", kN},
               {"months", "months", "月数", kI},
               text_column("award", "award", "奖项")};
  const bool zh = context.lang == Lang::kZh;
  for (const Award& a : result.ranking) {
    const std::string award = words::award(a.award, context.lang);
    t.rows.push_back({num(a.rank), Cell{a.agent}, Cell{a.mean_score}, num(a.months), Cell{award}});
  }
  // An empty table with no word of why looks like a bug; it is the presence
  // rule (usually: a year asked for before 8 of its months are saved).
  if (result.ranking.empty())
    r.footer.push_back(
        zh ? fmt::format("无人获奖：没有客服在本期 {} 个月中出现至少 {} 个月（已保存 {} 个月）",
                         result.months_in_period, result.months_needed, result.months_saved.size())
           : fmt::format("no awards: no agent is in at least {} of the period's {} months ({} saved)",
                         result.months_needed, result.months_in_period, result.months_saved.size()));
  r.tables.push_back(std::move(t));
  return r;
}

}  // namespace redhare
