#include <doctest/doctest.h>
#include <iconv.h>
#include <unistd.h>

#include <chrono>

#include "read_helpers.h"
#include "english.h"
#include "redhare/csv_rows.h"
#include "redhare/error.h"

using namespace redhare;
using namespace std::string_literals;
using redhare::test::drain;
using redhare::test::TempDir;

namespace {

std::string error_of(const std::string& path, Encoding e, size_t chunk = 1 << 16) {
  try {
    drain(path, e, chunk);
  } catch (const InputError& err) {
    return redhare::test::english(err);
  }
  return "no error";
}

// 中文 in GB18030: 中 = D6 D0, 文 = CE C4.
const std::string kGbkZhongWen = "\xD6\xD0\xCE\xC4";
const std::string kUtf8ZhongWen = "\xE4\xB8\xAD\xE6\x96\x87";

}  // namespace

TEST_CASE("a UTF-8 BOM is dropped, and a file without one is unchanged") {
  TempDir d;
  CHECK(drain(d.file("a.csv",
                     "\xEF\xBB\xBF"
                     "a,b\n"),
              Encoding::kUtf8) == "a,b\n");
  CHECK(drain(d.file("b.csv", "a,b\n"), Encoding::kUtf8) == "a,b\n");
  CHECK(drain(d.file("c.csv",
                     "\xEF\xBB\xBF"
                     "a,b\n"),
              Encoding::kAuto) == "a,b\n");
}

TEST_CASE("a missing final newline is added; CRLF is left to LineReader") {
  TempDir d;
  CHECK(drain(d.file("a.csv", "a,b\n1,2"), Encoding::kUtf8) == "a,b\n1,2\n");
  CHECK(drain(d.file("b.csv", "a,b\r\n1,2\r\n"), Encoding::kUtf8) == "a,b\r\n1,2\r\n");
  CHECK(drain(d.file("c.csv", ""), Encoding::kUtf8) == "");
}

TEST_CASE("GBK decodes to UTF-8, also when a character is split across raw reads") {
  TempDir d;
  std::string path = d.file("g.csv", "x," + kGbkZhongWen + "\n");
  // chunk 1..4 cuts 中 or 文 in half at some read.
  for (size_t chunk : {1, 2, 3, 4, 64}) {
    CAPTURE(chunk);
    CHECK(drain(path, Encoding::kGbk, chunk) == "x," + kUtf8ZhongWen + "\n");
  }
  CHECK(drain(path, Encoding::kAuto) == "x," + kUtf8ZhongWen + "\n");  // not valid UTF-8 -> gbk
}

TEST_CASE("an invalid GBK sequence is an error on its physical line") {
  TempDir d;
  // Line 3: 0x81 followed by a newline is no GB18030 character.
  std::string path = d.file("g.csv", "a\nb\n\x81\n");
  CHECK(error_of(path, Encoding::kGbk) == path + ":3: invalid GBK byte sequence");
  CHECK(error_of(d.file("h.csv", "a\n\x81"), Encoding::kGbk) ==
        d.path() + "/h.csv:2: invalid GBK byte sequence");
}

TEST_CASE("invalid UTF-8 is an error on its line; valid UTF-8 split across reads is not") {
  TempDir d;
  std::string bad = d.file("u.csv", "a\n\xC3\x28\n");
  CHECK(error_of(bad, Encoding::kUtf8) == bad + ":2: invalid UTF-8 byte sequence (try --encoding gbk)");
  std::string good = d.file("v.csv", "x," + kUtf8ZhongWen + "\n");
  for (size_t chunk : {1, 2, 5}) CHECK(drain(good, Encoding::kUtf8, chunk) == "x," + kUtf8ZhongWen + "\n");
}

TEST_CASE("a newline inside quotes becomes the placeholder; quotes may be doubled") {
  TempDir d;
  std::string in = "a,\"x\ny \"\"q\"\"\nz\",b\nc\n";
  std::string want = "a,\"x\x1Fy \"\"q\"\"\x1Fz\",b\nc\n";
  CHECK(drain(d.file("q.csv", in), Encoding::kUtf8) == want);
  CHECK(drain(d.file("q2.csv", in), Encoding::kUtf8, 1) == want);
}

TEST_CASE("an unclosed quote names the line where it opened") {
  TempDir d;
  std::string p = d.file("q.csv", "h\nok\n\"open\nmore\nend\n");
  CHECK(error_of(p, Encoding::kUtf8) == p + ":3: quoted field never closed (quote opened here)");
}

TEST_CASE("NUL and 0x1F bytes are errors with their line") {
  TempDir d;
  std::string n = d.file("n.csv", "a\nb\0c\n"s);
  CHECK(error_of(n, Encoding::kUtf8) == n + ":2: NUL byte");
  std::string u = d.file("u.csv",
                         "a\n\nb\x1F"
                         "c\n");
  CHECK(error_of(u, Encoding::kUtf8) == u + ":3: control character \\x1F");
}

TEST_CASE("a record longer than 1 MiB is an error at its first line") {
  TempDir d;
  std::string p = d.file("l.csv", "h\n\"" + std::string(kMaxRecordBytes, 'x') + "\"\n");
  CHECK(error_of(p, Encoding::kUtf8) == p + ":2: line longer than 1 MiB");
}

TEST_CASE("stdin is read through a descriptor that stays open") {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  std::string data = "a,b\n1,2";
  REQUIRE(::write(fds[1], data.data(), data.size()) == static_cast<ssize_t>(data.size()));
  ::close(fds[1]);
  ByteSource s(fds[0], "-", Encoding::kUtf8, 3);
  char buf[64];
  int n = s.read(buf, sizeof buf);
  CHECK(std::string(buf, static_cast<size_t>(n)) == "a,b\n1,2\n");
  CHECK(::close(fds[0]) == 0);  // still ours to close
}

TEST_CASE("CsvRows gives the physical line of records after multi-line quoted text") {
  TempDir d;
  // Line 1 header; the record at line 2 spans lines 2-4; the next starts on line 5;
  // a blank line 6 is skipped; line 7 has too few fields.
  std::string p = d.file("m.csv", "a,b\r\n1,\"x\r\ny\r\nz\"\r\n2,w\r\n\r\n3\r\n");
  CsvRows rows(p, std::make_unique<ByteSource>(p, Encoding::kUtf8));
  rows.set_columns({0, 1}, 2);
  REQUIRE(rows.next());
  CHECK(rows.line() == 2);
  rows.split();
  CHECK(rows.field(1) == "x\r\ny\r\nz");
  REQUIRE(rows.next());
  CHECK(rows.line() == 5);
  rows.split();
  CHECK(rows.field(0) == "2");
  REQUIRE(rows.next());
  CHECK(rows.line() == 7);
  try {
    rows.split();
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(redhare::test::english(e) == p + ":7: expected 2 fields, found 1");
  }
  CHECK_FALSE(rows.next());
}

TEST_CASE("quoted commas and doubled quotes split into one field; too many fields is an error") {
  TempDir d;
  std::string p = d.file("c.csv", "a,b\n\"1,5\",\"say \"\"hi\"\"\"\n1,2,3\n");
  CsvRows rows(p, std::make_unique<ByteSource>(p, Encoding::kUtf8));
  rows.set_columns({0, 1}, 2);
  REQUIRE(rows.next());
  rows.split();
  CHECK(rows.field(0) == "1,5");
  CHECK(rows.field(1) == "say \"hi\"");
  REQUIRE(rows.next());
  CHECK(redhare::test::english_error_of([&] { rows.split(); }) == p + ":3: expected 2 fields, found 3");
}

TEST_CASE("an empty file is an error, not a crash") {
  TempDir d;
  std::string p = d.file("e.csv", "");
  CHECK(redhare::test::english_error_of([&] { CsvRows(p, std::make_unique<ByteSource>(p, Encoding::kUtf8)); }) == p + ": empty file: expected a header row");
}

TEST_CASE("a file over 48 MiB without a final newline is read to the end quickly") {
  TempDir d;
  std::string p = d.path() + "/big.csv";
  {
    std::FILE* f = std::fopen(p.c_str(), "wb");
    std::string line = "2026-10-01 10:00:00,agent,customer,in,,some text\n";
    std::string block;
    while (block.size() < (1 << 20)) block += line;
    std::fputs("time,agent,customer,direction,auto,text\n", f);
    for (int i = 0; i < 50; ++i) std::fwrite(block.data(), 1, block.size(), f);
    std::fputs("2026-10-01 10:00:00,agent,customer,in,,last", f);  // no final newline
    std::fclose(f);
  }
  auto start = std::chrono::steady_clock::now();
  CsvRows rows(p, std::make_unique<ByteSource>(p, Encoding::kUtf8));
  rows.set_columns({0, 1, 2, 3, 4, 5}, 6);
  uint64_t n = 0;
  std::string last;
  while (rows.next()) {
    ++n;
    rows.split();
    last = std::string(rows.field(5));
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(last == "last");
  CHECK(n == rows.line() - 1);  // one record per line after the header
  // ThreadSanitizer slows every memory access several times (18 s seen on a
  // loaded machine): there the bound is 60 s.
#if defined(__SANITIZE_THREAD__)
  CHECK(secs < 60);
#else
  CHECK(secs < 5);
#endif
}

TEST_CASE("auto keeps UTF-8 Chinese without a BOM as UTF-8") {
  TempDir d;
  CHECK(drain(d.file("a.csv", "x," + kUtf8ZhongWen + "\n"), Encoding::kAuto) == "x," + kUtf8ZhongWen + "\n");
}

TEST_CASE("parse_encoding accepts the documented names and refuses others") {
  CHECK(parse_encoding("UTF-8") == Encoding::kUtf8);
  CHECK(parse_encoding("gbk") == Encoding::kGbk);
  CHECK(parse_encoding("GB18030") == Encoding::kGbk);
  CHECK(parse_encoding("auto") == Encoding::kAuto);
  CHECK_THROWS_AS(parse_encoding("latin1"), UsageError);
}
