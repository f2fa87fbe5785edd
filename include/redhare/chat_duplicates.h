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
// before the one above it): a row's copies then came within the last hour or
// two, so a small table over the rows kept since the hour before the latest
// row's began is enough, and it stays in the cache. A row from earlier still
// (two exports pasted, a file sorted by customer) switches to one table over
// every row kept. Tables hold row numbers; a slot whose hash matches is
// confirmed by comparing the row itself, so rows that differ in time, agent,
// customer or kind are never taken for one, whatever their hashes.
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
    if (!slots_.empty()) __builtin_prefetch(&slots_[h & (slots_.size() - 1)]);
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
  // The window's unit: a row may come this long before the hour the latest
  // row is in and still be compared in the small table.
  static constexpr Time kHour = 3600;

  static bool same_fields(const Message& a, const Message& b) {
    return a.time == b.time && a.agent == b.agent && a.customer == b.customer && a.kind == b.kind;
  }
  // True when a row in the table equals (m, text_hash); otherwise adds `row`.
  bool find_or_insert(const std::vector<Message>& kept, const Message& m, uint64_t text_hash, uint64_t h,
                      uint32_t row);
  // A table of the kept rows from `from` on, room for `rows` more.
  void rebuild(const std::vector<Message>& kept, size_t from, size_t rows);

  ChatRowHash row_hash_;
  std::vector<uint64_t> text_hash_;  // by kept row
  bool windowed_ = true;
  Time hour_ = 0;            // windowed: the hour (time / kHour) of the latest row
  size_t window_begin_ = 0;  // the table's first row: kept once the latest row reached hour_ - 1
  size_t hour_begin_ = 0;    // windowed: the first row kept once the latest row reached hour_
  std::vector<Slot> slots_;  // open addressing, linear probing
  size_t size_ = 0;
};

}  // namespace redhare
