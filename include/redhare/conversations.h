// Rebuilding conversations (SPEC 3): messages grouped by (agent, customer),
// cut into sessions (接待) by the working-time gap, and the customer's
// messages cut into turns that a valid agent message answers.
//
// The rebuild reports what it finds to a ConversationVisitor instead of
// storing it: the figures stage sums it up, `explain` prints it, and both see
// the very same decisions.
#pragma once

#include <algorithm>
#include <cstdint>
#include <memory>
#include <new>
#include <utility>
#include <vector>

#include "redhare/huge_pages.h"
#include "redhare/no_zero_construct.h"
#include "redhare/period.h"
#include "redhare/records.h"
#include "redhare/working_time.h"

namespace redhare {

// Row indices grouped by customer: the rows of customer c are
// order[start[c - first] .. start[c - first + 1]). Built by a stable counting
// sort, O(n), so no global comparison sort of 10M rows is needed; each bucket
// is then sorted by the caller's key, a step skipped when the input is already
// in order. The orders use it (attribution and after-sales look up a
// customer's orders); messages are grouped by value instead (CustomerChats).
// Buckets may cover a range of customers only (see bucket_range).
struct CustomerBuckets {
  Id first = 0;  // buckets of customers [first, first + customers())
  std::vector<uint32_t> start;
  std::vector<uint32_t> order;

  const uint32_t* begin(Id customer) const { return order.data() + start[customer - first]; }
  const uint32_t* end(Id customer) const { return order.data() + start[customer - first + 1]; }
  size_t customers() const { return start.size() - 1; }
};

// How many rows of each customer keep(row) holds.
template <class Row, class Keep>
std::vector<uint32_t> count_by_customer(const std::vector<Row>& rows, size_t customer_count, Keep keep) {
  std::vector<uint32_t> counts(customer_count, 0);
  for (const Row& r : rows) {
    if (keep(r)) ++counts[r.customer];
  }
  return counts;
}

// Buckets the rows of customers [first, last) for which keep(row) holds
// (`counts` from count_by_customer with the same keep) into `b`, reusing its
// memory. Each bucket is in input order.
template <class Row, class Keep>
void fill_range(const std::vector<Row>& rows, const std::vector<uint32_t>& counts, Id first, Id last,
                Keep keep, CustomerBuckets& b) {
  b.first = first;
  const size_t n = last - first;
  // start[k] = end of bucket k; the fill below walks the rows backwards and
  // moves each start down to its bucket's beginning: stable, and no second
  // array of cursors.
  b.start.clear();  // clear first: a reused buffer's old contents are not copied on growth
  b.start.resize(n + 1);
  uint32_t total = 0;
  for (size_t k = 0; k < n; ++k) {
    total += counts[first + k];
    b.start[k] = total;
  }
  b.start[n] = total;
  b.order.clear();
  b.order.resize(total);
  for (size_t i = rows.size(); i-- > 0;) {
    const Row& r = rows[i];
    if (r.customer >= first && r.customer < last && keep(r))
      b.order[--b.start[r.customer - first]] = static_cast<uint32_t>(i);
  }
}

// Orders the bucket [lo, hi) by before(index a, index b), which must be a
// strict total order (end it with a < b so equal keys keep input order).
// Already ordered buckets (most, in a real export) are only checked.
template <class Before>
void sort_bucket(uint32_t* lo, uint32_t* hi, Before before) {
  if (!std::is_sorted(lo, hi, before)) std::sort(lo, hi, before);
}

// fill_range, then sort_bucket on every bucket.
template <class Row, class Keep, class Before>
void bucket_range(const std::vector<Row>& rows, const std::vector<uint32_t>& counts, Id first, Id last,
                  Keep keep, Before before, CustomerBuckets& b) {
  fill_range(rows, counts, first, last, keep, b);
  for (size_t k = 0; k + 1 < b.start.size(); ++k)
    sort_bucket(b.order.data() + b.start[k], b.order.data() + b.start[k + 1], before);
}

// bucket_range over every customer.
template <class Row, class Keep, class Before>
CustomerBuckets bucket_by_customer(const std::vector<Row>& rows, size_t customer_count, Keep keep,
                                   Before before) {
  CustomerBuckets b;
  bucket_range(rows, count_by_customer(rows, customer_count, keep), 0, static_cast<Id>(customer_count),
               keep, before, b);
  return b;
}

// Why a turn ended the way it did.
enum class TurnEnd : uint8_t {
  kAnswered,       // a valid agent message followed in the same session
  kSessionGap,     // the next message of the pair came after more than session_gap
  kNoMoreMessages, // the pair has no later message in the period
};

struct TurnInfo {
  Id agent;
  Id customer;
  Time start;                // the turn's first customer message
  uint32_t first_line;       // its line in the chats file
  uint32_t answer_line;      // the answering agent message; 0 when unanswered
  int64_t response_s;        // working seconds start -> answer; -1 when unanswered
  uint32_t customer_msgs;    // customer messages in the turn
  uint32_t auto_replies;     // auto-replies inside the turn: they did not answer it
  bool first_in_session;
  TurnEnd end;
  bool answered() const { return end == TurnEnd::kAnswered; }
};

struct SessionInfo {
  Id agent;
  Id customer;
  Time start;                // first message
  Time end;                  // last message
  uint32_t first_line;
  uint32_t last_line;
  int64_t working_s;         // working seconds start -> end
  uint32_t turns;
  uint32_t answered_turns;
  int64_t first_response_s;  // response time of the first turn; -1 when none or unanswered
};

// One (agent, customer) pair over the period, reported after its sessions.
struct PairInfo {
  Id agent;
  Id customer;
  Time first_turn_start;     // kNever when the pair has no turn
  uint32_t turns;
  uint32_t answered_turns;
};

class ConversationVisitor {
 public:
  virtual ~ConversationVisitor() = default;
  virtual void on_turn(const TurnInfo& turn) = 0;     // before its session
  virtual void on_session(const SessionInfo& session) = 0;
  virtual void on_pair(const PairInfo& pair) = 0;     // after its sessions
};

struct ConversationRules {
  WorkWindow window;
  int64_t session_gap_s = 30 * 60;  // a larger working-time gap starts a session
};

// A chat message as the compute phase keeps it: grouped by customer, so the
// customer is the group's and the message takes 16 bytes instead of 24, and
// each customer's messages sit together in memory. Walking the conversations
// and attributing orders then read them in order instead of jumping through
// the messages of a file in time order, where one customer's rows lie far
// apart.
struct ChatEntry {
  Time time;
  uint32_t line;        // the row's line in the chats file: its file order
  uint32_t agent_kind;  // agent << 2 | kind
  Id agent() const { return agent_kind >> 2; }
  MessageKind kind() const { return static_cast<MessageKind>(agent_kind & 3); }
};
static_assert(sizeof(ChatEntry) == 16);

// Agent ids must leave 2 bits for the kind.
inline constexpr size_t kMaxAgents = size_t{1} << 30;

// What the compute phase needs of a message for `period`: every message in
// it, and the consultations before it (attribution looks back, SPEC 4).
inline bool needed_for(const Message& m, const Period& period) {
  return period.contains(m.time) || (m.kind == MessageKind::kCustomer && m.time < period.begin);
}

// How many messages of each customer needed_for(period) keeps.
std::vector<uint32_t> count_chats(const std::vector<Message>& messages, const Period& period,
                                  size_t customer_count);

// An allocator whose resize() leaves new entries unwritten: a range's
// entries are all written by scatter_chats before any is read, and zeroing
// the buffer first (16 MB for a 7M-message month) ran alone on the run's
// path, before the two threads start. In huge pages (huge_pages.h): the
// scatter writes each message to a random bucket of the range.
template <class T>
struct UnzeroedAllocator : HugePageAllocator<T>, NoZeroConstruct {
  using value_type = T;
  UnzeroedAllocator() = default;
  template <class U>
  UnzeroedAllocator(const UnzeroedAllocator<U>&) {}
  friend bool operator==(UnzeroedAllocator, UnzeroedAllocator) { return true; }
};

// The needed messages of customers [first, first + customers()), each
// customer's by time, then file order (line). Lines are distinct in a file,
// so this order is total and the same whatever the order of `messages`.
struct CustomerChats {
  Id first = 0;
  std::vector<uint32_t> start;  // customer c: entries[start[c - first] .. start[c - first + 1])
  // May be longer than the buckets (a reused buffer); only the buckets are written.
  std::vector<ChatEntry, UnzeroedAllocator<ChatEntry>> entries;

  const ChatEntry* begin(Id customer) const { return entries.data() + start[customer - first]; }
  const ChatEntry* end(Id customer) const { return entries.data() + start[customer - first + 1]; }
  size_t customers() const { return start.size() - 1; }
};

// Customer ranges holding at most `max_entries` needed messages each (but
// always at least one customer): range i is [bounds[i], bounds[i + 1]). A
// month is grouped one range at a time, to bound the copy.
std::vector<Id> chat_ranges(const std::vector<uint32_t>& counts, uint64_t max_entries);

// Lays out `out` (reusing its memory) for customers [first, last) with
// `counts` (from count_chats): each bucket's place, to be filled by
// scatter_chats.
void layout_chats(const std::vector<uint32_t>& counts, Id first, Id last, CustomerChats& out);

// Places the needed messages[from, to) of out's customers in their buckets,
// in input order: from each bucket's front, or with `from_back` from its back.
// So two threads fill one range at once, each from its part of the messages
// (the first part from the front, the rest from the back), and meet where
// the parts do: the buckets are in input order as if one thread had filled
// them. `cursor` is scratch the caller keeps.
//
// Filling from the front, returns the index of the first message in [from,
// to) of a customer after out's (id >= first + customers()), `to` when there
// is none. When `from` is where the messages of every customer from out's
// first on begin, the next range's messages begin there, or (if it is `to`)
// in the back part: the next range's scatter need not read what comes
// before. In a month in time order customer ids follow first appearance, so
// a range of later customers begins late in the messages. Filling from the
// back returns `to`.
size_t scatter_chats(const std::vector<Message>& messages, size_t from, size_t to,
                     const Period& period, bool from_back, std::vector<uint32_t>& cursor,
                     CustomerChats& out);

// scatter_chats in parts, for a thread that takes its part of the messages
// a piece at a time: start_scatter sets `cursor` to each bucket's front (or
// with `from_back` its back), then each scatter_part places messages[from,
// to) and moves the cursors on. Front parts must come in increasing order,
// back parts in decreasing order, so that the buckets stay in input order;
// scatter_part returns what scatter_chats would for its part.
void start_scatter(const CustomerChats& out, bool from_back, std::vector<uint32_t>& cursor);
size_t scatter_part(const std::vector<Message>& messages, size_t from, size_t to,
                    const Period& period, bool from_back, std::vector<uint32_t>& cursor,
                    CustomerChats& out);

// Sorts the bucket of `customer` by time, then file order. In a file in time
// order nearly every bucket is in order already, and only checked.
void sort_chats(CustomerChats& chats, Id customer);

// layout_chats, scatter_chats of every message, sort_chats of every customer.
void group_chats(const std::vector<Message>& messages, const Period& period,
                 const std::vector<uint32_t>& counts, Id first, Id last, CustomerChats& out);

// Rebuilds the conversations of one customer from its grouped messages
// (CustomerChats order): pairs by agent id, each pair's messages by time,
// then file order; only messages inside `period` count. No allocation per
// customer: the scratch for customers with several agents is reused.
class ConversationWalker {
 public:
  ConversationWalker(const Period& period, const ConversationRules& rules,
                     ConversationVisitor& visitor)
      : period_(period), rules_(rules), visitor_(visitor) {}

  void walk(Id customer, const ChatEntry* begin, const ChatEntry* end);

 private:
  void walk_pair(Id customer, const ChatEntry* begin, const ChatEntry* end);

  const Period& period_;
  const ConversationRules& rules_;
  ConversationVisitor& visitor_;
  // Up to this many agents, a customer's pairs are gathered by copying.
  static constexpr size_t kCopyAgents = 8;

  std::vector<ChatEntry> scratch_;
  std::vector<Id> agents_;  // the agents of the customer at hand
};

}  // namespace redhare
