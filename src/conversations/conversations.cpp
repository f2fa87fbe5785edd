#include "redhare/conversations.h"

#include <algorithm>

namespace redhare {

namespace {

// Walks one pair's messages (already in time order) and reports its turns,
// sessions and summary. All state lives on the stack: no allocation per pair.
class PairWalker {
 public:
  PairWalker(Id customer, const ConversationRules& rules, ConversationVisitor& visitor)
      : customer_(customer), rules_(rules), visitor_(visitor) {}

  void walk(const ChatEntry* begin, const ChatEntry* end) {
    pair_ = PairInfo{begin->agent(), customer_, kNever, 0, 0};
    open_session(*begin);
    for (const ChatEntry* it = begin; it != end; ++it) {
      const ChatEntry& m = *it;
      // Working time never exceeds calendar time: most messages follow the
      // one before within the gap, and their working time is not counted.
      if (it != begin && m.time - last_->time > rules_.session_gap_s &&
          working_seconds(last_->time, m.time, rules_.window) > rules_.session_gap_s) {
        close_session(TurnEnd::kSessionGap);
        open_session(m);
      }
      step(m);
      last_ = &m;
    }
    close_session(TurnEnd::kNoMoreMessages);
    visitor_.on_pair(pair_);
  }

 private:
  void open_session(const ChatEntry& m) {
    session_ = SessionInfo{m.agent(), customer_, m.time, m.time, m.line, m.line, 0, 0, 0, -1};
    turn_open_ = false;
  }

  void step(const ChatEntry& m) {
    switch (m.kind()) {
      case MessageKind::kCustomer:
        if (!turn_open_) {
          turn_open_ = true;
          turn_ = TurnInfo{m.agent(), customer_, m.time, m.line, 0, -1, 0, 0,
                           session_.turns == 0, TurnEnd::kNoMoreMessages};
        }
        ++turn_.customer_msgs;
        break;
      case MessageKind::kAuto:
        // An auto-reply keeps the session alive but answers nothing.
        if (turn_open_) ++turn_.auto_replies;
        break;
      case MessageKind::kAgent:
        // A greeting or a payment reminder with no open turn answers nothing.
        if (turn_open_) {
          turn_.answer_line = m.line;
          turn_.response_s = working_seconds(turn_.start, m.time, rules_.window);
          end_turn(TurnEnd::kAnswered);
        }
        break;
    }
  }

  void end_turn(TurnEnd why) {
    turn_.end = why;
    turn_open_ = false;
    if (session_.turns == 0 && why == TurnEnd::kAnswered) {
      session_.first_response_s = turn_.response_s;
    }
    ++session_.turns;
    ++pair_.turns;
    if (why == TurnEnd::kAnswered) {
      ++session_.answered_turns;
      ++pair_.answered_turns;
    }
    if (pair_.first_turn_start == kNever) pair_.first_turn_start = turn_.start;
    visitor_.on_turn(turn_);
  }

  void close_session(TurnEnd why) {
    // A turn still open when its session ends is unanswered, even if the
    // agent writes in a later session (SPEC 3: "in the same session").
    if (turn_open_) end_turn(why);
    session_.end = last_->time;
    session_.last_line = last_->line;
    session_.working_s = working_seconds(session_.start, session_.end, rules_.window);
    visitor_.on_session(session_);
  }

  Id customer_;
  const ConversationRules& rules_;
  ConversationVisitor& visitor_;
  PairInfo pair_{};
  SessionInfo session_{};
  TurnInfo turn_{};
  bool turn_open_ = false;
  const ChatEntry* last_ = nullptr;
};

// Within a customer's grouped messages: by time, then file order.
bool by_time(const ChatEntry& x, const ChatEntry& y) {
  return x.time != y.time ? x.time < y.time : x.line < y.line;
}

// A pair's messages together, each pair's by time, then file order.
bool by_agent_time(const ChatEntry& x, const ChatEntry& y) {
  if (x.agent_kind >> 2 != y.agent_kind >> 2) return x.agent_kind >> 2 < y.agent_kind >> 2;
  return by_time(x, y);
}

}  // namespace

std::vector<uint32_t> count_chats(const std::vector<Message>& messages, const Period& period,
                                  size_t customer_count) {
  std::vector<uint32_t> counts(customer_count, 0);
  for (const Message& m : messages)
    if (needed_for(m, period)) ++counts[m.customer];
  return counts;
}

std::vector<Id> chat_ranges(const std::vector<uint32_t>& counts, uint64_t max_entries) {
  const Id n = static_cast<Id>(counts.size());
  std::vector<Id> bounds{0};
  for (Id first = 0; first < n;) {
    Id last = first;
    uint64_t in_range = 0;
    do {
      in_range += counts[last++];
    } while (last < n && in_range + counts[last] <= max_entries);
    bounds.push_back(last);
    first = last;
  }
  return bounds;
}

void layout_chats(const std::vector<uint32_t>& counts, Id first, Id last, CustomerChats& out) {
  out.first = first;
  const size_t n = last - first;
  out.start.resize(n + 1);
  uint32_t total = 0;
  for (size_t k = 0; k < n; ++k) {
    out.start[k] = total;
    total += counts[first + k];
  }
  out.start[n] = total;
  // Never shrunk: a reused buffer is not cleared for nothing.
  if (out.entries.size() < total) out.entries.resize(total);
}

void start_scatter(const CustomerChats& out, bool from_back, std::vector<uint32_t>& cursor) {
  if (!from_back) cursor.assign(out.start.begin(), out.start.end() - 1);
  else cursor.assign(out.start.begin() + 1, out.start.end());
}

size_t scatter_part(const std::vector<Message>& messages, size_t from, size_t to,
                    const Period& period, bool from_back, std::vector<uint32_t>& cursor,
                    CustomerChats& out) {
  const Id first = out.first;
  const size_t n = out.customers();
  ChatEntry* entries = out.entries.data();
  const auto entry = [](const Message& m) {
    return ChatEntry{m.time, m.line, m.agent << 2 | static_cast<uint32_t>(m.kind)};
  };
  // One unsigned compare tests first <= customer < first + n.
  if (!from_back) {
    const auto place = [&](const Message& m) {
      if (m.customer - first < n && needed_for(m, period))
        entries[cursor[m.customer - first]++] = entry(m);
    };
    // Up to the first message of a later customer, then without looking.
    const uint64_t after = uint64_t{first} + n;
    size_t i = from;
    for (; i < to && messages[i].customer < after; ++i) place(messages[i]);
    const size_t later = i;
    for (; i < to; ++i) place(messages[i]);
    return later;
  }
  for (size_t i = to; i-- > from;) {
    const Message& m = messages[i];
    if (m.customer - first < n && needed_for(m, period))
      entries[--cursor[m.customer - first]] = entry(m);
  }
  return to;
}

size_t scatter_chats(const std::vector<Message>& messages, size_t from, size_t to,
                     const Period& period, bool from_back, std::vector<uint32_t>& cursor,
                     CustomerChats& out) {
  start_scatter(out, from_back, cursor);
  return scatter_part(messages, from, to, period, from_back, cursor, out);
}

void sort_chats(CustomerChats& chats, Id customer) {
  ChatEntry* b = chats.entries.data() + chats.start[customer - chats.first];
  ChatEntry* e = chats.entries.data() + chats.start[customer - chats.first + 1];
  if (!std::is_sorted(b, e, by_time)) std::sort(b, e, by_time);
}

void group_chats(const std::vector<Message>& messages, const Period& period,
                 const std::vector<uint32_t>& counts, Id first, Id last, CustomerChats& out) {
  layout_chats(counts, first, last, out);
  std::vector<uint32_t> cursor;
  scatter_chats(messages, 0, messages.size(), period, false, cursor, out);
  for (Id c = first; c < last; ++c) sort_chats(out, c);
}

void ConversationWalker::walk(Id customer, const ChatEntry* begin, const ChatEntry* end) {
  // Messages before the period (consultations kept for attribution) sort
  // first; none after it are kept.
  begin = std::partition_point(begin, end, [this](const ChatEntry& m) { return m.time < period_.begin; });
  if (begin == end) return;
  // Nearly every customer talks to one agent: that pair is walked in place.
  const uint32_t agent = begin->agent();
  const ChatEntry* other = begin;
  while (other != end && other->agent() == agent) ++other;
  if (other == end) {
    walk_pair(customer, begin, end);
    return;
  }
  // The pairs' messages one agent after another, each pair's in the
  // bucket's order (by time, then line). A customer talks to a handful of
  // agents: one copying pass per agent costs less than sorting.
  agents_.clear();
  for (const ChatEntry* m = begin; m != end && agents_.size() <= kCopyAgents; ++m)
    if (std::find(agents_.begin(), agents_.end(), m->agent()) == agents_.end())
      agents_.push_back(m->agent());
  if (agents_.size() <= kCopyAgents) {
    std::sort(agents_.begin(), agents_.end());
    scratch_.clear();
    for (Id a : agents_)
      for (const ChatEntry* m = begin; m != end; ++m)
        if (m->agent() == a) scratch_.push_back(*m);
  } else {
    scratch_.assign(begin, end);
    std::sort(scratch_.begin(), scratch_.end(), by_agent_time);
  }
  const ChatEntry* b = scratch_.data();
  const ChatEntry* e = b + scratch_.size();
  while (b != e) {
    const ChatEntry* pair_end = b;
    while (pair_end != e && pair_end->agent() == b->agent()) ++pair_end;
    walk_pair(customer, b, pair_end);
    b = pair_end;
  }
}

void ConversationWalker::walk_pair(Id customer, const ChatEntry* begin, const ChatEntry* end) {
  PairWalker(customer, rules_, visitor_).walk(begin, end);
}

}  // namespace redhare
