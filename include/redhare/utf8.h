// UTF-8 validation with an ASCII fast path.
#pragma once

#include <cstddef>

namespace redhare {

struct Utf8Check {
  size_t valid = 0;      // length of the longest prefix of whole, valid characters
  bool invalid = false;  // true: the byte at `valid` starts a bad sequence;
                         // false: any rest is an incomplete character (more bytes may follow)
};

Utf8Check utf8_check(const char* p, size_t n);

}  // namespace redhare
