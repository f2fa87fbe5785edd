// read_inputs runs several threads (a read-ahead per file, the orders, the
// ratings, the keeping of chat rows in batches of 4096): a month big enough
// that they all overlap, read again and again, must give the same data, the
// same rejected rows and the same error every time, as if read one file after
// another. Built with -fsanitize=thread these cases are also the race check of
// the reading (see bench/README, "Threads").
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "input_files.h"
#include "redhare/error.h"
#include "split_mix.h"

using namespace redhare;
using redhare::test::read_error;
using redhare::test::TempDir;

namespace {

constexpr int kRuns = 4;

// Three files with bad rows at lines known beforehand. The chats are ~3.5 MB:
// more than one 2 MiB read-ahead block and ~12 keeping batches (more than the
// keeper's ring of 6 holds), with copies of rows (duplicates) and multi-line
// texts.
struct BigMonth {
  TempDir dir;
  InputFiles in;
  std::vector<std::string> bad;  // "file:line" of every bad row, in file order

  BigMonth() {
    test::SplitMix rng{2026};
    std::string chats = "time,agent,customer,direction,text\n";
    uint64_t line = 1;
    std::string last;
    for (int i = 0; i < 50000; ++i) {
      ++line;
      if (i % 7001 == 3000) {
        chats += "2026-10-32 10:00,小美,c1,in,bad day\n";
        bad.push_back(fmt::format("chats.csv:{}", line));
        continue;
      }
      if (i % 97 == 5 && !last.empty()) {  // an identical copy of the row before
        chats += last;
        line += static_cast<uint64_t>(std::count(last.begin(), last.end(), '\n')) - 1;
        continue;
      }
      const bool two_lines = i % 13 == 0;
      last = fmt::format("2026-10-{:02} {:02}:{:02},客服{},买家{},{},{}\n", 1 + i * 30 / 50000, rng.below(24),
                         rng.below(60), rng.below(40), rng.below(9000), rng.below(2) ? "in" : "out",
                         two_lines ? "\"尺码\n怎么选\"" : "这个和那个有什么区别，亲，包邮吗");
      chats += last;
      line += two_lines;
    }
    in.chats = dir.file("chats.csv", chats);

    std::string orders = "order_id,customer,created,amount\n";
    for (int i = 0; i < 20000; ++i) {
      if (i % 4001 == 100) {
        orders += fmt::format("{},买家1,2026-10-03 10:00,lots\n", 900000 + i);
        bad.push_back(fmt::format("orders.csv:{}", i + 2));
        continue;
      }
      orders += fmt::format("{},买家{},2026-10-{:02} 10:00,{}.00\n", i, rng.below(9000), 1 + rng.below(30),
                            1 + rng.below(900));
    }
    in.orders = dir.file("orders.csv", orders);

    std::string ratings = "agent,customer,time,rating\n";
    for (int i = 0; i < 20000; ++i) {
      if (i % 5003 == 200) {
        ratings += "客服1,买家1,2026-10-05 10:00,棒棒\n";
        bad.push_back(fmt::format("ratings.csv:{}", i + 2));
        continue;
      }
      ratings += fmt::format("客服{},买家{},2026-10-{:02} 10:{:02},{}\n", rng.below(40), rng.below(9000),
                             1 + rng.below(30), rng.below(60), 1 + rng.below(5));
    }
    in.ratings = dir.file("ratings.csv", ratings);
  }
  // "file:line" of a bad row, as errors and rejects name it.
  std::string where(size_t k) const { return dir.path() + "/" + bad[k]; }
};

ReadOptions october() {
  ReadOptions o;
  o.period = parse_month("2026-10", 0);
  return o;
}

// Everything read_inputs hands on, as text: ids, names, rows and the account.
std::string dump(const Dataset& d, const RowErrors& e) {
  std::string s;
  for (Id i = 0; i < d.agents.size(); ++i) s += fmt::format("a{} {}\n", i, d.agents.name(i));
  for (Id i = 0; i < d.customers.size(); ++i) s += fmt::format("c{} {}\n", i, d.customers.name(i));
  for (const Message& m : d.messages)
    s += fmt::format("m {} {} {} {} {}\n", m.time, m.agent, m.customer, m.line, static_cast<int>(m.kind));
  for (const Order& o : d.orders)
    s += fmt::format("o {} {} {} {} {} {}\n", o.order_id, o.customer, o.created, o.amount, o.line, o.status);
  for (const Rating& r : d.ratings)
    s += fmt::format("r {} {} {} {} {} {}\n", r.time, r.agent, r.customer, r.line, r.level, r.superseded);
  for (const FileAccount& a : d.account)
    s += fmt::format("{} {} {} {} {} {}\n", a.kind, a.rows_read, a.used, a.outside_period, a.duplicates,
                     a.rejected);
  for (const RejectedRow& r : e.rows()) s += fmt::format("x {}:{} {}\n", r.file, r.line, r.row);
  return s;
}

}  // namespace

TEST_CASE("a big month with bad rows in three files reads the same on every run, rejects in file order") {
  BigMonth m;
  REQUIRE(m.bad.size() == 16);  // 7 in the chats, 5 in the orders, 4 in the ratings
  std::string first;
  for (int run = 0; run < kRuns; ++run) {
    RowErrors e(100);
    const Dataset d = read_inputs(m.in, october(), e);
    const std::vector<RejectedRow> rows = e.rows();
    REQUIRE(rows.size() == m.bad.size());
    for (size_t k = 0; k < rows.size(); ++k) CHECK(fmt::format("{}:{}", rows[k].file, rows[k].line) == m.where(k));
    CHECK(d.account[0].duplicates > 0);
    const std::string now = dump(d, e);
    if (run == 0) first = now;
    else CHECK(now == first);
  }
}

TEST_CASE("past --max-errors the row named is the one past the limit in file order, on every run") {
  BigMonth m;
  // Bad rows: chats 0-6, orders 7-11, ratings 12-15. Below 4 each of the
  // three threads passes its own file's limit and stops early, at a moment
  // that depends on timing; at 4 the ratings' thread reads to the end; from 5
  // on only the total is past the limit.
  for (const size_t limit : {size_t{0}, size_t{2}, size_t{3}, size_t{4}, size_t{9}, size_t{14}}) {
    for (int run = 0; run < kRuns; ++run) {
      RowErrors e(limit);
      const std::string what = read_error(m.in, october(), e);
      CAPTURE(limit);
      CHECK(what.find(m.where(limit) + ": bad ") == 0);
    }
  }
}
