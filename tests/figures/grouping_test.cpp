// Messages grouped by customer for the compute phase (conversations.h): what
// is kept, in what order, and that two threads filling one range from its two
// ends give the very buckets one thread gives.
#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

#include "figures/dataset_builder.h"
#include "redhare/conversations.h"

using namespace redhare;
using namespace redhare::testing;

namespace {

std::vector<uint32_t> lines(const CustomerChats& chats, Id c) {
  std::vector<uint32_t> out;
  for (const ChatEntry* e = chats.begin(c); e != chats.end(c); ++e) out.push_back(e->line);
  return out;
}

}  // namespace

TEST_CASE("grouped messages: each customer's by time, then line, whatever their order in memory") {
  Builder b;
  b.msg("amy", "c0", at(5, 10, 0), C)           // line 2
      .msg("bob", "c0", at(5, 9, 0), C)         // line 3
      .msg("amy", "c1", at(5, 9, 0), C)         // line 4
      .msg("amy", "c0", at(5, 10, 0), A)        // line 5: same time as line 2, later row
      .msg("amy", "c0", at(1, 0, 0) - 60, C)    // line 6: before the period, a consultation
      .msg("amy", "c0", at(1, 0, 0) - 30, A)    // line 7: before the period, an answer: dropped
      .msg("amy", "c0", at(1, 0, 0) + 31 * 86400, C);  // line 8: after the period: dropped
  // Memory order is not file order (a reader may hand rows over in any
  // order); equal times still fall back to file order.
  std::reverse(b.d.messages.begin(), b.d.messages.end());
  const std::vector<uint32_t> counts = count_chats(b.d.messages, october(), b.d.customers.size());
  CHECK(counts == std::vector<uint32_t>{4, 1});
  CustomerChats chats;
  group_chats(b.d.messages, october(), counts, 0, 2, chats);
  CHECK(lines(chats, 0) == std::vector<uint32_t>{6, 3, 2, 5});
  CHECK(lines(chats, 1) == std::vector<uint32_t>{4});
  const ChatEntry& answer = chats.begin(0)[3];
  CHECK(b.d.agents.name(answer.agent()) == "amy");
  CHECK(answer.kind() == A);
}

TEST_CASE("two threads filling one range from its two ends, whole or in pieces, give the buckets of one") {
  // Messages out of time order, with equal times, over four customers; only
  // customers 1 and 2 are in the range.
  Builder b;
  const char* customers[] = {"c0", "c1", "c2", "c3"};
  for (int i = 0; i < 40; ++i)
    b.msg(i % 3 ? "amy" : "bob", customers[(i * 7) % 4], at(5, 10, (i * 13) % 5), i % 4 ? C : A);
  const std::vector<uint32_t> counts = count_chats(b.d.messages, october(), 4);
  CustomerChats one;
  group_chats(b.d.messages, october(), counts, 1, 3, one);
  CustomerChats unsorted;  // one thread's buckets before sort_chats: input order
  std::vector<uint32_t> cursor;
  layout_chats(counts, 1, 3, unsorted);
  scatter_chats(b.d.messages, 0, b.d.messages.size(), october(), false, cursor, unsorted);
  const size_t n = b.d.messages.size();
  for (size_t split : {size_t{0}, size_t{1}, n / 2, n - 1, n}) {
    CAPTURE(split);
    CustomerChats two;
    layout_chats(counts, 1, 3, two);
    std::vector<uint32_t> front, back;
    scatter_chats(b.d.messages, 0, split, october(), false, front, two);
    scatter_chats(b.d.messages, split, n, october(), true, back, two);
    for (Id c : {1u, 2u}) {
      CHECK(lines(two, c) == lines(unsorted, c));
      sort_chats(two, c);
      CHECK(lines(two, c) == lines(one, c));
    }
  }
  // In pieces of 3, as the two threads take them: the front thread's in
  // increasing order, the back thread's in decreasing order.
  for (size_t meet : {size_t{0}, size_t{3}, size_t{21}, n - n % 3, n}) {
    CAPTURE(meet);
    CustomerChats pieces;
    layout_chats(counts, 1, 3, pieces);
    std::vector<uint32_t> front, back;
    start_scatter(pieces, false, front);
    start_scatter(pieces, true, back);
    for (size_t from = 0; from < meet; from += 3)
      scatter_part(b.d.messages, from, std::min(meet, from + 3), october(), false, front, pieces);
    for (size_t to = n; to > meet;) {
      const size_t from = std::max(meet, to >= 3 ? to - 3 : 0);
      scatter_part(b.d.messages, from, to, october(), true, back, pieces);
      to = from;
    }
    for (Id c : {1u, 2u}) CHECK(lines(pieces, c) == lines(unsorted, c));
  }
  CHECK(one.start == std::vector<uint32_t>{0, counts[1], counts[1] + counts[2]});
}

TEST_CASE("a front scatter tells where the later customers' messages begin") {
  // Customers first write in the order of their ids, as in a time-ordered
  // export; c0 writes again at the end.
  Builder b;
  b.msg("amy", "c0", at(5, 9, 0), C)     // index 0
      .msg("amy", "c1", at(5, 9, 1), C)  // 1
      .msg("amy", "c0", at(5, 9, 2), A)  // 2
      .msg("amy", "c2", at(5, 9, 3), C)  // 3: the first of customer 2
      .msg("amy", "c1", at(5, 9, 4), A)  // 4
      .msg("amy", "c3", at(5, 9, 5), C)  // 5: the first of customer 3
      .msg("amy", "c2", at(5, 9, 6), A)  // 6
      .msg("amy", "c0", at(5, 9, 7), C); // 7
  const std::vector<uint32_t> counts = count_chats(b.d.messages, october(), 4);
  const size_t n = b.d.messages.size();
  std::vector<uint32_t> cursor;
  CustomerChats range;
  layout_chats(counts, 0, 2, range);
  CHECK(scatter_chats(b.d.messages, 0, n, october(), false, cursor, range) == 3);
  CHECK(lines(range, 0) == std::vector<uint32_t>{2, 4, 9});
  // Where the part ends before a later customer: its end.
  layout_chats(counts, 0, 2, range);
  CHECK(scatter_chats(b.d.messages, 0, 3, october(), false, cursor, range) == 3);
  layout_chats(counts, 2, 3, range);
  CHECK(scatter_chats(b.d.messages, 3, n, october(), false, cursor, range) == 5);
  layout_chats(counts, 3, 4, range);
  CHECK(scatter_chats(b.d.messages, 5, n, october(), false, cursor, range) == n);
  CHECK(lines(range, 3) == std::vector<uint32_t>{7});
  // From the back: nothing to tell.
  layout_chats(counts, 2, 4, range);
  CHECK(scatter_chats(b.d.messages, 3, n, october(), true, cursor, range) == n);
  CHECK(lines(range, 2) == std::vector<uint32_t>{5, 8});
}

TEST_CASE("chat ranges hold at most the limit, and a larger customer alone") {
  CHECK(chat_ranges({3, 3, 3, 10, 1}, 6) == std::vector<Id>{0, 2, 3, 4, 5});
  CHECK(chat_ranges({0, 0, 0}, 6) == std::vector<Id>{0, 3});
  CHECK(chat_ranges({}, 6) == std::vector<Id>{0});
}
