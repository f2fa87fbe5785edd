// byte_masks: where the bytes the read stage looks for lie among 64, as bit
// masks (bit i = byte i), and the quote state they imply. Private to the read
// stage. Every pass over the bytes uses this one step: ByteSource's scan
// (quotes, newlines, NUL and placeholders: what is a record, what is an
// error), the block index (commas, quotes, newlines, placeholders, blanks:
// where the fields are, and which need trimming or unquoting) and
// ByteSource's one pass that does both (clean_at). Each takes the masks it
// needs; the compiler drops the others where the step is inlined.
#pragma once

#include <immintrin.h>

#include <cstdint>

#include "redhare/byte_source.h"

namespace redhare::read_detail {

struct ByteMasks {
  uint64_t comma;
  uint64_t quote;
  uint64_t newline;
  uint64_t placeholder;
  uint64_t nul;
  uint64_t blank;  // a space or a tab: what fields are trimmed of
};

// Bit i = the parity of quotes at 0..i: set inside a quoted stretch.
inline uint64_t prefix_xor(uint64_t x) {
  x ^= x << 1;
  x ^= x << 2;
  x ^= x << 4;
  x ^= x << 8;
  x ^= x << 16;
  x ^= x << 32;
  return x;
}

// The bytes inside quotes among 64 with `quote` the quotes' mask, given
// `*carry`: all ones when a quote is open from the 64 bytes before, as it
// then is for the next 64.
inline uint64_t inside_quotes(uint64_t quote, uint64_t* carry) {
  const uint64_t in = (quote | *carry) ? prefix_xor(quote) ^ *carry : 0;
  *carry = static_cast<uint64_t>(static_cast<int64_t>(in) >> 63);
  return in;
}

// SSE2: every x86-64. Four 16-byte compares per byte looked for.
struct Sse2Masks {
  static inline ByteMasks at(const char* p) {
    ByteMasks m{0, 0, 0, 0, 0, 0};
    for (int k = 0; k < 4; ++k) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
      const auto bits = [&](char c) {
        return static_cast<uint64_t>(static_cast<uint16_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(c)))))
               << (16 * k);
      };
      m.comma |= bits(',');
      m.quote |= bits('"');
      m.newline |= bits('\n');
      m.placeholder |= bits(kPlaceholder);
      m.nul |= bits('\0');
      m.blank |= bits(' ') | bits('\t');
    }
    return m;
  }
  // at() for ByteSource's one pass: false when a NUL or 0x1F is among the 64
  // (the byte-exact path reports it), else the other masks.
  static inline bool clean_at(const char* p, ByteMasks* m) {
    *m = at(p);
    return !(m->nul | m->placeholder);
  }
  static inline uint64_t inside(uint64_t quote, uint64_t* carry) { return inside_quotes(quote, carry); }
  // Set bits, few of them (a newline per ~100 bytes): plain x86-64 has no
  // POPCNT, and std::popcount is a library call there.
  static inline int ones(uint64_t x) {
    int n = 0;
    for (; x; x &= x - 1) ++n;
    return n;
  }
};

// AVX2, where the CPU has it (the caller is compiled for it too).
struct Avx2Masks {
  __attribute__((target("avx2"))) static inline ByteMasks at(const char* p) {
    const __m256i lo = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
    const __m256i hi = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 32));
    const auto bits = [&](char c) __attribute__((target("avx2"))) {
      const __m256i x = _mm256_set1_epi8(c);
      return static_cast<uint64_t>(static_cast<uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(lo, x)))) |
             static_cast<uint64_t>(static_cast<uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(hi, x)))) << 32;
    };
    return ByteMasks{bits(','), bits('"'), bits('\n'), bits(kPlaceholder), bits('\0'), bits(' ') | bits('\t')};
  }
  // at() for ByteSource's one pass: false when a NUL or 0x1F is among the 64
  // (the byte-exact path reports it), else the other masks. The two are
  // looked for with one test, not two masks: they are errors, nearly never there.
  __attribute__((target("avx2"))) static inline bool clean_at(const char* p, ByteMasks* m) {
    const __m256i lo = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
    const __m256i hi = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 32));
    const __m256i nul = _mm256_setzero_si256();
    const __m256i placeholder = _mm256_set1_epi8(kPlaceholder);
    const __m256i rare =
        _mm256_or_si256(_mm256_or_si256(_mm256_cmpeq_epi8(lo, nul), _mm256_cmpeq_epi8(lo, placeholder)),
                        _mm256_or_si256(_mm256_cmpeq_epi8(hi, nul), _mm256_cmpeq_epi8(hi, placeholder)));
    if (!_mm256_testz_si256(rare, rare)) return false;
    const auto bits = [&](__m256i x_lo, __m256i x_hi) __attribute__((target("avx2"))) {
      return static_cast<uint64_t>(static_cast<uint32_t>(_mm256_movemask_epi8(x_lo))) |
             static_cast<uint64_t>(static_cast<uint32_t>(_mm256_movemask_epi8(x_hi))) << 32;
    };
    const auto eq = [&](char c) __attribute__((target("avx2"))) {
      const __m256i x = _mm256_set1_epi8(c);
      return bits(_mm256_cmpeq_epi8(lo, x), _mm256_cmpeq_epi8(hi, x));
    };
    const __m256i space = _mm256_set1_epi8(' ');
    const __m256i tab = _mm256_set1_epi8('\t');
    m->comma = eq(',');
    m->quote = eq('"');
    m->newline = eq('\n');
    m->placeholder = 0;
    m->nul = 0;
    m->blank = bits(_mm256_or_si256(_mm256_cmpeq_epi8(lo, space), _mm256_cmpeq_epi8(lo, tab)),
                    _mm256_or_si256(_mm256_cmpeq_epi8(hi, space), _mm256_cmpeq_epi8(hi, tab)));
    return true;
  }
  // inside_quotes() with the prefix XOR as one carry-less multiply by all
  // ones (best_simd() asks for PCLMUL too) instead of six shifts and XORs
  // in a chain: most steps of a chat export hold a quote.
  __attribute__((target("avx2,pclmul"))) static inline uint64_t inside(uint64_t quote, uint64_t* carry) {
    if (!(quote | *carry)) return 0;
    const __m128i product =
        _mm_clmulepi64_si128(_mm_set_epi64x(0, static_cast<int64_t>(quote)), _mm_set1_epi8(-1), 0);
    const uint64_t in = static_cast<uint64_t>(_mm_cvtsi128_si64(product)) ^ *carry;
    *carry = static_cast<uint64_t>(static_cast<int64_t>(in) >> 63);
    return in;
  }
  // Every AVX2 CPU has POPCNT (best_simd() checks): one instruction.
  __attribute__((target("avx2,popcnt"))) static inline int ones(uint64_t x) { return __builtin_popcountll(x); }
};

}  // namespace redhare::read_detail
