// ByteSource skips ordinary bytes 16 at a time (issue 7): a quote, newline,
// NUL or 0x1F must be seen at every position of a 16-byte stride, and in the
// tail shorter than one.
#include <doctest/doctest.h>

#include <string>

#include "read_helpers.h"
#include "english.h"
#include "redhare/error.h"

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
