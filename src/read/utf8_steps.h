// utf8_steps: the pieces of the AVX2 UTF-8 check (utf8.cpp) that ByteSource's
// one pass over a block also uses, checking each 64-byte step while its bytes
// are in registers. Private to the read stage.
#pragma once

#include <immintrin.h>

#include <cstddef>
#include <cstdint>

namespace redhare::utf8_detail {

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
inline size_t character_start(const char* p, size_t i) {
  size_t b = i;
  for (int k = 0; k < 4 && b > 0; ++k) {
    const auto c = static_cast<unsigned char>(p[b - 1]);
    if (c < 0x80) break;
    --b;
    if (c >= 0xC0) break;
  }
  return b;
}

}  // namespace redhare::utf8_detail
