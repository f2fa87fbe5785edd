// index_step: what the block index records of one 64-byte step, given where
// its commas, quotes, record ends, quoted newlines and blanks are and which
// bytes lie inside quotes. Private to the read stage. Shared by the index's
// own pass (BlockIndexer, over bytes ByteSource has already checked) and
// ByteSource's one pass (read_indexed), which checks, marks and indexes each
// step while its bytes are in registers; inlined into both.
#pragma once

#include <bit>
#include <cstdint>

#include "redhare/csv_split.h"

namespace redhare::read_detail {

// Set bits, few of them (quoted newlines): the build targets x86-64 without
// POPCNT, where std::popcount is a library call.
inline uint32_t few_ones(uint64_t x) {
  uint32_t n = 0;
  for (; x; x &= x - 1) ++n;
  return n;
}

// The field ends of one step at buffer offset `offset` into out->ends from
// index `*count` on (a field end is a comma outside quotes or a record end),
// and the records that end in it. `placeholder` is the step's quoted newlines,
// `special` its quotes, quoted newlines and blanks: a field is special when
// one lies between the end before it and its own.
__attribute__((always_inline)) inline void index_step(uint64_t comma_out, uint64_t newline, uint64_t placeholder,
                                                      uint64_t special, uint32_t offset, BlockIndexer::State* s,
                                                      BlockIndex* out, size_t* count) {
  uint64_t found = comma_out | newline;
  if (!found) {
    s->special |= special != 0;
    s->placeholders += few_ones(placeholder);
    return;
  }
  // At most 64 ends here: room for them first, so the loop only stores.
  auto& ends = out->ends;
  size_t c = *count;
  if (c + 64 > ends.size()) ends.resize(ends.size() * 2 > c + 64 ? ends.size() * 2 : c + 64);
  uint32_t* e = ends.data();
  if (!special && !s->special) {
    // No quote, placeholder or blank: every field plain (most steps).
    for (; found; found &= found - 1) {
      const int b = std::countr_zero(found);
      e[c] = offset + static_cast<uint32_t>(b);
      if (newline >> b & 1) {
        out->records.push_back({static_cast<uint32_t>(c), s->placeholders});
        s->placeholders = 0;
      }
      ++c;
    }
    *count = c;
    return;
  }
  for (; found; found &= found - 1) {
    const int b = std::countr_zero(found);
    const uint64_t before = (uint64_t{1} << b) - 1;
    const bool field_special = s->special || (special & before) != 0;
    special &= ~before;
    s->special = false;
    e[c] = (offset + static_cast<uint32_t>(b)) | (field_special ? BlockIndex::kSpecial : 0);
    if (newline >> b & 1) {
      out->records.push_back({static_cast<uint32_t>(c), s->placeholders + few_ones(placeholder & before)});
      placeholder &= ~before;
      s->placeholders = 0;
    }
    ++c;
  }
  s->special = special != 0;
  s->placeholders += few_ones(placeholder);
  *count = c;
}

}  // namespace redhare::read_detail
