// The reading rules of issue 12: identical chat rows, a column named twice,
// Excel's comma-only rows, where a runaway quote is reported, and a
// --time-format per file kind.
#include <doctest/doctest.h>

#include <string>

#include "english.h"
#include "input_files.h"
#include "read_helpers.h"
#include "redhare/error.h"
#include "redhare/inputs.h"

using namespace redhare;
using redhare::test::TempDir;
using redhare::test::english;
using redhare::test::read_error;

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
  SUBCASE("two 方向: an alias cannot choose, so the error does not suggest one") {
    Files f("时间,客服,买家,方向,方向\n2026-10-05 09:00:00,a,c,买家,客服\n");
    CHECK(read_error(f.in) == f.in.chats +
                                ":1: the header names \"方向\" more than once (\"方向\" (column 4) and \"方向\" "
                                "(column 5)), and an alias cannot choose between columns of the same name: rename, "
                                "in the file's header, the one meant as column direction, or delete the others");
  }
  SUBCASE("客服昵称 and 子账号, both aliases of agent") {
    Files f("时间,客服昵称,子账号,买家,方向\n2026-10-05 09:00:00,小王,shop:wang,c,买家\n");
    CHECK(read_error(f.in) == f.in.chats +
                                ":1: \"客服昵称\" (column 2) and \"子账号\" (column 3) both mean column agent: "
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
  CHECK(read_error(quote.in) == quote.in.chats + ":2: bad time \"\"\" in column time");  // the cell is one quote
}

TEST_CASE("a row with some empty fields is still a row") {
  Files f(std::string(kChatsHeader) + ",a,,,,\n");
  CHECK(read_error(f.in) == f.in.chats + ":2: bad time \"\" in column time");
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
    CHECK(read_error(f.in) == f.in.chats +
                                ":3: a quoted field runs from line 3 to line 5, and each of those lines looks like "
                                "a whole row of 6 fields: likely a stray quote (\") opened on line 3");
  }
  SUBCASE("lenient") {
    Files f(chats);
    RowErrors e(10);
    CHECK(read_error(f.in, ReadOptions{}, e) ==
          f.in.chats +
              ":3: quoted field never closed: the stray quote (\") on line 3 pairs with the quotes after it, "
              "which leaves the one on line 6 open");
  }
  SUBCASE("no quote after it") {
    Files f(std::string(kChatsHeader) + "2026-10-05 09:00:00,a,c,in,,x\n2026-10-05 09:00:01,a,c,in,,\"x\n" +
            "2026-10-05 09:00:02,a,c,in,,y\n");
    RowErrors e(10);
    CHECK(read_error(f.in, ReadOptions{}, e) == f.in.chats + ":3: quoted field never closed (quote opened here)");
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

TEST_CASE("a line swallowed by a stray quote is a whole row also when one of its cells is a quoted comma") {
  // Line 4 has 6 commas, one inside its quoted customer: counted with its
  // quotes honoured it is a whole row of 6 fields, so line 3's quote is
  // still the likely stray one.
  Files f(std::string(kChatsHeader) +
          "2026-10-05 09:00:00,a,c,in,,x\n"
          "2026-10-05 09:00:01,a,c,in,,\"在吗\n"
          "2026-10-05 09:00:02,a,\"c,d\",out,0,在的\"\n");
  RowErrors e(10);
  read_inputs(f.in, ReadOptions{}, e);
  REQUIRE(e.rows().size() == 1);
  CHECK(e.rows()[0].line == 3);
  CHECK(redhare::test::english(e.rows()[0].reason) ==
        "a quoted field runs from line 3 to line 4, and each of those lines looks like a whole row of 6 fields: "
        "likely a stray quote (\") opened on line 3");
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

// Two exports concatenated with their headers: the second header is a row
// that repeats line 1 (issue: pay2 round 3).
TEST_CASE("a line repeating the header is reported as two exports pasted together") {
  const std::string copy =
      "2026-10-05 09:00:00,a,c,in,,你好\n"
      "2026-10-05 09:00:30,a,c,out,0,在的\n"
      "2026-10-05 09:01:00,b,d,in,,发货了吗\n";
  const std::string orders = std::string(kOrdersHeader) + "o1,c,2026-10-05 09:02:00,2026-10-05 09:03:00,100,paid,\n";
  SUBCASE("strict: stops at the repeated header, not at a bad time") {
    Files f(std::string(kChatsHeader) + copy + kChatsHeader + copy, orders);
    CHECK(read_error(f.in) ==
          f.in.chats + ":5: this line repeats the header of line 1 (two exports pasted together?)");
  }
  SUBCASE("strict: the second file's BOM and blanks around names do not hide it") {
    Files f(std::string(kChatsHeader) + copy + "\xEF\xBB\xBF" + "time, agent ,\"customer\",direction,auto,text\n" +
                copy,
            orders);
    CHECK(read_error(f.in) ==
          f.in.chats + ":5: this line repeats the header of line 1 (two exports pasted together?)");
  }
  SUBCASE("lenient: the header line is rejected with that reason, the copy's rows are duplicates") {
    Files once(std::string(kChatsHeader) + copy, orders);
    Files twice(std::string(kChatsHeader) + copy + kChatsHeader + copy,
                std::string(kOrdersHeader) + "o1,c,2026-10-05 09:02:00,2026-10-05 09:03:00,100,paid,\n" +
                    kOrdersHeader + "o1,c,2026-10-05 09:02:00,2026-10-05 09:03:00,100,paid,\n");
    RowErrors e1(10), e2(10);
    Dataset one = read_inputs(once.in, ReadOptions{}, e1);
    Dataset two = read_inputs(twice.in, ReadOptions{}, e2);
    REQUIRE(e2.rows().size() == 2);
    CHECK(e2.rows()[0].line == 5);
    CHECK(english(e2.rows()[0].reason) == "this line repeats the header of line 1 (two exports pasted together?)");
    CHECK(e2.rows()[0].row == "time,agent,customer,direction,auto,text");
    CHECK(e2.rows()[1].line == 3);  // orders.csv
    // The account: 7 read = 3 used + 3 duplicates + 1 rejected.
    CHECK(two.account[0].rows_read == 7);
    CHECK(two.account[0].used == 3);
    CHECK(two.account[0].duplicates == 3);
    CHECK(two.account[0].rejected == 1);
    CHECK(two.account[1].duplicates == 1);
    // What is kept is one copy's.
    REQUIRE(two.messages.size() == one.messages.size());
    for (size_t i = 0; i < one.messages.size(); ++i) {
      CHECK(two.messages[i].time == one.messages[i].time);
      CHECK(two.agents.name(two.messages[i].agent) == one.agents.name(one.messages[i].agent));
    }
    CHECK(two.orders.size() == one.orders.size());
  }
  SUBCASE("a row that only starts like the header is a row") {
    Files f("agent,time,customer,direction,auto,text\n"
            "agent,2026-10-05 09:00:00,c,in,,x\n"
            "agentx,2026-10-05 09:00:01,c,in,,x\n"
            "agent,time,customer,direction,auto,text,more\n",
            orders);
    RowErrors e(10);
    Dataset d = read_inputs(f.in, ReadOptions{}, e);
    CHECK(d.messages.size() == 2);
    REQUIRE(e.rows().size() == 1);  // one field too many: not the header
    CHECK(english(e.rows()[0].reason) == "expected 6 fields, found 7");
  }
}

TEST_CASE("a header naming one column twice with the same name says an alias cannot choose") {
  Files f("时间,客服,客服,买家,方向\n2026-10-05 09:00:00,a,b,c,买家\n");
  CHECK(read_error(f.in) == f.in.chats +
                              ":1: the header names \"客服\" more than once (\"客服\" (column 2) and \"客服\" (column "
                              "3)), and an alias cannot choose between columns of the same name: rename, in the "
                              "file's header, the one meant as column agent, or delete the others");
}

TEST_CASE("three header fields meaning one column: all mean it") {
  Files f("时间,客服,客服昵称,子账号,买家,方向\n2026-10-05 09:00:00,a,b,d,c,买家\n");
  CHECK(read_error(f.in) == f.in.chats +
                              ":1: \"客服\" (column 2), \"客服昵称\" (column 3) and \"子账号\" (column 4) all mean "
                              "column agent: say which one with alias.chats.agent = NAME in --policy");
}

TEST_CASE("full-width spaces around a name are trimmed, inner ones kept") {
  // "小美　" (U+3000 after, as a Chinese IME types a space) and "　小美 " are
  // the agent "小美"; "小　美" is another name; "　" alone is an empty agent.
  Files f(std::string(kChatsHeader) +
          "2026-10-05 09:00:00,小美\xE3\x80\x80,c,in,,x\n"
          "2026-10-05 09:00:01,\xE3\x80\x80小美 \xE3\x80\x80,c\xE3\x80\x80,out,0,y\n"
          "2026-10-05 09:00:02,小\xE3\x80\x80美,c,in,,z\n"
          "2026-10-05 09:00:03,\xE3\x80\x80,c,in,,z\n");
  RowErrors e(10);
  Dataset d = read_inputs(f.in, ReadOptions{}, e);
  REQUIRE(d.messages.size() == 3);
  CHECK(d.agents.name(d.messages[0].agent) == "小美");
  CHECK(d.messages[1].agent == d.messages[0].agent);
  CHECK(d.messages[1].customer == d.messages[0].customer);
  CHECK(d.agents.name(d.messages[2].agent) == "小\xE3\x80\x80美");
  REQUIRE(e.rows().size() == 1);
  CHECK(english(e.rows()[0].reason) == "empty agent");
}
