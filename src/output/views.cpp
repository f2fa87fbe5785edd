#include "redhare/views.h"

#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "redhare/error.h"
#include "redhare/message_text.h"
#include "redhare/render.h"
#include "redhare/text_width.h"
#include "view_parts.h"
#include "words.h"

namespace redhare {


namespace {

using namespace view_parts;
using table_words::say;

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

// SPEC 7: `department` and `role` right after `agent`. The terminal shows
// the group as a heading (score) instead, so both are detail columns.
std::vector<Column> group_columns() {
  Column department = text_column("department", Label::kColDepartment, true);
  department.detail_only = true;
  Column role = text_column("role", Label::kColRole);
  role.detail_only = true;
  return {department, role};
}

// The department as written (the roster's text; for agents not on the
// roster the canonical `(not on roster)` whatever --lang, so that a script
// reading CSV or JSON matches one word) and the role's stable key. People
// read groups by their headings, in their language.
std::vector<Cell> group_cells(const GroupKey& g) {
  std::string department = g.off_roster ? std::string(kOffRosterDepartment) : g.department;
  return {Cell{std::move(department)}, Cell{std::string(role_key(g.role))}};
}

// The card's standing in words: "no activity", "probation, not ranked", ...
std::string status_text(const Scorecard& card, Lang lang) {
  const words::GroupWords& w = words::of(lang)->group;
  if (!card.active) return w.no_activity;
  std::string out;
  if (card.figures.status == StaffStatus::kProbation) out = w.probation;
  if (!card.ranked) out += (out.empty() ? "" : say<Label::kCardStatusSeparator>(lang)) + std::string(w.not_ranked);
  return out;
}

// "客服部 · 售前，5 人参与排名".
std::string group_heading(const GroupKey& g, int ranked, Lang lang) {
  if (g.off_roster) return words::group_name(g, lang);
  return fmt::format(fmt::runtime(words::of(lang)->group.heading), words::group_name(g, lang), ranked);
}

Table scorecard(const Scorecard& card, const ReportContext& c) {
  const Lang lang = c.lang;
  Table t = make_table("card");
  t.audience = Audience::kPeople;
  const bool moved = card.grade != card.score_grade;
  std::string grade = std::string(words::grade(card.grade, lang)) + (moved ? kMovedMark : "");
  std::string rank = card.ranked ? say<Label::kCardRank>(lang, card.rank)
                                 : say<Label::kCardNotRanked>(lang);
  std::string score = format_for_people(Cell{card.score}, CellType::kNumber, lang);
  if (!card.active) {
    t.title_en = say<Label::kCardTitleNoActivity>(Lang::kEn, card.figures.name, words::of(lang)->group.no_activity);
    t.title_zh = say<Label::kCardTitleNoActivity>(Lang::kZh, card.figures.name, words::of(lang)->group.no_activity);
  } else {
    t.title_en = say<Label::kCardTitle>(Lang::kEn, card.figures.name, score, grade, rank);
    t.title_zh = say<Label::kCardTitle>(Lang::kZh, card.figures.name, score, grade, rank);
  }
  t.columns = {text_column("field", Label::kColField), text_column("value", Label::kColValue)};
  auto row = [&](std::string label, std::string value) {
    t.rows.push_back({Cell{std::move(label)}, Cell{std::move(value)}});
  };
  // Where the agent stands (SPEC 8) and which item table scored them.
  row(say<Label::kCardGroup>(lang), group_heading(card.group, card.group_ranked, lang));
  const std::string status = status_text(card, lang);
  row(say<Label::kCardStatus>(lang), status.empty() ? say<Label::kCardRegular>(lang) : status);
  row(say<Label::kCardItemTable>(lang),
      card.group.role == Role::kAftersales ? say<Label::kCardAftersalesItems>(lang)
                                           : say<Label::kCardPresalesItems>(lang));
  std::vector<Cell> cells = metric_cells(card.figures);
  for (size_t i = 0; i < std::size(kMetrics); ++i)
    row(words::item_figure(kMetrics[i].id, lang), format_for_people(cells[i], kMetrics[i].type, lang));
  for (const ItemPoints& p : card.items) {
    std::string weight = format_for_people(Cell{p.weight}, CellType::kNumber, lang);
    std::string figure = format_for_people(opt(p.figure), item_type(p.item), lang);
    const std::string label = words::item_name(p.item, lang);
    if (p.points) {
      std::string points = format_for_people(Cell{*p.points}, CellType::kNumber, lang);
      row(label, say<Label::kCardItemPoints>(lang, points, figure, weight));
    } else {
      row(label, say<Label::kCardItemLeftOut>(lang, words::left_out(p.left_out, lang), weight));
    }
  }
  if (moved) row(words::moved_label(lang), words::moved_row(card, lang));
  row(say<Label::kCardWeightsPresent>(lang),
      format_for_people(Cell{card.weight_present}, CellType::kNumber, lang));
  row(say<Label::kCardSelfReview>(lang), format_for_people(opt(card.self_overall), CellType::kNumber, lang));
  row(say<Label::kCardManagerReview>(lang),
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
  // The machines' table: every agent, one row each, with department and
  // role (SPEC 7).
  Table agents = make_table("agents", Label::kAgentsTitle);
  agents.audience = Audience::kMachines;
  agents.columns.push_back(agent_column());
  for (Column& c : group_columns()) agents.columns.push_back(std::move(c));
  for (Column& c : metric_columns()) agents.columns.push_back(std::move(c));
  for (const AgentFigures& f : metrics.agents) {
    std::vector<Cell> row{Cell{f.name}};
    for (Cell& cell : group_cells(group_of(f))) row.push_back(std::move(cell));
    for (Cell& cell : metric_cells(f)) row.push_back(std::move(cell));
    agents.rows.push_back(std::move(row));
  }
  // People's tables: one block per ranking group headed by its name, in the
  // order the groups first appear, as score prints them (a team lead reads
  // their own team's figures together). Without a roster there is one group
  // and the block keeps the plain title. Nothing is ranked here, so the
  // heading is the group's name alone.
  std::vector<GroupKey> groups;
  for (const AgentFigures& f : metrics.agents)
    if (GroupKey g = group_of(f); std::find(groups.begin(), groups.end(), g) == groups.end()) groups.push_back(g);
  const bool single = groups.size() <= 1 && (groups.empty() || groups.front() == GroupKey{});
  std::vector<Table> blocks;
  for (const GroupKey& group : groups) {
    Table block = make_table("group", Label::kAgentsTitle);
    block.audience = Audience::kPeople;
    if (!single) {
      block.title_en = words::group_name(group, Lang::kEn);
      block.title_zh = words::group_name(group, Lang::kZh);
    }
    block.columns = agents.columns;
    for (size_t i = 0; i < metrics.agents.size(); ++i)
      if (group_of(metrics.agents[i]) == group) block.rows.push_back(agents.rows[i]);
    blocks.push_back(std::move(block));
  }
  if (groups.empty()) {  // no agent: the empty table still says what it would hold
    Table block = agents;
    block.key = "group";
    block.audience = Audience::kPeople;
    blocks.push_back(std::move(block));
  }
  r.tables.push_back(std::move(agents));
  for (Table& b : blocks) r.tables.push_back(std::move(b));

  const ShopTotals& s = metrics.shop;
  Table shop = make_table("shop", Label::kShopTitle);
  shop.columns = {
      column("orders", Label::kColOrders, kI),
      column("paid_orders", Label::kColPaidOrders, kI),
      column("attributed_orders", Label::kColAttributedOrders, kI),
      column("silent_orders", Label::kColSilentOrders, kI),
      column("total_sales", Label::kColTotalSales, kM),
      column("attributed_sales", Label::kColAttributedSales, kM),
      column("silent_sales", Label::kColSilentSales, kM),
      column("silent_share", Label::kColSilentShare, kR),
      column("payers", Label::kColPayers, kI),
      column("aov", Label::kColAov, kM),
  };
  shop.rows.push_back({num(s.orders), num(s.paid_orders), num(s.attributed_orders),
                       num(s.silent_orders), num(s.total_sales), num(s.attributed_sales),
                       num(s.silent_sales), opt(s.silent_share), num(s.payers),
                       aov_cell(s.attributed_sales, s.payers)});
  r.tables.push_back(std::move(shop));
  return r;
}

Report score_report(const std::vector<Scorecard>& cards, const std::vector<Consequence>& lines,
                    const ReportContext& context, bool detail, ItemShow show, int min_group) {
  Report r;
  add_header(r, context);
  const Lang lang = context.lang;
  const bool figures = show == ItemShow::kFigures;
  // The machines' table: every agent, one row each (SPEC 7). The item
  // columns' labels are short; the title says what they hold, and how to see
  // the other.
  Table scores = figures ? make_table("scores", Label::kScoresFiguresTitle)
                         : make_table("scores", Label::kScoresPointsTitle);
  scores.audience = Audience::kMachines;
  scores.columns.push_back(agent_column());
  for (Column& c : group_columns()) scores.columns.push_back(std::move(c));
  for (Column& c : metric_columns()) {
    c.detail_only = c.key != "sales";  // the terminal shows sales next to the score
    scores.columns.push_back(std::move(c));
  }
  scores.columns.push_back(column("score", Label::kColScore, kN));
  scores.columns.push_back(column("grade", Label::kColGrade, CellType::kGrade));
  scores.columns.push_back(column("rank", Label::kColRank, kI));
  Column group_ranked = column("group_ranked", Label::kColRankedInGroup, kI);
  group_ranked.detail_only = true;
  scores.columns.push_back(group_ranked);
  // Item columns: the presales table's items (policy order), then any item
  // only the aftersales table scores; each card fills the items it was
  // scored by, the others are n/a.
  std::vector<ItemId> items;
  for (const Scorecard& card : cards)
    for (const ItemPoints& p : card.items)
      if (std::find(items.begin(), items.end(), p.item) == items.end()) items.push_back(p.item);
  const size_t first_pts = scores.columns.size();
  for (ItemId id : items) {
    Column c{std::string("pts_") + item_key(id), words::item_points(id, Lang::kEn), words::item_points(id, Lang::kZh),
             kN};
    c.detail_only = figures;
    scores.columns.push_back(std::move(c));
  }
  const size_t first_fig = scores.columns.size();
  if (figures) {
    for (ItemId id : items) {
      Column c{std::string("fig_") + item_key(id), words::item_column(id, Lang::kEn),
               words::item_column(id, Lang::kZh), item_type(id)};
      c.people_only = true;
      scores.columns.push_back(std::move(c));
    }
  }
  // Last, so that SPEC 7's columns keep their places: the grade of the score
  // alone, before forced distribution (machines; people see the mark).
  Column score_grade = column("score_grade", Label::kColScoreGrade, CellType::kGrade);
  score_grade.detail_only = true;
  scores.columns.push_back(std::move(score_grade));
  for (const Scorecard& card : cards) {
    std::vector<Cell> row{Cell{card.figures.name}};
    for (Cell& cell : group_cells(card.group)) row.push_back(std::move(cell));
    for (Cell& cell : metric_cells(card.figures)) row.push_back(std::move(cell));
    // No activity: no score, grade or rank (SPEC 8).
    row.push_back(card.active ? Cell{card.score} : Cell{});
    row.push_back(card.active ? grade_cell(card.grade, card.grade != card.score_grade) : Cell{});
    row.push_back(card.ranked ? Cell{int64_t{card.rank}} : Cell{});
    row.push_back(Cell{int64_t{card.group_ranked}});
    row.resize(scores.columns.size());
    for (const ItemPoints& p : card.items) {
      const size_t k = std::find(items.begin(), items.end(), p.item) - items.begin();
      row[first_pts + k] = opt(p.points);
      if (figures) row[first_fig + k] = opt(p.figure);
    }
    row.back() = card.active ? grade_cell(card.score_grade) : Cell{};
    scores.rows.push_back(std::move(row));
  }

  // People's tables: one block per ranking group with its heading. Without a
  // roster there is one group and the block keeps the plain title.
  std::vector<std::pair<GroupKey, int>> groups;  // in card order, with ranked count
  for (const Scorecard& card : cards)
    if (groups.empty() || groups.back().first != card.group) groups.emplace_back(card.group, card.group_ranked);
  std::vector<std::pair<GroupKey, int>> line_groups = groups;  // lines of agents without a card too
  for (const Consequence& k : lines)
    if (std::none_of(line_groups.begin(), line_groups.end(), [&](const auto& g) { return g.first == k.group; }))
      line_groups.emplace_back(k.group, 0);  // no card: nothing to say of its size
  const bool single = groups.size() <= 1 && (groups.empty() || groups.front().first == GroupKey{});
  std::vector<Table> blocks;
  for (const auto& [group, ranked] : groups) {
    Table block = make_table("group");
    block.audience = Audience::kPeople;
    if (single) {
      block.title_en = scores.title_en;
      block.title_zh = scores.title_zh;
    } else {
      block.title_en = group_heading(group, ranked, Lang::kEn);
      block.title_zh = group_heading(group, ranked, Lang::kZh);
    }
    // The group's own item columns: an aftersales block shows no conversion.
    std::vector<size_t> keep;
    for (size_t c = 0; c < scores.columns.size(); ++c) {
      bool scored = c < first_pts || c + 1 == scores.columns.size();
      for (const Scorecard& card : cards)
        if (!scored && card.group == group)
          for (const ItemPoints& p : card.items) scored = scored || p.item == items[(c - first_pts) % items.size()];
      if (scored) keep.push_back(c);
    }
    for (size_t c : keep) block.columns.push_back(scores.columns[c]);
    for (size_t i = 0; i < cards.size(); ++i) {
      if (cards[i].group != group) continue;
      std::vector<Cell> row;
      for (size_t c : keep) row.push_back(scores.rows[i][c]);
      block.rows.push_back(std::move(row));
    }
    blocks.push_back(std::move(block));
  }
  r.tables.push_back(std::move(scores));
  for (Table& b : blocks) r.tables.push_back(std::move(b));

  if (detail)
    for (const Scorecard& card : cards) r.tables.push_back(scorecard(card, context));

  Table actions = make_table("actions", Label::kScoreActionsTitle);
  actions.audience = Audience::kMachines;
  actions.columns = {agent_column(), text_column("rule", Label::kColRule),
                     column("amount", Label::kColAmount, kM), text_column("action", Label::kColAction),
                     text_column("why", Label::kColWhy)};
  for (const Consequence& k : lines) {
    actions.rows.push_back({Cell{k.agent}, Cell{std::string(rule_key(k.rule))},
                            k.amount != 0 ? Cell{k.amount} : Cell{},
                            Cell{std::string(words::action(k.rule, lang))},
                            Cell{words::why(k, lang)}});
  }
  // The lines for people, per group: the group's heading (when there is more
  // than one group), why it has no rank-based lines when it has none, the
  // grades forced distribution moved, then its lines. Padding is shared so
  // the columns line up across groups.
  const std::vector<std::string> text = consequence_lines(lines, lang);
  const words::GroupWords& gw = words::of(lang)->group;
  for (const auto& [group, ranked] : line_groups) {
    std::vector<std::string> block;
    if (group.off_roster)
      block.push_back(gw.off_roster_note);
    else if (ranked > 0 && ranked < min_group)
      block.push_back(fmt::format(fmt::runtime(gw.too_small), ranked, min_group));
    // Agents with no score, and probation agents left out of the ranking:
    // said once each, so an empty rank or score is never a riddle.
    for (const Scorecard& card : cards) {
      if (card.group != group) continue;
      if (!card.active)
        block.push_back(fmt::format(fmt::runtime(gw.no_activity_note), card.figures.name));
      else if (card.figures.status == StaffStatus::kProbation && !card.ranked && !group.off_roster)
        block.push_back(fmt::format(fmt::runtime(gw.probation_note), card.figures.name));
    }
    for (const Scorecard& card : cards)
      if (card.group == group && card.active && card.grade != card.score_grade)
        block.push_back(words::moved_note(card, lang));
    for (size_t i = 0; i < lines.size(); ++i)
      if (lines[i].group == group) block.push_back(text[i]);
    if (block.empty()) continue;
    if (!single) {
      if (!r.footer.empty()) r.footer.push_back("");
      r.footer.push_back(group_heading(group, ranked, lang));
    }
    for (std::string& l : block) r.footer.push_back(std::move(l));
  }
  r.tables.push_back(std::move(actions));

  // The same notes for the html page, which draws each group's lines in its
  // own section: one row per group that has one, keyed like the scores rows.
  Table notes = make_table("group_notes");
  notes.audience = Audience::kCharts;
  notes.columns = {text_column("department", Label::kColDepartment, true), text_column("role", Label::kColRole),
                   text_column("note", Label::kColNote)};
  for (const auto& [group, ranked] : groups) {
    std::string note;
    if (group.off_roster)
      note = gw.off_roster_note;
    else if (ranked > 0 && ranked < min_group)
      note = fmt::format(fmt::runtime(gw.too_small), ranked, min_group);
    if (note.empty()) continue;
    std::vector<Cell> row = group_cells(group);
    row.push_back(Cell{std::move(note)});
    notes.rows.push_back(std::move(row));
  }
  if (!notes.rows.empty()) r.tables.push_back(std::move(notes));
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
  Table t = make_table("files", Label::kFilesTitle);
  Column file = text_column("file", Label::kColFile, true);
  file.keep_whole = true;
  t.columns = {column("kind", Label::kColKind, CellType::kInputKind),
               file,
               column("rows_read", Label::kColRowsRead, kI),
               column("used", Label::kColUsed, kI),
               column("outside_period", Label::kColOutsidePeriod, kI),
               column("duplicates", Label::kColDuplicates, kI),
               column("rejected", Label::kColRejected, kI),
               text_column("first", Label::kColFirst),
               text_column("last", Label::kColLast)};
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
  Table t = make_table("awards", Label::kAwardsTitle);
  t.columns = {column("rank", Label::kColRank, kI),
               agent_column(),
               column("mean_score", Label::kColMeanScore, kN),
               column("months", Label::kColMonths, kI),
               text_column("award", Label::kColAward)};
  for (const Award& a : result.ranking) {
    const std::string award = words::award(a.award, context.lang);
    t.rows.push_back({num(a.rank), Cell{a.agent}, Cell{a.mean_score}, num(a.months), Cell{award}});
  }
  const bool no_award = std::all_of(result.ranking.begin(), result.ranking.end(),
                                    [](const Award& a) { return a.award == AwardKind::kNone; });
  if (result.ranking.empty()) {
    // An empty table with no word of why looks like a bug; it is the presence
    // rule (usually: a year asked for before 8 of its months are saved).
    r.footer.push_back(say<Label::kAwardsNone>(context.lang, result.months_in_period, result.months_needed,
                                               result.months_saved.size()));
  } else if (no_award) {
    // Eligible agents but no award: the pass_mark rule (SPEC 8), which a mean
    // shown as 60.0 (59.99) does not make plain.
    const Msg why(MsgId::kAwardsBelowPassMark, {fmt::format("{:g}", result.pass_mark),
                                                fmt::format("{:.2f}", result.ranking.front().mean_score)});
    r.footer.push_back(render_message(why, context.lang));
  }
  r.tables.push_back(std::move(t));
  return r;
}

}  // namespace redhare
