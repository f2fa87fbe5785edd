// compute_metrics: SPEC 3-4 (and 9's ratings) in one pass over the conversations and one over
// the orders. Per-agent state lives in vectors indexed by agent id (a month
// has ~150 agents); per-customer state in CSR arrays built by counting sort.
#include "redhare/figures.h"

#include <algorithm>

#include "redhare/attribution.h"
#include "redhare/conversations.h"
#include "redhare/trace.h"

namespace redhare {

namespace {

constexpr int64_t kDay = 86400;

uint64_t pair_key(Id agent, Id customer) {
  return (static_cast<uint64_t>(agent) << 32) | customer;
}
Id key_agent(uint64_t key) { return static_cast<Id>(key >> 32); }

// n/a when the denominator is 0 (SPEC 4), never 0.
std::optional<double> ratio(double num, double den) {
  if (den == 0) return std::nullopt;
  return num / den;
}

// One agent's response times (answered turns), for the median, p90 and the
// slow count. An agent answers ~100k turns a month, nearly all within the
// hour: those are counted per second in a table of fixed size, so the month
// costs 14 KB per agent instead of a growing vector of every value (14 MB for
// a 10M-message month, and reallocation churn). The rest are kept as values.
class ResponseTimes {
 public:
  void add(int64_t s) {
    if (s >= 0 && s < kTable) {
      if (table_.empty()) table_.assign(kTable, 0);
      ++table_[static_cast<size_t>(s)];
      ++in_table_;
    } else {
      rest_.push_back(s);
      rest_sorted_ = false;
    }
  }
  int64_t size() const { return in_table_ + static_cast<int64_t>(rest_.size()); }

  // The k-th smallest, 0-based (k < size()). A negative time cannot happen
  // (answers follow their turn), but would sort first as it should.
  int64_t kth(int64_t k) {
    sort_rest();
    const int64_t below = count_if_rest([](int64_t v) { return v < 0; });
    if (k < below) return rest_[static_cast<size_t>(k)];
    k -= below;
    if (k < in_table_) {
      for (int64_t s = 0;; ++s) {
        k -= table_[static_cast<size_t>(s)];
        if (k < 0) return s;
      }
    }
    return rest_[static_cast<size_t>(below + k - in_table_)];
  }

  // Values greater than `limit`.
  int64_t above(int64_t limit) const {
    int64_t n = count_if_rest([limit](int64_t v) { return v > limit; });
    for (int64_t s = std::max<int64_t>(limit + 1, 0); s < kTable && !table_.empty(); ++s)
      n += table_[static_cast<size_t>(s)];
    return n;
  }

 private:
  static constexpr int64_t kTable = 3600;  // seconds counted one by one

  template <class F>
  int64_t count_if_rest(F f) const {
    return std::count_if(rest_.begin(), rest_.end(), f);
  }
  void sort_rest() {
    if (!rest_sorted_) std::sort(rest_.begin(), rest_.end());
    rest_sorted_ = true;
  }

  std::vector<uint32_t> table_;  // table_[s]: answers in s seconds; empty until the first
  int64_t in_table_ = 0;
  std::vector<int64_t> rest_;  // outside the table
  bool rest_sorted_ = true;
};

// Median: the middle value, or the mean of the two middles for even n.
// nullopt when there are none.
std::optional<double> median(ResponseTimes& v) {
  const int64_t n = v.size();
  if (n == 0) return std::nullopt;
  const double upper = static_cast<double>(v.kth(n / 2));
  if (n % 2 == 1) return upper;
  return (static_cast<double>(v.kth(n / 2 - 1)) + upper) / 2;
}

// Nearest-rank percentile p/100: the ceil(p*n/100)-th smallest, with integer
// arithmetic so 0.9 * 10 is exactly 9.
std::optional<double> nearest_rank(ResponseTimes& v, int p) {
  const int64_t n = v.size();
  if (n == 0) return std::nullopt;
  const int64_t rank = (p * n + 99) / 100;  // 1-based
  return static_cast<double>(v.kth(rank - 1));
}

struct AgentAcc {
  // A message in the period, an attributed order, a target, a review, a
  // rating or a roster row.
  bool present = false;
  bool chatted = false;  // a message in the period
  AgentFigures f;
  ResponseTimes responses;
  int64_t response_sum = 0;
  int64_t first_resp_sum = 0;
  int64_t first_resp_n = 0;
  int64_t session_sum = 0;
  int64_t after_sales = 0;
  int64_t target_sum = 0;
  bool has_target = false;
};

// Paid orders of each customer by creation time (all orders in the file:
// purchases before the period make after-sales customers).
class PaidOrderIndex {
 public:
  PaidOrderIndex(const std::vector<Order>& orders, size_t customer_count)
      : orders_(orders),
        paid_(bucket_by_customer(
            orders, customer_count, [](const Order& o) { return o.is_paid(); },
            [&orders](uint32_t a, uint32_t b) {
              if (orders[a].created != orders[b].created) {
                return orders[a].created < orders[b].created;
              }
              return a < b;
            })) {}

  // The latest paid order of `customer` created in [from, to], or nullptr.
  const Order* latest_in(Id customer, Time from, Time to) const {
    if (customer >= paid_.customers()) return nullptr;
    const uint32_t* begin = paid_.begin(customer);
    const uint32_t* past = std::partition_point(
        begin, paid_.end(customer), [&](uint32_t i) { return orders_[i].created <= to; });
    if (past == begin) return nullptr;
    const Order& o = orders_[*(past - 1)];
    return o.created >= from ? &o : nullptr;
  }

 private:
  const std::vector<Order>& orders_;
  CustomerBuckets paid_;  // per customer: by creation time, then input order
};

// Sums the rebuilt conversations into the per-agent figures and decides
// after-sales per consulted pair (it needs the pair's first turn).
class FiguresVisitor : public ConversationVisitor {
 public:
  FiguresVisitor(std::vector<AgentAcc>& acc, const std::vector<uint64_t>& attributed_pairs,
                 const PaidOrderIndex& paid, int64_t after_sales_s, Trace* trace)
      : attributed_consulted(attributed_pairs.size(), false),
        acc_(acc),
        attributed_pairs_(attributed_pairs),
        paid_(paid),
        after_sales_s_(after_sales_s),
        trace_(trace) {}

  void on_turn(const TurnInfo& t) override {
    AgentAcc& a = acc_[t.agent];
    ++a.f.turns;
    if (t.answered()) {
      ++a.f.answered_turns;
      a.responses.add(t.response_s);
      a.response_sum += t.response_s;
    }
    if (trace_) trace_->on_turn(t);
  }

  void on_session(const SessionInfo& s) override {
    if (trace_) trace_->on_session(s);
    if (s.turns == 0) return;  // only sessions with a turn are 接待
    AgentAcc& a = acc_[s.agent];
    ++a.f.sessions;
    a.session_sum += s.working_s;
    if (s.first_response_s >= 0) {
      a.first_resp_sum += s.first_response_s;
      ++a.first_resp_n;
    }
  }

  void on_pair(const PairInfo& p) override {
    if (p.turns == 0) return;
    AgentAcc& a = acc_[p.agent];
    ++a.f.consulted;
    if (p.answered_turns > 0) ++a.f.replied;
    const uint64_t key = pair_key(p.agent, p.customer);
    const auto hit = std::lower_bound(attributed_pairs_.begin(), attributed_pairs_.end(), key);
    if (hit != attributed_pairs_.end() && *hit == key) {
      attributed_consulted[static_cast<size_t>(hit - attributed_pairs_.begin())] = true;
      return;
    }
    if (const Order* o = paid_.latest_in(p.customer, p.first_turn_start - after_sales_s_,
                                         p.first_turn_start)) {
      ++a.after_sales;
      if (trace_) trace_->on_after_sales(p.agent, p.customer, o->line);
    }
  }

  // Per attributed pair: consulted (a turn) in the period. A flag per
  // attributed pair, not a list of all ~1M consulted pairs to sort.
  std::vector<bool> attributed_consulted;

 private:
  std::vector<AgentAcc>& acc_;
  const std::vector<uint64_t>& attributed_pairs_;
  const PaidOrderIndex& paid_;
  int64_t after_sales_s_;
  Trace* trace_;
};

// Distinct customers per agent over sorted, deduplicated pair keys.
void count_distinct(const std::vector<uint64_t>& keys, std::vector<AgentAcc>& acc,
                    int64_t AgentFigures::*field) {
  for (uint64_t k : keys) ++(acc[key_agent(k)].f.*field);
}

void sort_unique(std::vector<uint64_t>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

}  // namespace

Fen net_amount(const Order& o, bool net_refunds) {
  return net_refunds ? std::max<Fen>(0, o.amount - o.refund) : o.amount;
}

Metrics compute_metrics(const Dataset& data, const Period& period, const Policy& policy,
                        Trace* trace) {
  const size_t n_customers = data.customers.size();
  std::vector<AgentAcc> acc(data.agents.size());
  Metrics out;
  out.period = period;
  ShopTotals& shop = out.shop;

  for (const Message& m : data.messages) {
    if (!period.contains(m.time)) continue;
    AgentAcc& a = acc[m.agent];
    a.present = a.chatted = true;
    switch (m.kind) {
      case MessageKind::kCustomer: ++a.f.customer_msgs; break;
      case MessageKind::kAgent: ++a.f.agent_msgs; break;
      case MessageKind::kAuto: ++a.f.auto_msgs; break;
    }
  }

  // --- Orders (SPEC 4): attribution, sales, shop totals.
  const AttributionRules attribution{policy.attribution_window_s, policy.attribution_first};
  std::vector<uint64_t> orderer_pairs;
  std::vector<uint64_t> payer_pairs;
  std::vector<Id> shop_payers;
  {
    // Scoped: its ~25 MB (10M-message month) are gone before the conversations'
    // own index is built.
    const ConsultationIndex consultations(data.messages, n_customers);
    for (const Order& o : data.orders) {
      if (!period.contains(o.created)) continue;
      const Attribution who = consultations.attribute(o.customer, o.created, attribution);
      if (trace) {
        // Only `explain` pays for listing the competing agents.
        trace->on_order(o, who, consultations.agents_in_window(o.customer, o.created, attribution));
      }
      const Fen net = net_amount(o, policy.net_refunds);
      ++shop.orders;
      if (o.is_paid()) {
        ++shop.paid_orders;
        shop.total_sales += net;
      }
      if (who.silent()) {
        ++shop.silent_orders;
        if (o.is_paid()) shop.silent_sales += net;
        continue;
      }
      ++shop.attributed_orders;
      AgentAcc& a = acc[who.agent];
      a.present = true;
      ++a.f.orders;
      orderer_pairs.push_back(pair_key(who.agent, o.customer));
      if (o.is_paid()) {
        ++a.f.paid_orders;
        a.f.sales += net;
        a.f.refunds += o.refund;
        shop.attributed_sales += net;
        payer_pairs.push_back(pair_key(who.agent, o.customer));
        shop_payers.push_back(o.customer);
      }
    }
  }
  sort_unique(orderer_pairs);
  sort_unique(payer_pairs);
  count_distinct(orderer_pairs, acc, &AgentFigures::orderers);
  count_distinct(payer_pairs, acc, &AgentFigures::payers);
  std::sort(shop_payers.begin(), shop_payers.end());
  shop.payers = std::unique(shop_payers.begin(), shop_payers.end()) - shop_payers.begin();
  shop.silent_share = ratio(shop.silent_sales, shop.total_sales);
  shop.aov = ratio(shop.attributed_sales / 100.0, shop.payers);

  // --- Conversations (SPEC 3) and after-sales.
  const PaidOrderIndex paid(data.orders, n_customers);
  FiguresVisitor visitor(acc, orderer_pairs, paid, int64_t{policy.after_sales_days} * kDay,
                         trace);
  const ConversationRules rules{WorkWindow{policy.work_start_s, policy.work_end_s},
                                policy.session_gap_s};
  rebuild_conversations(data.messages, period, rules, n_customers, visitor);

  // Inquirers = (consulted - after-sales) ∪ orderers. A consulted orderer is
  // never after-sales, so the union adds only orderers who were not consulted
  // in the period (e.g. they asked the day before it began).
  for (size_t i = 0; i < orderer_pairs.size(); ++i) {
    if (!visitor.attributed_consulted[i]) ++acc[key_agent(orderer_pairs[i])].f.inquirers;
  }

  // Several target rows of one agent add up (a plan split by product line or
  // by shop half); see docs.
  for (const Target& t : data.targets) {
    AgentAcc& a = acc[t.agent];
    a.present = true;
    a.has_target = true;
    a.target_sum += t.target;
  }

  // Ratings (SPEC 9). An agent who only has ratings gets a row, as one who
  // only has a target does: a rated name is someone the shop employs.
  for (const Rating& r : data.ratings) {
    if (r.superseded || !period.contains(r.time)) continue;
    AgentAcc& a = acc[r.agent];
    a.present = true;
    ++a.f.ratings;
    if (r.level >= 4) ++a.f.satisfied;
    if (r.level <= 2) ++a.f.dissatisfied;
  }

  // Reviews and the roster name people too (SPEC 8): a roster agent without
  // data, or a reviewed name that never chatted, gets a row (`no activity`).
  for (const Review& r : data.reviews)
    if (r.agent < acc.size()) acc[r.agent].present = true;
  const bool has_roster = !data.roster_file.empty();
  std::vector<const RosterEntry*> roster_of(acc.size(), nullptr);
  for (const RosterEntry& e : data.roster)
    if (e.agent < acc.size()) {
      acc[e.agent].present = true;
      roster_of[e.agent] = &e;
    }

  for (Id id = 0; id < acc.size(); ++id) {
    AgentAcc& a = acc[id];
    if (!a.present) continue;
    AgentFigures& f = a.f;
    f.agent = id;
    f.name = std::string(data.agents.name(id));
    if (const RosterEntry* e = roster_of[id]) {
      f.department = std::string(data.departments.name(e->department));
      f.role = e->role;
      f.status = e->status;
    } else {
      f.on_roster = !has_roster;
    }
    f.active = a.chatted || f.orders > 0;
    f.unreplied = f.consulted - f.replied;
    f.reply_rate = ratio(f.replied, f.consulted);
    f.answer_ratio = ratio(f.agent_msgs, f.customer_msgs);
    f.resp_mean_s = ratio(a.response_sum, f.answered_turns);
    f.resp_median_s = median(a.responses);
    f.resp_p90_s = nearest_rank(a.responses, 90);
    f.first_resp_mean_s = ratio(a.first_resp_sum, a.first_resp_n);
    f.slow_responses = a.responses.above(policy.slow_response_s);
    f.session_mean_s = ratio(a.session_sum, f.sessions);
    f.inquirers += f.consulted - a.after_sales;
    f.conversion = ratio(f.orderers, f.inquirers);
    f.pay_conversion = ratio(f.payers, f.inquirers);
    f.order_success = ratio(f.payers, f.orderers);
    f.aov = ratio(f.sales / 100.0, f.payers);
    if (a.has_target) {
      f.target = a.target_sum;
      f.completion = ratio(f.sales, a.target_sum);
    }
    f.satisfaction = ratio(f.satisfied, f.ratings);
    out.agents.push_back(std::move(f));
  }
  std::sort(out.agents.begin(), out.agents.end(),
            [](const AgentFigures& x, const AgentFigures& y) { return x.name < y.name; });
  return out;
}

}  // namespace redhare
