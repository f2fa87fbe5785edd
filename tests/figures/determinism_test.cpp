// Determinism and scale: the same export in another row order gives the same
// Metrics, and one customer with 100k messages stays linear.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <random>

#include <fmt/format.h>

#include "figures/dataset_builder.h"
#include "redhare/conversations.h"
#include "redhare/trace.h"

using namespace redhare;
using namespace redhare::testing;

namespace {

std::string opt(const std::optional<double>& v) {
  return v ? fmt::format("{:.9g}", *v) : "n/a";
}

// Every figure, so two Metrics compare as text.
std::string dump(const Metrics& m) {
  std::string s;
  for (const AgentFigures& f : m.agents) {
    s += fmt::format(
        "{} {} {} {} {} {} {} {} {} {} {} {} {} {} {} {} {} {}\n", f.name, f.consulted,
        f.replied, f.unreplied, opt(f.reply_rate), f.customer_msgs, f.agent_msgs, f.auto_msgs,
        opt(f.answer_ratio), f.turns, f.answered_turns, opt(f.resp_mean_s),
        opt(f.resp_median_s), opt(f.resp_p90_s), opt(f.first_resp_mean_s), f.slow_responses,
        f.sessions, opt(f.session_mean_s));
    s += fmt::format("  {} {} {} {} {} {} {} {} {} {} {} {} {}\n", f.inquirers, f.orderers,
                     f.payers, f.orders, f.paid_orders, f.sales, f.refunds, opt(f.conversion),
                     opt(f.pay_conversion), opt(f.order_success), opt(f.aov),
                     f.target ? *f.target : -1, opt(f.completion));
  }
  const ShopTotals& t = m.shop;
  s += fmt::format("shop {} {} {} {} {} {} {} {} {} {}\n", t.orders, t.paid_orders,
                   t.attributed_orders, t.silent_orders, t.total_sales, t.attributed_sales,
                   t.silent_sales, opt(t.silent_share), t.payers, opt(t.aov));
  return s;
}

// A month of random traffic in time order, times on whole minutes so that
// equal timestamps (same pair and across agents) are frequent.
Builder random_month(uint32_t seed) {
  std::mt19937 rng(seed);
  Builder b;
  const char* agents[] = {"amy", "bob", "cat", "dan"};
  std::vector<std::pair<Time, int>> rows;  // time, draw
  for (int i = 0; i < 3000; ++i) {
    // Sep 29 00:00 + up to 12 days, on whole minutes.
    const Time t = at(1, 0, 0) - 2 * 86400 + Time(rng() % (12 * 1440)) * 60;
    rows.push_back({t, int(rng() % 1000000)});
  }
  std::stable_sort(rows.begin(), rows.end(),
                   [](const auto& x, const auto& y) { return x.first < y.first; });
  for (const auto& [t, r] : rows) {
    const MessageKind kind = r % 10 < 5 ? C : (r % 10 < 9 ? A : AUTO);
    b.msg(agents[(r / 10) % 4], "c" + std::to_string((r / 40) % 60), t, kind);
  }
  for (int i = 0; i < 200; ++i) {
    const Time created = at(1, 0, 0) - 86400 + Time(rng() % (11 * 1440)) * 60;
    const bool paid = rng() % 4 != 0;
    b.order("c" + std::to_string(rng() % 70), created, paid ? created + 60 : kNever,
            Fen(rng() % 50000), rng() % 5 == 0 ? Fen(rng() % 20000) : 0);
  }
  b.target("amy", 500000).target("dan", 250000);
  return b;
}

// The same rows shuffled, except that rows with equal times keep their
// relative order (SPEC: ties fall back to file order, so that order is data).
void shuffle_keeping_ties(std::vector<Message>& v, std::mt19937& rng) {
  std::vector<Message> shuffled = v;
  std::shuffle(shuffled.begin(), shuffled.end(), rng);
  std::map<Time, std::vector<size_t>> slots;  // time -> positions it got
  for (size_t i = 0; i < shuffled.size(); ++i) slots[shuffled[i].time].push_back(i);
  std::map<Time, size_t> next;
  for (const Message& m : v) shuffled[slots[m.time][next[m.time]++]] = m;
  v = std::move(shuffled);
}

}  // namespace

TEST_CASE("the same export sorted by time or shuffled gives identical Metrics") {
  for (uint32_t seed : {1u, 2u, 3u}) {
    CAPTURE(seed);
    Builder sorted = random_month(seed);
    Builder shuffled = random_month(seed);
    std::mt19937 rng(seed * 7919);
    shuffle_keeping_ties(shuffled.d.messages, rng);
    std::shuffle(shuffled.d.orders.begin(), shuffled.d.orders.end(), rng);
    REQUIRE(!std::equal(sorted.d.messages.begin(), sorted.d.messages.end(),
                        shuffled.d.messages.begin(), [](const Message& x, const Message& y) {
                          return x.line == y.line;
                        }));
    for (bool first : {false, true}) {
      Policy p;
      p.attribution_first = first;
      const std::string a = dump(compute_metrics(sorted.d, october(), p));
      const std::string b = dump(compute_metrics(shuffled.d, october(), p));
      CHECK(a == b);
      // Not vacuous: the month has conversations and attributed orders.
      CHECK(a.find("shop 0 ") == std::string::npos);
    }
  }
}

TEST_CASE("two threads and one give identical Metrics over several grouping ranges") {
  // 1.2M messages of 60k customers: more than one grouping range (1M
  // messages) and over the two-thread threshold. A Trace makes compute_metrics
  // run on one thread; without it the customers are split over two.
  std::mt19937 rng(11);
  Builder b;
  const char* agents[] = {"amy", "bob", "cat", "dan", "eve"};
  std::vector<std::string> names;
  for (int c = 0; c < 60000; ++c) names.push_back("c" + std::to_string(c));
  b.d.messages.reserve(1200000);
  Time t = at(1, 0, 0) - 2 * 86400;
  for (int i = 0; i < 1200000; ++i) {
    t += rng() % 3;  // equal times are frequent
    const uint32_t r = rng();
    const MessageKind kind = r % 10 < 5 ? C : (r % 10 < 9 ? A : AUTO);
    b.msg(agents[(r >> 8) % 5], names[(r >> 12) % 60000], t, kind);
  }
  // Some neighbours swapped, as in an export (never two of equal times: their
  // order is the file's).
  for (size_t i = 0; i + 1 < b.d.messages.size(); i += 97)
    if (b.d.messages[i].time != b.d.messages[i + 1].time)
      std::swap(b.d.messages[i], b.d.messages[i + 1]);
  for (int i = 0; i < 20000; ++i) {
    const Time created = at(1, 0, 0) - 86400 + Time(rng() % (30 * 86400));
    const bool paid = rng() % 4 != 0;
    b.order(names[rng() % 60000], created, paid ? created + 60 : kNever, Fen(rng() % 50000));
  }
  // Buyers who never chat: silent orders of customers with no messages, the
  // last ids, so in the last range.
  for (int i = 0; i < 500; ++i)
    b.order("quiet" + std::to_string(i % 200), at(3 + i % 20, 12, 0), at(3 + i % 20, 12, 5),
            Fen(1000 + i));
  REQUIRE(count_chats(b.d.messages, october(), b.d.customers.size()).size() == 60200);
  for (bool first : {false, true}) {
    Policy p;
    p.attribution_first = first;
    Trace one_thread;
    const std::string a = dump(compute_metrics(b.d, october(), p, &one_thread));
    const std::string c = dump(compute_metrics(b.d, october(), p));
    CHECK(a == c);
    CHECK(a.find("shop 0 ") == std::string::npos);
    const Metrics m = compute_metrics(b.d, october(), p);
    CHECK(m.shop.silent_orders >= 500);
  }
}

TEST_CASE("customers who first write in time order: the figures of the same rows in reverse") {
  // Customer ids follow first appearance, as in a time-ordered export, so
  // each later grouping range's scatter starts late in the messages; in
  // reverse memory order no range can start late. 2.2M messages: three
  // ranges. A fifth of the customers come back days later, into every later
  // range's stretch of the messages.
  std::mt19937 rng(5);
  Builder b;
  const char* agents[] = {"amy", "bob", "cat", "dan", "eve"};
  struct Row {
    Time t;
    uint32_t customer;
    uint32_t r;
  };
  std::vector<Row> rows;
  const uint32_t kCustomers = 110000;
  for (uint32_t c = 0; c < kCustomers; ++c) {
    // First message from Sep 29 on, about 23 s apart: the last near Oct 28.
    Time t = at(1, 0, 0) - 2 * 86400 + Time(c) * 23;
    for (int k = 0; k < 20; ++k) {
      if (k == 15 && c % 5 == 0) t += Time(1 + rng() % 4) * 86400;  // back days later
      t += rng() % 120;
      rows.push_back({t, c, static_cast<uint32_t>(rng())});
    }
  }
  std::stable_sort(rows.begin(), rows.end(), [](const Row& x, const Row& y) { return x.t < y.t; });
  std::vector<std::string> names;
  for (uint32_t c = 0; c < kCustomers; ++c) names.push_back("c" + std::to_string(c));
  for (uint32_t c = 0; c < kCustomers; ++c) b.d.customers.intern(names[c]);  // ids in first-write order
  b.d.messages.reserve(rows.size());
  for (const Row& row : rows) {
    const MessageKind kind = row.r % 10 < 5 ? C : (row.r % 10 < 9 ? A : AUTO);
    b.msg(agents[(row.customer + (row.r >> 8) % 2) % 5], names[row.customer], row.t, kind);
  }
  for (int i = 0; i < 20000; ++i) {
    const Time created = at(1, 0, 0) - 86400 + Time(rng() % (30 * 86400));
    const bool paid = rng() % 4 != 0;
    b.order(names[rng() % kCustomers], created, paid ? created + 60 : kNever, Fen(rng() % 50000));
  }
  for (bool first : {false, true}) {
    Policy p;
    p.attribution_first = first;
    const std::string a = dump(compute_metrics(b.d, october(), p));
    Trace one_thread;
    CHECK(a == dump(compute_metrics(b.d, october(), p, &one_thread)));
    std::reverse(b.d.messages.begin(), b.d.messages.end());
    CHECK(a == dump(compute_metrics(b.d, october(), p)));
    std::reverse(b.d.messages.begin(), b.d.messages.end());
    CHECK(a.find("shop 0 ") == std::string::npos);
  }
}

TEST_CASE("one customer with 100k messages over 10 agents stays linear") {
  // Every agent's pair alternates: customer at t, agent at t + 20 s, the
  // next customer message 5 min after t; 192 such slots fill 08:00-24:00, so
  // 5000 turns run from Oct 2 to Oct 28.
  Builder b;
  const int kAgents = 10, kPerAgent = 5000;  // 5000 turns -> 10000 messages per agent
  std::vector<Message> rows;
  for (int a = 0; a < kAgents; ++a) {
    const std::string name = "agent" + std::to_string(a);
    for (int k = 0; k < kPerAgent; ++k) {
      const Time t = at(2 + k / 192, 8, 0) + (k % 192) * 300;
      b.msg(name, "whale", t, C).msg(name, "whale", t + 20, A);
    }
  }
  b.order("whale", at(25, 10, 0), at(25, 10, 0), 100);
  std::mt19937 rng(42);
  std::shuffle(b.d.messages.begin(), b.d.messages.end(), rng);  // no ties within a pair
  REQUIRE(b.d.messages.size() == 100000);
  const auto t0 = std::chrono::steady_clock::now();
  const Metrics m = compute_metrics(b.d, october(), Policy{});
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  REQUIRE(m.agents.size() == 10);
  for (const AgentFigures& f : m.agents) {
    CHECK(f.turns == 5000);
    CHECK(f.answered_turns == 5000);
    CHECK(*f.resp_p90_s == doctest::Approx(20));
    // Gaps are 280 working s, the night too (23:55:20 -> 08:00 = 280 s):
    // the whole pair is one session.
    CHECK(f.sessions == 1);
  }
  // Linear work on 100k messages takes milliseconds; a quadratic step would
  // take minutes. One second leaves room for a slow, shared CI machine.
  CHECK(secs < 1.0);
}
