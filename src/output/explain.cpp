// `redhare explain` (issue 8): one agent's figures traced back to rows.
//
// The command runs trace_agent (traced_agent.h): compute_metrics with an
// AgentTrace that keeps only this agent's sessions, turns, orders and
// after-sales customers, then score_agents. This file only formats that: the
// tables are the rows; the footer is the arithmetic, in figures of the same
// run, so the two can be checked against each other. The narrative's words
// are phrases with arguments (explain_words.h), spelled in en/ and zh/.
#include "redhare/explain.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "redhare/error.h"
#include "redhare/figures.h"
#include "redhare/nearest.h"
#include "redhare/render.h"
#include "redhare/scoring.h"
#include "redhare/text_width.h"
#include "redhare/trace.h"
#include "explain_words.h"
#include "view_parts.h"
#include "words.h"

namespace redhare {
namespace {

using namespace view_parts;

using explain_words::Phrase;
using explain_words::say;

Cell time_cell(Time t) { return t == kNever ? Cell{} : Cell{format_local_time(t)}; }
Cell line_cell(uint32_t line) { return line == 0 ? Cell{} : Cell{int64_t{line}}; }
Cell count(int64_t n) { return Cell{n}; }

// Weights, points, shares: "30", "88.6".
std::string plain(double v) {
  return v == std::round(v) ? fmt::format("{:.0f}", v) : fmt::format("{:.1f}", v);
}

// A policy duration for people: "30 min", "45s".
std::string duration(int64_t s, Lang lang) {
  if (s % 60 == 0) return say<Phrase::kMinutes>(lang, s / 60);
  return say<Phrase::kSeconds>(lang, s);
}

Column int_column(const char* key, Label label) { return column(key, label, CellType::kInt); }
Column typed_column(const char* key, Label label, CellType type) { return column(key, label, type); }

// The agent's id, or an InputError naming the chats file and the agents the
// user probably meant: names containing what was typed (shop prefixes are
// long: 大白 for 红兔旗舰店:大白), else names one or two characters off, as a
// whole or after the shop prefix (大百, 红兔旗舰店:大百 for 红兔旗舰店:大白).
}  // namespace

Id find_agent(const Dataset& data, const std::string& agent) {
  Id id;
  if (data.agents.find(agent, &id)) return id;
  std::vector<std::string_view> close;
  for (Id a = 0; a < data.agents.size(); ++a)
    if (!agent.empty() && data.agents.name(a).find(agent) != std::string_view::npos)
      close.push_back(data.agents.name(a));
  if (close.empty()) {
    // The nearest names only (base's nearest_names, shared with the warning
    // for unmatched names): 大百 is one edit from 大白 but two from 小美; a
    // longer name may be a quarter of its characters off.
    std::vector<std::string_view> names;
    for (Id a = 0; a < data.agents.size(); ++a) names.push_back(data.agents.name(a));
    const size_t length = edit_distance(agent, {});  // in code points
    close = nearest_names(agent, names, std::max<size_t>(1, length / 4));
  }
  std::sort(close.begin(), close.end());
  Msg reason(MsgId::kNoAgent, {quote_value(agent)});
  if (!close.empty()) {
    std::string names;
    for (size_t i = 0; i < close.size() && i < 5; ++i) names += (i ? ", " : "") + quote_value(close[i]);
    reason = close.size() > 5 ? Msg(MsgId::kNoAgentDidYouMeanMore,
                                    {quote_value(agent), names, std::to_string(close.size() - 5)})
                              : Msg(MsgId::kNoAgentDidYouMean, {quote_value(agent), names});
  }
  throw InputError(Location{data.chats_file, 0, "agent"}, std::move(reason));
}

namespace {

// ---- tables -------------------------------------------------------------------

// Sessions and turns both go by start, then line (two at the same second
// keep the file's order), and both tables open with the session's number,
// the customer and the start: one place says so for both (T: SessionInfo,
// TurnInfo).
template <class T>
bool starts_before(const T& x, const T& y) {
  return x.start != y.start ? x.start < y.start : x.first_line < y.first_line;
}
std::vector<Column> session_columns() {
  return {int_column("session", Label::kColSession),
          text_column("customer", Label::kColCustomer, true),
          text_column("start", Label::kColStart)};
}
template <class T>
std::vector<Cell> session_cells(const Dataset& data, uint32_t session_number, const T& x) {
  return {count(session_number), Cell{std::string(data.customers.name(x.customer))}, time_cell(x.start)};
}

// Sessions by start, then line; returns each session's number (1-based) by
// its index in trace.sessions.
std::vector<uint32_t> session_numbers(const std::vector<SessionInfo>& sessions,
                                      std::vector<uint32_t>* by_time) {
  by_time->resize(sessions.size());
  std::iota(by_time->begin(), by_time->end(), 0u);
  std::sort(by_time->begin(), by_time->end(),
            [&](uint32_t a, uint32_t b) { return starts_before(sessions[a], sessions[b]); });
  std::vector<uint32_t> number(sessions.size());
  for (uint32_t pos = 0; pos < by_time->size(); ++pos) number[(*by_time)[pos]] = pos + 1;
  return number;
}

Table sessions_table(const Dataset& data, const std::vector<SessionInfo>& sessions,
                     const std::vector<uint32_t>& by_time) {
  // Also for machines: session lengths and first responses (session_mean_s,
  // first_resp_mean_s) are checked from these rows, not from the turns.
  Table t = make_table("sessions", Label::kSessionsTitle);
  t.columns = session_columns();
  t.columns.insert(t.columns.end(),
                   {text_column("end", Label::kColEnd),
                    int_column("first_line", Label::kColSessionFirstLine),
                    int_column("last_line", Label::kColSessionLastLine),
                    int_column("turns", Label::kColTurns),
                    int_column("answered_turns", Label::kColAnsweredTurns),
                    typed_column("first_response_s", Label::kColFirstResponse, CellType::kSeconds),
                    typed_column("working_s", Label::kColSessionLength, CellType::kSeconds)});
  for (uint32_t pos = 0; pos < by_time.size(); ++pos) {
    const SessionInfo& s = sessions[by_time[pos]];
    std::vector<Cell> row = session_cells(data, pos + 1, s);
    row.insert(row.end(), {time_cell(s.end), line_cell(s.first_line), line_cell(s.last_line),
                           count(s.turns), count(s.answered_turns),
                           s.first_response_s >= 0 ? Cell{double(s.first_response_s)} : Cell{},
                           Cell{double(s.working_s)}});
    t.rows.push_back(std::move(row));
  }
  return t;
}

std::string turn_result(const TurnInfo& t, const Policy& policy, Lang lang) {
  std::string why;
  switch (t.end) {
    case TurnEnd::kAnswered:
      why = t.response_s > policy.slow_response_s ? say<Phrase::kAnsweredSlow>(lang, policy.slow_response_s)
                                                  : say<Phrase::kAnswered>(lang);
      break;
    case TurnEnd::kSessionGap:
      why = say<Phrase::kNoReplyGap>(lang, duration(policy.session_gap_s, lang));
      break;
    case TurnEnd::kNoMoreMessages:
      why = say<Phrase::kNoReplyNoMore>(lang);
      break;
  }
  if (t.auto_replies > 0)
    why += say<Phrase::kAutoRepliesIgnored>(lang, t.auto_replies);
  return why;
}

// Turns by start, then line: the first machine table (`--section turns`).
Table turns_table(const Dataset& data, std::vector<TracedTurn>& turns,
                  const std::vector<uint32_t>& session_number, const Policy& policy, Lang lang) {
  std::sort(turns.begin(), turns.end(),
            [](const TracedTurn& a, const TracedTurn& b) { return starts_before(a.turn, b.turn); });
  Table t = make_table("turns", Label::kTurnsTitle);
  t.columns = session_columns();
  t.columns.insert(t.columns.end(),
                   {int_column("first_line", Label::kColTurnFirstLine),
                    int_column("customer_msgs", Label::kColCustomerMsgs),
                    int_column("answer_line", Label::kColAnswerLine),
                    typed_column("response_s", Label::kColResponse, CellType::kSeconds),
                    int_column("auto_replies", Label::kColAutoReplies),
                    text_column("result", Label::kColResult)});
  for (const TracedTurn& tt : turns) {
    const TurnInfo& x = tt.turn;
    std::vector<Cell> row = session_cells(data, session_number[tt.session], x);
    row.insert(row.end(), {line_cell(x.first_line), count(x.customer_msgs), line_cell(x.answer_line),
                           x.answered() ? Cell{double(x.response_s)} : Cell{}, count(x.auto_replies),
                           Cell{turn_result(x, policy, lang)}});
    t.rows.push_back(std::move(row));
  }
  return t;
}

void sort_orders(std::vector<TracedOrder>& orders) {
  std::sort(orders.begin(), orders.end(), [](const TracedOrder& a, const TracedOrder& b) {
    return a.order.created != b.order.created ? a.order.created < b.order.created
                                              : a.order.line < b.order.line;
  });
}

std::string agent_list(const Dataset& data, const std::vector<Id>& agents, Lang lang) {
  std::string out;
  for (Id a : agents) {
    if (!out.empty()) out += say<Phrase::kListSeparator>(lang);
    out += data.agents.name(a);
  }
  return out;
}

// The columns both order tables open with, and an order's cells for them.
std::vector<Column> order_columns() {
  return {text_column("order_id", Label::kColOrderId, true),
          int_column("line", Label::kColOrderLine),
          text_column("customer", Label::kColCustomer, true),
          text_column("created", Label::kColCreated),
          text_column("paid", Label::kColPaid),
          typed_column("amount", Label::kColOrderAmount, CellType::kMoney)};
}
std::vector<Cell> order_cells(const Dataset& data, const Order& o) {
  return {Cell{std::string(data.order_ids.name(o.order_id))}, line_cell(o.line),
          Cell{std::string(data.customers.name(o.customer))}, time_cell(o.created),
          time_cell(o.paid), Cell{o.amount}};
}

// Orders attributed to the agent by (created, line): `--section orders_won`
// (not "orders": a JSON report's member "orders" is the orders file).
Table orders_table(const Dataset& data, const std::vector<TracedOrder>& orders,
                   const Policy& policy, Lang lang) {
  Table t = make_table("orders_won", Label::kOrdersWonTitle);
  t.columns = order_columns();
  t.columns.insert(t.columns.end(),
                   {typed_column("refund", Label::kColRefund, CellType::kMoney),
                    typed_column("net", Label::kColNet, CellType::kMoney),
                    int_column("consultation_line", Label::kColWonByLine),
                    text_column("consultation_time", Label::kColConsultationTime),
                    text_column("beaten", Label::kColBeaten, true)});
  for (const TracedOrder& w : orders) {
    const Order& o = w.order;
    std::vector<Cell> row = order_cells(data, o);
    row.insert(row.end(), {Cell{o.refund},
                           o.is_paid() ? Cell{net_amount(o, policy.net_refunds)} : Cell{},
                           line_cell(w.won_by.consultation_line),
                           time_cell(w.won_by.consultation_time),
                           Cell{agent_list(data, w.beaten, lang)}});
    t.rows.push_back(std::move(row));
  }
  return t;
}

// Orders the agent was consulted about inside the window but that went to
// another agent's later (or, with attribution = first, earlier) consultation.
Table lost_orders_table(const Dataset& data, const std::vector<TracedOrder>& orders) {
  Table t = make_table("orders_lost", Label::kOrdersLostTitle);
  t.columns = order_columns();
  t.columns.insert(t.columns.end(),
                   {text_column("attributed_to", Label::kColAttributedTo, true),
                    int_column("consultation_line", Label::kColWonByLine),
                    text_column("consultation_time", Label::kColConsultationTime)});
  for (const TracedOrder& l : orders) {
    std::vector<Cell> row = order_cells(data, l.order);
    row.insert(row.end(), {Cell{std::string(data.agents.name(l.won_by.agent))},
                           line_cell(l.won_by.consultation_line),
                           time_cell(l.won_by.consultation_time)});
    t.rows.push_back(std::move(row));
  }
  return t;
}

// After-sales customers by their first turn, then name, each with the order
// that made them so (one pass over the orders finds those rows).
Table after_sales_table(const Dataset& data, std::vector<AfterSalesCustomer>& after_sales,
                        const std::vector<TracedTurn>& turns) {
  std::unordered_map<Id, Time> first_turn;
  for (const TracedTurn& tt : turns) {
    auto [it, added] = first_turn.try_emplace(tt.turn.customer, tt.turn.start);
    if (!added) it->second = std::min(it->second, tt.turn.start);
  }
  std::sort(after_sales.begin(), after_sales.end(),
            [&](const AfterSalesCustomer& a, const AfterSalesCustomer& b) {
              const Time ta = first_turn.at(a.customer), tb = first_turn.at(b.customer);
              return ta != tb ? ta < tb
                              : data.customers.name(a.customer) < data.customers.name(b.customer);
            });
  std::unordered_map<uint32_t, const Order*> by_line;
  for (const AfterSalesCustomer& a : after_sales) by_line.emplace(a.order_line, nullptr);
  if (!by_line.empty())
    for (const Order& o : data.orders)
      if (auto it = by_line.find(o.line); it != by_line.end()) it->second = &o;

  Table t = make_table("after_sales", Label::kAfterSalesTitle);
  t.columns = {text_column("customer", Label::kColCustomer, true),
               text_column("first_turn", Label::kColFirstTurn),
               text_column("order_id", Label::kColEarlierOrder, true),
               int_column("order_line", Label::kColEarlierOrderLine),
               text_column("created", Label::kColCreated),
               typed_column("amount", Label::kColOrderAmount, CellType::kMoney)};
  for (const AfterSalesCustomer& a : after_sales) {
    const Order* o = by_line[a.order_line];
    t.rows.push_back({Cell{std::string(data.customers.name(a.customer))},
                      time_cell(first_turn.at(a.customer)),
                      o ? Cell{std::string(data.order_ids.name(o->order_id))} : Cell{},
                      line_cell(a.order_line), o ? time_cell(o->created) : Cell{},
                      o ? Cell{o->amount} : Cell{}});
  }
  return t;
}

// ---- the arithmetic ------------------------------------------------------------

// Sums over the traced rows: the numbers each figure is computed from.
struct RowSums {
  int64_t answered = 0, gap = 0, no_more = 0, autos = 0;
  int64_t response_sum = 0;
  int64_t first_resp_sum = 0, first_resp_n = 0;
  int64_t sessions_with_turn = 0, sessions_without = 0, session_sum = 0;
  int64_t paid_orders = 0;
  int64_t orderers_not_consulted = 0;
};

RowSums sum_rows(const AgentTrace& trace) {
  RowSums s;
  std::unordered_set<Id> consulted;
  for (const TracedTurn& tt : trace.turns) {
    const TurnInfo& t = tt.turn;
    consulted.insert(t.customer);
    s.autos += t.auto_replies;
    switch (t.end) {
      case TurnEnd::kAnswered:
        ++s.answered;
        s.response_sum += t.response_s;
        break;
      case TurnEnd::kSessionGap: ++s.gap; break;
      case TurnEnd::kNoMoreMessages: ++s.no_more; break;
    }
  }
  for (const SessionInfo& x : trace.sessions) {
    if (x.turns == 0) {
      ++s.sessions_without;
      continue;
    }
    ++s.sessions_with_turn;
    s.session_sum += x.working_s;
    if (x.first_response_s >= 0) {
      s.first_resp_sum += x.first_response_s;
      ++s.first_resp_n;
    }
  }
  std::unordered_set<Id> outside;
  for (const TracedOrder& w : trace.won_orders) {
    s.paid_orders += w.order.is_paid();
    if (!consulted.count(w.order.customer)) outside.insert(w.order.customer);
  }
  s.orderers_not_consulted = static_cast<int64_t>(outside.size());
  return s;
}

// Which tier or ramp gave an item's points (ItemPoints records the tier met).
std::string rule_text(const ScoreItem& item, const ItemPoints& p, Lang lang) {
  const CellType type = item_type(p.item);
  switch (item.method) {
    case ScoreMethod::kDirect: return say<Phrase::kRuleDirect>(lang);
    case ScoreMethod::kLinear:
      return say<Phrase::kRuleLinear>(lang, format_for_people(Cell{item.zero_at}, type, lang),
                                      format_for_people(Cell{item.full_at}, type, lang));
    case ScoreMethod::kTiers: break;
  }
  if (p.tier == ItemPoints::kNoTier || p.tier >= static_cast<int>(item.tiers.size()))
    return say<Phrase::kRuleBelowTiers>(lang);
  return say<Phrase::kRuleTier>(lang, item.lower_is_better ? "≤" : "≥",
                                format_for_people(Cell{item.tiers[p.tier].threshold}, type, lang));
}

// " → tier ≥40.0% → 80 pts × 30" or " → left out: no target (weight 30)".
// `items` is the table that scored the agent (presales or aftersales).
std::string points_text(const ItemPoints& p, const std::vector<ScoreItem>& items, Lang lang) {
  if (!p.points)
    return say<Phrase::kItemLeftOut>(lang, words::left_out(p.left_out, lang), plain(p.weight));
  auto item = std::find_if(items.begin(), items.end(), [&](const ScoreItem& i) { return i.id == p.item; });
  std::string rule = item == items.end() ? std::string() : rule_text(*item, p, lang);
  return say<Phrase::kItemPoints>(lang, rule, plain(*p.points), plain(p.weight));
}

// Formats the numbers of one agent's lines in the report's language.
class Arithmetic {
 public:
  Arithmetic(const Scorecard& card, const Policy& policy, Lang lang)
      : card_(card), policy_(policy), lang_(lang) {}

  std::string people(const Cell& c, CellType type) const { return format_for_people(c, type, lang_); }
  std::string rate(const std::optional<double>& v) const { return people(opt(v), CellType::kRate); }
  std::string secs(const std::optional<double>& v) const { return people(opt(v), CellType::kSeconds); }
  std::string money(Fen fen) const { return people(Cell{fen}, CellType::kMoney); }

  // The points suffix of `item`, if the policy scores it; remembers that a
  // figure line carried it.
  std::string points(ItemId item) const {
    shown_[static_cast<int>(item)] = true;
    for (const ItemPoints& p : card_.items)
      if (p.item == item) return points_text(p, items_for(card_.group.role, policy_), lang_);
    return {};
  }
  bool shown(ItemId item) const { return shown_[static_cast<int>(item)]; }

 private:
  mutable std::array<bool, kItemCount> shown_{};
  const Scorecard& card_;
  const Policy& policy_;
  Lang lang_;
};

std::vector<std::string> arithmetic_lines(const Scorecard& card, const RowSums& s,
                                          const AgentTrace& trace, const Metrics& metrics,
                                          const Policy& policy, Lang lang) {
  const AgentFigures& f = card.figures;
  const Arithmetic a(card, policy, lang);
  std::vector<std::string> out;
  out.push_back(say<Phrase::kHeading>(lang, f.name));
  // Where the agent stands (SPEC 8) and which item table scored them.
  const std::string status = f.status == StaffStatus::kProbation ? say<Phrase::kStatusProbation>(lang)
                                                                  : say<Phrase::kStatusRegular>(lang);
  out.push_back(say<Phrase::kGroupLine>(lang, words::group_name(card.group, lang), card.group_ranked,
                                        words::role(card.group.role, lang), status,
                                        card.group.role == Role::kAftersales ? "aftersales.item.*" : "item.*"));
  out.push_back(say<Phrase::kTurnsLine>(lang, f.turns, s.answered, f.turns - s.answered, s.gap, s.no_more,
                                        s.autos));
  out.push_back(say<Phrase::kResponseLine>(lang, a.secs(f.resp_mean_s), s.response_sum, s.answered,
                                           a.secs(f.resp_median_s), a.secs(f.resp_p90_s),
                                           a.points(ItemId::kRespMean)));
  out.push_back(say<Phrase::kSlowLine>(lang, f.slow_responses, policy.slow_response_s));
  out.push_back(say<Phrase::kFirstResponseLine>(lang, a.secs(f.first_resp_mean_s), s.first_resp_sum,
                                                s.first_resp_n));
  out.push_back(say<Phrase::kSessionsLine>(lang, f.sessions, s.sessions_without, a.secs(f.session_mean_s),
                                           s.session_sum, s.sessions_with_turn));
  out.push_back(say<Phrase::kConsultedLine>(lang, f.consulted, f.replied, f.unreplied));
  out.push_back(say<Phrase::kReplyRateLine>(lang, a.rate(f.reply_rate), f.replied, f.consulted,
                                            a.points(ItemId::kReplyRate)));
  out.push_back(say<Phrase::kOrdersLine>(lang, f.orders, s.paid_orders, f.orderers, f.payers));
  out.push_back(policy.net_refunds
                    ? say<Phrase::kSalesNetLine>(lang, a.money(f.sales), f.paid_orders, a.money(f.refunds))
                    : say<Phrase::kSalesGrossLine>(lang, a.money(f.sales), f.paid_orders, a.money(f.refunds)));
  out.push_back(say<Phrase::kInquirersLine>(lang, f.inquirers, f.consulted, trace.after_sales.size(),
                                            s.orderers_not_consulted));
  out.push_back(say<Phrase::kConversionLine>(lang, a.rate(f.conversion), f.orderers, f.inquirers,
                                             a.points(ItemId::kConversion)));
  out.push_back(say<Phrase::kPayConversionLine>(lang, a.rate(f.pay_conversion), f.payers, f.inquirers));
  out.push_back(say<Phrase::kOrderSuccessLine>(lang, a.rate(f.order_success), f.payers, f.orderers,
                                               a.points(ItemId::kOrderSuccess)));
  // The aov item scores the ratio to the shop AOV, not the money.
  NaReason no_ratio;
  const std::optional<double> aov_ratio = item_figure(ItemId::kAov, f, metrics.shop, {}, &no_ratio);
  out.push_back(say<Phrase::kAovLine>(
      lang, a.people(aov_cell(f.sales, f.payers), CellType::kMoney), a.money(f.sales), f.payers,
      a.people(aov_cell(metrics.shop.attributed_sales, metrics.shop.payers), CellType::kMoney), a.rate(aov_ratio),
      a.points(ItemId::kAov)));
  out.push_back(f.target ? say<Phrase::kCompletionLine>(lang, a.rate(f.completion), a.money(f.sales),
                                                        a.money(*f.target), a.points(ItemId::kCompletion))
                         : say<Phrase::kCompletionNoTarget>(lang, a.points(ItemId::kCompletion)));
  // SPEC 9: the ratings table lists which rows counted. Shown when there are
  // ratings or the agent's table scores satisfaction.
  const bool scores_satisfaction = std::any_of(card.items.begin(), card.items.end(),
                                               [](const ItemPoints& p) { return p.item == ItemId::kSatisfaction; });
  if (f.ratings > 0 || scores_satisfaction)
    out.push_back(say<Phrase::kSatisfactionLine>(lang, a.rate(f.satisfaction), f.satisfied, f.ratings,
                                                 f.dissatisfied, a.points(ItemId::kSatisfaction)));

  // Items that no figure line above carries: reviews, and any item a policy adds.
  for (const ItemPoints& p : card.items) {
    if (a.shown(p.item)) continue;
    std::string line =
        std::string(words::item_figure(p.item, lang)) + " " + a.people(opt(p.figure), item_type(p.item));
    if (p.figure && item_info(p.item).unit == ItemUnit::kPoints) {
      line += say<Phrase::kReviewsFormula>(lang, plain(policy.review_manager), plain(policy.review_peer),
                                           plain(policy.review_self));
    }
    out.push_back(line + points_text(p, items_for(card.group.role, policy), lang));
  }

  if (!card.active) {
    out.push_back(say<Phrase::kNoActivity>(lang, words::of(lang)->group.no_activity));
    return out;
  }
  double sum = 0;
  for (const ItemPoints& p : card.items)
    if (p.points) sum += p.weight * *p.points;
  out.push_back(say<Phrase::kScoreLine>(lang, a.people(Cell{card.score}, CellType::kNumber), plain(sum),
                                        plain(card.weight_present)));
  const std::string grade = words::grade(card.grade, lang);
  std::string standing;
  if (card.ranked) {
    standing = say<Phrase::kRanked>(lang, card.rank, card.group_ranked);
  } else if (card.group.off_roster) {
    standing = say<Phrase::kNotRankedOffRoster>(lang);
  } else if (f.status == StaffStatus::kProbation && !policy.rank_probation) {
    standing = say<Phrase::kNotRankedProbation>(lang);
  } else if (card.group.role == Role::kAftersales) {
    standing = say<Phrase::kNotRankedFewConsulted>(lang, f.consulted, policy.aftersales_min_consulted);
  } else {
    standing = say<Phrase::kNotRankedFewInquirers>(lang, f.inquirers, policy.min_inquirers);
  }
  std::string line = say<Phrase::kGradeLine>(lang, grade, standing);
  if (card.grade != card.score_grade)
    line += say<Phrase::kGradeMovedDown>(lang, words::grade(card.score_grade, lang));
  out.push_back(std::move(line));
  return out;
}


// SPEC 9: the agent's ratings in the period, counted or superseded (only the
// last of one customer's ratings on one shop-local day counts), with their lines.
Table ratings_table(const Dataset& data, Id agent, const Period& period, Lang lang) {
  Table t = make_table("ratings", Label::kRatingsTitle);
  t.columns = {int_column("line", Label::kColRatingLine), text_column("time", Label::kColRatingTime),
               text_column("customer", Label::kColCustomer, true), int_column("rating", Label::kColRating),
               text_column("counted", Label::kColRatingCounted)};
  for (const Rating& r : data.ratings) {
    if (r.agent != agent || !period.contains(r.time)) continue;
    t.rows.push_back({line_cell(r.line), time_cell(r.time), Cell{std::string(data.rating_customers.name(r.customer))},
                      count(r.level),
                      Cell{r.superseded ? say<Phrase::kRatingSuperseded>(lang) : say<Phrase::kRatingCounted>(lang)}});
  }
  return t;
}

}  // namespace

Report explain_report(const Dataset& data, const Period& period, const Policy& policy,
                      const TracedAgent& traced, const std::string& agent, const ReportContext& context) {
  if (!traced.card)
    throw InputError(Location{data.chats_file, 0, "agent"},
                     Msg(MsgId::kAgentNotInPeriod, {quote_value(agent), period.label}));
  // The tables sort their rows; the traced run stays as computed.
  AgentTrace trace = traced.trace;
  const Lang lang = context.lang;
  Report r;
  add_header(r, context);
  r.header.emplace_back("agent", agent);
  std::vector<uint32_t> by_time;
  const std::vector<uint32_t> number = session_numbers(trace.sessions, &by_time);
  const RowSums sums = sum_rows(trace);
  r.tables.push_back(sessions_table(data, trace.sessions, by_time));
  r.tables.push_back(turns_table(data, trace.turns, number, policy, lang));
  sort_orders(trace.won_orders);
  sort_orders(trace.lost_orders);
  r.tables.push_back(orders_table(data, trace.won_orders, policy, lang));
  r.tables.push_back(lost_orders_table(data, trace.lost_orders));
  r.tables.push_back(after_sales_table(data, trace.after_sales, trace.turns));
  if (!data.ratings_file.empty()) r.tables.push_back(ratings_table(data, traced.card->figures.agent, period, lang));
  r.footer = arithmetic_lines(*traced.card, sums, trace, traced.metrics, policy, lang);
  return r;
}

}  // namespace redhare
