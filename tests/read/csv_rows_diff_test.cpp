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

namespace {

// Both vector widths where the CPU has AVX2, else SSE2 alone.
std::vector<Simd> widths() {
  if (best_simd() == Simd::kAvx2) return {Simd::kSse2, Simd::kAvx2};
  return {Simd::kSse2};
}

}  // namespace

TEST_CASE("the fast splitter's one pass gives read()'s rows and errors for bad bytes anywhere, blocks cut anywhere") {
  // ByteSource::read_indexed checks, marks and indexes each 64 bytes in one
  // step and hands a step with anything unusual to the byte-exact path; fccp's
  // path reads through read(). A bad byte (NUL, 0x1F, a byte no UTF-8
  // character has, a lead without its continuations, a continuation without
  // its lead) is put at every 4th byte of a file of Chinese text with quoted
  // newlines, `""` and CRLF, which is cut into blocks of several sizes (cut
  // characters wait for the next block) and read in raw pieces of 64 KiB and 3
  // bytes. Both must give the same rows, then the same error on the same line.
  std::string base = "time,agent,text\n";
  for (int r = 0; r < 6; ++r)
    base += "2026-10-0" + std::to_string(r + 1) + ",红兔旗舰店:小美,\"您好,亲\n这款\"\"有货\"\"吗？\"" +
            (r % 2 ? "\r\n" : "\n") + "2026-10-0" + std::to_string(r + 1) + ",小王,谢谢亲\n";
  const std::vector<std::string> bad = {std::string(1, '\0'), "\x1F", "\xFF", "\xE4", "\x80"};
  const size_t blocks[] = {1, 2, 3, 5, 64, 65, 200, kReadBlock};
  const size_t chunks[] = {1 << 16, 3};
  TempDir d;
  size_t stopped = 0;
  size_t files = 0;
  for (size_t at = 0; at <= base.size(); at += 4) {
    for (const std::string& b : bad) {
      const std::string file = base.substr(0, at) + b + base.substr(at);
      const std::string path = d.file("bad" + std::to_string(files++) + ".csv", file);
      const std::string fccp = rows_digest(path, Splitter::kFccp, {});
      stopped += fccp.find("stopped: ") != std::string::npos;
      for (Simd simd : widths()) {
        const size_t block = blocks[(files + static_cast<size_t>(simd)) % std::size(blocks)];
        const size_t chunk = chunks[(files / std::size(blocks)) % std::size(chunks)];
        const std::string fast = rows_digest(path, Splitter::kFast, {}, chunk, block, simd);
        if (fast != fccp) {
          CAPTURE(file);
          CAPTURE(block);
          CAPTURE(chunk);
          CAPTURE(static_cast<int>(simd));
          CHECK(fast == fccp);
          return;
        }
      }
    }
  }
  CHECK(stopped == files);  // every bad byte is an error
}

TEST_CASE("the fast splitter's one pass ends a file as read() does") {
  // A character cut by the end of the file, a quote never closed, a missing
  // final newline, a record over 1 MiB (also one with a NUL after its first
  // MiB, and one ended by the file), and one of exactly 1 MiB: every block
  // size up to past the end for the short ones.
  const std::string mib(kMaxRecordBytes, 'x');
  const std::vector<std::string> files = {
      "a,b\n1,红兔\xE5\x85",       "a,b\n1,\"open\n2,3\n", "a,b\n1,\"closed\"",     "a,b\n1,2\n\"\"",
      "a,b\n1,2\n3,\xE5\x85\x94\n", "a,b\n" + mib + "x\n1,2\n", "a,b\n1," + mib + std::string(1, '\0') + "\n",
      "a,b\n1,2\n" + mib + "y",    "a,b\n" + mib + "\n1,2\n", "a,b\n1,2\n\"" + mib + "\n",
  };
  // What each ends with (worked out by hand from the rules in byte_source.h).
  const std::vector<std::string> ending = {
      "stopped: {}:2: InvalidUtf8()\n",           "stopped: {}:2: QuoteNeverClosed()\n",
      "2:[1][closed] <1,\"closed\">\n",         "2:[1][2] <1,2>\n",
      "3:[3][兔] <3,兔>\n",                     "stopped: {}:2: LineTooLong()\n",
      "stopped: {}:2: NulByte()\n",                "stopped: {}:3: LineTooLong()\n",
      "3:[1][2] <1,2>\n",                        "stopped: {}:3: LineTooLong()\n",
  };
  TempDir d;
  for (size_t f = 0; f < files.size(); ++f) {
    const std::string path = d.file("end" + std::to_string(f) + ".csv", files[f]);
    const std::string fccp = rows_digest(path, Splitter::kFccp, {});
    std::string want = ending[f];
    if (const size_t brace = want.find("{}"); brace != std::string::npos) want.replace(brace, 2, path);
    CAPTURE(f);
    const std::string tail = fccp.substr(fccp.size() - std::min(fccp.size(), want.size() + 40));
    CAPTURE(tail);
    CHECK(tail.find(want) != std::string::npos);
    // Blocks of every size for the short files; for the long ones, two (a
    // smaller block would copy the long record over and over).
    std::vector<size_t> blocks = {kReadBlock, 300000};
    if (files[f].size() < 100) {
      blocks.clear();
      for (size_t block = 1; block <= files[f].size() + 1; ++block) blocks.push_back(block);
    }
    for (Simd simd : widths()) {
      for (size_t block : blocks) {
        const std::string fast = rows_digest(path, Splitter::kFast, {}, 1 << 16, block, simd);
        if (fast != fccp) {
          CAPTURE(block);
          CAPTURE(static_cast<int>(simd));
          size_t k = 0;  // where they part: the digests hold the long records whole
          while (k < fast.size() && k < fccp.size() && fast[k] == fccp[k]) ++k;
          CAPTURE(k);
          CHECK(fast.substr(k > 100 ? k - 100 : 0, 300) == fccp.substr(k > 100 ? k - 100 : 0, 300));
          return;
        }
      }
    }
  }
}
