// SPEC 9: the ratings file, and only the last rating of a day counting.
#include "redhare/ratings.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <map>
#include <tuple>

#include "input_files.h"
#include "redhare/error.h"
#include "split_mix.h"

using namespace redhare;
using redhare::test::at;
using redhare::test::read_error;

namespace {

// A month of one message, plus the ratings `text`.
struct RatingFiles : test::OneMessageMonth {
  explicit RatingFiles(const std::string& text) : OneMessageMonth(&InputFiles::ratings, "ratings.csv", text) {}
};

ReadOptions october() {
  ReadOptions o;
  o.period = parse_month("2026-10", 0);
  return o;
}

// Ratings are read for October: the period decides which ones count.
std::string strict_error(const InputFiles& in) { return read_error(in, october()); }

// The levels of the ratings that count, in file order.
std::vector<int> counted(const Dataset& d) {
  std::vector<int> out;
  for (const Rating& r : d.ratings)
    if (!r.superseded) out.push_back(r.level);
  return out;
}

}  // namespace

TEST_CASE("every rating word of SPEC 9 has its level; anything else is not a rating") {
  struct Case {
    const char* word;
    int level;
  };
  const Case cases[] = {
      {"很满意", 5}, {"非常满意", 5}, {"very satisfied", 5}, {"Very Satisfied", 5}, {"5", 5},
      {"满意", 4},   {"satisfied", 4}, {"SATISFIED", 4},   {"4", 4},
      {"一般", 3},   {"neutral", 3},   {"3", 3},
      {"不满意", 2}, {"dissatisfied", 2}, {"2", 2},
      {"很不满意", 1}, {"非常不满意", 1}, {"very dissatisfied", 1}, {"1", 1},
  };
  for (const Case& c : cases) {
    CAPTURE(c.word);
    uint8_t level = 0;
    REQUIRE(parse_rating_level(c.word, &level));
    CHECK(level == c.level);
  }
  uint8_t level;
  for (const char* w : {"", "0", "6", "好评", "差评", "very", "satisfied!", "5.0", "满意 "})
    CHECK_FALSE(parse_rating_level(w, &level));
}

TEST_CASE("ratings columns are found by their aliases; raters are a customer namespace of their own") {
  RatingFiles f("被评价客服,评价人,评价时间,满意度\n小美,c,2026-10-02 10:00,满意\n小林,d,2026-10-02 10:00,5\n");
  RowErrors e;
  Dataset d = read_inputs(f.in, october(), e);
  REQUIRE(d.ratings.size() == 2);
  CHECK(d.agents.name(d.ratings[0].agent) == "小美");
  CHECK(d.ratings[0].agent == d.messages[0].agent);
  CHECK(d.rating_customers.name(d.ratings[0].customer) == "c");
  CHECK(d.rating_customers.name(d.ratings[1].customer) == "d");
  // A rater who never chatted does not grow the chats' customers, which
  // every later stage sizes its tables by.
  CHECK(d.customers.size() == 1);
  CHECK(d.rating_customers.size() == 2);
  CHECK(d.ratings[0].time == at(2026, 10, 2, 10, 0, 0));
  CHECK(d.ratings[0].level == 4);
  CHECK(d.ratings[1].level == 5);
  CHECK(d.ratings[1].line == 3);
  CHECK(d.ratings_file == f.in.ratings);
  RatingFiles g("客服,买家昵称,rated_at,RESULT\n小美,c,2026-10-02 10:00,一般\n");
  CHECK(read_inputs(g.in, october(), e).ratings.at(0).level == 3);
  RatingFiles h("agent,customer,time,评价结果\n小美,c,2026-10-02 10:00,很不满意\n");
  CHECK(read_inputs(h.in, october(), e).ratings.at(0).level == 1);
}

TEST_CASE("of one agent, customer and day only the latest rating counts; the earlier are duplicates") {
  RatingFiles f(
      "agent,customer,time,rating\n"
      "小美,c,2026-10-05 18:00,很满意\n"     // latest time of the day, though not the last row
      "小美,c,2026-10-05 09:00,很不满意\n"   // superseded
      "小美,c,2026-10-05 12:00,一般\n"       // superseded
      "小美,c,2026-10-06 00:00,不满意\n"     // the next day: counts
      "小美,d,2026-10-05 09:00,满意\n"       // another customer: counts
      "小林,c,2026-10-05 09:00,满意\n");     // another agent: counts
  RowErrors e;
  Dataset d = read_inputs(f.in, october(), e);
  CHECK(counted(d) == std::vector<int>{5, 2, 4, 4});
  REQUIRE(d.ratings.size() == 6);
  CHECK(d.ratings[1].superseded);
  CHECK(d.ratings[2].superseded);
  const FileAccount& a = d.account.back();
  CHECK(a.kind == "ratings");
  CHECK(a.rows_read == 6);
  CHECK(a.used == 4);
  CHECK(a.duplicates == 2);
}

TEST_CASE("raters keep their names and their later ratings across thousands of rows") {
  // Many buckets of the superseding rule (and more than a batch of 4096, as
  // raters were once interned): the morning ratings of 4500 raters, then
  // each rater's afternoon one, which supersedes it.
  std::string text = "agent,customer,time,rating\n";
  for (int i = 0; i < 9000; ++i)
    text += fmt::format("小美,k{},2026-10-05 {}:00,{}\n", i % 4500, i < 4500 ? 10 : 15, i < 4500 ? 1 : 5);
  RatingFiles f(text);
  RowErrors e;
  Dataset d = read_inputs(f.in, october(), e);
  REQUIRE(d.ratings.size() == 9000);
  // One name a rating, none looked up: the rule compares names.
  CHECK(d.rating_customers.size() == 9000);
  int wrong_name = 0, wrong_mark = 0;
  for (int i = 0; i < 9000; ++i) {
    const Rating& r = d.ratings[static_cast<size_t>(i)];
    wrong_name += d.rating_customers.name(r.customer) != fmt::format("k{}", i % 4500);
    wrong_mark += r.superseded != (i < 4500);
  }
  CHECK(wrong_name == 0);
  CHECK(wrong_mark == 0);
  CHECK(d.account.back().used == 4500);
  CHECK(d.account.back().duplicates == 4500);
}

TEST_CASE("of two ratings at the same time the later row counts") {
  RatingFiles f("agent,customer,time,rating\n小美,c,2026-10-05 11:03:00,不满意\n小美,c,2026-10-05 11:03:00,很满意\n");
  RowErrors e;
  Dataset d = read_inputs(f.in, october(), e);
  CHECK(counted(d) == std::vector<int>{5});
  CHECK(d.ratings[0].superseded);
  CHECK_FALSE(d.ratings[1].superseded);
}

TEST_CASE("the day is the shop-local calendar day: 23:59:59 and 00:00:00 are two days, zones converted") {
  // 2026-10-05T16:30:00Z is 2026-10-06 00:30 in the shop (+08:00): another day
  // than the 23:59:59 rating, the same day as the 2026-10-06 08:00 one.
  RatingFiles f(
      "agent,customer,time,rating\n"
      "小美,c,2026-10-05 23:59:59,1\n"
      "小美,c,2026-10-05T16:30:00Z,2\n"
      "小美,c,2026-10-06 08:00:00,3\n");
  RowErrors e;
  Dataset d = read_inputs(f.in, october(), e);
  CHECK(counted(d) == std::vector<int>{1, 3});
  CHECK(d.ratings[1].superseded);
}

TEST_CASE("ratings outside the period are counted outside; the period edges are exact") {
  RatingFiles f(
      "agent,customer,time,rating\n"
      "小美,c,2026-09-30 23:59:59,1\n"
      "小美,c,2026-10-01 00:00:00,5\n"
      "小美,c,2026-10-31 23:59:59,4\n"
      "小美,c,2026-11-01 00:00:00,1\n");
  RowErrors e;
  Dataset d = read_inputs(f.in, october(), e);
  CHECK(counted(d) == std::vector<int>{5, 4});
  const FileAccount& a = d.account.back();
  CHECK(a.outside_period == 2);
  CHECK(a.used == 2);
  CHECK(a.first == at(2026, 9, 30, 23, 59, 59));
  CHECK(a.last == at(2026, 11, 1, 0, 0, 0));
}

TEST_CASE("mark_superseded_ratings keeps the last of each day whatever the input order") {
  auto r = [](Time t, Id agent, Id customer, uint32_t line) {
    return Rating{t, agent, customer, line, 3, false};
  };
  const Time d0 = at(2026, 10, 5, 0, 0, 0);
  std::vector<Rating> v = {r(d0 + 50, 0, 0, 2), r(d0 + 10, 0, 0, 3), r(d0 + 50, 0, 0, 4),
                           r(d0 + 86400, 0, 0, 5), r(d0 + 10, 1, 0, 6), r(d0 + 10, 0, 1, 7)};
  CHECK(mark_superseded_ratings(v) == 2);
  std::vector<bool> superseded;
  for (const Rating& x : v) superseded.push_back(x.superseded);
  CHECK(superseded == std::vector<bool>{true, true, false, false, false, false});
  std::vector<Rating> none;
  CHECK(mark_superseded_ratings(none) == 0);
}

// The rule checked against its plainest statement, on random months: a
// rating is superseded when a rating of the same (agent, customer, day) has a
// later time, or the same time and a later row. Few agents, customers and
// days, so that many ratings collide; some customers rate many times (a
// bucket sorted on its own), most once.
TEST_CASE("mark_superseded_ratings agrees with the rule stated plainly on random ratings") {
  redhare::test::SplitMix rng{13};
  const Time d0 = at(2026, 10, 1, 0, 0, 0);
  for (int round = 0; round < 50; ++round) {
    std::vector<Rating> v(rng.below(300));
    for (uint32_t i = 0; i < v.size(); ++i) {
      const Id customer = rng.below(4) == 0 ? static_cast<Id>(rng.below(3)) : static_cast<Id>(rng.below(200));
      v[i] = Rating{d0 + static_cast<Time>(rng.below(3 * 86400 / 600)) * 600, static_cast<Id>(rng.below(3)),
                    customer, i + 2, 3, false};
    }
    // The last of each (agent, customer, day), by (time, position).
    std::map<std::tuple<Id, Id, int64_t>, uint32_t> last;
    for (uint32_t i = 0; i < v.size(); ++i) {
      auto key = std::make_tuple(v[i].agent, v[i].customer, (v[i].time - d0) / 86400);
      auto at_key = last.find(key);
      if (at_key == last.end() || v[at_key->second].time <= v[i].time) last[key] = i;
    }
    std::vector<bool> expected(v.size(), true);
    for (const auto& kv : last) expected[kv.second] = false;
    const uint64_t marked = mark_superseded_ratings(v);
    std::vector<bool> got;
    for (const Rating& x : v) got.push_back(x.superseded);
    CAPTURE(round);
    CHECK(got == expected);
    CHECK(marked == v.size() - last.size());
  }
}

// read_ratings gives every rating a customer id of its own and compares the
// names: the same marks as ids that are the same for the same name, on random
// months with many repeat raters.
TEST_CASE("mark_superseded_ratings by customer name agrees with it by customer id") {
  redhare::test::SplitMix rng{17};
  const Time d0 = at(2026, 10, 1, 0, 0, 0);
  for (int round = 0; round < 50; ++round) {
    const size_t n = rng.below(3000);
    std::vector<Rating> by_id(n), by_name(n);
    Interner names;
    for (uint32_t i = 0; i < n; ++i) {
      const Id customer = rng.below(4) == 0 ? static_cast<Id>(rng.below(5)) : static_cast<Id>(rng.below(2000));
      const std::string name = fmt::format("买家{}", customer);
      const std::string_view view = name;
      Id own;
      names.append_new(&view, 1, &own);
      by_id[i] = Rating{d0 + static_cast<Time>(rng.below(3 * 86400 / 600)) * 600, static_cast<Id>(rng.below(3)),
                        customer, i + 2, 3, false};
      by_name[i] = by_id[i];
      by_name[i].customer = own;
    }
    CAPTURE(round);
    CHECK(mark_superseded_ratings(by_name, names) == mark_superseded_ratings(by_id));
    int differ = 0;
    for (size_t i = 0; i < n; ++i) differ += by_name[i].superseded != by_id[i].superseded;
    CHECK(differ == 0);
  }
}

TEST_CASE("bad rating rows stop a strict run with file:line and what is wrong") {
  struct Case {
    const char* row;
    const char* error;
  };
  const Case cases[] = {
      {"小美,c,2026-10-05 10:00,好评",
       ":2: bad rating \"好评\" (expected 很满意/非常满意/very satisfied/5, 满意/satisfied/4, 一般/neutral/3, "
       "不满意/dissatisfied/2 or 很不满意/非常不满意/very dissatisfied/1)"},
      {"小美,c,2026-10-05 10:00,", ":2: bad rating \"\" (expected 很满意/非常满意/very satisfied/5, "
                                   "满意/satisfied/4, 一般/neutral/3, 不满意/dissatisfied/2 or "
                                   "很不满意/非常不满意/very dissatisfied/1)"},
      {"小美,c,yesterday,5", ":2: bad time \"yesterday\" in column time"},
      {",c,2026-10-05 10:00,5", ":2: empty agent"},
      {"小美,,2026-10-05 10:00,5", ":2: empty customer"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.row);
    RatingFiles f(std::string("agent,customer,time,rating\n") + c.row + "\n");
    CHECK(strict_error(f.in) == f.in.ratings + c.error);
  }
}

TEST_CASE("lenient: bad rating rows are rejected and every row is accounted for") {
  RatingFiles f(
      "agent,customer,time,rating\n"
      "小美,c,2026-10-05 10:00,5\n"
      "小美,c,2026-10-05 11:00,好评\n"  // rejected: does not supersede line 2
      "小美,c,2026-10-05 12:00,4\n"
      "小美,c,2026-11-05 12:00,4\n"
      "小林,c,2026-10-05 12:00,meh\n");
  RowErrors e(10);
  Dataset d = read_inputs(f.in, october(), e);
  CHECK(counted(d) == std::vector<int>{4});
  const FileAccount& a = d.account.back();
  CHECK(a.rows_read == 5);
  CHECK(a.used == 1);
  CHECK(a.duplicates == 1);
  CHECK(a.outside_period == 1);
  CHECK(a.rejected == 2);
  // A rejected row adds no agent.
  Id id;
  CHECK_FALSE(d.agents.find("小林", &id));
  std::vector<RejectedRow> rows = e.rows();
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].file == f.in.ratings);
  CHECK(rows[0].line == 3);
  CHECK(rows[1].line == 6);
  CHECK(rows[1].row == "小林,c,2026-10-05 12:00,meh");
}

TEST_CASE("lenient: past --max-errors a ratings file stops the run naming its row") {
  RatingFiles f("agent,customer,time,rating\n小美,c,2026-10-05 10:00,x\n小美,c,2026-10-05 10:00,y\n");
  RowErrors e(1);
  const std::string what = read_error(f.in, october(), e);
  CHECK(what.find(f.in.ratings + ":3: bad rating \"y\"") == 0);
  CHECK(what.find("(more than --max-errors 1 bad rows; stopping)") != std::string::npos);
}

TEST_CASE("the example ratings read the same in all three spellings, GBK with CRLF included") {
  auto read_dir = [](const std::string& dressing, Encoding enc) {
    return test::read_example(dressing, enc, &InputFiles::ratings, "ratings.csv", october());
  };
  Dataset zh = read_dir("", Encoding::kUtf8);
  Dataset en = read_dir("en/", Encoding::kUtf8);
  Dataset gbk = read_dir("gbk/", Encoding::kGbk);
  // 19 rows: 2 outside October, 4 superseded (lines 3, 11, 17, 18), 13 counted.
  const FileAccount& a = zh.account.back();
  CHECK(a.rows_read == 19);
  CHECK(a.outside_period == 2);
  CHECK(a.duplicates == 4);
  CHECK(a.used == 13);
  for (const Dataset* d : {&en, &gbk}) {
    REQUIRE(d->ratings.size() == zh.ratings.size());
    for (size_t i = 0; i < zh.ratings.size(); ++i) {
      CAPTURE(i);
      CHECK(d->ratings[i].time == zh.ratings[i].time);
      CHECK(d->ratings[i].level == zh.ratings[i].level);
      CHECK(d->ratings[i].line == zh.ratings[i].line);
      CHECK(d->ratings[i].superseded == zh.ratings[i].superseded);
      CHECK(d->agents.name(d->ratings[i].agent) == zh.agents.name(zh.ratings[i].agent));
      CHECK(d->customers.name(d->ratings[i].customer) == zh.customers.name(zh.ratings[i].customer));
    }
  }
  std::vector<uint32_t> superseded;
  for (const Rating& r : zh.ratings)
    if (r.superseded) superseded.push_back(r.line);
  CHECK(superseded == std::vector<uint32_t>{3, 11, 17, 18});
}

// Ratings are read on a thread of their own while the chats are; the run must
// not show it: bad rows, ids and errors come out as if they were read last.
TEST_CASE("strict: a bad row in an earlier file is reported before a bad rating") {
  RatingFiles f("agent,customer,time,rating\n小美,c,2026-10-05 10:00,好评\n");
  f.in.targets = f.dir.file("targets.csv", "agent,target\n小美,lots\n");
  CHECK(strict_error(f.in) == f.in.targets + ":2: bad amount \"lots\" in column target");
  RatingFiles g("agent,customer,time,rating\n小美,c,2026-10-05 10:00,好评\n");
  g.in.chats = g.dir.file("chats.csv", "time,agent,customer,direction\n2026-10-01 09:00,小美,c,sideways\n");
  CHECK(strict_error(g.in).find(g.in.chats + ":2: bad direction") == 0);
}

TEST_CASE("lenient: the bad row past --max-errors is chosen in file order, ratings last") {
  // Bad rows: chats line 2, targets line 2, ratings lines 2 and 3. With
  // --max-errors 2 the third in file order is the ratings' line 2.
  RatingFiles f("agent,customer,time,rating\n小美,c,2026-10-05 10:00,x\n小美,c,2026-10-05 10:00,y\n");
  f.in.chats = f.dir.file("chats.csv", "time,agent,customer,direction\nnope,小美,c,in\n2026-10-01 09:00,小美,c,in\n");
  f.in.targets = f.dir.file("targets.csv", "agent,target\n小美,lots\n");
  RowErrors e(2);
  const std::string what = read_error(f.in, october(), e);
  CHECK(what.find(f.in.ratings + ":2: bad rating \"x\"") == 0);
}

TEST_CASE("agents first named by ratings get ids after every other file's; raters ids of their own") {
  RatingFiles f("agent,customer,time,rating\n小林,新客,2026-10-05 10:00,5\n小美,c,2026-10-05 10:00,5\n");
  f.in.targets = f.dir.file("targets.csv", "agent,target\n阿强,100\n");
  f.in.roster = f.dir.file("roster.csv", "agent\n阿芳\n");
  RowErrors e;
  Dataset d = read_inputs(f.in, october(), e);
  REQUIRE(d.agents.size() == 4);
  CHECK(d.agents.name(0) == "小美");  // chats
  CHECK(d.agents.name(1) == "阿强");  // targets
  CHECK(d.agents.name(2) == "阿芳");  // roster
  CHECK(d.agents.name(3) == "小林");  // ratings
  REQUIRE(d.ratings.size() == 2);
  CHECK(d.ratings[0].agent == 3);
  CHECK(d.ratings[1].agent == 0);
  CHECK(d.rating_customers.name(d.ratings[0].customer) == "新客");
  CHECK(d.rating_customers.name(d.ratings[1].customer) == "c");
  CHECK(d.customers.size() == 1);  // the chats' c alone
  // The account lists the ratings last, after the roster.
  REQUIRE(d.account.size() == 5);
  CHECK(d.account[3].kind == "roster");
  CHECK(d.account[4].kind == "ratings");
}

TEST_CASE("ratings and chats cannot both be stdin") {
  RatingFiles f("agent,customer,time,rating\n");
  f.in.chats = "-";
  f.in.ratings = "-";
  RowErrors e;
  try {
    read_inputs(f.in, october(), e);
    FAIL("no error");
  } catch (const UsageError& err) {
    CHECK(redhare::test::english(err.msg()) == "only one input can be stdin (\"-\")");
  }
}
