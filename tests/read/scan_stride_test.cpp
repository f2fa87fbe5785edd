// ByteSource skips ordinary bytes 16 at a time (issue 7): a quote, newline,
// NUL or 0x1F must be seen at every position of a 16-byte stride, and in the
// tail shorter than one.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "read_helpers.h"
#include "english.h"
#include "redhare/error.h"
#include "split_mix.h"

using namespace redhare;
using namespace std::string_literals;
using redhare::test::drain;
using redhare::test::TempDir;

TEST_CASE("a quoted newline is a placeholder at every offset of a 16-byte stride") {
  TempDir d;
  // k ordinary bytes, then a quoted field holding a newline: the quote and the
  // newline land on every lane of the first three strides and in the tail.
  for (size_t k = 0; k <= 48; ++k) {
    CAPTURE(k);
    const std::string pad(k, 'x');
    const std::string path = d.file("q" + std::to_string(k) + ".csv", pad + ",\"a\nb\"\n" + pad + "\n");
    CHECK(drain(path, Encoding::kUtf8) == pad + ",\"a\x1F" "b\"\n" + pad + "\n");
  }
}

TEST_CASE("a NUL or 0x1F far into a line is still an error on its line") {
  TempDir d;
  const std::string pad(35, 'x');  // past two strides, at lane 3 of the third
  const std::string n = d.file("n.csv", "h\n" + pad + "\0"s + "\n");
  CHECK(redhare::test::english_error_of([&] { drain(n, Encoding::kUtf8); }) == n + ":2: NUL byte");
  const std::string u = d.file("u.csv", "h\nok\n" + pad + "\x1F\n");
  CHECK(redhare::test::english_error_of([&] { drain(u, Encoding::kUtf8); }) == u + ":3: control character \\x1F");
}

TEST_CASE("lines counted through a long file with quoted newlines in every record") {
  TempDir d;
  // 1000 records of 2 physical lines each, 60+ bytes apart: an unclosed quote
  // at the very end names its line, 2 + 2 x 1000 = 2002.
  std::string text = "h\n";
  for (int i = 0; i < 1000; ++i) text += "some plain text before the quote,\"first\nsecond\",tail\n";
  text += "\"open\n";
  const std::string p = d.file("l.csv", text);
  CHECK(redhare::test::english_error_of([&] { drain(p, Encoding::kUtf8); }) == p + ":2002: quoted field never closed (quote opened here)");
}

namespace {

// The bytes a ByteSource hands out or, if it stops, only the error: how many
// bytes come before an error depends on the read size.
std::string scanned(const std::string& path, size_t chunk, Simd simd) {
  std::string out;
  try {
    ByteSource s(path, Encoding::kUtf8, chunk);
    s.set_simd(simd);
    char buf[4096];
    for (int n; (n = s.read(buf, sizeof buf)) > 0;) out.append(buf, static_cast<size_t>(n));
  } catch (const InputError& e) {
    return "stopped: " + redhare::test::english(e);
  }
  return out;
}

}  // namespace

TEST_CASE("the 64-byte scan (SSE2 and AVX2) agrees with the byte loop on random files") {
  // Reads of 7 bytes never reach the 64-byte scan: they are the reference.
  redhare::test::SplitMix rng{16};
  const std::vector<std::string> pieces = {"abcdefghijklmnopqrstuvwxyz0123456789", ",", "\"", "\n", "\n", "\"\"",
                                           "中文字符", "\r\n", " ", "x"};
  TempDir d;
  size_t stopped = 0;
  for (int f = 0; f < 400; ++f) {
    std::string file;
    const size_t parts = 1 + rng.next() % 400;
    for (size_t k = 0; k < parts; ++k) file += pieces[rng.next() % pieces.size()];
    if (rng.next() % 8 == 0) file.insert(rng.next() % file.size(), 1, rng.next() % 2 ? '\0' : '\x1F');
    const std::string path = d.file("r" + std::to_string(f) + ".csv", file);
    const std::string want = scanned(path, 7, Simd::kSse2);
    stopped += want.rfind("stopped: ", 0) == 0;
    for (Simd simd : {Simd::kSse2, Simd::kAvx2}) {
      if (simd == Simd::kAvx2 && best_simd() != Simd::kAvx2) continue;
      const std::string got = scanned(path, 1 << 16, simd);
      if (got != want) {
        CAPTURE(file);
        CAPTURE(static_cast<int>(simd));
        CHECK(got == want);
        return;
      }
    }
  }
  CHECK(stopped > 100);
  CHECK(stopped < 350);
}

TEST_CASE("the 64-byte scan finds a record over 1 MiB and an unclosed quote's line") {
  TempDir d;
  for (Simd simd : {Simd::kSse2, Simd::kAvx2}) {
    if (simd == Simd::kAvx2 && best_simd() != Simd::kAvx2) continue;
    const std::string big = d.file("big.csv", "h\nok\n" + std::string((1 << 20) + 1, 'x') + "\nz\n");
    CHECK(scanned(big, 1 << 16, simd) == scanned(big, 7, Simd::kSse2));
    CHECK(scanned(big, 1 << 16, simd).find(":3: line longer than 1 MiB") != std::string::npos);
    const std::string open = d.file("open.csv", "h\n" + std::string(100, 'a') + "\n\"a\nb\"\n" +
                                                    std::string(70, 'b') + ",\"x\n" + std::string(200, 'c') + "\n");
    CHECK(scanned(open, 1 << 16, simd) == scanned(open, 7, Simd::kSse2));
    CHECK(scanned(open, 1 << 16, simd).find(":5: quoted field never closed") != std::string::npos);
  }
}
