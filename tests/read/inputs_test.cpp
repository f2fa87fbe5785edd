#include "english.h"
#include "input_files.h"
#include "redhare/inputs.h"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <vector>

#include "read_helpers.h"
#include "redhare/error.h"

using namespace redhare;
using redhare::test::at;
using redhare::test::read_error;
using redhare::test::TempDir;

namespace {

const char* kChatsHeader = "time,agent,customer,direction,auto,text\n";
const char* kOrdersHeader = "order_id,customer,created,paid,amount,status,refund\n";

// Every row read is exactly one of used / outside_period / duplicates / rejected.
void check_account(const Dataset& d) {
  for (const FileAccount& a : d.account) {
    CAPTURE(a.kind);
    CHECK(a.rows_read == a.used + a.outside_period + a.duplicates + a.rejected);
  }
}


struct Files {
  TempDir dir;
  InputFiles in;
  Files(const std::string& chats, const std::string& orders) {
    in.chats = dir.file("chats.csv", chats);
    in.orders = dir.file("orders.csv", orders);
  }
};

std::string chat(const std::string& rows) { return kChatsHeader + rows; }
std::string order(const std::string& rows) { return kOrdersHeader + rows; }

}  // namespace

TEST_CASE("chats and orders become messages and orders in one customer namespace") {
  Files f(chat("2026-10-05 09:00:00,小王,buyer1,买家,,在吗\n"
               "2026-10-05 09:01:00,小王,buyer1,客服,0,在的\n"
               "2026-10-05 09:01:05,小王,buyer1,out,是,auto\n"),
          order("=\"1001\",buyer2,2026-10-05 10:00,,12.50,待付款,\n"
                "'1002,buyer1,2026-10-05 10:00,2026-10-05 10:05,\"\xC2\xA5"
                "1,234.00\",已付款,34\n"));
  RowErrors e;
  Dataset d = read_inputs(f.in, ReadOptions{}, e);
  REQUIRE(d.messages.size() == 3);
  CHECK(d.messages[0].kind == MessageKind::kCustomer);
  CHECK(d.messages[1].kind == MessageKind::kAgent);
  CHECK(d.messages[2].kind == MessageKind::kAuto);
  CHECK(d.messages[0].time == at(2026, 10, 5, 9, 0, 0));
  CHECK(d.messages[2].line == 4);
  CHECK(d.agents.name(d.messages[0].agent) == "小王");
  REQUIRE(d.orders.size() == 2);
  CHECK(d.order_ids.name(d.orders[0].order_id) == "1001");
  CHECK(d.order_ids.name(d.orders[1].order_id) == "1002");
  CHECK_FALSE(d.orders[0].is_paid());
  CHECK(d.orders[1].amount == 123400);
  CHECK(d.orders[1].refund == 3400);
  // buyer1 is the chats' customer 0; buyer2 exists only in orders.
  CHECK(d.orders[1].customer == d.messages[0].customer);
  CHECK(d.customers.name(d.orders[0].customer) == "buyer2");
  CHECK(d.statuses.name(d.orders[1].status) == "已付款");
  check_account(d);
}

TEST_CASE("columns are found by alias, case-insensitive and trimmed, in any order, extras ignored") {
  Files f(
      " 消息内容 ,EXTRA, 买家昵称,客服账号 , TIME ,Sender\n"
      "hello,x,c1,a1,2026-10-05 09:00,in\n",
      " 订单编号,买家会员名,下单时间,买家实付金额\n1,c1,2026-10-05 10:00,5\n");
  RowErrors e;
  Dataset d = read_inputs(f.in, ReadOptions{}, e);
  REQUIRE(d.messages.size() == 1);
  CHECK(d.customers.name(d.messages[0].customer) == "c1");
  CHECK(d.agents.name(d.messages[0].agent) == "a1");
  REQUIRE(d.orders.size() == 1);
  CHECK_FALSE(d.orders[0].is_paid());  // no paid column: never paid
  CHECK(d.orders[0].refund == 0);
}

TEST_CASE("a policy alias adds a column name") {
  Files f("when,agent,customer,direction\n2026-10-05 09:00,a,c,in\n", order(""));
  Policy p;
  p.aliases["chats.time"] = {"When"};
  ReadOptions o;
  o.policy = &p;
  RowErrors e;
  CHECK(read_inputs(f.in, o, e).messages.size() == 1);
}

TEST_CASE("a missing required column names the file, the names tried and the columns found") {
  Files f("time,agent,direction\n", order(""));
  RowErrors e;
  CHECK(read_error(f.in, ReadOptions{}, e) == f.in.chats +
                                                ":1: missing column customer (tried customer, 买家, 顾客, "
                                                "买家昵称, 买家会员名, buyer, customer_id); "
                                                "columns found: \"time\", \"agent\", \"direction\"");
}

TEST_CASE("a header-only file reads as no rows") {
  Files f(chat(""), order(""));
  RowErrors e;
  Dataset d = read_inputs(f.in, ReadOptions{}, e);
  CHECK(d.messages.empty());
  CHECK(d.account[0].rows_read == 0);
}

TEST_CASE("each kind of bad chat row stops a strict run with its line and reason") {
  struct Case {
    std::string row, error;
  } cases[] = {
      {"2026-13-01 09:00,a,c,in,,\n", ":2: bad time \"2026-13-01 09:00\" in column time"},
      {"2026-10-01 09:00,,c,in,,\n", ":2: empty agent"},
      {"2026-10-01 09:00,a,,in,,\n", ":2: empty customer"},
      {"2026-10-01 09:00,a,c,sideways,,\n",
       ":2: bad direction \"sideways\" (expected customer/in/buyer/买家/顾客/接收 or "
       "agent/out/seller/客服/卖家/发送)"},
      {"2026-10-01 09:00,a,c,out,maybe,\n",
       ":2: bad auto value \"maybe\" (expected 1/true/yes/y/是 or 0/false/no/n/否/empty)"},
      {"2026-10-01 09:00,a,c,out\n", ":2: expected 6 fields, found 4"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.row);
    Files f(chat(c.row), order(""));
    RowErrors e;
    CHECK(read_error(f.in, ReadOptions{}, e) == f.in.chats + c.error);
  }
}

TEST_CASE("each kind of bad order row stops a strict run with its line and reason") {
  struct Case {
    std::string row, error;
  } cases[] = {
      {",c,2026-10-01 09:00,,5,,\n", ":2: empty order_id"},
      {"=\"\",c,2026-10-01 09:00,,5,,\n", ":2: empty order_id"},
      {"1,c,2026-10-01 09:00,2026-10-01 08:00,5,,\n", ":2: paid before created"},
      {"1,c,2026-10-01 09:00,,,,\n", ":2: bad amount \"\" in column amount"},
      {"1,c,2026-10-01 09:00,,-5,,\n", ":2: bad amount \"-5\" in column amount"},
      {"1,c,2026-10-01 09:00,,5.001,,\n", ":2: bad amount \"5.001\" in column amount"},
      {"1,c,2026-10-01 09:00,,5,,6\n", ":2: refund \"6\" is more than amount \"5\""},
      {"1,c,2026-10-01 09:00,soon,5,,\n", ":2: bad time \"soon\" in column paid"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.row);
    Files f(chat(""), order(c.row));
    RowErrors e;
    CHECK(read_error(f.in, ReadOptions{}, e) == f.in.orders + c.error);
  }
}

TEST_CASE("identical order rows are dropped as duplicates; a different row with the same id is bad") {
  std::string row = "7,c,2026-10-01 09:00,,5,,\n";
  Files f(chat(""), order(row + row + "8,c,2026-10-01 09:00,,5,,\n"));
  RowErrors e;
  Dataset d = read_inputs(f.in, ReadOptions{}, e);
  CHECK(d.orders.size() == 2);
  CHECK(d.account[1].duplicates == 1);
  CHECK(d.account[1].used == 2);
  check_account(d);

  Files g(chat(""), order(row + "8,c,2026-10-01 09:00,,5,,\n7,c,2026-10-01 09:00,,6,,\n"));
  CHECK(read_error(g.in, ReadOptions{}, e) ==
        g.in.orders + ":4: order_id \"7\" also on line 2 with different content");
}

// Orders are judged a batch of rows at a time (their ids interned together),
// so a conflicting id is found after the rows behind it were read: it must
// still be the bad row a strict run names first, and keep its own text.
TEST_CASE("a conflicting order id is the first bad row though the rows after it in its batch are bad too") {
  const std::string first = "7,c,2026-10-01 09:00,,5,,\n", conflict = "7,c,2026-10-01 09:00,,6,,\n";
  const std::string expected = ":3: order_id \"7\" also on line 2 with different content";
  SUBCASE("a bad time on the next line") {
    Files f(chat(""), order(first + conflict + "8,c,soon,,5,,\n"));
    RowErrors e;
    CHECK(read_error(f.in, ReadOptions{}, e) == f.in.orders + expected);
  }
  SUBCASE("the file's end inside a quote on the next line") {
    Files f(chat(""), order(first + conflict + "8,\"c,2026-10-01 09:00,,5,,\n"));
    RowErrors e;
    CHECK(read_error(f.in, ReadOptions{}, e) == f.in.orders + expected);
  }
  SUBCASE("lenient: both are listed in line order, each with its own text") {
    Files f(chat(""), order(first + conflict + "8,c,soon,,5,,\n" + first));
    RowErrors e(10);
    Dataset d = read_inputs(f.in, ReadOptions{}, e);
    std::vector<RejectedRow> rows = e.rows();
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].line == 3);
    CHECK(rows[0].row == "7,c,2026-10-01 09:00,,6,,");
    CHECK(rows[1].line == 4);
    CHECK(rows[1].row == "8,c,soon,,5,,");
    CHECK(d.orders.size() == 1);
    CHECK(d.account[1].duplicates == 1);
    check_account(d);
  }
}

TEST_CASE("order ids are judged the same across the batches they are read in") {
  // 2000 rows: more than one batch of any size the reader might use. Line
  // 2 + i holds id i % 1500: rows 1500 on repeat the first ones, every
  // third differently (another amount).
  std::string rows;
  for (int i = 0; i < 2000; ++i) {
    const int id = i % 1500;
    const bool differs = i >= 1500 && i % 3 == 0;
    rows += std::to_string(id) + ",c" + std::to_string(id % 700) + ",2026-10-01 09:00,," + (differs ? "6" : "5") + ",,\n";
  }
  Files f(chat(""), order(rows));
  RowErrors lenient(1000);
  Dataset d = read_inputs(f.in, ReadOptions{}, lenient);
  CHECK(d.orders.size() == 1500);
  CHECK(d.account[1].rejected == 167);  // i in [1500, 2000) divisible by 3: 1500, 1503, ..., 1998
  CHECK(d.account[1].duplicates == 500 - 167);
  check_account(d);
  for (size_t i = 0; i < d.orders.size(); ++i) {
    CAPTURE(i);
    CHECK(d.order_ids.name(d.orders[i].order_id) == std::to_string(i));
    CHECK(d.orders[i].line == i + 2);
    CHECK(d.customers.name(d.orders[i].customer) == "c" + std::to_string(i % 700));
  }
  std::vector<RejectedRow> bad = lenient.rows();
  REQUIRE(bad.size() == 167);
  CHECK(bad.front().line == 1502);
  CHECK(bad.back().line == 2000);
  CHECK(bad.back().row == "498,c498,2026-10-01 09:00,,6,,");
  RowErrors strict;
  CHECK(read_error(f.in, ReadOptions{}, strict) == f.in.orders + ":1502: order_id \"0\" also on line 2 with different content");
}

TEST_CASE("a second row with the same order_id differing in any one field is bad, not a duplicate") {
  // Line 2 is the first row; line 3 repeats its id with one field changed.
  const std::string first = "7,c,2026-10-01 09:00,2026-10-01 09:05,5.00,paid,1.00\n";
  const char* changed[] = {
      "7,d,2026-10-01 09:00,2026-10-01 09:05,5.00,paid,1.00\n",  // customer
      "7,c,2026-10-01 09:01,2026-10-01 09:05,5.00,paid,1.00\n",  // created
      "7,c,2026-10-01 09:00,2026-10-01 09:06,5.00,paid,1.00\n",  // paid
      "7,c,2026-10-01 09:00,,5.00,paid,1.00\n",                  // paid empty
      "7,c,2026-10-01 09:00,2026-10-01 09:05,6.00,paid,1.00\n",  // amount
      "7,c,2026-10-01 09:00,2026-10-01 09:05,5.00,paid,2.00\n",  // refund
      "7,c,2026-10-01 09:00,2026-10-01 09:05,5.00,paid,\n",      // refund empty = 0
      "7,c,2026-10-01 09:00,2026-10-01 09:05,5.00,refunded,1.00\n",  // status
  };
  for (const char* row : changed) {
    CAPTURE(row);
    Files f(chat(""), order(first + row));
    RowErrors e;
    CHECK(read_error(f.in, ReadOptions{}, e) == f.in.orders + ":3: order_id \"7\" also on line 2 with different content");
  }
}

TEST_CASE("every direction word and every auto word, in any letter case, gives the kind it names") {
  // The words of SPEC 1, listed here rather than taken from the reader: the
  // exports' own (买家, 客服, 0) are tried before the lists, and each word must
  // still land on its own side.
  const std::vector<std::string> customer = {"customer", "In", "BUYER", "买家", "顾客", "接收"};
  const std::vector<std::string> agent = {"Agent", "OUT", "seller", "客服", "卖家", "发送"};
  const std::vector<std::string> yes = {"1", "TRUE", "Yes", "y", "是"};
  const std::vector<std::string> no = {"0", "false", "NO", "n", "否", ""};
  std::string rows;
  std::vector<MessageKind> want;
  int second = 0;
  auto add = [&](const std::string& direction, const std::string& autov, MessageKind kind) {
    rows += fmt::format("2026-10-01 09:{:02}:{:02},a,c,{},{},t\n", second / 60, second % 60, direction, autov);
    ++second;
    want.push_back(kind);
  };
  for (const std::string& d : customer)
    for (const std::string& a : yes) add(d, a, MessageKind::kCustomer);
  for (const std::string& d : customer)
    for (const std::string& a : no) add(d, a, MessageKind::kCustomer);
  for (const std::string& d : agent)
    for (const std::string& a : yes) add(d, a, MessageKind::kAuto);
  for (const std::string& d : agent)
    for (const std::string& a : no) add(d, a, MessageKind::kAgent);
  Files f(chat(rows), order(""));
  RowErrors e;
  Dataset d = read_inputs(f.in, ReadOptions{}, e);
  REQUIRE(d.messages.size() == want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    CAPTURE(i);
    CHECK(d.messages[i].kind == want[i]);
  }
}

// The files read with the auto-reply prefix "[自动]", strictly.
static Dataset read_with_auto_prefix(const Files& f) {
  Policy p;
  p.auto_reply_prefix = "[自动]";
  ReadOptions o;
  o.policy = &p;
  RowErrors e;
  return read_inputs(f.in, o, e);
}

TEST_CASE("an auto flag or the auto-reply prefix on a customer message leaves it a customer message") {
  // Only agent messages can be auto-replies (SPEC 3): a truthy auto column or
  // the prefix on a buyer's line means nothing, or the buyer's question would
  // vanish from the turns.
  Files f(chat("2026-10-01 09:00,a,c,in,是,hi\n2026-10-01 09:01,a,c,in,,[自动]hi\n"), order(""));
  Dataset d = read_with_auto_prefix(f);
  REQUIRE(d.messages.size() == 2);
  CHECK(d.messages[0].kind == MessageKind::kCustomer);
  CHECK(d.messages[1].kind == MessageKind::kCustomer);
}

TEST_CASE("the period keeps messages from attribution_window before it and counts the rest outside") {
  // Period 2026-10; window 48 h: messages from 2026-09-29 00:00 are kept.
  Files f(chat("2026-09-28 23:59:59,a,c,in,,\n"    // outside
               "2026-09-29 00:00:00,a,c,in,,\n"    // kept (look-back)
               "2026-10-31 23:59:59,a,c,in,,\n"    // kept
               "2026-11-01 00:00:00,a,c,in,,\n"),  // outside
          order("1,c,2026-09-30 10:00,,5,,\n2,c,2026-10-02 10:00,,5,,\n"));
  ReadOptions o;
  o.period = parse_month("2026-10", 0);
  RowErrors e;
  Dataset d = read_inputs(f.in, o, e);
  CHECK(d.messages.size() == 2);
  CHECK(d.account[0].used == 2);
  CHECK(d.account[0].outside_period == 2);
  CHECK(d.account[0].first == at(2026, 9, 28, 23, 59, 59));
  CHECK(d.account[0].last == at(2026, 11, 1, 0, 0, 0));
  // Orders before the period stay in the data (after-sales) but count as outside.
  CHECK(d.orders.size() == 2);
  CHECK(d.account[1].used == 1);
  CHECK(d.account[1].outside_period == 1);
  check_account(d);
}

TEST_CASE("auto_reply_prefix marks agent messages as auto-replies") {
  Files f(chat("2026-10-01 09:00,a,c,out,,[自动]您好\n2026-10-01 09:00,a,c,out,,您好\n"), order(""));
  Dataset d = read_with_auto_prefix(f);
  CHECK(d.messages[0].kind == MessageKind::kAuto);
  CHECK(d.messages[1].kind == MessageKind::kAgent);
}

// The exports' own words (买家 / 客服 with 0, 1 or empty) are read without
// the lists; these are the rows that come near them and must not be taken
// for them: other six-byte words, other flags, the prefix on each side.
TEST_CASE("the exports' own direction and auto words read as the lists read them, next to words that are not them") {
  Files f(chat("2026-10-01 09:00,a,c,客服,,[自动]您好\n"    // the prefix: auto
               "2026-10-01 09:00,a,c,客服,0,[自动]好的\n"   // the prefix wins over 0
               "2026-10-01 09:00,a,c,客服,,[自动\n"        // only part of the prefix
               "2026-10-01 09:00,a,c,买家,1,[自动]您好\n"   // a customer stays one
               "2026-10-01 09:00,a,c,卖家,0,您好\n"         // six bytes, from the agent list
               "2026-10-01 09:00,a,c,顾客,1,您好\n"         // six bytes, from the customer list
               "2026-10-01 09:00,a,c,客服,是,您好\n"),      // a flag from the list
          order(""));
  Dataset d = read_with_auto_prefix(f);
  const std::vector<MessageKind> want = {MessageKind::kAuto, MessageKind::kAuto,     MessageKind::kAgent,
                                         MessageKind::kCustomer, MessageKind::kAgent, MessageKind::kCustomer,
                                         MessageKind::kAuto};
  REQUIRE(d.messages.size() == want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    CAPTURE(i);
    CHECK(d.messages[i].kind == want[i]);
  }
  // Six bytes that are no word, a bad flag after a good word, a flag of two
  // characters: errors as ever.
  struct Case {
    std::string row, error;
  } cases[] = {
      {"2026-10-01 09:00,a,c,买卖,0,\n",
       ":2: bad direction \"买卖\" (expected customer/in/buyer/买家/顾客/接收 or agent/out/seller/客服/卖家/发送)"},
      {"2026-10-01 09:00,a,c,客服,2,\n",
       ":2: bad auto value \"2\" (expected 1/true/yes/y/是 or 0/false/no/n/否/empty)"},
      {"2026-10-01 09:00,a,c,买家,01,\n",
       ":2: bad auto value \"01\" (expected 1/true/yes/y/是 or 0/false/no/n/否/empty)"},
      {"2026-10-01 09:00,a,c,买卖,2,\n",
       ":2: bad direction \"买卖\" (expected customer/in/buyer/买家/顾客/接收 or agent/out/seller/客服/卖家/发送)"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.row);
    Files g(chat(c.row), order(""));
    RowErrors e2;
    CHECK(read_error(g.in, ReadOptions{}, e2) == g.in.chats + c.error);
  }
}

TEST_CASE("lenient mode skips bad rows, counts them and keeps their text for the rejects file") {
  Files f(chat("2026-10-01 09:00,a,c,in,,\"two\nlines\"\n"
               "bad,a,c,in,,\"x,y\"\n"
               "2026-10-01 09:00,a,c,up,,\n"
               "2026-10-01 09:00,a,c,in,,\n"),
          order("1,c,2026-10-01 09:00,,5,,\n1,c,2026-10-01 09:00,,5,,\n2,c,x,,5,,\n"));
  RowErrors e(10);
  Dataset d = read_inputs(f.in, ReadOptions{}, e);
  CHECK(e.count() == 3);
  CHECK(d.messages.size() == 2);
  CHECK(d.account[0].rejected == 2);
  CHECK(d.account[1].rejected == 1);
  CHECK(d.account[1].duplicates == 1);
  check_account(d);
  std::vector<RejectedRow> rows = e.rows();
  REQUIRE(rows.size() == 3);
  // The multi-line record is lines 2-3, so the bad time is on line 4.
  CHECK(rows[0].file == f.in.chats);
  CHECK(rows[0].line == 4);
  CHECK(rows[0].row == "bad,a,c,in,,\"x,y\"");
  CHECK(rows[1].line == 5);
  CHECK(rows[2].file == f.in.orders);
  CHECK(rows[2].line == 4);
  CHECK(redhare::test::english(rows[0].reason) == "bad time \"bad\" in column time");
}

TEST_CASE("lenient mode stops past max_errors") {
  Files f(chat("x,a,c,in,,\ny,a,c,in,,\n"), order(""));
  RowErrors e(1);
  CHECK(read_error(f.in, ReadOptions{}, e) ==
        f.in.chats + ":3: bad time \"y\" in column time (more than --max-errors 1 bad rows; stopping)");
}

TEST_CASE("targets and reviews are read with the chats' agents") {
  Files f(chat("2026-10-01 09:00,小王,c,in,,\n"), order(""));
  f.in.targets = f.dir.file("t.csv", "客服,目标销售额\n小李,\"10,000\"\n小王,5000.5\n");
  f.in.reviews = f.dir.file(
      "r.csv", "agent,rater,assist,execution\n小王,主管,90,85.5\n小王,self,,100\n小王,peer,101,\n");
  RowErrors e(5);
  Dataset d = read_inputs(f.in, ReadOptions{}, e);
  REQUIRE(d.targets.size() == 2);
  CHECK(d.agents.name(d.targets[0].agent) == "小李");
  CHECK(d.targets[0].target == 1000000);
  CHECK(d.targets[1].agent == d.messages[0].agent);
  CHECK(d.targets[1].target == 500050);
  REQUIRE(d.reviews.size() == 2);
  CHECK(d.reviews[0].rater == Rater::kManager);
  CHECK(*d.reviews[0].execution == 85.5);
  CHECK_FALSE(d.reviews[1].assist.has_value());
  CHECK(redhare::test::english(e.rows()[0].reason) == "bad score \"101\" in column assist (expected 0-100)");
  REQUIRE(d.account.size() == 4);
  check_account(d);
}

TEST_CASE("a custom time format applies to every time column") {
  Files f(chat("Tue Oct 31 22:10:47 +0000 2017,a,c,in,,\n"), order(""));
  ReadOptions o;
  o.time_format = "%a %b %d %H:%M:%S %z %Y";
  RowErrors e;
  Dataset d = read_inputs(f.in, o, e);
  CHECK(d.messages[0].time == at(2017, 11, 1, 6, 10, 47));
}

TEST_CASE("a time that misses --time-format names the pattern in the error") {
  Files f(chat("2026-10-01 09:00:00,a,c,in,,\n"), order(""));
  ReadOptions o;
  o.time_format = "%d/%m/%Y %H:%M";
  RowErrors e;
  CHECK(read_error(f.in, o, e) == f.in.chats +
                                    ":2: bad time \"2026-10-01 09:00:00\" in column time: does not match "
                                    "--time-format \"%d/%m/%Y %H:%M\"");
}

TEST_CASE("a UTF-8 file read with --encoding gbk: the missing-column error names the likely cause") {
  // 时间 in UTF-8 (E6 97 B6 E9 97 B4) is also valid GBK (鏃堕棿), so only the
  // header shows it; the hint is given only when gbk was asked for.
  Files f("时间,客服,买家,方向\n2026-10-01 09:00,a,c,买家\n", order(""));
  ReadOptions o;
  o.encoding = Encoding::kGbk;
  RowErrors e;
  std::string err = read_error(f.in, o, e);
  CHECK(err.find(f.in.chats + ":1: missing column time") == 0);
  CHECK(err.find("(read as GBK because of --encoding gbk; a UTF-8 file reads without it)") != std::string::npos);
  Files plain("when,agent,customer,direction\n", order(""));
  CHECK(read_error(plain.in, ReadOptions{}, e).find("--encoding") == std::string::npos);
}

TEST_CASE("GBK input with Chinese headers reads like UTF-8") {
  TempDir dir;
  // 客服 = BF CD B7 FE ; 时间 = CA B1 BC E4 ; 买家 = C2 F2 BC D2 ; 方向 = B7 BD CF F2
  InputFiles in;
  in.chats = dir.file("c.csv",
                      "\xCA\xB1\xBC\xE4,\xBF\xCD\xB7\xFE,\xC2\xF2\xBC\xD2,\xB7\xBD\xCF\xF2\r\n"
                      "2026-10-01 09:00,\xBF\xCD\xB7\xFE,c,\xC2\xF2\xBC\xD2\r\n");
  in.orders = dir.file("o.csv", kOrdersHeader);
  ReadOptions o;
  o.encoding = Encoding::kGbk;
  RowErrors e;
  Dataset d = read_inputs(in, o, e);
  REQUIRE(d.messages.size() == 1);
  CHECK(d.agents.name(d.messages[0].agent) == "客服");
  CHECK(d.messages[0].kind == MessageKind::kCustomer);
}

TEST_CASE("\"-\" reads the chats from stdin") {
  TempDir dir;
  std::string orders = dir.file("o.csv", kOrdersHeader);
  std::string chats = dir.file("c.csv", chat("2026-10-01 09:00,a,c,in,,\n"));
  int saved = ::dup(0);
  int fd = ::open(chats.c_str(), O_RDONLY);
  REQUIRE(::dup2(fd, 0) == 0);
  ::close(fd);
  RowErrors e;
  Dataset d = read_inputs(InputFiles{"-", orders, "", "", "", ""}, ReadOptions{}, e);
  ::dup2(saved, 0);
  ::close(saved);
  CHECK(d.messages.size() == 1);
  CHECK(d.account[0].file == "-");
  CHECK_THROWS_AS(read_inputs(InputFiles{"-", "-", "", "", "", ""}, ReadOptions{}, e), UsageError);
}

TEST_CASE("a rejected multi-line row keeps its newlines in the rejects file") {
  Files f(chat("2026-10-01 09:00,a,c,sideways,,\"line one\nline two\"\n2026-10-01 09:00,a,c,in,,\n"),
          order(""));
  RowErrors e(5);
  Dataset d = read_inputs(f.in, ReadOptions{}, e);
  REQUIRE(e.rows().size() == 1);
  CHECK(e.rows()[0].line == 2);
  CHECK(e.rows()[0].row == "2026-10-01 09:00,a,c,sideways,,\"line one\nline two\"");
  // The good row after it starts on physical line 4.
  REQUIRE(d.messages.size() == 1);
  CHECK(d.messages[0].line == 4);
  check_account(d);
}

TEST_CASE("orders-only customers follow the chats' customers, in the order the orders first name them") {
  // Enough customers for the join to look them up on two threads: 10000
  // chat customers (c0..c9999, ids 0..9999 in chat order), and 20000 orders
  // naming each of c0..c19999 once, in a shuffled order, so that half the
  // orders' customers are the chats' and half are new, interleaved.
  std::string chats, orders;
  for (int k = 0; k < 10000; ++k) chats += "2026-10-05 09:00:00,小王,c" + std::to_string(k) + ",买家,,hi\n";
  std::vector<int> named;
  for (int i = 0; i < 20000; ++i) {
    named.push_back(i * 7919 % 20000);
    orders += std::to_string(5000000 + i) + ",c" + std::to_string(named.back()) + ",2026-10-05 10:00,,1.00,,\n";
  }
  Files f(chat(chats), order(orders));
  RowErrors e;
  Dataset d = read_inputs(f.in, ReadOptions{}, e);
  REQUIRE(d.orders.size() == 20000);
  CHECK(d.customers.size() == 20000);
  Id next_new = 10000;
  for (size_t i = 0; i < d.orders.size(); ++i) {
    CAPTURE(i);
    const Id want = named[i] < 10000 ? static_cast<Id>(named[i]) : next_new++;
    REQUIRE(d.orders[i].customer == want);
    REQUIRE(d.customers.name(want) == "c" + std::to_string(named[i]));
  }
}
