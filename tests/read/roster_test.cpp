// SPEC 8: the roster file, read with the rules of every input.
#include "redhare/roster.h"

#include <doctest/doctest.h>

#include "input_files.h"
#include "redhare/error.h"

using namespace redhare;
using redhare::test::read_error;

namespace {

// A month of one message, plus the roster `text`.
struct RosterFiles : test::OneMessageMonth {
  explicit RosterFiles(const std::string& text) : OneMessageMonth(&InputFiles::roster, "roster.csv", text) {}
};

Time day(int y, int m, int d) { return test::at(y, m, d); }

const RosterEntry& entry(const Dataset& d, std::string_view agent) {
  for (const RosterEntry& e : d.roster)
    if (d.agents.name(e.agent) == agent) return e;
  FAIL("not on the roster: " << agent);
  throw 0;
}

}  // namespace

TEST_CASE("roster columns are found by their Chinese aliases and values by their Chinese words") {
  RosterFiles f(
      "客服,部门,岗位,状态,入职日期,岗位工资,岗位津贴\n"
      "小美,客服部,售前,正式,2024-03-01,¥4000.00,300\n"
      "小林,客服部,售后,试用期,2026/9/15,3600,\n");
  RowErrors e;
  Dataset d = read_inputs(f.in, ReadOptions{}, e);
  REQUIRE(d.roster.size() == 2);
  const RosterEntry& mei = entry(d, "小美");
  CHECK(d.departments.name(mei.department) == "客服部");
  CHECK(mei.role == Role::kPresales);
  CHECK(mei.status == StaffStatus::kRegular);
  CHECK(mei.hired == day(2024, 3, 1));
  CHECK(mei.base_pay == Fen{400000});
  CHECK(mei.allowance == 30000);
  CHECK(mei.line == 2);
  const RosterEntry& lin = entry(d, "小林");
  CHECK(lin.role == Role::kAftersales);
  CHECK(lin.status == StaffStatus::kProbation);
  CHECK(lin.hired == day(2026, 9, 15));
  CHECK(lin.allowance == 0);  // empty allowance = 0
  // The roster's agents are the chats' agents: 小美 has one id in both.
  CHECK(mei.agent == d.messages[0].agent);
  CHECK(d.roster_file == f.in.roster);
}

TEST_CASE("roster aliases: 旺旺, 小组, 角色, 员工状态, hire_date, 底薪 and English names in any case") {
  RosterFiles f("旺旺,小组,角色,员工状态,hire_date,底薪\n小美,A组,Service,INTERN,2026-01-02,1\n");
  RowErrors e;
  Dataset d = read_inputs(f.in, ReadOptions{}, e);
  REQUIRE(d.roster.size() == 1);
  CHECK(d.departments.name(d.roster[0].department) == "A组");
  CHECK(d.roster[0].role == Role::kAftersales);
  CHECK(d.roster[0].status == StaffStatus::kProbation);
  CHECK(d.roster[0].base_pay == Fen{100});
  RosterFiles g(" Agent ,TEAM,Position,状态,Base\n小美,,,,\n");
  Dataset d2 = read_inputs(g.in, ReadOptions{}, e);
  REQUIRE(d2.roster.size() == 1);
  CHECK(d2.departments.name(d2.roster[0].department) == "");
}

TEST_CASE("every role and status word of SPEC 8 is read, case-insensitive; empty means presales and regular") {
  Role r;
  for (const char* w : {"presales", "售前", "pre-sales", "sales", "PreSales", "SALES", ""}) {
    CAPTURE(w);
    REQUIRE(parse_role(w, &r));
    CHECK(r == Role::kPresales);
  }
  for (const char* w : {"aftersales", "售后", "after-sales", "service", "After-Sales"}) {
    CAPTURE(w);
    REQUIRE(parse_role(w, &r));
    CHECK(r == Role::kAftersales);
  }
  for (const char* w : {"客服", "售前售后", "manager", "pre sales"}) CHECK_FALSE(parse_role(w, &r));
  StaffStatus s;
  for (const char* w : {"regular", "正式", "转正", "Regular", ""}) {
    CAPTURE(w);
    REQUIRE(parse_staff_status(w, &s));
    CHECK(s == StaffStatus::kRegular);
  }
  for (const char* w : {"probation", "试用", "试用期", "实习", "intern", "Intern"}) {
    CAPTURE(w);
    REQUIRE(parse_staff_status(w, &s));
    CHECK(s == StaffStatus::kProbation);
  }
  for (const char* w : {"离职", "leave", "临时"}) CHECK_FALSE(parse_staff_status(w, &s));
}

TEST_CASE("an empty base pay is recorded as absent, not as zero") {
  RosterFiles f("agent,base_pay\n小美,\n小林,0\n");
  RowErrors e;
  Dataset d = read_inputs(f.in, ReadOptions{}, e);
  CHECK_FALSE(entry(d, "小美").base_pay.has_value());
  CHECK(entry(d, "小林").base_pay == Fen{0});
  CHECK(entry(d, "小美").hired == kNever);
}

TEST_CASE("a hiring date keeps its day only: a time of day and any SPEC 1 form are accepted") {
  RosterFiles f("agent,hired\na,2026-03-01 17:45:10\nb,2026-03-01T23:30:00+08:00\nc,2026/3/1\nd,1772294400\n");
  RowErrors e;
  Dataset d = read_inputs(f.in, ReadOptions{}, e);
  CHECK(entry(d, "a").hired == day(2026, 3, 1));
  CHECK(entry(d, "b").hired == day(2026, 3, 1));
  CHECK(entry(d, "c").hired == day(2026, 3, 1));
  // 1772294400 = 2026-02-28 16:00 UTC = 2026-03-01 00:00 +08:00.
  CHECK(entry(d, "d").hired == day(2026, 3, 1));
}

TEST_CASE("bad roster rows stop a strict run with file:line and what is wrong") {
  struct Case {
    const char* row;
    const char* error;
  };
  const Case cases[] = {
      {"小美,客服部,经理,正式,,,",
       ":2: bad role \"经理\" (expected presales/售前/pre-sales/sales or aftersales/售后/after-sales/service)"},
      {"小美,客服部,售前,离职,,,",
       ":2: bad status \"离职\" (expected regular/正式/转正 or probation/试用/试用期/实习/intern)"},
      {"小美,客服部,售前,正式,2026-02-30,,", ":2: bad date \"2026-02-30\" in column hired"},
      {"小美,客服部,售前,正式,next monday,,", ":2: bad date \"next monday\" in column hired"},
      {"小美,客服部,售前,正式,,-100.00,", ":2: bad amount \"-100.00\" in column base_pay"},
      {"小美,客服部,售前,正式,,4000,abc", ":2: bad amount \"abc\" in column allowance"},
      {",客服部,售前,正式,,,", ":2: empty agent"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.row);
    RosterFiles f(std::string("agent,department,role,status,hired,base_pay,allowance\n") + c.row + "\n");
    CHECK(read_error(f.in) == f.in.roster + c.error);
  }
}

TEST_CASE("an agent listed twice is a bad row naming both lines, even when the rows are identical") {
  RosterFiles f("agent,department\n小美,A\n小林,A\n小美,A\n");
  CHECK(read_error(f.in) == f.in.roster + ":4: agent \"小美\" also on line 2: an agent is listed once");
}

TEST_CASE("lenient: bad roster rows are rejected and accounted for, the good ones kept") {
  RosterFiles f("agent,role,status\n小美,售前,正式\n小林,经理,正式\n小美,售后,正式\n阿强,售前,试用\n");
  RowErrors e(10);
  Dataset d = read_inputs(f.in, ReadOptions{}, e);
  REQUIRE(d.roster.size() == 2);
  CHECK(entry(d, "小美").role == Role::kPresales);  // the first listing stays
  CHECK(entry(d, "阿强").status == StaffStatus::kProbation);
  // A rejected row adds no agent: 小林 is not known at all.
  Id id;
  CHECK_FALSE(d.agents.find("小林", &id));
  const FileAccount& a = d.account.back();
  CHECK(a.kind == "roster");
  CHECK(a.rows_read == 4);
  CHECK(a.used == 2);
  CHECK(a.rejected == 2);
  CHECK(a.outside_period == 0);
  CHECK(a.duplicates == 0);
  std::vector<RejectedRow> rows = e.rows();
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].file == f.in.roster);
  CHECK(rows[0].line == 3);
  CHECK(rows[1].line == 4);
  CHECK(redhare::test::english(rows[1].reason) == "agent \"小美\" also on line 2: an agent is listed once");
  CHECK(rows[1].row == "小美,售后,正式");
}

TEST_CASE("a roster without the agent column is refused naming the names tried") {
  RosterFiles f("name,部门\n小美,A\n");
  CHECK(read_error(f.in).find(f.in.roster + ":1: missing column agent (tried agent, 客服, 客服账号, 子账号, 旺旺)") ==
        0);
}

TEST_CASE("the example roster reads the same in UTF-8, in English with a BOM, and in GBK with CRLF") {
  auto read_dir = [](const std::string& dressing, Encoding enc) {
    return test::read_example(dressing, enc, &InputFiles::roster, "roster.csv");
  };
  Dataset zh = read_dir("", Encoding::kUtf8);
  Dataset en = read_dir("en/", Encoding::kUtf8);
  Dataset gbk = read_dir("gbk/", Encoding::kGbk);
  REQUIRE(zh.roster.size() == 7);
  for (const Dataset* d : {&en, &gbk}) {
    REQUIRE(d->roster.size() == zh.roster.size());
    for (size_t i = 0; i < zh.roster.size(); ++i) {
      CAPTURE(i);
      const RosterEntry& a = zh.roster[i];
      const RosterEntry& b = d->roster[i];
      CHECK(zh.agents.name(a.agent) == d->agents.name(b.agent));
      CHECK(zh.departments.name(a.department) == d->departments.name(b.department));
      CHECK(a.role == b.role);
      CHECK(a.status == b.status);
      CHECK(a.hired == b.hired);
      CHECK(a.base_pay == b.base_pay);
      CHECK(a.allowance == b.allowance);
      CHECK(a.line == b.line);
    }
    CHECK(d->account.back().used == 7);
  }
  CHECK(entry(zh, "红兔旗舰店:小林—售后").role == Role::kAftersales);
  CHECK(entry(zh, "红兔旗舰店:新人小王").status == StaffStatus::kProbation);
  CHECK_FALSE(entry(zh, "红兔旗舰店:新人小王").base_pay == std::nullopt);
  CHECK(entry(zh, "红兔旗舰店:小美").base_pay == Fen{400000});
}

TEST_CASE("for pay, a roster row without base_pay or hired after the month is a bad row, counted and kept") {
  RosterFiles f(
      "agent,hired,base_pay\n"
      "小美,2024-03-01,4000\n"
      "阿强,2023-07-15,\n"
      "小林,2026-11-01,3600\n"
      "大白,2026-10-31,3800\n");  // hired on the month's last day: paid
  ReadOptions o;
  o.period = parse_month("2026-10", 0);
  // Without the flag (score, check): every row is used.
  {
    RowErrors e;
    Dataset d = read_inputs(f.in, o, e);
    CHECK(d.roster.size() == 4);
    CHECK(d.account.back().used == 4);
    CHECK(d.account.back().rejected == 0);
  }
  o.roster_for_pay = true;
  // Strict: the first one stops the run at its line.
  CHECK(read_error(f.in, o) == f.in.roster + ":3: \"阿强\": base_pay is empty: pay needs every roster agent's "
                                               "base pay (岗位工资)");
  // Lenient: both are rejected rows of the roster, in the account and for
  // --rejects, yet kept on the roster so the agents rank in their group.
  RowErrors e(5);
  Dataset d = read_inputs(f.in, o, e);
  CHECK(d.roster.size() == 4);
  CHECK(d.account.back().kind == "roster");
  CHECK(d.account.back().rows_read == 4);
  CHECK(d.account.back().used == 2);
  CHECK(d.account.back().rejected == 2);
  std::vector<RejectedRow> rows = e.rows();
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].line == 3);
  CHECK(rows[0].row == "阿强,2023-07-15,");
  CHECK(rows[1].line == 4);
  CHECK(rows[1].reason == Msg(MsgId::kPayHiredAfterMonth, {"\"小林\"", "2026-11-01"}));
  // Past --max-errors it stops, like any other bad row.
  RowErrors one(1);
  CHECK_THROWS_AS(read_inputs(f.in, o, one), InputError);
}
