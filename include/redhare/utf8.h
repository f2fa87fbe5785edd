// UTF-8 validation with an ASCII fast path, and AVX2 where the CPU has it.
#pragma once

#include <cstddef>

#include "redhare/simd.h"

namespace redhare {

struct Utf8Check {
  size_t valid = 0;      // length of the longest prefix of whole, valid characters
  bool invalid = false;  // true: the byte at `valid` starts a bad sequence;
                         // false: any rest is an incomplete character (more bytes may follow)
};

// The same answer either way: AVX2 checks 32 bytes at a time (Keiser and
// Lemire's lookup method) and hands the bytes around an error, or the last
// few, to the scalar check, which says exactly where.
Utf8Check utf8_check(const char* p, size_t n, Simd simd);
// With best_simd().
Utf8Check utf8_check(const char* p, size_t n);

}  // namespace redhare
