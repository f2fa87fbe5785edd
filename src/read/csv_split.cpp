#include "redhare/csv_split.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

#include "byte_masks.h"
#include "index_step.h"

#include <immintrin.h>

namespace redhare {

namespace {

inline bool trim_char(char c) { return c == ' ' || c == '\t'; }

// One field, rec[b, e), trimmed and unquoted as fccp does, with placeholders
// back to '\n'. A field with no quote, placeholder, space or tab (`special`
// false: nearly every field of a chat export) is a view into the record as it
// is, without looking at its bytes.
std::string_view special_field(const char* rec, size_t b, size_t e, std::string* scratch);

__attribute__((always_inline)) inline std::string_view field(const char* rec, size_t b, size_t e, bool special,
                                                             std::string* scratch) {
  if (!special) return std::string_view(rec + b, e - b);
  while (b != e && trim_char(rec[b])) ++b;
  while (b != e && trim_char(rec[e - 1])) --e;
  return special_field(rec, b, e, scratch);
}

// A trimmed field that held a quote, a placeholder or a blank. Copied 16
// bytes at a time up to the next quote or placeholder (a chat text runs ~60
// bytes between them): the output never runs ahead of the input, so a whole
// 16-byte store stays within the field's room in scratch.
std::string_view special_field(const char* rec, size_t b, size_t e, std::string* scratch) {
  const bool quoted = e - b >= 2 && rec[b] == '"' && rec[e - 1] == '"';
  if (quoted) {
    ++b;
    --e;
  } else if (!std::memchr(rec + b, kPlaceholder, e - b)) {
    return std::string_view(rec + b, e - b);
  }
  const size_t out = scratch->size();
  scratch->resize(out + (e - b));  // within the capacity split_indexed reserved
  char* const start = scratch->data() + out;
  char* o = start;
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i placeholder = _mm_set1_epi8(kPlaceholder);
  for (size_t i = b; i != e;) {
    for (; i + 16 <= e;) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(rec + i));
      const unsigned hit = static_cast<unsigned>(
          _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, placeholder))));
      _mm_storeu_si128(reinterpret_cast<__m128i*>(o), v);
      const size_t run = hit ? static_cast<size_t>(std::countr_zero(hit)) : 16;
      i += run;
      o += run;
      if (hit) break;
    }
    if (i == e) break;
    // A quote or a placeholder, or a byte of the last < 16.
    char c = rec[i];
    if (c == kPlaceholder)
      c = '\n';
    else if (c == '"' && quoted && i + 1 != e && rec[i + 1] == '"')
      ++i;  // `""` inside quotes is one quote
    *o++ = c;
    ++i;
  }
  scratch->resize(out + static_cast<size_t>(o - start));
  return std::string_view(scratch->data() + out, static_cast<size_t>(o - start));
}

// One pass over buf[at, at + n), 64 bytes at a time: the field ends are the
// commas outside quotes and the newlines (ByteSource has made every quoted
// newline a placeholder by now).
template <class M>
__attribute__((always_inline)) inline void index_block(const char* buf, size_t at, size_t n,
                                                       BlockIndexer::State* s, BlockIndex* out) {
  size_t count = out->ends.size();
  for (size_t i = 0; i < n; i += 64) {
    const read_detail::ByteMasks m = M::at(buf + at + i);
    const uint64_t valid = n - i >= 64 ? ~uint64_t{0} : (uint64_t{1} << (n - i)) - 1;
    const uint64_t quote = m.quote & valid;
    const uint64_t placeholder = m.placeholder & valid;
    const uint64_t in = M::inside(quote, &s->quote);
    read_detail::index_step<M>(m.comma & valid & ~in, m.newline & valid, placeholder,
                               quote | placeholder | (m.blank & valid), static_cast<uint32_t>(at + i), s, out, &count);
  }
  out->ends.resize(count);
}

__attribute__((target("avx2,popcnt,pclmul"))) void index_avx2(const char* buf, size_t at, size_t n,
                                                              BlockIndexer::State* s, BlockIndex* out) {
  index_block<read_detail::Avx2Masks>(buf, at, n, s, out);
}

void index_sse2(const char* buf, size_t at, size_t n, BlockIndexer::State* s, BlockIndex* out) {
  index_block<read_detail::Sse2Masks>(buf, at, n, s, out);
}

}  // namespace

void BlockIndexer::index(const char* buf, size_t at, size_t n, BlockIndex* out) {
  begin_block(at, out);
  index_more(buf, at, n, out);
  end_block(at, n, *out);
}

void BlockIndexer::begin_block(size_t at, BlockIndex* out) {
  out->ends.clear();
  out->records.clear();
  // The unfinished record's bytes now end at buf + at, where they ended at
  // tail_end_ in the block before: its field ends move by the same distance.
  for (uint32_t t : tail_)
    out->ends.push_back(static_cast<uint32_t>((t & BlockIndex::kOffset) + at - tail_end_) |
                        (t & BlockIndex::kSpecial));
}

void BlockIndexer::index_more(const char* buf, size_t from, size_t n, BlockIndex* out) {
  if (simd_ == Simd::kAvx2)
    index_avx2(buf, from, n, &state_, out);
  else
    index_sse2(buf, from, n, &state_, out);
}

void BlockIndexer::end_block(size_t at, size_t n, const BlockIndex& out) {
  const size_t first_open = out.records.empty() ? 0 : out.records.back().end + 1;
  tail_.assign(out.ends.begin() + static_cast<std::ptrdiff_t>(first_open), out.ends.end());
  tail_end_ = at + n;
}

bool split_indexed_special(const char* buf, size_t begin, size_t end, const uint32_t* ends, size_t count,
                           const std::vector<int>& order, std::string_view* fields, std::string* scratch) {
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
  // A block that holds the one record, without its '\n': its field ends are
  // the commas, then the record's end.
  BlockIndexer indexer(simd);
  BlockIndex index;
  indexer.index(rec, 0, len, &index);
  const BlockIndexer::State open = indexer.state();
  if (open.quote) return false;  // a quote never closed
  index.ends.push_back(static_cast<uint32_t>(len) | (open.special ? BlockIndex::kSpecial : 0));
  if (!split_indexed(rec, 0, len, index.ends.data(), index.ends.size(), order, fields, scratch)) return false;
  if (placeholders) *placeholders = open.placeholders;
  return true;
}

}  // namespace redhare
