#include "redhare/inputs.h"

#include <fmt/format.h>

#include <algorithm>
#include <bit>
#include <condition_variable>
#include <cstring>
#include <exception>
#include <filesystem>
#include <functional>
#include <limits>
#include <mutex>
#include <thread>

#include "redhare/columns.h"
#include "redhare/chat_duplicates.h"
#include "redhare/csv_rows.h"
#include "redhare/error.h"
#include "redhare/money.h"
#include "redhare/ratings.h"
#include "redhare/roster.h"
#include "redhare/timestamp.h"
#include "file_reader.h"
#include "name_pairs.h"

namespace redhare {

namespace {

using namespace read_detail;

// Column indexes into column_specs(kind), in table order.
enum ChatCol { kChTime, kChAgent, kChCustomer, kChDirection, kChAuto, kChText };
enum OrderCol { kOrId, kOrCustomer, kOrCreated, kOrPaid, kOrAmount, kOrStatus, kOrRefund };
enum TargetCol { kTgAgent, kTgTarget };
enum ReviewCol { kRvAgent, kRvRater, kRvAssist, kRvExecution };

// Six bytes as one number, as two loads read them on a little-endian CPU (the
// exports' direction words are six bytes of UTF-8).
constexpr uint64_t six_bytes(const char* b) {
  uint64_t v = 0;
  for (int i = 5; i >= 0; --i) v = v << 8 | static_cast<unsigned char>(b[i]);
  return v;
}
inline uint64_t load_six_bytes(const char* b) {
  static_assert(std::endian::native == std::endian::little);
  uint32_t low;
  uint16_t high;
  std::memcpy(&low, b, 4);
  std::memcpy(&high, b + 4, 2);
  return low | uint64_t{high} << 32;
}

MessageKind message_kind(std::string_view direction, std::string_view autov, std::string_view text,
                         const Policy& p) {
  // The exports' own words (买家 / 客服; 0, 1 or empty), which nearly every
  // row has, decided without a branch on which: the direction and the flag
  // change from row to row at random, and a mispredicted branch on each was
  // a good part of the row loop. Any other word goes through the lists below.
  if (direction.size() == 6 && autov.size() <= 1) [[likely]] {
    constexpr uint64_t kBuyer = six_bytes("买家"), kAgent = six_bytes("客服");
    const uint64_t word = load_six_bytes(direction.data());
    const bool buyer = word == kBuyer, agent = word == kAgent;
    const char flag = autov.empty() ? '0' : autov[0];
    if ((buyer || agent) && (flag == '0' || flag == '1')) {
      bool is_auto = flag == '1';
      // (Whether there is a prefix first: that branch goes one way all file long.)
      if (!p.auto_reply_prefix.empty() && agent && text.starts_with(p.auto_reply_prefix)) is_auto = true;
      return buyer ? MessageKind::kCustomer : is_auto ? MessageKind::kAuto : MessageKind::kAgent;
    }
  }
  bool customer;
  // The exports' own words are tried first, as whole bytes and both before
  // either list: most rows are one of them, and an agent's row otherwise
  // went through the customer's list first (the lists share no word).
  if (direction == "买家")
    customer = true;
  else if (direction == "客服")
    customer = false;
  else if (is_any(direction, {"customer", "in", "buyer", "买家", "顾客", "接收"}))
    customer = true;
  else if (is_any(direction, {"agent", "out", "seller", "客服", "卖家", "发送"}))
    customer = false;
  else
    throw BadRow{Msg(MsgId::kBadDirection, {quote_value(direction)})};
  bool is_auto;
  if (autov == "0" || autov.empty())
    is_auto = false;
  else if (autov == "1" || is_any(autov, {"1", "true", "yes", "y", "是"}))
    is_auto = true;
  else if (is_any(autov, {"0", "false", "no", "n", "否", ""}))
    is_auto = false;
  else
    throw BadRow{Msg(MsgId::kBadAuto, {quote_value(autov)})};
  if (customer) return MessageKind::kCustomer;  // an auto flag on a customer message means nothing
  if (!p.auto_reply_prefix.empty() && text.substr(0, p.auto_reply_prefix.size()) == p.auto_reply_prefix)
    is_auto = true;
  return is_auto ? MessageKind::kAuto : MessageKind::kAgent;
}

// Chat rows kept wait here, kBatch at a time, to be interned (NamePairs)
// and checked for copies on a thread of their own (KeepThread) while the
// next rows are split: the reading thread was the run's bottleneck, the
// other core half idle.
class KeptChats {
 public:
  static constexpr size_t kBatch = 4096;
  bool full() const { return rows_.size() == kBatch; }
  void add(Time t, std::string_view agent, std::string_view customer, MessageKind kind, uint32_t line,
           uint64_t text_hash) {
    names_.add(agent, customer);
    rows_.push_back(Row{t, text_hash, line, kind});
  }
  // Where the reading was when the batch was handed over, for
  // FileReader::make_room's projection (the reading thread moves on).
  uint64_t rows_read = 0, bytes_done = 0;

  // flush()'s working space: one for the thread that flushes, not one in
  // each of the batches waiting (~160 KB each).
  using Scratch = NamePairs::Interned;

  // Interns the rows' names in row order (ids are given in order of first
  // appearance, as one at a time) and hands each row, as a Message with its
  // text hash, to `kept`, in order, with the value `ahead` returned for it
  // kAhead rows before (ChatDuplicates::look_ahead). Then the batch is empty.
  template <class A, class F>
  void flush(FewNames* agents, Interner* customers, Scratch* s, A&& ahead, F&& kept) {
    const size_t n = rows_.size();
    names_.intern(agents, customers, s);
    auto message = [&](size_t i) {
      return Message{rows_[i].time, s->ids[i], s->ids[n + i], rows_[i].line, rows_[i].kind};
    };
    // Far enough ahead to hide a miss to memory, near enough that the slot
    // is still in the cache when its row comes.
    constexpr size_t kAhead = 16;
    uint64_t looked[kAhead];
    for (size_t i = 0; i < std::min(n, kAhead); ++i) looked[i] = ahead(message(i), rows_[i].text_hash);
    for (size_t i = 0; i < n; ++i) {
      const uint64_t h = looked[i % kAhead];
      if (i + kAhead < n) looked[i % kAhead] = ahead(message(i + kAhead), rows_[i + kAhead].text_hash);
      kept(message(i), rows_[i].text_hash, h);
    }
    rows_.clear();
    names_.clear();
  }

 private:
  struct Row {
    Time time;
    uint64_t text_hash;
    uint32_t line;
    MessageKind kind;
  };
  std::vector<Row> rows_;
  NamePairs names_;  // row i's agent and customer
};

// Runs `consume` on each batch handed over, in order, on its own thread,
// while the caller fills the next. Batches wait in a ring of kRing; the
// caller waits only when all are waiting (the keeper slower for a while: a
// new hour's table, a grown array).
//
// The keeper sleeps until kWakeAt batches wait, then consumes every batch
// there is before it sleeps again. Woken for each batch (one waiting, one
// consumed, as this was first) it slept and woke ~4,000 times a 7M month:
// each wake-up cost the reading thread a futex call, and the woken keeper
// often took the reading thread's own core (in one traced run the reading
// thread was preempted there ~2,300 times, and slept for the one free place
// ~1,300 times), so the two often ran one after the other. Handing over to a
// keeper that is awake costs no wake-up, and batches of 4096 rows (not 1024)
// make a quarter of the hand-overs.
class KeepThread {
 public:
  static constexpr size_t kRing = 6;
  static constexpr size_t kWakeAt = 2;

  explicit KeepThread(std::function<void(KeptChats&)> consume)
      : consume_(std::move(consume)), thread_([this] { run(); }) {}
  // Stopped early (the reading threw): batches still waiting are dropped.
  ~KeepThread() {
    if (!thread_.joinable()) return;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stop_ = abandon_ = true;
    }
    filled_.notify_all();
    thread_.join();
  }
  KeepThread(const KeepThread&) = delete;
  KeepThread& operator=(const KeepThread&) = delete;

  // Takes *batch and gives an empty one in its place; waits while the ring
  // is full.
  void hand_over(KeptChats* batch) {
    std::unique_lock<std::mutex> lock(mutex_);
    emptied_.wait(lock, [&] { return waiting_ < kRing; });
    std::swap(ring_[(first_ + waiting_) % kRing], *batch);  // the slot held an emptied batch
    const bool wake = ++waiting_ == kWakeAt;
    lock.unlock();
    if (wake) filled_.notify_all();
  }
  // Waits until every batch handed over is consumed; rethrows consume's error.
  void finish() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stop_ = true;
    }
    filled_.notify_all();
    thread_.join();
    if (error_) std::rethrow_exception(error_);
  }

 private:
  void run() {
    KeptChats current;
    for (;;) {
      {
        std::unique_lock<std::mutex> lock(mutex_);
        // Awake, it takes what there is; asleep, it waits for kWakeAt.
        if (waiting_ == 0) filled_.wait(lock, [&] { return waiting_ >= kWakeAt || stop_; });
        if (abandon_ || waiting_ == 0) return;  // stopped, and every batch consumed
        std::swap(current, ring_[first_]);  // the ring gets the emptied batch back
        first_ = (first_ + 1) % kRing;
        const bool was_full = waiting_-- == kRing;
        lock.unlock();
        if (was_full) emptied_.notify_all();
      }
      try {
        if (!error_) consume_(current);
      } catch (...) {
        error_ = std::current_exception();  // read by finish() after the join
      }
    }
  }

  std::function<void(KeptChats&)> consume_;
  std::mutex mutex_;
  std::condition_variable filled_;   // the keeper waits for batches
  std::condition_variable emptied_;  // the caller waits for a free slot
  KeptChats ring_[kRing];  // waiting_ batches from ring_[first_] on
  size_t first_ = 0, waiting_ = 0;
  bool stop_ = false;     // no more batches: consume those waiting, then end
  bool abandon_ = false;  // end now
  std::exception_ptr error_;
  std::thread thread_;    // last: starts once the members above exist
};

void read_chats(const std::string& path, const ReadOptions& o, const Policy& p, RowErrors& errors,
                Interner* agents, Interner* customers, std::vector<Message>* out, FileAccount* account) {
  FileReader r("chats", path, o, p);
  // Attribution may look back before the period (SPEC 2).
  Time keep_from =
      o.period.is_all() ? std::numeric_limits<Time>::min() : o.period.begin - p.attribution_window_s;
  CsvRows& rows = r.rows();
  // Identical rows are one message (SPEC 1, as for orders), looked for among
  // the rows kept (a copy of a row outside the period is outside too).
  // `seen`, `scratch`, `few_agents`, `out`, the interners and these counts
  // belong to the keeping thread until finish().
  ChatDuplicates seen;
  uint64_t used = 0, duplicates = 0;
  KeptChats::Scratch scratch;
  FewNames few_agents(agents);
  KeepThread keeper([&](KeptChats& batch) {
    auto ahead = [&](const Message& m, uint64_t text_hash) { return seen.look_ahead(m, text_hash); };
    batch.flush(&few_agents, customers, &scratch, ahead, [&](const Message& m, uint64_t text_hash, uint64_t row_hash) {
      if (seen.duplicate(*out, m, text_hash, row_hash)) {
        ++duplicates;
        return;
      }
      if (out->size() == out->capacity()) {
        r.make_room(*out, batch.rows_read, batch.bytes_done);
        seen.reserve(out->capacity());
      }
      out->push_back(m);
      ++used;
    });
  });
  KeptChats batch;
  auto hand_over = [&] {
    batch.rows_read = r.account().rows_read;
    batch.bytes_done = rows.bytes_done();
    keeper.hand_over(&batch);
  };
  r.each(errors, [&] {
    Time t = r.time(kChTime, "time");
    std::string_view agent = r.name(kChAgent, "agent");
    std::string_view customer = r.name(kChCustomer, "customer");
    std::string_view text = rows.field(kChText);
    MessageKind kind = message_kind(rows.field(kChDirection), rows.field(kChAuto), text, p);
    if (t < keep_from || t >= o.period.end) {
      ++r.account().outside_period;
      return;
    }
    batch.add(t, agent, customer, kind, static_cast<uint32_t>(rows.line()), chat_text_hash(text));
    if (batch.full()) hand_over();
  });
  hand_over();
  keeper.finish();
  r.account().used += used;
  r.account().duplicates += duplicates;
  *account = r.account();
}

// `="123"` (Excel formula) and a leading `'` (Excel text marker) are wrappings.
std::string_view strip_excel(std::string_view v) {
  if (v.size() >= 3 && v.substr(0, 2) == "=\"" && v.back() == '"') return v.substr(2, v.size() - 3);
  if (!v.empty() && v.front() == '\'') return v.substr(1);
  return v;
}

void read_orders(const std::string& path, const ReadOptions& o, const Policy& p, RowErrors& errors,
                 Interner* order_ids, Interner* customers, Interner* statuses, std::vector<Order>* out,
                 FileAccount* account) {
  FileReader r("orders", path, o, p);
  CsvRows& rows = r.rows();
  std::vector<uint32_t> index;  // order id -> position in *out + 1 (0: not yet)
  // Both tables sized once for the rows the file's size suggests, at 100
  // bytes a row (an export's is ~115: the estimate errs to room to spare):
  // growing from empty rehashed each ~15 times, and a table near 3/4 full
  // probes further for the new names nearly every row brings.
  std::error_code no_size;  // stdin, a pipe: they grow as they go
  if (path != "-") {
    const uintmax_t bytes = std::filesystem::file_size(path, no_size);
    if (!no_size) {
      constexpr uintmax_t kRowBytes = 100;
      order_ids->reserve(static_cast<size_t>(bytes / kRowBytes));
      customers->reserve(static_cast<size_t>(bytes / kRowBytes));
    }
  }
  // Rows good but for their order id (a conflict) wait in a batch, and their
  // ids and customers are interned a batch at a time (NamePairs): both
  // tables outgrow the cache in a big month, and nearly every row brings a
  // new id and a new customer, a miss in each. One row at a time, a slot
  // fetched while the row's times and money were parsed had not arrived yet,
  // and the orders thread spent half its time waiting for it.
  constexpr size_t kBatch = 512;
  std::vector<Order> pending;      // order_id and customer not yet set
  NamePairs names;                 // each pending row's order id and customer
  std::vector<std::string> texts;  // lenient: each pending row's text, for a conflict's reject
  NamePairs::Interned interned;    // the ids' and customers' names and ids
  pending.reserve(kBatch);
  auto flush = [&] {
    // Emptied however it ends: a conflict in a strict run throws, and the
    // rows after it are never judged (as when rows were judged one by one).
    struct Empty {
      std::vector<Order>& pending;
      NamePairs& names;
      ~Empty() {
        pending.clear();
        names.clear();
      }
    } empty{pending, names};
    const size_t n = pending.size();
    names.intern(order_ids, customers, &interned);
    for (size_t i = 0; i < n; ++i) {
      Order ord = pending[i];
      ord.order_id = interned.ids[i];
      ord.customer = interned.ids[n + i];
      if (index.size() <= ord.order_id) index.resize(ord.order_id + 1, 0);
      if (index[ord.order_id] != 0) {
        const Order& first = (*out)[index[ord.order_id] - 1];
        if (first.customer == ord.customer && first.created == ord.created && first.paid == ord.paid &&
            first.amount == ord.amount && first.refund == ord.refund && first.status == ord.status) {
          ++r.account().duplicates;
          continue;
        }
        r.reject_line(errors, ord.line, errors.lenient() ? std::string_view(texts[i]) : std::string_view(),
                      Msg(MsgId::kConflictingOrderId, {quote_value(interned.names[i]), std::to_string(first.line)}));
        continue;
      }
      r.make_room(*out);
      out->push_back(ord);
      index[ord.order_id] = static_cast<uint32_t>(out->size());
      if (o.period.contains(ord.created))
        ++r.account().used;
      else
        ++r.account().outside_period;  // kept: after-sales looks back before the period
    }
  };
  try {
    r.each(errors, [&] {
      // Judged before this row: its reject (if it has one) follows theirs,
      // and a batch holds only earlier lines than the row being read.
      if (pending.size() == kBatch) flush();
      try {
        std::string_view id = strip_excel(r.required(kOrId, "order_id"));
        if (id.empty()) throw BadRow{Msg(MsgId::kEmptyField, {"order_id"})};
        std::string_view customer = r.name(kOrCustomer, "customer");
        Order ord{};
        ord.created = r.time(kOrCreated, "created");
        ord.paid = rows.field(kOrPaid).empty() ? kNever : r.time(kOrPaid, "paid");
        if (ord.paid != kNever && ord.paid < ord.created) throw BadRow{Msg(MsgId::kPaidBeforeCreated)};
        ord.amount = r.money(kOrAmount, "amount");
        ord.refund = rows.field(kOrRefund).empty() ? 0 : r.money(kOrRefund, "refund");
        if (ord.refund > ord.amount)
          throw BadRow{
              Msg(MsgId::kRefundOverAmount, {quote_value(rows.field(kOrRefund)), quote_value(rows.field(kOrAmount))})};
        ord.status = statuses->intern(rows.field(kOrStatus));
        ord.line = static_cast<uint32_t>(rows.line());
        if (errors.lenient()) {
          if (texts.size() <= pending.size()) texts.emplace_back();
          texts[pending.size()] = rows.row_text();
        }
        names.add(id, customer);
        pending.push_back(ord);
      } catch (...) {
        flush();  // the earlier rows' rejects come first
        throw;
      }
    });
  } catch (...) {
    flush();  // a reading error past a conflict: the conflict is the first bad row
    throw;
  }
  flush();
  *account = r.account();
}

void read_targets(const std::string& path, const ReadOptions& o, const Policy& p, RowErrors& errors,
                  Dataset* d) {
  FileReader r("targets", path, o, p);
  r.each(errors, [&] {
    std::string_view agent = r.name(kTgAgent, "agent");
    Fen target = r.money(kTgTarget, "target");
    // Interned only once the row is good: a rejected row must not add an agent.
    d->targets.push_back(Target{d->agents.intern(agent), target, static_cast<uint32_t>(r.rows().line())});
    ++r.account().used;
  });
  d->account.push_back(r.account());
}

std::optional<double> review_score(std::string_view v, std::string_view column) {
  if (v.empty()) return std::nullopt;
  // A plain decimal 0-100; no locale, no exponent.
  double x = 0, scale = 0;
  for (char c : v) {
    if (c == '.' && scale == 0)
      scale = 1;
    else if (c >= '0' && c <= '9') {
      if (scale == 0)
        x = x * 10 + (c - '0');
      else
        x += (c - '0') * (scale /= 10);
    } else {
      throw BadRow{Msg(MsgId::kBadScore, {quote_value(v), std::string(column)})};
    }
  }
  if (x > 100 || v == ".")
    throw BadRow{Msg(MsgId::kBadScore, {quote_value(v), std::string(column)})};
  return x;
}

void read_reviews(const std::string& path, const ReadOptions& o, const Policy& p, RowErrors& errors,
                  Dataset* d) {
  FileReader r("reviews", path, o, p);
  CsvRows& rows = r.rows();
  r.each(errors, [&] {
    std::string_view agent = r.name(kRvAgent, "agent");
    std::string_view rv = trim_name(rows.field(kRvRater));
    Rater rater;
    if (is_any(rv, {"self", "自评"}))
      rater = Rater::kSelf;
    else if (is_any(rv, {"peer", "互评"}))
      rater = Rater::kPeer;
    else if (is_any(rv, {"manager", "主管"}))
      rater = Rater::kManager;
    else
      throw BadRow{Msg(MsgId::kBadRater, {quote_value(rv)})};
    Review review{0, rater, review_score(rows.field(kRvAssist), "assist"),
                  review_score(rows.field(kRvExecution), "execution"), static_cast<uint32_t>(rows.line())};
    review.agent = d->agents.intern(agent);
    d->reviews.push_back(review);
    ++r.account().used;
  });
  d->account.push_back(r.account());
}

// The ids in `customers` (the chats') of the names in `more` (the orders'
// own table), adding those it lacks in `more`'s order: the ids interning
// each of `more`'s names in turn would give. This runs between the chats and
// the figures, with nothing else to do: most names are the chats' customers
// already, and each lookup waits for memory (a table of half a million
// names), so they are looked up on two threads at once. The names not found
// are new and distinct (`more` holds each once): they are added without a
// lookup, and `customers`' lookup table is dropped, as it would be once
// every file naming customers is read.
std::vector<Id> join_customers(const Interner& more, Interner* customers) {
  const size_t n = more.size();
  constexpr Id kMissing = std::numeric_limits<Id>::max();
  std::vector<Id> ids(n);
  // Below this a second thread costs more than it saves.
  constexpr size_t kParallel = size_t{1} << 14;
  if (n < kParallel) {
    customers->find_batch(more, 0, n, ids.data(), kMissing);
  } else {
    const Id half = static_cast<Id>(n / 2);
    std::exception_ptr failed;
    std::thread second([&] {
      try {
        customers->find_batch(more, half, n - half, ids.data() + half, kMissing);
      } catch (...) {
        failed = std::current_exception();
      }
    });
    try {
      customers->find_batch(more, 0, half, ids.data(), kMissing);
    } catch (...) {
      second.join();
      throw;
    }
    second.join();
    if (failed) std::rethrow_exception(failed);
  }
  // Each name missing gets the next new id.
  std::vector<std::string_view> missing;
  for (Id i = 0; i < n; ++i)
    if (ids[i] == kMissing) missing.push_back(more.name(i));
  std::vector<Id> added(missing.size());
  customers->append_new(missing.data(), missing.size(), added.data());
  size_t next = 0;
  for (Id& id : ids)
    if (id == kMissing) id = added[next++];
  return ids;
}

}  // namespace

void set_time_formats(const std::vector<std::string>& given, ReadOptions* o) {
  bool all_given = false;
  for (const std::string& g : given) {
    const size_t eq = g.find('=');
    const std::string kind = eq == std::string::npos ? std::string() : g.substr(0, eq);
    // "kind=" only for the input kinds: a pattern may hold '=' itself.
    if (kind == "chats" || kind == "orders" || kind == "targets" || kind == "reviews" ||
        kind == "roster" || kind == "ratings") {
      if (!o->time_format_by_kind.emplace(kind, g.substr(eq + 1)).second)
        throw UsageError(Msg(MsgId::kTimeFormatKindTwice, {kind}));
      continue;
    }
    // A word of letters before '=' was meant as a kind (`order=%d.%m.%Y`):
    // taken as a pattern it would fail every file, blaming the chats.
    if (eq != std::string::npos && eq > 0 &&
        std::all_of(g.begin(), g.begin() + static_cast<std::ptrdiff_t>(eq),
                    [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }))
      throw UsageError(Msg(MsgId::kTimeFormatUnknownKind, {quote_value(kind)}));
    if (all_given)
      throw UsageError(Msg(MsgId::kTimeFormatTwice, {quote_value(o->time_format), quote_value(g)}));
    o->time_format = g;
    all_given = true;
  }
}

Dataset read_inputs(const InputFiles& files, const ReadOptions& o, RowErrors& errors) {
  // Policy's member defaults are the default policy's reading settings (read
  // links only base, not the scoring tables of default_policy()).
  const Policy fallback;
  const Policy& p = o.policy ? *o.policy : fallback;
  // Files are read on several threads: two of them cannot share stdin.
  int from_stdin = 0;
  for (const std::string* f : {&files.chats, &files.orders, &files.targets, &files.reviews, &files.roster,
                               &files.ratings})
    from_stdin += *f == "-";
  if (from_stdin > 1) throw UsageError(Msg(MsgId::kOneStdin));

  // Bad rows are listed, and the one past --max-errors chosen, in this order.
  errors.set_file_order({files.chats, files.orders, files.targets, files.reviews, files.roster, files.ratings});

  Dataset d;
  d.chats_file = files.chats;
  d.orders_file = files.orders;
  FileAccount chats_account, orders_account;
  // Orders get their own customer interner on their own thread; their ids are
  // mapped into the chats' namespace afterwards (join_customers).
  Interner order_customers;
  std::exception_ptr chats_error, orders_error, ratings_error;
  std::thread orders_thread([&] {
    try {
      read_orders(files.orders, o, p, errors, &d.order_ids, &order_customers, &d.statuses, &d.orders,
                  &orders_account);
      // Both are complete (no later file names orders, and the join only
      // reads the names): their lookup tables (12 MB in a 7M-message month)
      // go here, off the run's path, instead of standing through the chats'
      // read, where the run's memory peaks.
      d.order_ids.drop_index();
      order_customers.drop_index();
    } catch (...) {
      orders_error = std::current_exception();
    }
  });
  // Ratings (SPEC 9) can be a million rows: they are read on a third thread,
  // into a RatingsRead (ratings.h) with their own bad-row list, and joined to the
  // rest once every file before them in the file order is read (see below).
  RatingsRead ratings;
  RowErrors ratings_errors(errors.lenient() ? errors.max_errors() : 0);
  std::thread ratings_thread;
  if (!files.ratings.empty()) {
    ratings_errors.set_file_order({files.ratings});
    ratings_thread = std::thread([&] {
      try {
        read_ratings(files.ratings, o, p, ratings_errors, &ratings);
      } catch (...) {
        ratings_error = std::current_exception();
      }
    });
  }
  try {
    read_chats(files.chats, o, p, errors, &d.agents, &d.customers, &d.messages, &chats_account);
  } catch (...) {
    chats_error = std::current_exception();
  }
  // Neither reader stops early when the other fails: then a strict run always
  // reports the chats' first bad row before the orders', whatever the timing.
  orders_thread.join();
  if (ratings_thread.joinable()) ratings_thread.join();
  // Lenient: a reader stopped only when its own file went past the limit, so
  // the bad row that is one too many overall is decided here, in file order.
  errors.enforce_limit();
  if (chats_error) std::rethrow_exception(chats_error);
  if (orders_error) std::rethrow_exception(orders_error);

  const std::vector<Id> remap = join_customers(order_customers, &d.customers);
  for (Order& ord : d.orders) ord.customer = remap[ord.customer];

  d.account.push_back(std::move(chats_account));
  d.account.push_back(std::move(orders_account));
  // Read one at a time: each may stop a lenient run past the limit on its
  // own, or leave that to enforce_limit() when only the total is past it.
  if (!files.targets.empty()) read_targets(files.targets, o, p, errors, &d);
  errors.enforce_limit();
  if (!files.reviews.empty()) read_reviews(files.reviews, o, p, errors, &d);
  errors.enforce_limit();
  if (!files.roster.empty()) read_roster(files.roster, o, p, errors, &d);
  errors.enforce_limit();
  // Customers are complete (ratings have their own): their lookup table
  // (16 MB for a 10M-message month; the join dropped it already) goes before
  // the figures need memory. Agents keep theirs for `explain --agent`.
  d.customers.drop_index();
  if (!files.ratings.empty()) join_ratings(std::move(ratings), ratings_errors, ratings_error, errors, &d);
  return d;
}

}  // namespace redhare
