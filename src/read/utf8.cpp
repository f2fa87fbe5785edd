#include "redhare/utf8.h"

#include "utf8_steps.h"

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


__attribute__((target("avx2"))) Utf8Check utf8_avx2(const char* p, size_t n) {
  __m256i prev = _mm256_setzero_si256();
  size_t i = 0;
  for (; i + 32 <= n; i += 32) {
    const __m256i in = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + i));
    // All ASCII after a whole character: nothing to look up.
    if (_mm256_movemask_epi8(_mm256_or_si256(in, prev)) != 0) {
      const __m256i e = utf8_detail::errors(in, prev);
      if (!_mm256_testz_si256(e, e)) break;
    }
    prev = in;
  }
  // Here on an error in the 32 bytes at i, or with fewer than 32 left: the
  // scalar check from the start of the character at i says where exactly.
  const size_t b = utf8_detail::character_start(p, i);
  const Utf8Check rest = utf8_scalar(p + b, n - b);
  return {b + rest.valid, rest.invalid};
}

}  // namespace

Utf8Check utf8_check(const char* p, size_t n, Simd simd) {
  return simd == Simd::kAvx2 && n >= 64 ? utf8_avx2(p, n) : utf8_scalar(p, n);
}

Utf8Check utf8_check(const char* p, size_t n) { return utf8_check(p, n, best_simd()); }

}  // namespace redhare
