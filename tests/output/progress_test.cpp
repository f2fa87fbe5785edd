#include <doctest/doctest.h>

#include "redhare/progress.h"

using redhare::progress_line;

TEST_CASE("progress line: bar, percent and megabytes") {
  constexpr uint64_t kMB = 1024 * 1024;
  // 7 of 20 MB: 7*10/20 = 3 of 10 marks, 35%.
  CHECK(progress_line(7 * kMB, 20 * kMB, 10) == "\r[###-------]  35%  7.0/20.0 MB");
  CHECK(progress_line(0, 20 * kMB, 4) == "\r[----]   0%  0.0/20.0 MB");
  CHECK(progress_line(20 * kMB, 20 * kMB, 4) == "\r[####] 100%  20.0/20.0 MB");
}

TEST_CASE("progress line: never full before the end, never past it") {
  // 99.9% of the bytes: 999*4/1000 = 3 marks (rounded down), 99%.
  CHECK(progress_line(999, 1000, 4) == "\r[###-]  99%  0.0/0.0 MB");
  CHECK(progress_line(2000, 1000, 4) == "\r[####] 100%  0.0/0.0 MB");
}

TEST_CASE("progress line: unknown total (stdin) shows bytes only") {
  CHECK(progress_line(3 * 1024 * 1024 / 2, 0) == "\r1.5 MB");
}
