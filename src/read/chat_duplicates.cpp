#include "redhare/chat_duplicates.h"

#include <algorithm>
#include <functional>

namespace redhare {

namespace {

uint64_t mix(uint64_t x) {  // splitmix64's finaliser
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

}  // namespace

// A line break inside a quoted text is one break whether the file was saved
// with CRLF or LF: an export pasted twice, once from each, is still the same
// rows. So a multi-line text is hashed line by line, each line without the CR
// of its CRLF; nothing is copied (in a CRLF export every multi-line text has
// CRs, and this runs on the reading thread). A lone CR is kept.
uint64_t chat_text_hash(std::string_view text) {
  const std::hash<std::string_view> hash;
  size_t nl = text.find('\n');
  if (nl == std::string_view::npos) return hash(text);
  uint64_t h = 0;
  for (size_t start = 0;; nl = text.find('\n', start)) {
    const bool last = nl == std::string_view::npos;
    std::string_view line = text.substr(start, (last ? text.size() : nl) - start);
    if (!last && !line.empty() && line.back() == '\r') line.remove_suffix(1);
    h = mix(h) ^ hash(line);
    if (last) return h;
    start = nl + 1;
  }
}

uint64_t chat_row_hash(const Message& m, uint64_t text_hash) {
  // One mix of the fields spread by odd multipliers: two rows that meet here
  // only cost a comparison.
  return mix(text_hash + static_cast<uint64_t>(m.time) * 0x9e3779b97f4a7c15ULL +
             ((static_cast<uint64_t>(m.agent) << 32) | m.customer) * 0xc2b2ae3d27d4eb4fULL +
             static_cast<uint64_t>(m.kind));
}

bool ChatDuplicates::duplicate(const std::vector<Message>& kept, const Message& m, uint64_t th, uint64_t h) {
  const auto row = static_cast<uint32_t>(kept.size());
  const Time hour = hour_of(m);
  if (windowed_) {
    if (row == 0) {
      latest_ = hour;
      for (Table& t : tables_) rebuild(kept, &t, 0, 0);
    } else if (hour > latest_) {
      // The rows two hours or more before this one are out of the window:
      // the table for this hour held such rows, and so did the other one if
      // the file skipped an hour.
      for (Time gone = std::max(latest_ + 1, hour - 1); gone <= hour; ++gone) {
        Table& t = tables_[gone & 1];
        t.first = row;
        t.size = 0;
      }
      latest_ = hour;
    } else if (hour < latest_ - 1) {
      // Its copies may be anywhere before: from now on one table holds every
      // row, starting with those kept so far.
      windowed_ = false;
      tables_[1] = Table{};
      tables_[0].first = 0;
      // Sized once for every row reserve() was told of: each step of growing
      // would leave the smaller table's memory behind in the allocator.
      rebuild(kept, &tables_[0], 0, std::max<size_t>(row, text_hash_.capacity() - row));
    }
  }
  Table& t = table_of(m);
  // The window's tables at most 1/2 full (they are small); the whole file's 3/4.
  const size_t cap = windowed_ ? t.slots.size() / 2 : t.slots.size() / 4 * 3;
  if (t.size + 1 > cap) rebuild(kept, &t, hour, t.size);
  if (find_or_insert(&t, kept, m, th, h, row)) return true;
  text_hash_.push_back(th);
  return false;
}

bool ChatDuplicates::find_or_insert(Table* t, const std::vector<Message>& kept, const Message& m,
                                    uint64_t text_hash, uint64_t h, uint32_t row) {
  const auto tag = static_cast<uint32_t>(h >> 32);
  const size_t mask = t->slots.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    Slot& s = t->slots[i];
    if (!t->used(s)) {
      s = Slot{row + 1, tag};
      ++t->size;
      return false;
    }
    // The tag only filters: the row itself decides.
    if (s.tag == tag && same_fields(kept[s.row1 - 1], m) && text_hash_[s.row1 - 1] == text_hash) return true;
  }
}

void ChatDuplicates::rebuild(const std::vector<Message>& kept, Table* t, Time hour, size_t rows) {
  // From the rows and their text hashes, not from the old table: the old one
  // goes first, so growing never holds two tables.
  size_t n = 0;
  for (size_t r = t->first; r < text_hash_.size(); ++r) n += !windowed_ || hour_of(kept[r]) == hour;
  size_t slots = 1024;
  if (windowed_)
    while (slots < (n + rows) * 2) slots *= 2;
  else
    while (slots * 3 < (n + rows) * 4) slots *= 2;
  std::vector<Slot>().swap(t->slots);
  t->slots.assign(slots, Slot{0, 0});
  t->size = 0;
  const size_t mask = slots - 1;
  // The rows kept are all different (each went through here): no comparing.
  for (size_t r = t->first; r < text_hash_.size(); ++r) {
    if (windowed_ && hour_of(kept[r]) != hour) continue;  // the other table's
    const uint64_t h = row_hash_(kept[r], text_hash_[r]);
    size_t i = h & mask;
    while (t->slots[i].row1 != 0) i = (i + 1) & mask;
    t->slots[i] = Slot{static_cast<uint32_t>(r + 1), static_cast<uint32_t>(h >> 32)};
    ++t->size;
  }
}

}  // namespace redhare
