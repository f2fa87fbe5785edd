// csv_split: CSV records -> fields, exactly as fast-cpp-csv-parser's
// io::detail::parse_line<trim_chars<' ', '\t'>, double_quote_escape<',', '"'>>
// splits them (that parser stays the reference: tests/read/csv_split_test.cpp,
// csv_rows_diff_test.cpp and fuzz/fuzz_split.cpp feed both the same bytes):
//   - a ',' separates fields unless an odd number of '"' precede it in the record
//     (a quote anywhere toggles, so `a"b,c"d` is one field);
//   - each field loses spaces and tabs at both ends, then, if it is at least two
//     bytes that start and end with '"', those quotes, and each `""` inside
//     becomes `"`;
//   - a quote left open at the end, or a field count other than the one asked
//     for, is an error (fccp throws; both become "expected N fields, found M").
// The quoted newline placeholder (kPlaceholder) becomes '\n' in the fields, as
// CsvRows needs. Nothing is written into the record.
//
// The work is cut in two, simdcsv-style. The index of every field end of a
// whole block (2 MiB) is made 64 bytes at a time (two AVX2 or four SSE2
// compares, a prefix XOR of the quote bits for the quote state), on the
// read-ahead thread: for a UTF-8 file by ByteSource::read_indexed in the same
// pass that checks the bytes (its steps are index_step, shared with
// BlockIndexer), for GBK by BlockIndexer after the decoding. split_indexed
// then only looks a record's fields up, on the reading thread. fccp's parse_line walked every byte of every record on
// the reading thread, and strlen'ed each field after.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "redhare/simd.h"

namespace redhare {

// How many bytes past the indexed bytes BlockIndexer (and split_record) may
// read (not use): the buffer holding them must have them.
inline constexpr size_t kSplitPadding = 64;

// The field ends and records of one block of a file.
struct BlockIndex {
  // Set in a field end when the field holds a quote, a quoted newline, a
  // space or a tab: only such fields need trimming or unquoting (nearly no
  // field of a chat export).
  static constexpr uint32_t kSpecial = uint32_t{1} << 31;
  static constexpr uint32_t kOffset = kSpecial - 1;
  struct Record {
    uint32_t end;           // index in `ends` of the record's '\n'
    uint32_t placeholders;  // its quoted newlines, for line numbers
  };
  // Grown by resize() without zeroing: every entry is written before it is read.
  template <class T>
  struct NoZero : std::allocator<T> {
    template <class U>
    struct rebind {
      using other = NoZero<U>;
    };
    NoZero() = default;
    template <class U>
    NoZero(const NoZero<U>&) {}
    template <class U>
    void construct(U* p) noexcept {
      ::new (static_cast<void*>(p)) U;
    }
    template <class U, class... A>
    void construct(U* p, A&&... a) {
      ::new (static_cast<void*>(p)) U(std::forward<A>(a)...);
    }
  };
  // Every field end in order, as an offset into the block's buffer (| kSpecial):
  // a comma outside quotes, or the '\n' that ends a record. The ends of the
  // record carried over from the block before (its bytes moved in front of the
  // block) come first.
  std::vector<uint32_t, NoZero<uint32_t>> ends;
  std::vector<Record> records;  // each whole record, in order
};

// Indexes the blocks of one stream, one after another, all on one thread. It
// carries from a block to the next what a record that straddles them needs:
// the quote state, the field ends found so far (moved with the record's
// bytes), whether its current field is special and its quoted newlines. The
// quote state runs over the whole stream: ByteSource leaves a '\n' only
// outside quotes, so every record starts outside them, and a quote's parity in
// the stream is its parity in its record, as parse_line counts it.
class BlockIndexer {
 public:
  struct State {
    uint64_t quote = 0;         // all ones while a quote is open
    bool special = false;       // the field being read holds a quote, placeholder or blank so far
    uint32_t placeholders = 0;  // the unfinished record's quoted newlines so far
  };

  explicit BlockIndexer(Simd simd) : simd_(simd) {}
  // Indexes buf[at, at + n) into *out. The caller moves the unfinished record
  // at the end of the block before (the bytes after its last '\n') to just
  // before buf + at. buf[at + n, at + n + kSplitPadding) must be readable.
  void index(const char* buf, size_t at, size_t n, BlockIndex* out);
  // What is carried into the next block.
  const State& state() const { return state_; }

  // index() in three parts, for a pass that finds the field ends of most of
  // a block itself (ByteSource::read_indexed, which checks the bytes in the
  // same pass): begin_block(), then steps that update steps_state() and
  // *out through read_detail::index_step (or index_more() over
  // buf[from, from + n), continuing where the steps stopped), then
  // end_block() with the bytes the block holds.
  void begin_block(size_t at, BlockIndex* out);
  void index_more(const char* buf, size_t from, size_t n, BlockIndex* out);
  void end_block(size_t at, size_t n, const BlockIndex& out);
  State* steps_state() { return &state_; }

 private:
  Simd simd_;
  State state_;
  std::vector<uint32_t> tail_;  // the unfinished record's field ends
  size_t tail_end_ = 0;         // the offset where the block they are in ended
};

// Splits the record buf[begin, end) (a CR of CRLF already off) whose field
// ends are ends[0, count) (the last one is its '\n', or its end), as
// parse_line does. `order[i]` is where file column i goes in `fields`, or -1 to
// skip it; `fields` has room for every target. Fields that need unquoting or
// a newline put back are written to `scratch` (cleared first when a record
// has one; it must not be touched until the fields are used). False when
// count is not the number of columns in `order`; `fields` is then unspecified.
//
// Inline for the reading thread's row loop: a record none of whose fields is
// special (nearly every row of an export) is only views into buf, with no
// scratch and no call; one with a special field goes to
// split_indexed_special, out of line.
bool split_indexed_special(const char* buf, size_t begin, size_t end, const uint32_t* ends, size_t count,
                           const std::vector<int>& order, std::string_view* fields, std::string* scratch);

inline bool split_indexed(const char* buf, size_t begin, size_t end, const uint32_t* ends, size_t count,
                          const std::vector<int>& order, std::string_view* fields, std::string* scratch) {
  if (count != order.size()) return false;
  if (count == 0) return true;
  // Every field as a view, in one pass; should one be special after all,
  // split_indexed_special writes them all again.
  const int* to = order.data();
  uint32_t special = 0;
  size_t b = begin;
  for (size_t k = 0; k + 1 < count; ++k) {
    special |= ends[k];
    const size_t e = ends[k] & BlockIndex::kOffset;
    if (to[k] >= 0) fields[to[k]] = std::string_view(buf + b, e - b);
    b = e + 1;
  }
  // The last field ends where the record does (before a CR of CRLF).
  special |= ends[count - 1];
  if (to[count - 1] >= 0) fields[to[count - 1]] = std::string_view(buf + b, end - b);
  if (special & BlockIndex::kSpecial) [[unlikely]]
    return split_indexed_special(buf, begin, end, ends, count, order, fields, scratch);
  return true;
}

// The same for one record rec[0, len) without its '\n' (it holds none), indexed
// on its own: for tests and the fuzz target, which hold it to parse_line. On
// success `*placeholders` (if not null) is how many quoted newlines it holds.
// False on an error (a quote never closed, or the wrong field count).
bool split_record(Simd simd, const char* rec, size_t len, const std::vector<int>& order,
                  std::string_view* fields, std::string* scratch, size_t* placeholders = nullptr);

}  // namespace redhare
