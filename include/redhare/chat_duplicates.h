// ChatDuplicates: finds identical chat rows among the rows kept for the
// period (SPEC 1, issue 12): two exports pasted into one file would double
// every message count otherwise.
//
// Two rows are one message when their time, agent, customer and kind are
// equal, compared exactly, and their texts have one 64-bit hash. Texts are
// not kept (a month's texts are most of its 800 MB), so the text alone goes
// by its hash, and only among rows equal in everything else.
//
// Exports come in time order, or nearly (now and then a row a few seconds
// before the one above it). While every row's time is in the latest row's
// hour or the hour before, a row's copy (the same time, so the same hour) is
// among the rows kept with that hour, and two small tables are enough, one
// for the rows of even hours, one for odd, and they stay in the cache: a row
// looks in one. When the latest row reaches a new hour, the table for it
// holds rows two hours old, which no later row can copy; it is emptied by
// moving its first row, not by writing it (a slot holding an earlier row
// counts as empty), so no row is hashed again each hour. A row from earlier
// still (two exports pasted, a file sorted by customer) switches to one
// table over every row kept. Tables hold row numbers; a slot whose hash
// matches is confirmed by comparing the row itself, so rows that differ in
// time, agent, customer or kind are never taken for one, whatever their
// hashes.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "redhare/records.h"

namespace redhare {

// The 64-bit hash of a message text (a CRLF inside it hashed as LF).
uint64_t chat_text_hash(std::string_view text);
// Where a row goes in the table: a hash of its time, agent, customer, kind and
// text hash. Only a starting point: a match is confirmed field by field.
using ChatRowHash = uint64_t (*)(const Message& m, uint64_t text_hash);
uint64_t chat_row_hash(const Message& m, uint64_t text_hash);

class ChatDuplicates {
 public:
  // `row_hash` is injectable so that a test can make every row collide.
  explicit ChatDuplicates(ChatRowHash row_hash = chat_row_hash) : row_hash_(row_hash) {}

  // True when `m`, whose text has chat_text_hash() `text_hash`, is a copy of
  // a row in `kept` (the rows kept so far, each of which went through here).
  // Otherwise `m` is recorded as row kept.size(), and the caller appends it.
  bool duplicate(const std::vector<Message>& kept, const Message& m, uint64_t text_hash) {
    return duplicate(kept, m, text_hash, row_hash_(m, text_hash));
  }
  // The same, with `row_hash` from look_ahead(m, text_hash).
  bool duplicate(const std::vector<Message>& kept, const Message& m, uint64_t text_hash, uint64_t row_hash);
  // The row hash of (m, text_hash), its slot fetched into the cache: called a
  // few rows before duplicate(), the table's cache miss (most of the keeping
  // thread's time: the interners evict the table between batches) overlaps
  // the rows in between. A hint only: a table rebuilt since is still right.
  uint64_t look_ahead(const Message& m, uint64_t text_hash) const {
    const uint64_t h = row_hash_(m, text_hash);
    const Table& t = table_of(m);
    if (!t.slots.empty()) __builtin_prefetch(&t.slots[h & (t.slots.size() - 1)]);
    return h;
  }
  // Room for the text hashes of `rows` kept rows, reserved in one step.
  void reserve(size_t rows) { text_hash_.reserve(rows); }
  // False once a row went back past the last hour: every row is in one table.
  bool windowed() const { return windowed_; }

 private:
  struct Slot {
    uint32_t row1;  // kept row + 1; 0 = empty
    uint32_t tag;   // the row hash's high half: most mismatches end here
  };
  // Open addressing, linear probing. A slot is in use when it holds a row
  // from `first` on: moving `first` past every row empties the table without
  // writing it, and a slot left behind is taken again like an empty one (a
  // probe stops at it as at an empty one: every row in use was placed since
  // `first` last moved, when all slots before it were in use).
  struct Table {
    std::vector<Slot> slots;
    size_t size = 0;     // slots in use
    uint32_t first = 0;  // the table's first row
    bool used(const Slot& s) const { return s.row1 > first; }
  };
  // The window's unit: a row may come this long before the hour the latest
  // row is in and still be compared in the small tables.
  static constexpr Time kHour = 3600;

  static Time hour_of(const Message& m) { return m.time / kHour; }  // times are after 1970
  // Windowed: the table of the rows of m's hour; else the one of every row.
  const Table& table_of(const Message& m) const { return tables_[windowed_ ? hour_of(m) & 1 : 0]; }
  Table& table_of(const Message& m) { return tables_[windowed_ ? hour_of(m) & 1 : 0]; }
  static bool same_fields(const Message& a, const Message& b) {
    return a.time == b.time && a.agent == b.agent && a.customer == b.customer && a.kind == b.kind;
  }
  // True when a row in `t` equals (m, text_hash); otherwise adds `row`.
  bool find_or_insert(Table* t, const std::vector<Message>& kept, const Message& m, uint64_t text_hash,
                      uint64_t h, uint32_t row);
  // `t` anew over the kept rows from t->first on that belong in it (windowed:
  // those of the hour `hour`), room for `rows` more.
  void rebuild(const std::vector<Message>& kept, Table* t, Time hour, size_t rows);

  ChatRowHash row_hash_;
  std::vector<uint64_t> text_hash_;  // by kept row
  bool windowed_ = true;
  Time latest_ = 0;  // windowed: the hour of the latest row
  // Windowed: tables_[h & 1] holds the rows of hour h, for the latest row's
  // hour and the one before; else tables_[0] holds every row.
  Table tables_[2];
};

}  // namespace redhare
