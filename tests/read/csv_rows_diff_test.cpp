// Whole files through CsvRows with the fast splitter and with fccp's (issue
// 16): the same rows, line numbers, fields, errors and reject texts. Files are
// random: quoted fields with commas, doubled quotes and newlines, spaces,
// CRLF, blank lines, rows with too few or too many fields, an unclosed quote.
// The fast splitter's read-ahead blocks (which its index is made of) are cut
// small too, so records, quotes and `""` straddle blocks and 64-byte steps.
#include <doctest/doctest.h>

#include <cstdint>
#include <iterator>
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
    const size_t blocks[] = {kReadBlock, 61, 64, 67, 100, 250};
    const size_t block = blocks[static_cast<size_t>(f) % std::size(blocks)];
    for (const std::vector<int>& columns : {std::vector<int>{}, std::vector<int>{2, -1, 0}}) {
      const std::string fccp = rows_digest(path, Splitter::kFccp, columns);
      const std::string fast = rows_digest(path, Splitter::kFast, columns, 1 << 16, block);
      errors += fccp.find("error") != std::string::npos;
      if (fast != fccp) {
        CAPTURE(file);
        CAPTURE(block);
        CHECK(fast == fccp);
        return;
      }
    }
  }
  CHECK(errors > 50);
}

TEST_CASE("CsvRows' fast splitter reads the same wherever its read-ahead blocks are cut") {
  // Each file is read with every block size up to past its length, so every
  // byte is once the last of a block: a record, a quoted newline, a `""` and
  // a CRLF straddle blocks, and quotes and `""` sit on 64-byte steps.
  const std::string quoted_run = "\"" + std::string(61, 'x') + "\"\"" + std::string(63, 'y') + "\"\",z\"";
  const std::vector<std::string> files = {
      // A quoted field with `""` across 64-byte steps, quoted newlines, CRLF,
      // a record longer than many blocks, a blank line.
      "h1,h2,h3\n1," + quoted_run + ",3\r\n\"a\nb\",\" c \",\"\"\"\"\n\n" + std::string(150, 'w') +
          ",\"q\n\n\",\"\"\n4,5,6\n",
      // Rows with the wrong field count on either side of a long one.
      "h1,h2,h3\n1,2\n" + std::string(90, 'l') + ",\"m,\"\"n\",o\n7,8,9,10\n",
      // A stray quote: the rows it swallows each have a whole row's fields.
      "h1,h2,h3\n1,2,3\n4,\"5,6\n7,8,9\n10,11,12\"\n13,14,15\n",
      // A quote never closed.
      "h1,h2,h3\n1,2,3\n\"open,4,5\n6,7,8\n",
  };
  TempDir d;
  for (size_t f = 0; f < files.size(); ++f) {
    const std::string path = d.file("b" + std::to_string(f) + ".csv", files[f]);
    for (const std::vector<int>& columns : {std::vector<int>{}, std::vector<int>{2, -1, 0}}) {
      const std::string fccp = rows_digest(path, Splitter::kFccp, columns);
      for (size_t block = 1; block <= files[f].size() + 1; ++block) {
        const std::string fast = rows_digest(path, Splitter::kFast, columns, 1 << 16, block);
        if (fast != fccp) {
          CAPTURE(files[f]);
          CAPTURE(block);
          CHECK(fast == fccp);
          return;
        }
      }
    }
  }
}
