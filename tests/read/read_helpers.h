// Helpers for the read tests: a temp dir that cleans up, files written from
// literal bytes, and a ByteSource drained to a string.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "redhare/byte_source.h"
#include "temp_dir.h"

namespace redhare::test {

inline std::string drain(const std::string& path, Encoding e, size_t chunk = 1 << 16) {
  ByteSource s(path, e, chunk);
  std::string out;
  char buf[7];  // odd size: read() must fill across its own chunk edges
  for (int n; (n = s.read(buf, sizeof buf)) > 0;) out.append(buf, static_cast<size_t>(n));
  return out;
}

}  // namespace redhare::test
