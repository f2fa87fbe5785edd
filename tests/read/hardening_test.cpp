// Regression tests for what fuzzing and the sanitizers found in the read
// stage, and the byte-level limits pinned at their exact edges.
#include <doctest/doctest.h>

#include <algorithm>

#include "read_helpers.h"
#include "english.h"
#include "redhare/csv_rows.h"
#include "redhare/error.h"
#include "redhare/inputs.h"

using namespace redhare;
using namespace std::string_literals;
using redhare::test::drain;
using redhare::test::TempDir;

namespace {

std::string error_of(const std::string& path, Encoding e, size_t chunk) {
  try {
    drain(path, e, chunk);
  } catch (const InputError& err) {
    return redhare::test::english(err);
  }
  return "no error";
}

std::string error_of(const InputFiles& in, RowErrors& errors) {
  try {
    read_inputs(in, ReadOptions{}, errors);
  } catch (const InputError& err) {
    return redhare::test::english(err);
  }
  return "no error";
}

// 中 in UTF-8 (3 bytes) and in GB18030 (2 bytes).
const std::string kUtf8Zhong = "\xE4\xB8\xAD";
const std::string kGbkZhong = "\xD6\xD0";

}  // namespace

TEST_CASE("a file that is only a split character's head is an error, not an endless loop") {
  // fuzz_read found this: one byte 0xE5 (the head of a 3-byte character),
  // read one byte at a time. The reader kept the byte waiting for its tail
  // but never read again, because it held as many bytes as one read gives.
  TempDir d;
  for (size_t chunk : {1, 2, 3}) {
    CAPTURE(chunk);
    std::string u = d.file("u.csv", "\xE5");
    CHECK(error_of(u, Encoding::kUtf8, chunk) == u + ":1: invalid UTF-8 byte sequence (try --encoding gbk)");
    std::string g = d.file("g.csv", "\x81");
    CHECK(error_of(g, Encoding::kGbk, chunk) == g + ":1: invalid GBK byte sequence");
  }
}

TEST_CASE("characters split at the end of the 64 KiB sniff window are read whole with tiny reads") {
  // The encoding sniff reads the first 64 KiB; after it the bytes come 1, 2
  // or 3 per read, so every character arrives in pieces. "xx" then 中 (3
  // bytes) repeated also puts one across the 65536-byte sniff edge (2 + 3k =
  // 65536 has no whole k); for GBK, "x" then 中 (2 bytes) does (1 + 2k).
  TempDir d;
  std::string text = "xx";
  while (text.size() < 70000) text += kUtf8Zhong;
  text += "\n";
  std::string u = d.file("u.csv", text);
  std::string gbk = "x";
  while (gbk.size() < 70001) gbk += kGbkZhong;
  std::string want_from_gbk = "x";
  for (size_t i = 1; i < gbk.size(); i += 2) want_from_gbk += kUtf8Zhong;
  std::string g = d.file("g.csv", gbk + "\n");
  for (size_t chunk : {1, 2, 3}) {
    CAPTURE(chunk);
    CHECK(drain(u, Encoding::kUtf8, chunk) == text);
    CHECK(drain(g, Encoding::kGbk, chunk) == want_from_gbk + "\n");
  }
}

TEST_CASE("a bad row before bad bytes in the same block is the error a strict run reports") {
  // The reader reads ahead in blocks; bad bytes (NUL on line 4 here) used to
  // throw away the whole block, so line 3's bad direction, the first problem
  // in the file, was never seen and the run blamed line 4.
  TempDir d;
  InputFiles in;
  in.chats = d.file("c.csv",
                    "time,agent,customer,direction\n"
                    "2026-10-01 09:00:00,a,c,in\n"
                    "2026-10-01 09:00:01,a,c,sideways\n"
                    "2026-10-01 09:00:02,a,c,in\0\n"s);
  in.orders = d.file("o.csv", "order_id,customer,created,amount\n");
  RowErrors strict;
  CHECK(error_of(in, strict) == in.chats + ":3: bad direction \"sideways\" (expected customer/in/buyer/买家/顾客/接收 "
                                           "or agent/out/seller/客服/卖家/发送)");
  // Lenient: line 3 is skipped, then the bytes of line 4 stop the file.
  RowErrors lenient(5);
  CHECK(error_of(in, lenient) == in.chats + ":4: NUL byte");
  CHECK(lenient.count() == 1);
}

TEST_CASE("a bad row before bad bytes in a record that straddles the reader's 64 KiB chunks is reported first") {
  // The reader checks bytes 64 KiB at a time (the first time 128 KiB, after
  // the encoding sniff). A NUL in a record that began in the chunk before used
  // to throw away every chunk of the read-ahead block read so far, so line
  // 5002's bad direction, the first problem in the file, was never seen and
  // the run blamed the NUL's line.
  const std::string good = "2026-10-01 09:00:00,a,c,in\n";
  std::string chats = "time,agent,customer,direction\n";
  for (int i = 0; i < 5000; ++i) chats += good;
  chats += "2026-10-01 09:00:01,a,c,sideways\n";  // line 5002
  const size_t edge = (128 + 64) << 10;             // the end of the second chunk
  while (chats.size() + good.size() < edge - 50) chats += good;
  const size_t nul_line = 1 + static_cast<size_t>(std::count(chats.begin(), chats.end(), '\n'));
  chats += "2026-10-01 09:00:02,a,c," + std::string(100, 'x') + "\0in\n"s;  // across the edge
  REQUIRE(chats.find('\0') > edge);
  REQUIRE(chats.rfind('\n', edge) < edge - 50);
  TempDir d;
  InputFiles in;
  in.chats = d.file("c.csv", chats);
  in.orders = d.file("o.csv", "order_id,customer,created,amount\n");
  RowErrors strict;
  CHECK(error_of(in, strict) == in.chats + ":5002: bad direction \"sideways\" (expected customer/in/buyer/买家/顾客/接收 "
                                           "or agent/out/seller/客服/卖家/发送)");
  RowErrors lenient(5);
  CHECK(error_of(in, lenient) == in.chats + ":" + std::to_string(nul_line) + ": NUL byte");
  CHECK(lenient.count() == 1);
}

TEST_CASE("lenient: the run's (N+1)-th bad row is named even when an earlier file then hit bad bytes") {
  // --max-errors 1. Chats: one bad row (line 2), then a NUL byte (line 3)
  // that stops the chats file. Orders: one bad row (line 2). In the run's
  // file order the bad rows are chats:2 (skipped) and orders:2, the second,
  // one too many: that row is what the run names, not the chats' NUL, so the
  // message does not depend on which reader thread failed first.
  TempDir d;
  InputFiles in;
  in.chats = d.file("c.csv",
                    "time,agent,customer,direction\n"
                    "2026-10-01 09:00:00,a,c,up\n"
                    "2026-10-01 09:00:02,a,c,in\0\n"s);
  in.orders = d.file("o.csv", "order_id,customer,created,amount\n1,c,x,5\n");
  RowErrors lenient(1);
  CHECK(error_of(in, lenient) ==
        in.orders + ":2: bad time \"x\" in column created (more than --max-errors 1 bad rows; stopping)");
}

TEST_CASE("a bad row before an invalid GBK byte is reported first, with any read size") {
  TempDir d;
  InputFiles in;
  // Line 2: direction "up"; line 3 ends in 0x81, a GB18030 lead byte with no trail.
  in.chats = d.file("c.csv", "time,agent,customer,direction\n2026-10-01 09:00:00,a,c,up\n2026-10-01 09:00:02,a,c,\x81\n");
  in.orders = d.file("o.csv", "order_id,customer,created,amount\n");
  for (size_t chunk : {1, 7, 1 << 16}) {
    CAPTURE(chunk);
    ReadOptions o;
    o.encoding = Encoding::kGbk;
    o.chunk = chunk;
    RowErrors strict;
    try {
      read_inputs(in, o, strict);
      FAIL("no error");
    } catch (const InputError& e) {
      CHECK(redhare::test::english(e) == in.chats + ":2: bad direction \"up\" (expected customer/in/buyer/买家/顾客/接收 or "
                                                "agent/out/seller/客服/卖家/发送)");
    }
  }
}

TEST_CASE("rows before an unclosed quote are read before the quote is reported") {
  TempDir d;
  InputFiles in;
  in.chats = d.file("c.csv",
                    "time,agent,customer,direction\n"
                    "2026-10-01 09:00:00,a,c,up\n"
                    "2026-10-01 09:00:02,a,c,\"in\n");
  in.orders = d.file("o.csv", "order_id,customer,created,amount\n");
  RowErrors strict;
  CHECK(error_of(in, strict) == in.chats + ":2: bad direction \"up\" (expected customer/in/buyer/买家/顾客/接收 "
                                           "or agent/out/seller/客服/卖家/发送)");
}

TEST_CASE("a record of exactly 1 MiB is read whole, also across a read-ahead block edge; one byte more is refused") {
  TempDir d;
  // 1.5 MiB of short rows first, so the long record straddles the reader's
  // 2 MiB read-ahead block and has to be carried over into the next one.
  std::string lead = "h\n";
  size_t rows = 0;
  while (lead.size() < (3u << 19)) lead += "short row\n", ++rows;
  for (size_t extra : {0, 1}) {
    CAPTURE(extra);
    std::string p = d.file("l.csv", lead + std::string(kMaxRecordBytes + extra, 'x') + "\nlast\n");
    CsvRows r(p, std::make_unique<ByteSource>(p, Encoding::kUtf8));
    r.set_columns({0}, 1);
    size_t seen = 0;
    std::string error;
    std::string last;
    try {
      while (r.next()) {
        r.split();
        ++seen;
        if (r.field(0).size() > 100) CHECK(r.field(0).size() == kMaxRecordBytes);
        last = std::string(r.field(0));
      }
    } catch (const InputError& e) {
      error = redhare::test::english(e);
    }
    if (extra == 0) {
      CHECK(error.empty());
      CHECK(seen == rows + 2);  // the short rows, the long one, "last"
      CHECK(last == "last");
    } else {
      // Header on line 1, the short rows on lines 2..rows+1, the long one next.
      CHECK(error == p + ":" + std::to_string(rows + 2) + ": line longer than 1 MiB");
    }
  }
}

TEST_CASE("past --max-errors across chats and orders, the row named does not depend on thread timing") {
  // Chats and orders are read on two threads. 4 bad chat rows (lines 2-5) and
  // 2 bad order rows (lines 2-3) with --max-errors 5: in the run's file order
  // (chats, then orders; not their names' order) the 6th bad row is orders
  // line 3. It used to be whichever thread happened to reject a 6th row first.
  TempDir d;
  InputFiles in;
  in.chats = d.file("z-chats.csv", "time,agent,customer,direction\nx1,a,c,in\nx2,a,c,in\nx3,a,c,in\nx4,a,c,in\n");
  in.orders = d.file("a-orders.csv", "order_id,customer,created,amount\n1,c,y1,5\n2,c,y2,5\n");
  for (int run = 0; run < 20; ++run) {
    CAPTURE(run);
    RowErrors errors(5);
    CHECK(error_of(in, errors) ==
          in.orders + ":3: bad time \"y2\" in column created (more than --max-errors 5 bad rows; stopping)");
    // The rejects file keeps the five skipped before it: four chats, one order.
    std::vector<RejectedRow> rows = errors.rows();
    REQUIRE(rows.size() == 5);
    CHECK(rows[4].file == in.orders);
    CHECK(rows[4].line == 2);
    CHECK(errors.count() == 5);
  }
}

TEST_CASE("lines ended by a bare carriage return are an error, not one giant header") {
  // Excel's "CSV (Macintosh)" ends lines with a bare CR. Split on LF only, the
  // whole file was one header line: zero rows, and no error at all.
  TempDir d;
  InputFiles in;
  in.orders = d.file("o.csv", "order_id,customer,created,amount\n");
  const std::string why = "carriage return without a line feed (lines must end in LF or CRLF)";
  for (size_t chunk : {1, 2, 1 << 16}) {
    CAPTURE(chunk);
    ReadOptions o;
    o.chunk = chunk;
    in.chats = d.file("mac.csv", "time,agent,customer,direction\r2026-10-01 09:00:00,a,c,in\r");
    RowErrors strict;
    try {
      read_inputs(in, o, strict);
      FAIL("no error");
    } catch (const InputError& e) {
      CHECK(redhare::test::english(e) == in.chats + ":1: " + why);
    }
    // "\r\r\n" (a text-mode writer adding CR to CRLF), here on line 2: the
    // last field would silently end in a CR.
    in.chats = d.file("cr2.csv", "time,agent,customer,direction\r\n2026-10-01 09:00:00,a,c,in\r\r\n");
    RowErrors lenient(5);
    try {
      read_inputs(in, o, lenient);
      FAIL("no error");
    } catch (const InputError& e) {
      CHECK(redhare::test::english(e) == in.chats + ":2: " + why);
    }
    // CRLF, and a CR inside quoted text, are fine.
    in.chats = d.file("fine.csv", "time,agent,customer,direction,text\r\n2026-10-01 09:00:00,a,c,in,\"x\ry\"\r\n");
    RowErrors none;
    CHECK(read_inputs(in, o, none).messages.size() == 1);
  }
}

TEST_CASE("a UTF-16 file is named as such, whatever --encoding says") {
  TempDir d;
  // "a\n" in UTF-16LE and UTF-16BE, each behind its byte order mark.
  std::string le = d.file("le.csv", "\xFF\xFE" "a\0\n\0"s);
  std::string be = d.file("be.csv", "\xFE\xFF" "\0a\0\n"s);
  const std::string why = ":1: UTF-16 text (it starts with a UTF-16 byte order mark): save it as CSV UTF-8 or GBK";
  for (Encoding e : {Encoding::kUtf8, Encoding::kGbk, Encoding::kAuto}) {
    CHECK(error_of(le, e, 1 << 16) == le + why);
    CHECK(error_of(be, e, 1 << 16) == be + why);
  }
}

TEST_CASE("past --max-errors in the targets file, the row named counts the chats' bad rows before it") {
  // 1 bad chat row and 3 bad target rows with --max-errors 2: the 3rd bad row
  // of the run is the targets' 2nd (line 3), not its 3rd.
  TempDir d;
  InputFiles in;
  in.chats = d.file("c.csv", "time,agent,customer,direction\nx1,a,c,in\n");
  in.orders = d.file("o.csv", "order_id,customer,created,amount\n");
  in.targets = d.file("t.csv", "agent,target\na,-1\nb,-2\nc,-3\n");
  RowErrors errors(2);
  CHECK(error_of(in, errors) ==
        in.targets + ":3: bad amount \"-2\" in column target (more than --max-errors 2 bad rows; stopping)");
  CHECK(errors.rows().size() == 2);
}
