#include "redhare/byte_source.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cerrno>
#include <cstring>
#include <exception>

#include "redhare/error.h"
#include "redhare/utf8.h"
#include "byte_masks.h"
#include "index_step.h"
#include "utf8_steps.h"

#include <immintrin.h>

namespace redhare {

namespace {

constexpr size_t kSniffBytes = 64 * 1024;

constexpr auto kSpecial = [] {
  std::array<bool, 256> t{};
  t['"'] = t['\n'] = t['\0'] = t[static_cast<unsigned char>(kPlaceholder)] = true;
  return t;
}();

// The index of the first byte from `i` on that scan() must look at (a quote,
// newline, NUL or the placeholder), or n. Chat rows run ~100 bytes between
// such bytes, so with SSE2 (every x86-64) they are skipped 16 at a time.
size_t next_special(const char* p, size_t i, size_t n) {
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i newline = _mm_set1_epi8('\n');
  const __m128i nul = _mm_setzero_si128();
  const __m128i placeholder = _mm_set1_epi8(kPlaceholder);
  for (; i + 16 <= n; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, newline)),
                                     _mm_or_si128(_mm_cmpeq_epi8(v, nul), _mm_cmpeq_epi8(v, placeholder)));
    if (const int mask = _mm_movemask_epi8(hit))
      return i + static_cast<size_t>(std::countr_zero(static_cast<unsigned>(mask)));
  }
#endif
  while (i < n && !kSpecial[static_cast<unsigned char>(p[i])]) ++i;
  return i;
}

// What mark() carries from byte to byte, as ByteSource's members of the same names.
struct MarkState {
  uint64_t line;
  uint64_t quote_line;
  uint64_t record_line;
  uint64_t record_begin;
  bool in_quote;
};

// One step's marks, shared by mark() and read_indexed()'s passes: given the
// 64 bytes at o (stream offset `pos`), their masks, which of them are inside
// quotes (`in`) and whether a quote is open after them, notes record ends
// and lines in *s and turns quoted newlines into placeholders in place.
// False, with nothing changed, when a record ending here has grown past
// kMaxRecordBytes.
template <class M>
__attribute__((always_inline)) inline bool mark_step(char* o, uint64_t pos, const read_detail::ByteMasks& m,
                                                     uint64_t in, bool open, MarkState* s) {
  if (const uint64_t ends = m.newline & ~in) {
    const int first = std::countr_zero(ends);
    if (pos + static_cast<uint64_t>(first) - s->record_begin > kMaxRecordBytes) return false;
    const int last = 63 - std::countl_zero(ends);
    s->record_begin = pos + static_cast<uint64_t>(last) + 1;
    s->record_line = s->line + static_cast<uint64_t>(M::ones(m.newline & ((uint64_t{2} << last) - 1)));
  }
  for (uint64_t q = m.newline & in; q; q &= q - 1) o[std::countr_zero(q)] = kPlaceholder;
  if (const uint64_t opens = m.quote & in; open && opens) {
    const int last = 63 - std::countl_zero(opens);
    s->quote_line = s->line + static_cast<uint64_t>(M::ones(m.newline & ((uint64_t{1} << last) - 1)));
  }
  if (m.newline) s->line += static_cast<uint64_t>(M::ones(m.newline));
  return true;
}

// mark()'s steps of 64 bytes over o[0, n) (the stream's bytes from
// `emitted` on): the quote state of every byte from the parity of the quotes
// before it, lines by counting newlines, quoted newlines to placeholders in
// place. Returns where it stopped: the last whole step, or a step holding a
// NUL or 0x1F (left to the byte loop, which reports it in order), or one where
// a record grows too long (*too_long; the state is then that step's start).
// Inlined into one function per vector width, so the masks are not a call
// per step and the AVX2 one counts lines with POPCNT.
template <class M>
__attribute__((always_inline)) inline size_t mark_steps(char* o, size_t n, uint64_t emitted, MarkState* s,
                                                        bool* too_long) {
  size_t start = 0;
  for (; start + 64 <= n; start += 64) {
    const read_detail::ByteMasks m = M::at(o + start);
    if (m.nul | m.placeholder) break;
    if (!m.quote && !m.newline) continue;
    uint64_t carry = s->in_quote ? ~uint64_t{0} : 0;
    const uint64_t in = read_detail::inside_quotes(m.quote, &carry);
    if (!mark_step<M>(o + start, emitted + start, m, in, carry != 0, s)) {
      *too_long = true;
      break;
    }
    s->in_quote = carry != 0;
  }
  return start;
}

__attribute__((target("avx2,popcnt"))) size_t mark_avx2(char* o, size_t n, uint64_t emitted, MarkState* s,
                                                        bool* too_long) {
  return mark_steps<read_detail::Avx2Masks>(o, n, emitted, s, too_long);
}

size_t mark_sse2(char* o, size_t n, uint64_t emitted, MarkState* s, bool* too_long) {
  return mark_steps<read_detail::Sse2Masks>(o, n, emitted, s, too_long);
}

// read_indexed()'s steps: mark_steps' checks and marks and the block index's
// field ends (index_step) in one go over each 64 bytes of b[from, limit),
// with the UTF-8 check (U) too where the vector width has one. `base` is the
// stream offset of b[0], `at` its offset in the index's buffer. Stops before
// a step that holds a NUL or 0x1F, bad UTF-8 or the end of a record over
// kMaxRecordBytes (*stopped): the byte-exact path (check_rest) goes on
// from there, so errors are the same as read()'s. The quote state is one
// for both: a '\n' outside quotes is a record end, inside one a placeholder.
template <class M, class U>
__attribute__((always_inline)) inline size_t pass_steps(char* b, size_t from, size_t limit, size_t at, uint64_t base,
                                                        MarkState* mark_state, BlockIndexer::State* index_state,
                                                        BlockIndex* out, U* utf8_state, bool* stopped) {
  // Locals, not through the pointers: the placeholders are written through a
  // char*, which may alias anything, and the state would be reloaded.
  MarkState ms = *mark_state;
  BlockIndexer::State xs = *index_state;
  U us = *utf8_state;
  MarkState* const s = &ms;
  BlockIndexer::State* const x = &xs;
  U* const utf8 = &us;
  size_t count = out->ends.size();
  uint64_t carry = s->in_quote ? ~uint64_t{0} : 0;
  size_t i = from;
  for (; i + 64 <= limit; i += 64) {
    char* const o = b + i;
    read_detail::ByteMasks m;
    if (!M::clean_at(o, &m) || utf8->bad(o)) {
      *stopped = true;
      break;
    }
    uint64_t next = carry;
    const uint64_t in = M::inside(m.quote, &next);
    const uint64_t record_ends = m.newline & ~in;
    const uint64_t quoted = m.newline & in;
    if (!mark_step<M>(o, base + i, m, in, next != 0, s)) {
      *stopped = true;
      break;
    }
    carry = next;
    read_detail::index_step<M>(m.comma & ~in, record_ends, quoted, m.quote | quoted | m.blank,
                               static_cast<uint32_t>(at + i), x, out, &count);
  }
  s->in_quote = carry != 0;
  x->quote = carry;
  *mark_state = ms;
  *index_state = xs;
  out->ends.resize(count);
  return i;
}

// SSE2 steps leave UTF-8 to utf8_check, before them.
struct NoUtf8Steps {
  static bool bad(const char*) { return false; }
};

// AVX2 steps check UTF-8 as utf8_check does (Keiser and Lemire), with the 32
// bytes before each half. A character cut by a step's end is judged in the
// next step; check_rest looks again from the start of the one at the end.
struct Avx2Utf8Steps {
  __m256i prev;
  __attribute__((target("avx2"))) bool bad(const char* p) {
    const __m256i lo = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
    const __m256i hi = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 32));
    bool found = false;
    // All ASCII after a whole character: nothing to look up (most steps).
    if (_mm256_movemask_epi8(_mm256_or_si256(_mm256_or_si256(lo, hi), prev)) != 0) {
      const __m256i e = _mm256_or_si256(utf8_detail::errors(lo, prev), utf8_detail::errors(hi, lo));
      found = !_mm256_testz_si256(e, e);
    }
    prev = hi;
    return found;
  }
};

__attribute__((target("avx2,popcnt,pclmul"))) size_t pass_avx2(char* b, size_t from, size_t limit, size_t at,
                                                               uint64_t base, MarkState* s, BlockIndexer::State* x,
                                                               BlockIndex* out, bool* stopped) {
  // A block starts on a character's start: nothing before it to judge by.
  Avx2Utf8Steps utf8{from == 0 ? _mm256_setzero_si256()
                               : _mm256_loadu_si256(reinterpret_cast<const __m256i*>(b + from - 32))};
  return pass_steps<read_detail::Avx2Masks>(b, from, limit, at, base, s, x, out, &utf8, stopped);
}

size_t pass_sse2(char* b, size_t from, size_t limit, size_t at, uint64_t base, MarkState* s,
                 BlockIndexer::State* x, BlockIndex* out, bool* stopped) {
  const size_t c = utf8_detail::character_start(b, from);
  const Utf8Check v = utf8_check(b + c, limit - c, Simd::kSse2);
  NoUtf8Steps utf8;
  const size_t i = pass_steps<read_detail::Sse2Masks>(b, from, std::max(c + v.valid, from), at, base, s, x, out,
                                                      &utf8, stopped);
  if (v.invalid) *stopped = true;
  return i;
}

// The bytes at the end of b[0, n) that begin a character they do not finish.
size_t cut_character(const char* b, size_t n) {
  const size_t c = utf8_detail::character_start(b, n);
  if (c == n) return 0;
  const auto lead = static_cast<unsigned char>(b[c]);
  const size_t len = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
  return len > n - c ? n - c : 0;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

template <class Bytes>
bool has_bom(const Bytes& raw) {
  return raw.size() >= 3 && raw[0] == '\xEF' && raw[1] == '\xBB' && raw[2] == '\xBF';
}

}  // namespace

Encoding parse_encoding(std::string_view text) {
  if (iequals(text, "utf-8") || iequals(text, "utf8")) return Encoding::kUtf8;
  if (iequals(text, "gbk") || iequals(text, "gb18030") || iequals(text, "gb2312")) return Encoding::kGbk;
  if (iequals(text, "auto")) return Encoding::kAuto;
  throw UsageError(Msg(MsgId::kBadEncodingWord, {quote_value(text)}));
}

ByteSource::ByteSource(const std::string& path, Encoding encoding, size_t chunk)
    : name_(path), encoding_(encoding), chunk_(chunk) {
  if (path == "-") {
    fd_ = 0;
  } else {
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0)
      throw InputError(Location{path, 0, {}}, Msg(MsgId::kCannotOpen, {std::strerror(errno)}));
    owns_fd_ = true;
  }
}

ByteSource::ByteSource(int fd, std::string name, Encoding encoding, size_t chunk)
    : name_(std::move(name)), fd_(fd), encoding_(encoding), chunk_(chunk) {}

ByteSource::~ByteSource() {
  if (cd_ != reinterpret_cast<iconv_t>(-1)) iconv_close(cd_);
  if (owns_fd_) ::close(fd_);
}

void ByteSource::fail(uint64_t line, Msg what) const {
  throw InputError(Location{name_, line, {}}, std::move(what));
}

int ByteSource::read(char* buffer, int size) {
  int done = 0;
  while (done < size) {
    if (out_pos_ == out_.size()) {
      if (held_ && done > 0) break;  // held: short read first
      try {
        if (!refill()) break;
      } catch (const InputError&) {
        // The bad record began in an earlier fill (refill() keeps nothing):
        // what this read holds so far is the records before it and its first
        // bytes, with no '\n' after them. Handed out, those records are seen
        // (a bad row among them is the first error of a strict run), and the
        // error waits for the next read. Thrown now, it took them along.
        if (done == 0) throw;
        held_ = std::current_exception();
        out_.clear();
        out_pos_ = 0;
        break;
      }
    }
    size_t n = std::min(out_.size() - out_pos_, static_cast<size_t>(size - done));
    std::memcpy(buffer + done, out_.data() + out_pos_, n);
    out_pos_ += n;
    done += static_cast<int>(n);
  }
  return done;
}

// Strict mode reports the first bad row, but bytes are checked a block ahead
// of the rows. So when the bytes hold an error, the records before the bad
// one are handed out first and the error is thrown by the next read: a bad row
// earlier in the same block is still seen (and reported) before it.
bool ByteSource::refill() {
  if (held_) std::rethrow_exception(held_);
  try {
    return fill();
  } catch (const InputError&) {
    // out_ starts at byte fill_start_ of the stream; keep what precedes the
    // bad record (none of it if the record began in an earlier fill).
    size_t keep = record_begin_ > fill_start_ ? static_cast<size_t>(record_begin_ - fill_start_) : 0;
    if (keep == 0 || keep > out_.size()) throw;
    held_ = std::current_exception();
    out_.resize(keep);
    out_pos_ = 0;
    return true;
  }
}

size_t ByteSource::read_raw() {
  size_t old = raw_.size();
  raw_.resize(old + chunk_);
  const size_t got = read_file(raw_.data() + old, chunk_);
  raw_.resize(old + got);
  return got;
}

void ByteSource::decide_encoding() {
  // Sniff on the first 64 KiB: a BOM or valid UTF-8 means UTF-8. A GBK file
  // of Chinese text is almost never valid UTF-8 for that long.
  while (raw_.size() < kSniffBytes && read_raw() > 0) {
  }
  if (raw_.empty()) eof_ = true;
  // Excel's "Unicode Text" is UTF-16 with a byte order mark. FF and FE begin
  // no UTF-8 or GB18030 character, so say what the file is rather than
  // "invalid byte sequence" with a hint to try another encoding.
  if (raw_.size() >= 2 && ((raw_[0] == '\xFF' && raw_[1] == '\xFE') || (raw_[0] == '\xFE' && raw_[1] == '\xFF')))
    fail(1, Msg(MsgId::kUtf16));
  if (encoding_ == Encoding::kAuto) {
    size_t n = std::min(raw_.size(), kSniffBytes);
    encoding_ = has_bom(raw_) || !utf8_check(raw_.data(), n).invalid ? Encoding::kUtf8 : Encoding::kGbk;
  }
  if (encoding_ == Encoding::kUtf8 && has_bom(raw_)) raw_.erase(raw_.begin(), raw_.begin() + 3);
  if (encoding_ == Encoding::kGbk) {
    cd_ = iconv_open("UTF-8", "GB18030");
    if (cd_ == reinterpret_cast<iconv_t>(-1)) fail(0, Msg(MsgId::kNoIconv));
  }
}

// One pass over decoded UTF-8: quote state, placeholders, forbidden bytes and
// the record length limit. Appends to out_. Most bytes are none of the four
// special ones and are skipped by next_special.
void ByteSource::scan(const char* p, size_t n) {
  const size_t base = out_.size();
  out_.insert(out_.end(), p, p + n);
  mark(out_.data() + base, n);
}

void ByteSource::mark(char* o, size_t n) {
  const char* p = o;
  MarkState st{line_, quote_line_, record_line_, record_begin_, in_quote_};
  bool too_long = false;
  size_t start = simd_ == Simd::kAvx2 ? mark_avx2(o, n, emitted_, &st, &too_long)
                                      : mark_sse2(o, n, emitted_, &st, &too_long);
  line_ = st.line;
  quote_line_ = st.quote_line;
  record_line_ = st.record_line;
  record_begin_ = st.record_begin;
  in_quote_ = st.in_quote;
  if (too_long) fail(record_line_, Msg(MsgId::kLineTooLong));
  for (size_t i = next_special(p, start, n); i < n; i = next_special(p, i + 1, n)) {
    switch (p[i]) {
      case '"':
        in_quote_ = !in_quote_;
        if (in_quote_) quote_line_ = line_;
        break;
      case '\n':
        ++line_;
        if (in_quote_) {
          o[i] = kPlaceholder;
        } else {
          if (emitted_ + i - record_begin_ > kMaxRecordBytes) fail(record_line_, Msg(MsgId::kLineTooLong));
          record_begin_ = emitted_ + i + 1;
          record_line_ = line_;
        }
        break;
      case '\0':
        fail(line_, Msg(MsgId::kNulByte));
      default:
        fail(line_, Msg(MsgId::kControlChar, {"\\x1F"}));
    }
  }
  emitted_ += n;
  if (emitted_ - record_begin_ > kMaxRecordBytes) fail(record_line_, Msg(MsgId::kLineTooLong));
  if (n > 0) last_ = o[n - 1];
}

int ByteSource::read_indexed(char* buf, size_t at, int size, BlockIndexer* indexer, BlockIndex* index) {
  if (!started_) {
    started_ = true;
    decide_encoding();
  }
  if (encoding_ != Encoding::kUtf8) {
    // GB18030 is decoded into a buffer of its own, then copied and indexed.
    const int got = read(buf + at, size);
    indexer->index(buf, at, static_cast<size_t>(got), index);
    return got;
  }
  if (held_) std::rethrow_exception(held_);
  indexer->begin_block(at, index);
  if (finished_) {
    indexer->end_block(at, 0, *index);
    return 0;
  }
  char* const b = buf + at;
  const uint64_t block_start = emitted_;
  const size_t want = static_cast<size_t>(size);
  size_t n = 0;     // bytes in the block
  size_t done = 0;  // of them, stepped over
  bool stopped = false;
  try {
    // The steps follow the reads, over bytes still in the cache, but not
    // over the last 3: they may begin a character that the next read ends,
    // or that waits for the next block.
    for (;;) {
      if (!stopped && n >= kMaxCharBytes - 1)
        done = one_pass(b, done, n - (kMaxCharBytes - 1), at, indexer, index, &stopped);
      if (stopped || n >= want || !more()) break;
      n += next_bytes(b + n, want - n);
    }
    // A character cut by the block's end waits for the next block, so that
    // every block is whole characters; a block of nothing but a cut
    // character (blocks under 4 bytes) reads on.
    size_t cut = more() ? cut_character(b, n) : 0;
    while (cut > 0 && cut == n) {
      n += next_bytes(b + n, 1);
      cut = more() ? cut_character(b, n) : 0;
    }
    if (cut > 0) {
      if (raw_pos_ == raw_.size()) {
        raw_.assign(b + n - cut, b + n);
        raw_pos_ = 0;
      } else {
        raw_pos_ -= cut;  // they came from raw_, just before raw_pos_
      }
      n -= cut;
    }
    if (!stopped) done = one_pass(b, done, n, at, indexer, index, &stopped);
    check_rest(b, done, n);
    if (!more()) {
      if (in_quote_) fail(quote_line_, Msg(MsgId::kQuoteNeverClosed));
      if (last_ != '\n') {
        b[n] = '\n';
        mark(b + n, 1);
        ++n;
      }
      finished_ = true;
    }
    indexer->index_more(buf, at + done, n - done, index);
  } catch (const InputError&) {
    // As refill(): the records before the bad one are handed out (and
    // indexed) first, and the next call throws.
    const size_t keep = record_begin_ > block_start ? static_cast<size_t>(record_begin_ - block_start) : 0;
    if (keep == 0) throw;
    if (keep > done) indexer->index_more(buf, at + done, keep - done, index);
    held_ = std::current_exception();
    n = keep;
  }
  indexer->end_block(at, n, *index);
  return static_cast<int>(n);
}

size_t ByteSource::next_bytes(char* p, size_t most) {
  if (raw_pos_ < raw_.size()) {
    const size_t n = std::min(most, raw_.size() - raw_pos_);
    std::memcpy(p, raw_.data() + raw_pos_, n);
    raw_pos_ += n;
    return n;
  }
  return read_file(p, std::min(most, chunk_));
}

size_t ByteSource::read_file(char* p, size_t want) {
  ssize_t got;
  do {
    got = ::read(fd_, p, want);
  } while (got < 0 && errno == EINTR);
  if (got < 0) fail(0, Msg(MsgId::kReadError, {std::strerror(errno)}));
  if (got == 0) eof_ = true;
  // Relaxed: a progress display needs no ordering, and this is once per chunk.
  if (counter_) counter_->fetch_add(static_cast<uint64_t>(got), std::memory_order_relaxed);
  return static_cast<size_t>(got);
}

size_t ByteSource::one_pass(char* b, size_t from, size_t limit, size_t at, BlockIndexer* indexer,
                            BlockIndex* index, bool* stopped) {
  if (limit < from + 64) return from;
  MarkState st{line_, quote_line_, record_line_, record_begin_, in_quote_};
  const uint64_t base = emitted_ - from;
  const size_t i = simd_ == Simd::kAvx2
                       ? pass_avx2(b, from, limit, at, base, &st, indexer->steps_state(), index, stopped)
                       : pass_sse2(b, from, limit, at, base, &st, indexer->steps_state(), index, stopped);
  line_ = st.line;
  quote_line_ = st.quote_line;
  record_line_ = st.record_line;
  record_begin_ = st.record_begin;
  in_quote_ = st.in_quote;
  emitted_ += i - from;
  if (i > from) last_ = b[i - 1];
  return i;
}

// What the steps left (a block's last < 64 bytes, or from a step with
// something unusual in it on), as fill() and mark() check it: UTF-8 from the
// start of the character at `from`, then the marks and checks up to the
// first bad character, then that one.
void ByteSource::check_rest(char* b, size_t from, size_t n) {
  const size_t c = utf8_detail::character_start(b, from);
  const Utf8Check v = utf8_check(b + c, n - c, simd_);
  const size_t valid = c + v.valid;
  mark(b + from, valid > from ? valid - from : 0);
  if (valid < n) fail(line_, Msg(MsgId::kInvalidUtf8));
}

bool ByteSource::fill() {
  out_.clear();
  out_pos_ = 0;
  fill_start_ = emitted_;
  if (!started_) {
    started_ = true;
    decide_encoding();
  }
  while (out_.empty()) {
    if (finished_) return false;
    // Read until raw_ holds a whole character (4 bytes at most in UTF-8 and
    // GB18030) beyond a chunk: with only a split character's head left and
    // chunk_ < 4, a bare `< chunk_` test never read again and spun forever
    // (found by fuzz_read).
    if (!eof_ && raw_.size() < chunk_ + kMaxCharBytes && read_raw() == 0) eof_ = true;
    if (encoding_ == Encoding::kUtf8) {
      const Utf8Check v = utf8_check(raw_.data(), raw_.size());
      const bool bad = v.invalid || (eof_ && v.valid < raw_.size());
      // The valid bytes become out_ (empty here) as they are, without a copy;
      // the rest (a character's head, or bad bytes) stays in raw_.
      out_.swap(raw_);
      raw_.assign(out_.begin() + static_cast<std::ptrdiff_t>(v.valid), out_.end());
      out_.resize(v.valid);
      mark(out_.data(), v.valid);
      if (bad) fail(line_, Msg(MsgId::kInvalidUtf8));
    } else {
      decoded_.resize(raw_.size() * 2 + 16);  // GB18030 -> UTF-8 grows at most 2x (2->3, 4->4 bytes)
      char* in = raw_.data();
      size_t in_left = raw_.size();
      char* outp = decoded_.data();
      size_t out_left = decoded_.size();
      size_t rc = iconv(cd_, &in, &in_left, &outp, &out_left);
      int err = rc == static_cast<size_t>(-1) ? errno : 0;
      scan(decoded_.data(), decoded_.size() - out_left);
      if (err == EILSEQ || (err == EINVAL && eof_)) fail(line_, Msg(MsgId::kInvalidGbk));
      if (err != 0 && err != EINVAL) fail(line_, Msg(MsgId::kIconvError, {std::strerror(err)}));
      raw_.erase(raw_.begin(),
                 raw_.begin() + (in - raw_.data()));  // EINVAL: the split character's head stays
    }
    if (eof_) {
      if (in_quote_) fail(quote_line_, Msg(MsgId::kQuoteNeverClosed));
      if (last_ != '\n') {
        out_.push_back('\n');
        last_ = '\n';
      }
      finished_ = true;
    }
  }
  return true;
}

}  // namespace redhare
