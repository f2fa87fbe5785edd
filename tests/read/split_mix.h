// The read tests' random numbers: splitmix64, so a seed gives the same inputs
// on every machine and standard library (no std:: distribution).
#pragma once

#include <cstddef>
#include <cstdint>

namespace redhare::test {

struct SplitMix {
  uint64_t state;
  uint64_t next() {
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  size_t below(size_t n) { return static_cast<size_t>(next() % n); }
};

}  // namespace redhare::test
