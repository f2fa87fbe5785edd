// Whole files through CsvRows with the fast splitter and with fccp's (issue
// 16): the same rows, line numbers, fields, errors and reject texts. Files are
// random: quoted fields with commas, doubled quotes and newlines, spaces,
// CRLF, blank lines, rows with too few or too many fields, an unclosed quote.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "read_helpers.h"
#include "redhare/rows_digest.h"
#include "split_mix.h"

using namespace redhare;
using redhare::test::TempDir;

TEST_CASE("CsvRows reads random files the same with the fast splitter as with fccp's") {
  redhare::test::SplitMix rng{16};
  const std::vector<std::string> cells = {"a",   "2026-10-03T09:15:02+08:00", "红兔旗舰店:小美", "",  " x ",
                                          "\"q,q\"", "\"say \"\"hi\"\"\"", "\"two\nlines\"", "\"three\r\nlines\n!\"",
                                          "\t\"t\"\t", "a\"b,c\"d", "1,234.50"};
  TempDir d;
  size_t errors = 0;
  for (int f = 0; f < 300; ++f) {
    std::string file = "h1,h2,h3\n";
    const size_t rows = 1 + rng.below(60);
    for (size_t r = 0; r < rows; ++r) {
      const size_t n = rng.below(12) == 0 ? 1 + rng.below(5) : 3;  // sometimes the wrong count
      for (size_t c = 0; c < n; ++c) file += (c ? "," : "") + cells[rng.below(cells.size())];
      file += rng.below(5) == 0 ? "\r\n" : "\n";
      if (rng.below(15) == 0) file += "\n";  // a blank line
    }
    if (rng.below(20) == 0) file += "\"open,";  // a quote never closed
    const std::string path = d.file("f" + std::to_string(f) + ".csv", file);
    for (const std::vector<int>& columns : {std::vector<int>{}, std::vector<int>{2, -1, 0}}) {
      const std::string fccp = rows_digest(path, Splitter::kFccp, columns);
      const std::string fast = rows_digest(path, Splitter::kFast, columns);
      errors += fccp.find("error") != std::string::npos;
      if (fast != fccp) {
        CAPTURE(file);
        CHECK(fast == fccp);
        return;
      }
    }
  }
  CHECK(errors > 50);
}
