// Which vector instructions a fast path uses. The build targets plain x86-64
// (SSE2); AVX2 code is compiled per function and chosen at run time.
#pragma once

namespace redhare {

enum class Simd { kSse2, kAvx2 };

// AVX2 when this CPU has it, SSE2 (every x86-64) otherwise. The AVX2 code
// also counts bits with POPCNT and multiplies carry-less with PCLMUL, which
// every AVX2 CPU has; asked anyway.
inline Simd best_simd() {
  return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("popcnt") && __builtin_cpu_supports("pclmul")
             ? Simd::kAvx2
             : Simd::kSse2;
}

}  // namespace redhare
