// The reading rules of issue 12: identical chat rows, a column named twice,
// Excel's comma-only rows, where a runaway quote is reported, and a
// --time-format per file kind.
#include <doctest/doctest.h>

#include <string>

#include "english.h"
#include "read_helpers.h"
#include "redhare/error.h"
#include "redhare/inputs.h"

using namespace redhare;
using redhare::test::TempDir;

namespace {

const char* kChatsHeader = "time,agent,customer,direction,auto,text\n";
const char* kOrdersHeader = "order_id,customer,created,paid,amount,status,refund\n";

struct Files {
  TempDir dir;
  InputFiles in;
  Files(const std::string& chats, const std::string& orders = kOrdersHeader) {
    in.chats = dir.file("chats.csv", chats);
    in.orders = dir.file("orders.csv", orders);
  }
};

std::string error_of(const InputFiles& f, const ReadOptions& o, RowErrors& e) {
  try {
    read_inputs(f, o, e);
  } catch (const InputError& err) {
    return redhare::test::english(err);
  }
  return "no error";
}

std::string error_of(const InputFiles& f) {
  RowErrors e;
  return error_of(f, ReadOptions{}, e);
}

}  // namespace

TEST_CASE("identical chat rows (two exports pasted together) are counted once, as duplicates") {
  const std::string rows =
      "2026-10-05 09:00:00,小王,c1,买家,,在吗\n"
      "2026-10-05 09:00:00,小王,c1,买家,,还有货吗\n"  // same second, other text: a message of its own
      "2026-10-05 09:01:00,小王,c1,客服,0,在的\n";
  // The second export spells the direction another way: the parsed fields are equal.
  Files f(std::string(kChatsHeader) + rows + rows +
          "2026-10-05 09:00:00,小王,c1,in,,在吗\n"
          "2026-10-05 09:01:00,小王,c2,客服,0,在的\n");  // another customer: not a duplicate
  RowErrors e;
  Dataset d = read_inputs(f.in, ReadOptions{}, e);
  REQUIRE(d.messages.size() == 4);
  CHECK(d.messages[0].line == 2);
  CHECK(d.messages[1].line == 3);
  CHECK(d.messages[2].line == 4);
  CHECK(d.messages[3].line == 9);
  const FileAccount& a = d.account[0];
  CHECK(a.rows_read == 8);
  CHECK(a.used == 4);
  CHECK(a.duplicates == 4);
}

TEST_CASE("identical chat rows: an auto-reply and a typed agent message with one text are not duplicates") {
  Files f(std::string(kChatsHeader) +
          "2026-10-05 09:00:00,小王,c1,客服,1,您好\n"
          "2026-10-05 09:00:00,小王,c1,客服,0,您好\n");
  RowErrors e;
  Dataset d = read_inputs(f.in, ReadOptions{}, e);
  CHECK(d.messages.size() == 2);
  CHECK(d.account[0].duplicates == 0);
}

TEST_CASE("identical chat rows: rows differing only in time or agent are not duplicates") {
  Files f(std::string(kChatsHeader) +
          "2026-10-05 09:00:00,小王,c1,买家,,在吗\n"
          "2026-10-05 09:00:01,小王,c1,买家,,在吗\n"
          "2026-10-05 09:00:00,小李,c1,买家,,在吗\n");
  RowErrors e;
  Dataset d = read_inputs(f.in, ReadOptions{}, e);
  CHECK(d.messages.size() == 3);
  CHECK(d.account[0].duplicates == 0);
}

TEST_CASE("identical chat rows are found in two time-ordered exports pasted together, days apart") {
  const std::string first =
      "2026-10-05 09:00:00,小王,c1,买家,,在吗\n"
      "2026-10-05 09:00:20,小王,c1,客服,0,在的\n";
  const std::string second =
      "2026-10-09 10:00:00,小王,c2,买家,,发货了吗\n"
      "2026-10-09 09:59:58,小王,c2,客服,0,亲\n";  // a little back in time: one hour's window
  Files f(std::string(kChatsHeader) + first + second + first + second);
  RowErrors e;
  Dataset d = read_inputs(f.in, ReadOptions{}, e);
  REQUIRE(d.messages.size() == 4);
  CHECK(d.messages[3].line == 5);
  CHECK(d.account[0].duplicates == 4);
}

TEST_CASE("identical chat rows are found among many rows, past the hash table's growth") {
  std::string rows;
  for (int i = 0; i < 70000; ++i)
    rows += std::to_string(1791000000 + i / 2) + ",a" + std::to_string(i % 7) + ",c" + std::to_string(i) + ",in,,x\n";
  Files f(kChatsHeader + rows + rows);
  RowErrors e;
  Dataset d = read_inputs(f.in, ReadOptions{}, e);
  CHECK(d.messages.size() == 70000);
  CHECK(d.account[0].duplicates == 70000);
}

TEST_CASE("a header naming one column twice is an error naming both") {
  SUBCASE("two 方向") {
    Files f("时间,客服,买家,方向,方向\n2026-10-05 09:00:00,a,c,买家,客服\n");
    CHECK(error_of(f.in) == f.in.chats +
                                ":1: \"方向\" (column 4) and \"方向\" (column 5) all mean column direction: say "
                                "which one with alias.chats.direction = NAME in --policy");
  }
  SUBCASE("客服昵称 and 子账号, both aliases of agent") {
    Files f("时间,客服昵称,子账号,买家,方向\n2026-10-05 09:00:00,小王,shop:wang,c,买家\n");
    CHECK(error_of(f.in) == f.in.chats +
                                ":1: \"客服昵称\" (column 2) and \"子账号\" (column 3) all mean column agent: "
                                "say which one with alias.chats.agent = NAME in --policy");
  }
}

TEST_CASE("a policy alias chooses which of two header fields is meant") {
  Files f("时间,客服昵称,子账号,买家,方向\n2026-10-05 09:00:00,小王,shop:wang,c,买家\n");
  Policy p;
  p.aliases["chats.agent"] = {"子账号"};
  ReadOptions o;
  o.policy = &p;
  RowErrors e;
  Dataset d = read_inputs(f.in, o, e);
  REQUIRE(d.messages.size() == 1);
  CHECK(d.agents.name(d.messages[0].agent) == "shop:wang");
}

TEST_CASE("Excel's comma-only rows and lines of only spaces are blank lines, not rows") {
  Files f(std::string(kChatsHeader) + "2026-10-05 09:00:00,a,c,in,,x\n,,,,,\n   \n\t\n,,\n , ,\n",
          std::string(kOrdersHeader) + ",,,,,,\r\n,,,,,,\r\n");
  RowErrors e;  // strict: a row would stop the run
  Dataset d = read_inputs(f.in, ReadOptions{}, e);
  CHECK(d.messages.size() == 1);
  CHECK(d.account[0].rows_read == 1);
  CHECK(d.account[1].rows_read == 0);
}

TEST_CASE("a row of quoted empty cells (\"\",\"\",...) from a tool that quotes every cell is a blank line") {
  Files f(std::string(kChatsHeader) + "\"2026-10-05 09:00:00\",\"a\",\"c\",\"in\",\"\",\"x\"\n\"\",\"\",\"\",\"\",\"\",\"\"\n"
              "\"\",,,,,\n \"\" , \"\"\n",
          std::string(kOrdersHeader) + "\"\",\"\",\"\",\"\",\"\",\"\",\"\"\r\n");
  RowErrors e;  // strict: a row would stop the run
  Dataset d = read_inputs(f.in, ReadOptions{}, e);
  CHECK(d.messages.size() == 1);
  CHECK(d.account[0].rows_read == 1);
  CHECK(d.account[1].rows_read == 0);
  // A cell holding a quote ("""") is not empty: still a row, and a bad one here.
  Files quote(std::string(kChatsHeader) + "\"\"\"\",,,,,\n");
  CHECK(error_of(quote.in) == quote.in.chats + ":2: bad time \"\"\" in column time");  // the cell is one quote
}

TEST_CASE("a row with some empty fields is still a row") {
  Files f(std::string(kChatsHeader) + ",a,,,,\n");
  CHECK(error_of(f.in) == f.in.chats + ":2: bad time \"\" in column time");
}

TEST_CASE("an unclosed quote is reported at the line where it opened, strict and lenient") {
  // Line 3 opens a quote that is never closed; line 5's text holds a quoted
  // word, so counting quotes in pairs closes the field on line 5 and leaves
  // line 6's quote open at the end of the file.
  const std::string chats = std::string(kChatsHeader) +
                            "2026-10-05 09:00:00,a,c,in,,x\n"
                            "2026-10-05 09:00:01,a,c,in,,\"x\n"
                            "2026-10-05 09:00:02,a,c,in,,y\n"
                            "2026-10-05 09:00:03,a,c,out,0,\"活动是\"\"半价\"\"，\n"
                            "不是买一送一\"\n";
  SUBCASE("strict") {
    Files f(chats);
    CHECK(error_of(f.in) == f.in.chats +
                                ":3: a quoted field runs from line 3 to line 5, and each of those lines looks like "
                                "a whole row of 6 fields: likely a stray quote (\") opened on line 3");
  }
  SUBCASE("lenient") {
    Files f(chats);
    RowErrors e(10);
    CHECK(error_of(f.in, ReadOptions{}, e) ==
          f.in.chats +
              ":3: quoted field never closed: the stray quote (\") on line 3 pairs with the quotes after it, "
              "which leaves the one on line 6 open");
  }
  SUBCASE("no quote after it") {
    Files f(std::string(kChatsHeader) + "2026-10-05 09:00:00,a,c,in,,x\n2026-10-05 09:00:01,a,c,in,,\"x\n" +
            "2026-10-05 09:00:02,a,c,in,,y\n");
    RowErrors e(10);
    CHECK(error_of(f.in, ReadOptions{}, e) == f.in.chats + ":3: quoted field never closed (quote opened here)");
  }
}

TEST_CASE("a quoted field spanning lines that each look like a whole row is reported as a likely stray quote") {
  // One quote opens line 3's text, another closes line 4's: read as quoted,
  // the agent's reply would become part of the customer's message.
  Files f(std::string(kChatsHeader) +
          "2026-10-05 09:00:00,a,c,in,,x\n"
          "2026-10-05 09:00:01,a,c,in,,\"在吗\n"
          "2026-10-05 09:00:02,a,c,out,0,在的\"\n"
          "2026-10-05 09:00:03,a,c,in,,\"地址：\n杭州市, 西湖区\"\n");  // a real multi-line text
  RowErrors e(10);
  Dataset d = read_inputs(f.in, ReadOptions{}, e);
  REQUIRE(e.rows().size() == 1);
  CHECK(e.rows()[0].line == 3);
  CHECK(redhare::test::english(e.rows()[0].reason) ==
        "a quoted field runs from line 3 to line 4, and each of those lines looks like a whole row of 6 fields: "
        "likely a stray quote (\") opened on line 3");
  CHECK(d.messages.size() == 2);
}

TEST_CASE("a stray quote opening a middle cell of an orders row is reported, not two orders silently made one") {
  // Line 3's status opens a quote and line 4's closes one: read as quoted, the
  // status would swallow order 3's row and the file would have one order less.
  // Each line alone, its quote taken as text, is a whole 7-field row.
  Files f(std::string(kChatsHeader) + "2026-10-05 09:00:00,a,c,in,,x\n",
          std::string(kOrdersHeader) +
              "1,c,2026-10-05 10:00:00,,10.00,交易成功,\n"
              "2,c,2026-10-05 11:00:00,,20.00,\"交易成功,\n"
              "3,d,2026-10-05 12:00:00,,30.00,交易成功\",\n"
              "4,e,2026-10-05 13:00:00,,40.00,交易成功,\n");
  RowErrors e(10);
  Dataset d = read_inputs(f.in, ReadOptions{}, e);
  REQUIRE(e.rows().size() == 1);
  CHECK(e.rows()[0].line == 3);
  CHECK(redhare::test::english(e.rows()[0].reason) ==
        "a quoted field runs from line 3 to line 4, and each of those lines looks like a whole row of 7 fields: "
        "likely a stray quote (\") opened on line 3");
  CHECK(d.orders.size() == 2);
}

TEST_CASE("--time-format may name the file kind, and the other files keep the built-in forms") {
  Files f(std::string(kChatsHeader) + "2026/10/05 01:30:00 PM,a,c,in,,x\n",
          std::string(kOrdersHeader) + "1,c,2026-10-05 13:40:00,,10.00,,\n");
  ReadOptions o;
  set_time_formats({"chats=%Y/%m/%d %I:%M:%S %p"}, &o);
  RowErrors e;
  Dataset d = read_inputs(f.in, o, e);
  REQUIRE(d.messages.size() == 1);
  REQUIRE(d.orders.size() == 1);
  CHECK(d.orders[0].created - d.messages[0].time == 600);
}

TEST_CASE("--time-format without a kind applies to every file; a kind's own pattern wins for that kind") {
  ReadOptions o;
  set_time_formats({"%d.%m.%Y %H:%M", "orders=%Y-%m-%d %H:%M:%S"}, &o);
  CHECK(o.time_format == "%d.%m.%Y %H:%M");
  CHECK(o.time_format_by_kind.at("orders") == "%Y-%m-%d %H:%M:%S");
  Files f(std::string(kChatsHeader) + "05.10.2026 13:30,a,c,in,,x\n",
          std::string(kOrdersHeader) + "1,c,2026-10-05 13:40:00,,10.00,,\n");
  RowErrors e;
  Dataset d = read_inputs(f.in, o, e);
  CHECK(d.orders[0].created - d.messages[0].time == 600);
}

TEST_CASE("--time-format naming one kind twice, or two patterns for every file, is a usage error") {
  ReadOptions o;
  try {
    set_time_formats({"chats=%Y", "chats=%d"}, &o);
    FAIL("no error");
  } catch (const UsageError& e) {
    CHECK(redhare::test::english(e.msg()) == "--time-format chats=... is given twice");
  }
  ReadOptions o2;
  CHECK_THROWS_AS(set_time_formats({"%Y", "%d"}, &o2), UsageError);
}

TEST_CASE("--time-format with a misspelt kind (order=...) is a usage error, not a pattern that fails every file") {
  for (const char* given : {"order=%d.%m.%Y %I:%M:%S %p", "Orders=%d", "chat_log=%Y"}) {
    CAPTURE(given);
    ReadOptions o;
    try {
      set_time_formats({given}, &o);
      FAIL("no error");
    } catch (const UsageError& e) {
      CHECK(redhare::test::english(e.msg()).starts_with("--time-format: no file kind \""));
    }
  }
  // A pattern may still hold '=' after a conversion: it applies to every file.
  ReadOptions o;
  set_time_formats({"%Y-%m-%d=%H:%M"}, &o);
  CHECK(o.time_format == "%Y-%m-%d=%H:%M");
}
