#include "redhare/chat_duplicates.h"

#include <algorithm>
#include <functional>
#include <string>

#include "redhare/strings.h"

namespace redhare {

namespace {

uint64_t mix(uint64_t x) {  // splitmix64's finaliser
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// The text hash, after wyhash (Wang Yi's, public domain; its final version 4
// and constants): 64 bits of a good hash, 16 bytes a step with a 64 x 64 ->
// 128-bit multiply, where std::hash (murmur, 8 bytes a step) was a tenth of
// the reading thread's time. Each step also asks whether the bytes it read
// hold a CR (a SWAR test, exact), so that the CRLF rule below costs texts
// without one no second pass.
constexpr uint64_t kSecret[4] = {0x2d358dccaa6c78a5ULL, 0x8bb84b93962eacc9ULL, 0x4b33a62ed433d4a3ULL,
                                 0x4d5a2da51de1aa47ULL};

// The high and low halves of a * b, xored.
inline uint64_t wymix(uint64_t a, uint64_t b) {
  const unsigned __int128 r = static_cast<unsigned __int128>(a) * b;
  return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
}
// Nonzero when a byte of w is a CR.
inline uint64_t cr_bytes(uint64_t w) {
  const uint64_t x = w ^ 0x0d0d0d0d0d0d0d0dULL;
  return (x - 0x0101010101010101ULL) & ~x & 0x8080808080808080ULL;
}

// The hash of p[0, n); *cr nonzero when a byte of it is a CR.
uint64_t text_hash(const char* p, size_t n, uint64_t* cr) {
  uint64_t seed = 0x6b8b4567327b23c6ULL;  // fixed: the same text hashes the same in every run
  seed ^= wymix(seed ^ kSecret[0], kSecret[1]);
  uint64_t a, b, seen = 0;
  if (n <= 16) {
    if (n >= 4) {
      // Four 4-byte reads that cover every byte (some twice).
      a = (load4(p) << 32) | load4(p + ((n >> 3) << 2));
      b = (load4(p + n - 4) << 32) | load4(p + n - 4 - ((n >> 3) << 2));
    } else if (n > 0) {
      a = (static_cast<uint64_t>(static_cast<unsigned char>(p[0])) << 16) |
          (static_cast<uint64_t>(static_cast<unsigned char>(p[n >> 1])) << 8) | static_cast<unsigned char>(p[n - 1]);
      b = 0;
    } else {
      a = b = 0;
    }
    seen = cr_bytes(a) | cr_bytes(b);
  } else {
    size_t i = n;
    if (i > 48) {
      uint64_t see1 = seed, see2 = seed;
      do {
        const uint64_t w0 = load8(p), w1 = load8(p + 8), w2 = load8(p + 16), w3 = load8(p + 24), w4 = load8(p + 32),
                       w5 = load8(p + 40);
        seen |= cr_bytes(w0) | cr_bytes(w1) | cr_bytes(w2) | cr_bytes(w3) | cr_bytes(w4) | cr_bytes(w5);
        seed = wymix(w0 ^ kSecret[1], w1 ^ seed);
        see1 = wymix(w2 ^ kSecret[2], w3 ^ see1);
        see2 = wymix(w4 ^ kSecret[3], w5 ^ see2);
        p += 48;
        i -= 48;
      } while (i > 48);
      seed ^= see1 ^ see2;
    }
    while (i > 16) {
      const uint64_t w0 = load8(p), w1 = load8(p + 8);
      seen |= cr_bytes(w0) | cr_bytes(w1);
      seed = wymix(w0 ^ kSecret[1], w1 ^ seed);
      i -= 16;
      p += 16;
    }
    // The last 16 bytes (they may overlap bytes already read).
    a = load8(p + i - 16);
    b = load8(p + i - 8);
    seen |= cr_bytes(a) | cr_bytes(b);
  }
  *cr = seen;
  a ^= kSecret[1];
  b ^= seed;
  const unsigned __int128 r = static_cast<unsigned __int128>(a) * b;
  a = static_cast<uint64_t>(r);
  b = static_cast<uint64_t>(r >> 64);
  return wymix(a ^ kSecret[0] ^ n, b ^ kSecret[1]);
}

}  // namespace

// A line break inside a quoted text is one break whether the file was saved
// with CRLF or LF: an export pasted twice, once from each, is still the same
// rows. So a text is hashed as if each CRLF in it were an LF (a lone CR is
// kept). Texts without a CR (every text of an LF export) are hashed as they
// are, in one pass; the others are hashed again from a copy with their CRLFs
// made LFs, on the stack unless the text is long (in a CRLF export every
// multi-line text has CRs, and this runs on the reading thread).
uint64_t chat_text_hash(std::string_view text) {
  uint64_t cr;
  const uint64_t h = text_hash(text.data(), text.size(), &cr);
  if (!cr) [[likely]]
    return h;
  if (text.find("\r\n") == std::string_view::npos) return h;  // lone CRs only
  constexpr size_t kStack = 1024;
  char stack[kStack];
  std::string heap;
  char* out = stack;
  if (text.size() > kStack) {
    heap.resize(text.size());
    out = heap.data();
  }
  size_t n = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;  // the LF follows
    out[n++] = text[i];
  }
  return text_hash(out, n, &cr);
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
