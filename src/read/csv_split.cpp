#include "redhare/csv_split.h"

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

}  // namespace

bool split_record(Simd simd, const char* rec, size_t len, const std::vector<int>& order, std::string_view* fields,
                  std::string* scratch, size_t* placeholders) {
  if (order.empty()) return false;
  size_t unused;
  if (!placeholders) placeholders = &unused;
  return simd == Simd::kAvx2 ? split_avx2(rec, len, order, fields, scratch, placeholders)
                             : split_sse2(rec, len, order, fields, scratch, placeholders);
}

}  // namespace redhare
