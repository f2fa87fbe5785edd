// compute_metrics: SPEC 3-4 (and 9's ratings) in one pass over the customers: each
// customer's messages, grouped by a counting sort into a compact copy (a range
// of customers at a time), give its orders' attribution, then its
// conversations and after-sales. Per-agent state lives in vectors indexed by
// agent id (a month has ~150 agents). The customers are split in two halves
// summed on two threads: every figure is an integer sum until the end, so the
// halves add up to exactly what one pass gives.
#include "redhare/figures.h"

#include <algorithm>
#include <atomic>
#include <barrier>
#include <exception>
#include <optional>
#include <stdexcept>
#include <thread>

#include "redhare/attribution.h"
#include "redhare/conversations.h"
#include "redhare/trace.h"

namespace redhare {

namespace {

constexpr int64_t kDay = 86400;

// The customers are grouped a range at a time, shared by the two threads:
// each range costs one more sequential read of all the messages, so a fixed
// range size would make that read grow with the square of the month. A range
// holds a quarter of the month's grouped messages (at most 5 ranges, the
// copy 4 bytes per message against the messages' own 24), but at least
// kRangeEntries (16 bytes each: 16 MB), and always at least one customer.
// (For the 7M month, 2M entries in 3 ranges measured no faster than 1M in 5
// and held 15 MB more.)
constexpr uint64_t kRangeEntries = uint64_t{1} << 20;
constexpr uint64_t kRanges = 4;

// Below this many grouped messages one thread does all: a second thread
// would cost more than it saves.
constexpr uint64_t kParallelEntries = uint64_t{1} << 16;

// The scatter's threads take the messages this many at a time (1.5 MB of
// messages): few enough pieces that taking one costs nothing.
constexpr size_t kScatterPiece = size_t{1} << 16;

// n/a when the denominator is 0 (SPEC 4), never 0.
std::optional<double> ratio(double num, double den) {
  if (den == 0) return std::nullopt;
  return num / den;
}

// One agent's response times (answered turns), for the median, p90 and the
// slow count. An agent answers ~100k turns a month, nearly all within the
// hour: those are kept as 2-byte seconds, appended as the turns come, and
// counted per second in a table of fixed size (14 KB) only when a quantile
// is asked for. Appending writes where the agent's last answer went (150
// agents: 150 cache lines); a table incremented per turn took a cache miss
// per turn, the agents' tables (2 MB per thread) being larger than the
// core's cache. The rest are kept as values.
class ResponseTimes {
 public:
  void add(int64_t s) {
    if (s >= 0 && s < kTable) {
      small_.push_back(static_cast<uint16_t>(s));
    } else {
      rest_.push_back(s);
      rest_sorted_ = false;
    }
  }
  int64_t size() const { return static_cast<int64_t>(small_.size() + rest_.size()); }

  // Adds another thread's answers: the same counts whatever the split.
  void merge(ResponseTimes&& o) {
    if (small_.empty()) small_ = std::move(o.small_);
    else small_.insert(small_.end(), o.small_.begin(), o.small_.end());
    if (!o.rest_.empty()) {
      rest_.insert(rest_.end(), o.rest_.begin(), o.rest_.end());
      rest_sorted_ = false;
    }
  }

  // The k-th smallest, 0-based (k < size()). A negative time cannot happen
  // (answers follow their turn), but would sort first as it should.
  int64_t kth(int64_t k) {
    sort_rest();
    count_small();
    const int64_t below = count_if_rest([](int64_t v) { return v < 0; });
    if (k < below) return rest_[static_cast<size_t>(k)];
    k -= below;
    const int64_t in_table = static_cast<int64_t>(small_.size());
    if (k < in_table) {
      for (int64_t s = 0;; ++s) {
        k -= table_[static_cast<size_t>(s)];
        if (k < 0) return s;
      }
    }
    return rest_[static_cast<size_t>(below + k - in_table)];
  }

  // Values greater than `limit`.
  int64_t above(int64_t limit) {
    count_small();
    int64_t n = count_if_rest([limit](int64_t v) { return v > limit; });
    for (int64_t s = std::max<int64_t>(limit + 1, 0); s < kTable && !table_.empty(); ++s)
      n += table_[static_cast<size_t>(s)];
    return n;
  }

 private:
  static constexpr int64_t kTable = 3600;  // seconds counted one by one
  static_assert(kTable <= 65536, "table seconds must fit in 2 bytes");

  template <class F>
  int64_t count_if_rest(F f) const {
    return std::count_if(rest_.begin(), rest_.end(), f);
  }
  void sort_rest() {
    if (!rest_sorted_) std::sort(rest_.begin(), rest_.end());
    rest_sorted_ = true;
  }
  // The table of the appended seconds, once: no answer is added or merged
  // after the first quantile is asked for.
  void count_small() {
    if (!table_.empty() || small_.empty()) return;
    table_.assign(kTable, 0);
    for (uint16_t s : small_) ++table_[s];
  }

  std::vector<uint16_t> small_;  // answers within kTable seconds, in the order added
  std::vector<uint32_t> table_;  // table_[s]: answers in s seconds; empty until counted
  std::vector<int64_t> rest_;    // outside the table
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

// What the pass over the customers sums for one agent.
struct AgentSums {
  bool chatted = false;  // a message in the period
  int64_t msgs[3] = {};  // by MessageKind: customer, agent, auto-reply
  int64_t turns = 0;
  int64_t answered_turns = 0;
  ResponseTimes responses;
  int64_t response_sum = 0;
  int64_t sessions = 0;
  int64_t session_sum = 0;
  int64_t first_resp_sum = 0;
  int64_t first_resp_n = 0;
  int64_t consulted = 0;
  int64_t replied = 0;
  int64_t after_sales = 0;
  int64_t orderers_not_consulted = 0;  // inquirers by their order alone
  int64_t orders = 0;
  int64_t paid_orders = 0;
  int64_t orderers = 0;
  int64_t payers = 0;
  Fen sales = 0;
  Fen refunds = 0;

  void add(AgentSums&& o) {
    chatted = chatted || o.chatted;
    for (size_t k = 0; k < 3; ++k) msgs[k] += o.msgs[k];
    turns += o.turns;
    answered_turns += o.answered_turns;
    responses.merge(std::move(o.responses));
    response_sum += o.response_sum;
    sessions += o.sessions;
    session_sum += o.session_sum;
    first_resp_sum += o.first_resp_sum;
    first_resp_n += o.first_resp_n;
    consulted += o.consulted;
    replied += o.replied;
    after_sales += o.after_sales;
    orderers_not_consulted += o.orderers_not_consulted;
    orders += o.orders;
    paid_orders += o.paid_orders;
    orderers += o.orderers;
    payers += o.payers;
    sales += o.sales;
    refunds += o.refunds;
  }
};

// One thread's sums: per agent, and the shop's counts (ratios come later).
struct Sums {
  std::vector<AgentSums> agents;
  ShopTotals shop;

  void add(Sums&& o) {
    for (size_t i = 0; i < agents.size(); ++i) agents[i].add(std::move(o.agents[i]));
    shop.orders += o.shop.orders;
    shop.paid_orders += o.shop.paid_orders;
    shop.attributed_orders += o.shop.attributed_orders;
    shop.silent_orders += o.shop.silent_orders;
    shop.total_sales += o.shop.total_sales;
    shop.attributed_sales += o.shop.attributed_sales;
    shop.silent_sales += o.shop.silent_sales;
    shop.payers += o.shop.payers;
  }
};

// An agent that won an order of the customer at hand.
struct Orderer {
  Id agent;
  bool paid;       // one of the orders it won is paid
  bool consulted;  // the pair has a turn in the period
};

// Sums one customer at a time: its messages in the period, its orders'
// attribution, then its conversations, which need to know which agents won
// an order of this customer (they are not after-sales for it). Everything a
// customer needs is at hand: its grouped messages and its orders.
class CustomerPass : public ConversationVisitor {
 public:
  CustomerPass(const Dataset& data, const Period& period, const Policy& policy,
               const CustomerBuckets& orders, Trace* trace, Sums& sums)
      : data_(data),
        period_(period),
        policy_(policy),
        attribution_{policy.attribution_window_s, policy.attribution_first},
        rules_{WorkWindow{policy.work_start_s, policy.work_end_s}, policy.session_gap_s},
        after_sales_s_(int64_t{policy.after_sales_days} * kDay),
        orders_(orders),
        trace_(trace),
        sums_(sums),
        walker_(period, rules_, *this) {}

  void customer(Id c, const ChatEntry* begin, const ChatEntry* end) {
    // The messages in the period: after the consultations before it (none
    // after it are kept). Counted by kind without a branch on the kind,
    // which follows no pattern the CPU could predict.
    const ChatEntry* in =
        std::partition_point(begin, end, [this](const ChatEntry& m) { return m.time < period_.begin; });
    for (const ChatEntry* m = in; m != end; ++m) {
      AgentSums& a = sums_.agents[m->agent()];
      a.chatted = true;
      ++a.msgs[static_cast<size_t>(m->kind())];
    }
    customer_ = c;
    orderers_.clear();
    attribute_orders(begin, end);
    walker_.walk(c, begin, end);
    // Inquirers = (consulted - after-sales) ∪ orderers. A consulted orderer is
    // never after-sales, so the union adds only orderers who were not
    // consulted in the period (e.g. they asked the day before it began).
    for (const Orderer& o : orderers_)
      if (!o.consulted) ++sums_.agents[o.agent].orderers_not_consulted;
  }

  void on_turn(const TurnInfo& t) override {
    AgentSums& a = sums_.agents[t.agent];
    ++a.turns;
    if (t.answered()) {
      ++a.answered_turns;
      a.responses.add(t.response_s);
      a.response_sum += t.response_s;
    }
    if (trace_) trace_->on_turn(t);
  }

  void on_session(const SessionInfo& s) override {
    if (trace_) trace_->on_session(s);
    if (s.turns == 0) return;  // only sessions with a turn are 接待
    AgentSums& a = sums_.agents[s.agent];
    ++a.sessions;
    a.session_sum += s.working_s;
    if (s.first_response_s >= 0) {
      a.first_resp_sum += s.first_response_s;
      ++a.first_resp_n;
    }
  }

  void on_pair(const PairInfo& p) override {
    if (p.turns == 0) return;
    AgentSums& a = sums_.agents[p.agent];
    ++a.consulted;
    if (p.answered_turns > 0) ++a.replied;
    for (Orderer& o : orderers_) {
      if (o.agent == p.agent) {
        o.consulted = true;
        return;  // an orderer is an inquirer, never after-sales
      }
    }
    if (const Order* o = latest_paid_in(p.first_turn_start - after_sales_s_, p.first_turn_start)) {
      ++a.after_sales;
      if (trace_) trace_->on_after_sales(p.agent, p.customer, o->line);
    }
  }

 private:
  // SPEC 4: each order created in the period goes to the customer's last
  // (or first) consultation in the window, or is silent.
  void attribute_orders(const ChatEntry* begin, const ChatEntry* end) {
    bool paid_attributed = false;
    for (const uint32_t* k = orders_.begin(customer_); k != orders_.end(customer_); ++k) {
      const Order& o = data_.orders[*k];
      if (!period_.contains(o.created)) continue;  // a purchase before: after-sales only
      const Attribution who = attribute(begin, end, o.created, attribution_);
      if (trace_) {
        // Only `explain` pays for listing the competing agents.
        trace_->on_order(o, who, agents_in_window(begin, end, o.created, attribution_));
      }
      const Fen net = net_amount(o, policy_.net_refunds);
      ShopTotals& shop = sums_.shop;
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
      AgentSums& a = sums_.agents[who.agent];
      ++a.orders;
      Orderer& won = orderer(who.agent);
      if (o.is_paid()) {
        ++a.paid_orders;
        a.sales += net;
        a.refunds += o.refund;
        shop.attributed_sales += net;
        won.paid = true;
        paid_attributed = true;
      }
    }
    // Orderers and payers are distinct (agent, customer) pairs; the shop's
    // payers distinct customers.
    for (const Orderer& o : orderers_) {
      ++sums_.agents[o.agent].orderers;
      if (o.paid) ++sums_.agents[o.agent].payers;
    }
    if (paid_attributed) ++sums_.shop.payers;
  }

  // Linear find: a customer's orders go to a handful of agents.
  Orderer& orderer(Id agent) {
    for (Orderer& o : orderers_)
      if (o.agent == agent) return o;
    orderers_.push_back(Orderer{agent, false, false});
    return orderers_.back();
  }

  // The latest paid order of the customer created in [from, to] (any time,
  // before the period too), or nullptr. Its orders are by creation time,
  // then file order.
  const Order* latest_paid_in(Time from, Time to) const {
    const uint32_t* begin = orders_.begin(customer_);
    const uint32_t* k = std::partition_point(
        begin, orders_.end(customer_), [&](uint32_t i) { return data_.orders[i].created <= to; });
    while (k != begin) {
      const Order& o = data_.orders[*--k];
      if (o.is_paid()) return o.created >= from ? &o : nullptr;
    }
    return nullptr;
  }

  const Dataset& data_;
  const Period& period_;
  const Policy& policy_;
  const AttributionRules attribution_;
  const ConversationRules rules_;
  const int64_t after_sales_s_;
  const CustomerBuckets& orders_;  // per customer: by creation time, then file order
  Trace* trace_;
  Sums& sums_;
  ConversationWalker walker_;
  Id customer_ = 0;
  std::vector<Orderer> orderers_;  // of the customer at hand; reused
};

// Sums every customer into sums[0] (and sums[1] with two threads). The
// customers are taken a range at a time (chat_ranges): their messages are
// grouped, both threads scattering the messages into the shared range (one
// from the front, one from the back, from where the range's messages begin),
// then each thread sums half of the range's customers. A barrier separates
// the steps, so the copy stays one range whatever the month.
void sum_customers(const Dataset& data, const Period& period, const Policy& policy,
                   const std::vector<uint32_t>& counts, uint64_t total,
                   const CustomerBuckets& orders, bool two_threads, Trace* trace, Sums* sums) {
  const std::vector<Id> bounds =
      chat_ranges(counts, std::max(kRangeEntries, (total + kRanges - 1) / kRanges));
  CustomerChats chats;
  {
    // The largest range's size, once: the threads never reallocate the buffer.
    uint64_t most = 0;
    size_t most_customers = 0;
    for (size_t r = 0; r + 1 < bounds.size(); ++r) {
      uint64_t in_range = 0;
      for (Id c = bounds[r]; c < bounds[r + 1]; ++c) in_range += counts[c];
      most = std::max(most, in_range);
      most_customers = std::max<size_t>(most_customers, bounds[r + 1] - bounds[r]);
    }
    chats.entries.resize(most);
    chats.start.reserve(most_customers + 1);
  }
  const size_t n_messages = data.messages.size();
  // Where the messages of the range at hand and every later one begin (see
  // scatter_chats): its scatter reads from there.
  size_t range_from = 0, next_from = 0;
  std::atomic<size_t> pieces_taken{0};  // of the range at hand's scatter, by both threads
  const int threads = two_threads ? 2 : 1;
  std::barrier sync(threads);
  std::atomic<bool> stop{false};
  std::exception_ptr failed[2];

  const auto work = [&](int t) {
    // A step that throws stops both threads' work; they still meet at every
    // barrier, so neither waits forever.
    const auto step = [&](auto&& f) {
      if (!stop.load()) {
        try {
          f();
        } catch (...) {
          failed[t] = std::current_exception();
          stop = true;
        }
      }
      if (threads > 1) sync.arrive_and_wait();
    };
    std::optional<CustomerPass> pass;
    std::vector<uint32_t> cursor;
    step([&] { pass.emplace(data, period, policy, orders, t == 0 ? trace : nullptr, sums[t]); });
    for (size_t r = 0; r + 1 < bounds.size(); ++r) {
      const Id first = bounds[r], last = bounds[r + 1];
      if (t == 0) {
        step([&] {
          layout_chats(counts, first, last, chats);
          range_from = next_from;
          pieces_taken = 0;
        });
      } else {
        step([] {});
      }
      step([&] {
        // The messages from range_from on, in pieces: the first thread takes
        // them from the front, the second from the back, until they meet.
        // Where they meet follows the work: a range's messages crowd where
        // its customers first write, so a split in the middle left the
        // second thread waiting.
        const size_t pieces = (n_messages - range_from + kScatterPiece - 1) / kScatterPiece;
        const auto piece_end = [&](size_t k) {
          return std::min(n_messages, range_from + k * kScatterPiece);
        };
        start_scatter(chats, t == 1, cursor);
        size_t taken = 0;  // this thread's pieces so far
        size_t later = n_messages;
        bool found = false;
        while (pieces_taken.fetch_add(1) < pieces) {
          const size_t k = t == 0 ? taken : pieces - 1 - taken;
          const size_t from = piece_end(k), to = piece_end(k + 1);
          const size_t l = scatter_part(data.messages, from, to, period, t == 1, cursor, chats);
          if (!found && l < to) {
            later = l;
            found = true;
          }
          ++taken;
        }
        // No later customer in the front part: the next range begins after it.
        if (t == 0) next_from = found ? later : piece_end(taken);
      });
      step([&] {
        // The range's customers in two halves by messages.
        Id middle = last;
        if (threads > 1) {
          const uint64_t half = (chats.start[last - first]) / 2;
          middle = static_cast<Id>(
              first + (std::upper_bound(chats.start.begin(), chats.start.begin() + (last - first),
                                        half) -
                       chats.start.begin()));
        }
        const Id from = t == 0 ? first : middle, to = t == 0 ? middle : last;
        for (Id c = from; c < to; ++c) {
          // A customer's orders lie anywhere in the orders: the ones two
          // customers ahead are fetched while this one is summed.
          if (c + 2 < to)
            for (const uint32_t* k = orders.begin(c + 2); k != orders.end(c + 2); ++k)
              __builtin_prefetch(&data.orders[*k]);
          sort_chats(chats, c);
          pass->customer(c, chats.begin(c), chats.end(c));
        }
      });
    }
  };
  if (threads == 1) {
    work(0);
  } else {
    std::thread second(work, 1);
    work(0);
    second.join();
  }
  for (const std::exception_ptr& e : failed)
    if (e) std::rethrow_exception(e);
}

}  // namespace

Fen net_amount(const Order& o, bool net_refunds) {
  return net_refunds ? std::max<Fen>(0, o.amount - o.refund) : o.amount;
}

Metrics compute_metrics(const Dataset& data, const Period& period, const Policy& policy,
                        Trace* trace) {
  if (data.agents.size() > kMaxAgents) throw std::length_error("more than 2^30 agents");
  const Id n_customers = static_cast<Id>(data.customers.size());
  Metrics out;
  out.period = period;

  // Each customer's orders that matter: those created in the period (to
  // attribute) and every paid one (after-sales looks back before it).
  CustomerBuckets orders;
  const auto bucket_orders = [&] {
    orders = bucket_by_customer(
        data.orders, n_customers,
        [&period](const Order& o) { return o.is_paid() || period.contains(o.created); },
        [&data](uint32_t a, uint32_t b) {
          const Order& x = data.orders[a];
          const Order& y = data.orders[b];
          return x.created != y.created ? x.created < y.created : a < b;
        });
  };
  // The orders' buckets and the chats' counts are two passes over different
  // arrays, each alone on the run's path with the other core idle (about
  // 10 ms each on a 7M-message month): a big month has them run at once.
  std::vector<uint32_t> counts;
  if (data.messages.size() >= kParallelEntries) {
    std::exception_ptr failed;
    std::thread second([&] {
      try {
        bucket_orders();
      } catch (...) {
        failed = std::current_exception();
      }
    });
    try {
      counts = count_chats(data.messages, period, n_customers);
    } catch (...) {
      second.join();
      throw;
    }
    second.join();
    if (failed) std::rethrow_exception(failed);
  } else {
    bucket_orders();
    counts = count_chats(data.messages, period, n_customers);
  }

  // Two threads share the customers. `explain` traces on one: its hooks see
  // each pair's turns and sessions together.
  uint64_t total = 0;
  for (uint32_t n : counts) total += n;
  Sums sums[2];
  for (Sums& s : sums) s.agents.resize(data.agents.size());
  sum_customers(data, period, policy, counts, total, orders, !trace && total >= kParallelEntries,
                trace, sums);
  sums[0].add(std::move(sums[1]));

  ShopTotals& shop = out.shop;
  shop = sums[0].shop;
  shop.silent_share = ratio(shop.silent_sales, shop.total_sales);
  shop.aov = ratio(shop.attributed_sales / 100.0, shop.payers);

  // Who gets a row besides agents with a message or an order in the period:
  // a target, a rating, a review or a roster row names someone the shop
  // employs (SPEC 8 `no activity`).
  std::vector<bool> present(data.agents.size(), false);
  std::vector<Fen> target_sum(data.agents.size(), 0);
  std::vector<bool> has_target(data.agents.size(), false);
  // Several target rows of one agent add up (a plan split by product line or
  // by shop half); see docs.
  for (const Target& t : data.targets) {
    present[t.agent] = true;
    has_target[t.agent] = true;
    target_sum[t.agent] += t.target;
  }

  // Ratings (SPEC 9). An agent who only has ratings gets a row, as one who
  // only has a target does: a rated name is someone the shop employs.
  struct RatingCounts {
    int64_t ratings = 0, satisfied = 0, dissatisfied = 0;
  };
  std::vector<RatingCounts> rated(data.agents.size());
  for (const Rating& r : data.ratings) {
    if (r.superseded || !period.contains(r.time)) continue;
    present[r.agent] = true;
    RatingCounts& c = rated[r.agent];
    ++c.ratings;
    if (r.level >= 4) ++c.satisfied;
    if (r.level <= 2) ++c.dissatisfied;
  }

  // Reviews and the roster name people too (SPEC 8): a roster agent without
  // data, or a reviewed name that never chatted, gets a row (`no activity`).
  for (const Review& r : data.reviews)
    if (r.agent < present.size()) present[r.agent] = true;
  const bool has_roster = !data.roster_file.empty();
  std::vector<const RosterEntry*> roster_of(data.agents.size(), nullptr);
  for (const RosterEntry& e : data.roster)
    if (e.agent < present.size()) {
      present[e.agent] = true;
      roster_of[e.agent] = &e;
    }

  for (Id id = 0; id < data.agents.size(); ++id) {
    AgentSums& a = sums[0].agents[id];
    if (!present[id] && !a.chatted && a.orders == 0) continue;
    AgentFigures f;
    f.agent = id;
    f.name = std::string(data.agents.name(id));
    if (const RosterEntry* e = roster_of[id]) {
      f.department = std::string(data.departments.name(e->department));
      f.role = e->role;
      f.status = e->status;
    } else {
      f.on_roster = !has_roster;
    }
    f.active = a.chatted || a.orders > 0;
    f.consulted = a.consulted;
    f.replied = a.replied;
    f.unreplied = f.consulted - f.replied;
    f.reply_rate = ratio(f.replied, f.consulted);
    f.customer_msgs = a.msgs[static_cast<size_t>(MessageKind::kCustomer)];
    f.agent_msgs = a.msgs[static_cast<size_t>(MessageKind::kAgent)];
    f.auto_msgs = a.msgs[static_cast<size_t>(MessageKind::kAuto)];
    f.answer_ratio = ratio(f.agent_msgs, f.customer_msgs);
    f.turns = a.turns;
    f.answered_turns = a.answered_turns;
    f.resp_mean_s = ratio(a.response_sum, f.answered_turns);
    f.resp_median_s = median(a.responses);
    f.resp_p90_s = nearest_rank(a.responses, 90);
    f.first_resp_mean_s = ratio(a.first_resp_sum, a.first_resp_n);
    f.slow_responses = a.responses.above(policy.slow_response_s);
    f.sessions = a.sessions;
    f.session_mean_s = ratio(a.session_sum, f.sessions);
    f.orders = a.orders;
    f.paid_orders = a.paid_orders;
    f.orderers = a.orderers;
    f.payers = a.payers;
    f.sales = a.sales;
    f.refunds = a.refunds;
    f.inquirers = a.consulted - a.after_sales + a.orderers_not_consulted;
    f.conversion = ratio(f.orderers, f.inquirers);
    f.pay_conversion = ratio(f.payers, f.inquirers);
    f.order_success = ratio(f.payers, f.orderers);
    f.aov = ratio(f.sales / 100.0, f.payers);
    if (has_target[id]) {
      f.target = target_sum[id];
      f.completion = ratio(f.sales, target_sum[id]);
    }
    f.ratings = rated[id].ratings;
    f.satisfied = rated[id].satisfied;
    f.dissatisfied = rated[id].dissatisfied;
    f.satisfaction = ratio(f.satisfied, f.ratings);
    out.agents.push_back(std::move(f));
  }
  std::sort(out.agents.begin(), out.agents.end(),
            [](const AgentFigures& x, const AgentFigures& y) { return x.name < y.name; });
  return out;
}

}  // namespace redhare
