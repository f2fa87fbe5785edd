#include "redhare/csv_split.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

#include "byte_masks.h"

namespace redhare {

namespace {

inline bool trim_char(char c) { return c == ' ' || c == '\t'; }

// One field, rec[b, e), trimmed and unquoted as fccp does, with placeholders
// back to '\n'. In a record with neither quotes nor placeholders (`special`
// false: most chat rows) every field is a view into the record.
std::string_view special_field(const char* rec, size_t b, size_t e, std::string* scratch);

__attribute__((always_inline)) inline std::string_view field(const char* rec, size_t b, size_t e, bool special,
                                                             std::string* scratch) {
  while (b != e && trim_char(rec[b])) ++b;
  while (b != e && trim_char(rec[e - 1])) --e;
  if (!special) return std::string_view(rec + b, e - b);
  return special_field(rec, b, e, scratch);
}

// A trimmed field of a record with quotes or placeholders somewhere.
std::string_view special_field(const char* rec, size_t b, size_t e, std::string* scratch) {
  const size_t out = scratch->size();
  if (e - b >= 2 && rec[b] == '"' && rec[e - 1] == '"') {
    ++b;
    --e;
    for (size_t i = b; i != e; ++i) {
      if (rec[i] == '"' && i + 1 != e && rec[i + 1] == '"') ++i;
      scratch->push_back(rec[i] == kPlaceholder ? '\n' : rec[i]);
    }
  } else {
    if (!std::memchr(rec + b, kPlaceholder, e - b)) return std::string_view(rec + b, e - b);
    for (size_t i = b; i != e; ++i) scratch->push_back(rec[i] == kPlaceholder ? '\n' : rec[i]);
  }
  return std::string_view(scratch->data() + out, scratch->size() - out);
}

template <class M>
__attribute__((always_inline)) inline bool split(const char* rec, size_t len, const std::vector<int>& order,
                                                 std::string_view* fields, std::string* scratch,
                                                 size_t* placeholders) {
  const size_t want = order.size();
  scratch->clear();
  // Unquoted fields are never longer than the record: the views into scratch
  // stay valid while it grows.
  if (scratch->capacity() < len) scratch->reserve(len);
  size_t n = 0;      // fields found so far
  size_t start = 0;  // where field n begins
  uint64_t inside = 0;  // all ones while a quote is open across 64-byte steps
  uint64_t special = 0;  // quotes or placeholders seen
  size_t newlines = 0;
  for (size_t base = 0; base < len; base += 64) {
    const read_detail::ByteMasks m = M::at(rec + base);
    const uint64_t valid = len - base >= 64 ? ~uint64_t{0} : (uint64_t{1} << (len - base)) - 1;
    const uint64_t quote = m.quote & valid;
    special |= quote | (m.placeholder & valid);
    for (uint64_t x = m.placeholder & valid; x; x &= x - 1) ++newlines;  // rare; no POPCNT in the build
    const uint64_t in = read_detail::inside_quotes(quote, &inside);
    for (uint64_t seps = m.comma & valid & ~in; seps; seps &= seps - 1) {
      const size_t end = base + static_cast<size_t>(std::countr_zero(seps));
      if (n + 1 >= want) return false;  // more fields than asked for
      if (order[n] >= 0) fields[order[n]] = field(rec, start, end, special != 0, scratch);
      ++n;
      start = end + 1;
    }
  }
  if (inside || n + 1 != want) return false;  // an open quote, or too few fields
  if (order[n] >= 0) fields[order[n]] = field(rec, start, len, special != 0, scratch);
  *placeholders = newlines;
  return true;
}

__attribute__((target("avx2"))) bool split_avx2(const char* rec, size_t len, const std::vector<int>& order,
                                                std::string_view* fields, std::string* scratch,
                                                size_t* placeholders) {
  return split<read_detail::Avx2Masks>(rec, len, order, fields, scratch, placeholders);
}

bool split_sse2(const char* rec, size_t len, const std::vector<int>& order, std::string_view* fields,
                std::string* scratch, size_t* placeholders) {
  return split<read_detail::Sse2Masks>(rec, len, order, fields, scratch, placeholders);
}

// Set bits, few of them (quoted newlines): the build targets x86-64 without
// POPCNT, where std::popcount is a library call.
inline uint32_t ones(uint64_t x) {
  uint32_t n = 0;
  for (; x; x &= x - 1) ++n;
  return n;
}

// One pass over buf[at, at + n), 64 bytes at a time: the field ends are the
// commas outside quotes and the newlines. A field is special when a quote or a
// placeholder lies between the end before it and its own.
template <class M>
__attribute__((always_inline)) inline void index_block(const char* buf, size_t at, size_t n,
                                                       BlockIndexer::State* s, BlockIndex* out) {
  auto& ends = out->ends;
  size_t count = ends.size();
  for (size_t i = 0; i < n; i += 64) {
    const read_detail::ByteMasks m = M::at(buf + at + i);
    const uint64_t valid = n - i >= 64 ? ~uint64_t{0} : (uint64_t{1} << (n - i)) - 1;
    const uint64_t quote = m.quote & valid;
    const uint64_t newline = m.newline & valid;
    uint64_t placeholder = m.placeholder & valid;
    uint64_t special = quote | placeholder;
    const uint64_t in = read_detail::inside_quotes(quote, &s->quote);
    uint64_t found = (m.comma & valid & ~in) | newline;
    if (!found) {
      s->special |= special != 0;
      s->placeholders += ones(placeholder);
      continue;
    }
    // At most 64 ends here: room for them first, so the loop only stores.
    if (count + 64 > ends.size()) ends.resize(std::max(ends.size() * 2, count + 64));
    uint32_t* e = ends.data();
    const uint32_t offset = static_cast<uint32_t>(at + i);
    if (!special && !s->special) {
      // No quote and no placeholder: every field plain (most steps).
      for (; found; found &= found - 1) {
        const int b = std::countr_zero(found);
        e[count] = offset + static_cast<uint32_t>(b);
        if (newline >> b & 1) {
          out->records.push_back({static_cast<uint32_t>(count), s->placeholders});
          s->placeholders = 0;
        }
        ++count;
      }
      continue;
    }
    for (; found; found &= found - 1) {
      const int b = std::countr_zero(found);
      const uint64_t before = (uint64_t{1} << b) - 1;
      const bool field_special = s->special || (special & before) != 0;
      special &= ~before;
      s->special = false;
      e[count] = (offset + static_cast<uint32_t>(b)) | (field_special ? BlockIndex::kSpecial : 0);
      if (newline >> b & 1) {
        out->records.push_back({static_cast<uint32_t>(count), s->placeholders + ones(placeholder & before)});
        placeholder &= ~before;
        s->placeholders = 0;
      }
      ++count;
    }
    s->special = special != 0;
    s->placeholders += ones(placeholder);
  }
  ends.resize(count);
}

__attribute__((target("avx2"))) void index_avx2(const char* buf, size_t at, size_t n, BlockIndexer::State* s,
                                                BlockIndex* out) {
  index_block<read_detail::Avx2Masks>(buf, at, n, s, out);
}

void index_sse2(const char* buf, size_t at, size_t n, BlockIndexer::State* s, BlockIndex* out) {
  index_block<read_detail::Sse2Masks>(buf, at, n, s, out);
}

}  // namespace

void BlockIndexer::index(const char* buf, size_t at, size_t n, BlockIndex* out) {
  out->ends.clear();
  out->records.clear();
  // The unfinished record's bytes now end at buf + at, where they ended at
  // tail_end_ in the block before: its field ends move by the same distance.
  for (uint32_t t : tail_)
    out->ends.push_back(static_cast<uint32_t>((t & BlockIndex::kOffset) + at - tail_end_) |
                        (t & BlockIndex::kSpecial));
  if (simd_ == Simd::kAvx2)
    index_avx2(buf, at, n, &state_, out);
  else
    index_sse2(buf, at, n, &state_, out);
  const size_t first_open = out->records.empty() ? 0 : out->records.back().end + 1;
  tail_.assign(out->ends.begin() + static_cast<std::ptrdiff_t>(first_open), out->ends.end());
  tail_end_ = at + n;
}

bool split_indexed(const char* buf, size_t begin, size_t end, const uint32_t* ends, size_t count,
                   const std::vector<int>& order, std::string_view* fields, std::string* scratch) {
  if (count != order.size()) return false;
  scratch->clear();
  // Unquoted fields are never longer than the record: the views into scratch
  // stay valid while it grows.
  if (scratch->capacity() < end - begin) scratch->reserve(end - begin);
  size_t b = begin;
  for (size_t k = 0; k < count; ++k) {
    // The last field ends where the record does (before a CR of CRLF).
    const size_t e = k + 1 == count ? end : ends[k] & BlockIndex::kOffset;
    if (order[k] >= 0) fields[order[k]] = field(buf, b, e, (ends[k] & BlockIndex::kSpecial) != 0, scratch);
    b = e + 1;
  }
  return true;
}

bool split_record(Simd simd, const char* rec, size_t len, const std::vector<int>& order, std::string_view* fields,
                  std::string* scratch, size_t* placeholders) {
  if (order.empty()) return false;
  size_t unused;
  if (!placeholders) placeholders = &unused;
  return simd == Simd::kAvx2 ? split_avx2(rec, len, order, fields, scratch, placeholders)
                             : split_sse2(rec, len, order, fields, scratch, placeholders);
}

}  // namespace redhare
