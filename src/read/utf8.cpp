#include "redhare/utf8.h"

#include <immintrin.h>

#include <cstdint>
#include <cstring>

namespace redhare {

namespace {

Utf8Check utf8_scalar(const char* p, size_t n) {
  const auto* s = reinterpret_cast<const unsigned char*>(p);
  size_t i = 0;
  while (i < n) {
    // ASCII fast path: eight bytes at a time.
    while (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, s + i, 8);
      if (w & 0x8080808080808080ull) break;
      i += 8;
    }
    // Chinese text: runs of 3-byte characters. A lead byte E1-EC or EE-EF
    // takes any two continuation bytes (the general path below, without its
    // branches): twice as fast over chat text.
    while (i + 3 <= n) {
      const unsigned lead = s[i];
      if (lead - 0xE1u >= 15u || lead == 0xED || (s[i + 1] & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80)
        break;
      i += 3;
    }
    if (i >= n) break;
    unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;  // no overlong forms
      if (c == 0xED) hi = 0x9F;  // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return {i, true};
    }
    for (size_t k = 1; k < len; ++k) {
      if (i + k >= n) return {i, false};  // cut by the chunk end
      unsigned char b = s[i + k];
      if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) return {i, true};
    }
    i += len;
  }
  return {n, false};
}


// Keiser and Lemire, "Validating UTF-8 in less than one instruction per byte"
// (2021): each byte is judged with the 3 before it by three 16-entry table
// look-ups (the high and low nibble of the byte before, the high nibble of this
// one), whose AND is nonzero exactly on a bad pair; a 3rd or 4th byte of a
// character is then checked to be a continuation, and nothing else one.
constexpr uint8_t kTooShort = 1 << 0;   // a lead, then no continuation
constexpr uint8_t kTooLong = 1 << 1;    // ASCII, then a continuation
constexpr uint8_t kOverlong3 = 1 << 2;  // E0 80..9F
constexpr uint8_t kTooLarge = 1 << 3;   // above U+10FFFF
constexpr uint8_t kSurrogate = 1 << 4;  // ED A0..BF
constexpr uint8_t kOverlong2 = 1 << 5;  // C0, C1
constexpr uint8_t kTooLarge1000 = 1 << 6;
constexpr uint8_t kOverlong4 = 1 << 6;  // F0 80..8F
constexpr uint8_t kTwoConts = 1 << 7;   // two continuations (fine only as 3rd/4th byte)
constexpr uint8_t kCarry = kTooShort | kTooLong | kTwoConts;

__attribute__((target("avx2"))) inline __m256i table(uint8_t t0, uint8_t t1, uint8_t t2, uint8_t t3, uint8_t t4,
                                                     uint8_t t5, uint8_t t6, uint8_t t7, uint8_t t8, uint8_t t9,
                                                     uint8_t t10, uint8_t t11, uint8_t t12, uint8_t t13,
                                                     uint8_t t14, uint8_t t15) {
  return _mm256_setr_epi8(t0, t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13, t14, t15, t0, t1, t2, t3, t4,
                          t5, t6, t7, t8, t9, t10, t11, t12, t13, t14, t15);
}

// The 32 bytes before `in` shifted in by k: byte i is the one k before it.
template <int k>
__attribute__((target("avx2"))) inline __m256i before(__m256i in, __m256i prev) {
  return _mm256_alignr_epi8(in, _mm256_permute2x128_si256(prev, in, 0x21), 16 - k);
}

// Nonzero where the 32 bytes of `in` (after `prev`) hold an error.
__attribute__((target("avx2"))) inline __m256i errors(__m256i in, __m256i prev) {
  const __m256i nibble = _mm256_set1_epi8(0x0F);
  const __m256i prev1 = before<1>(in, prev);
  const __m256i byte_1_high = _mm256_shuffle_epi8(
      table(kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTwoConts, kTwoConts,
            kTwoConts, kTwoConts, kTooShort | kOverlong2, kTooShort, kTooShort | kOverlong3 | kSurrogate,
            kTooShort | kTooLarge | kTooLarge1000 | kOverlong4),
      _mm256_and_si256(_mm256_srli_epi16(prev1, 4), nibble));
  constexpr uint8_t kLarge = kCarry | kTooLarge | kTooLarge1000;
  const __m256i byte_1_low = _mm256_shuffle_epi8(
      table(kCarry | kOverlong3 | kOverlong2 | kOverlong4, kCarry | kOverlong2, kCarry, kCarry, kCarry | kTooLarge,
            kLarge, kLarge, kLarge, kLarge, kLarge, kLarge, kLarge, kLarge, kLarge | kSurrogate, kLarge, kLarge),
      _mm256_and_si256(prev1, nibble));
  constexpr uint8_t kCont = kTooLong | kOverlong2 | kTwoConts;
  const __m256i byte_2_high = _mm256_shuffle_epi8(
      table(kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort,
            kCont | kOverlong3 | kTooLarge1000 | kOverlong4, kCont | kOverlong3 | kTooLarge, kCont | kSurrogate | kTooLarge,
            kCont | kSurrogate | kTooLarge, kTooShort, kTooShort, kTooShort, kTooShort),
      _mm256_and_si256(_mm256_srli_epi16(in, 4), nibble));
  const __m256i special = _mm256_and_si256(_mm256_and_si256(byte_1_high, byte_1_low), byte_2_high);
  // A byte 2 or 3 after an E0-FF or F0-FF lead must be a continuation (0x80 in
  // `special` says it was one of two in a row).
  const __m256i third = _mm256_subs_epu8(before<2>(in, prev), _mm256_set1_epi8(static_cast<char>(0xE0 - 0x80)));
  const __m256i fourth = _mm256_subs_epu8(before<3>(in, prev), _mm256_set1_epi8(static_cast<char>(0xF0 - 0x80)));
  const __m256i must23 = _mm256_and_si256(_mm256_or_si256(third, fourth), _mm256_set1_epi8(static_cast<char>(0x80)));
  return _mm256_xor_si256(must23, special);
}

// The start of the character that byte i belongs to, or i: at most 3
// continuation bytes and their lead back. Bytes before i are valid UTF-8 but
// for an unfinished last character.
size_t character_start(const char* p, size_t i) {
  size_t b = i;
  for (int k = 0; k < 4 && b > 0; ++k) {
    const auto c = static_cast<unsigned char>(p[b - 1]);
    if (c < 0x80) break;
    --b;
    if (c >= 0xC0) break;
  }
  return b;
}

__attribute__((target("avx2"))) Utf8Check utf8_avx2(const char* p, size_t n) {
  __m256i prev = _mm256_setzero_si256();
  size_t i = 0;
  for (; i + 32 <= n; i += 32) {
    const __m256i in = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + i));
    // All ASCII after a whole character: nothing to look up.
    if (_mm256_movemask_epi8(_mm256_or_si256(in, prev)) != 0) {
      const __m256i e = errors(in, prev);
      if (!_mm256_testz_si256(e, e)) break;
    }
    prev = in;
  }
  // Here on an error in the 32 bytes at i, or with fewer than 32 left: the
  // scalar check from the start of the character at i says where exactly.
  const size_t b = character_start(p, i);
  const Utf8Check rest = utf8_scalar(p + b, n - b);
  return {b + rest.valid, rest.invalid};
}

}  // namespace

Utf8Check utf8_check(const char* p, size_t n, Simd simd) {
  return simd == Simd::kAvx2 && n >= 64 ? utf8_avx2(p, n) : utf8_scalar(p, n);
}

Utf8Check utf8_check(const char* p, size_t n) { return utf8_check(p, n, best_simd()); }

}  // namespace redhare
