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

// The field ends of one step at buffer offset `offset` into out->ends from
// index `*count` on (a field end is a comma outside quotes or a record end),
// and the records that end in it. `placeholder` is the step's quoted newlines,
// `special` its quotes, quoted newlines and blanks: a field is special when
// one lies between the end before it and its own. M gives the bit count
// (ByteMasks' Sse2Masks or Avx2Masks).
template <class M>
__attribute__((always_inline)) inline void index_step(uint64_t comma_out, uint64_t newline, uint64_t placeholder,
                                                      uint64_t special, uint32_t offset, BlockIndexer::State* s,
                                                      BlockIndex* out, size_t* count) {
  uint64_t found = comma_out | newline;
  if (!found) {
    s->special |= special != 0;
    s->placeholders += static_cast<uint32_t>(M::ones(placeholder));
    return;
  }
  // At most 64 ends here: room for them first, so the loop only stores.
  auto& ends = out->ends;
  size_t c = *count;
  if (c + 64 > ends.size()) ends.resize(ends.size() * 2 > c + 64 ? ends.size() * 2 : c + 64);
  uint32_t* e = ends.data();
  if (!special && !s->special) {
    // No quote, placeholder or blank: every field plain (most steps). The
    // ends are stored four a round, without a branch per end on whether it
    // ends a record: stores past the last land in the room made above and
    // are overwritten by the next ends. Then the records: the end that is
    // each one's '\n' is the number of ends before it on.
    const size_t first = c;
    const size_t total = static_cast<size_t>(M::ones(found));
    for (size_t k = 0; k < total; k += 4) {
      e[first + k] = offset + static_cast<uint32_t>(std::countr_zero(found));
      found &= found - 1;
      e[first + k + 1] = offset + static_cast<uint32_t>(std::countr_zero(found));
      found &= found - 1;
      e[first + k + 2] = offset + static_cast<uint32_t>(std::countr_zero(found));
      found &= found - 1;
      e[first + k + 3] = offset + static_cast<uint32_t>(std::countr_zero(found));
      found &= found - 1;
    }
    const uint64_t ends_here = comma_out | newline;
    for (uint64_t nl = newline; nl; nl &= nl - 1) {
      const uint64_t before = (uint64_t{1} << std::countr_zero(nl)) - 1;
      out->records.push_back(
          {static_cast<uint32_t>(first + static_cast<size_t>(M::ones(ends_here & before))), s->placeholders});
      s->placeholders = 0;  // this step has none: they would make it special
    }
    *count = first + total;
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
      out->records.push_back(
          {static_cast<uint32_t>(c), s->placeholders + static_cast<uint32_t>(M::ones(placeholder & before))});
      placeholder &= ~before;
      s->placeholders = 0;
    }
    ++c;
  }
  s->special = special != 0;
  s->placeholders += static_cast<uint32_t>(M::ones(placeholder));
  *count = c;
}

}  // namespace redhare::read_detail
