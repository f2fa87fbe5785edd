// Customer buckets over a range of customers (the orders' index), and
// conversations rebuilt one range at a time (a month too big for one grouping
// range, issue 7).
#include <doctest/doctest.h>

#include <vector>

#include "figures/dataset_builder.h"
#include "redhare/conversations.h"

using namespace redhare;
using namespace redhare::testing;

namespace {
std::vector<uint32_t> bucket(const CustomerBuckets& b, Id c) { return {b.begin(c), b.end(c)}; }
}  // namespace

TEST_CASE("bucket_range holds only its customers, and a reused buckets object is refilled") {
  Builder b;
  b.msg("amy", "c0", at(5, 10, 0), C)     // index 0
      .msg("amy", "c1", at(5, 10, 5), C)  // index 1
      .msg("amy", "c2", at(5, 10, 0), C)  // index 2
      .msg("amy", "c1", at(5, 10, 0), C)  // index 3: earlier than 1
      .msg("amy", "c3", at(5, 10, 0), C)  // index 4
      .msg("amy", "c2", at(5, 10, 0), C);  // index 5: same time as 2, later row
  const std::vector<Message>& ms = b.d.messages;
  const auto all = [](const Message&) { return true; };
  const auto by_time = [&ms](uint32_t x, uint32_t y) {
    if (ms[x].time != ms[y].time) return ms[x].time < ms[y].time;
    return x < y;
  };
  const std::vector<uint32_t> counts = count_by_customer(ms, b.d.customers.size(), all);
  CHECK(counts == std::vector<uint32_t>{1, 2, 2, 1});

  CustomerBuckets range;
  bucket_range(ms, counts, 1, 3, all, by_time, range);  // c1 and c2
  CHECK(range.first == 1);
  CHECK(range.customers() == 2);
  CHECK(range.order.size() == 4);
  CHECK(bucket(range, 1) == std::vector<uint32_t>{3, 1});  // 10:00 before 10:05
  CHECK(bucket(range, 2) == std::vector<uint32_t>{2, 5});  // equal times: input order

  bucket_range(ms, counts, 3, 4, all, by_time, range);  // c3 alone, same object
  CHECK(range.first == 3);
  CHECK(range.customers() == 1);
  CHECK(range.order.size() == 1);
  CHECK(bucket(range, 3) == std::vector<uint32_t>{4});
}

TEST_CASE("conversations too many for one index range are each walked once") {
  // A grouping range holds at most 2^20 = 1,048,576 messages but always one
  // customer. c1 has 1,048,577 turns of two messages = 2,097,154 messages, so
  // the ranges are [c0], [c1], [c2]: c1 alone is over the limit.
  constexpr int kTurns = 1048577;
  Builder b;
  b.msg("amy", "c0", at(5, 9, 0), C).msg("amy", "c0", at(5, 9, 0, 30), A);  // answered in 30 s
  b.d.messages.reserve(2 * kTurns + 4);
  for (int i = 0; i < kTurns; ++i) {
    // All at one second: one session; each turn answered in 0 s.
    b.msg("amy", "c1", at(5, 10, 0), C).msg("amy", "c1", at(5, 10, 0), A);
  }
  b.msg("amy", "c2", at(6, 9, 0), C).msg("amy", "c2", at(6, 9, 0, 1), A);  // answered in 1 s
  const AgentFigures f = row(compute_metrics(b.d, october(), Policy{}), "amy");
  CHECK(f.consulted == 3);
  CHECK(f.replied == 3);
  CHECK(f.sessions == 3);
  CHECK(f.customer_msgs == kTurns + 2);
  CHECK(f.turns == kTurns + 2);
  CHECK(f.answered_turns == kTurns + 2);
  // (30 + 0 x 1,048,577 + 1) / 1,048,579 turns.
  CHECK(*f.resp_mean_s == doctest::Approx(31.0 / 1048579));
  // First responses: 30, 0 and 1 s.
  CHECK(*f.first_resp_mean_s == doctest::Approx(31.0 / 3));
}
