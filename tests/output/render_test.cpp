#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "redhare/error.h"
#include "redhare/message_text.h"
#include "redhare/render.h"
#include "redhare/scoring.h"
#include "redhare/report.h"
#include "redhare/text_width.h"
#include "output/csv_read_back.h"

using namespace redhare;
using redhare::test::read_back_csv;

namespace {

// A kGrade cell holds the Grade's value.
Cell grade(Grade g) { return Cell{int64_t{static_cast<int>(g)}}; }

// A usage error's message as an English user reads it ("" if none was thrown).
template <class F>
std::string usage_text(F&& f) {
  try {
    f();
  } catch (const redhare::UsageError& e) {
    return redhare::render_message(e.msg(), redhare::Lang::kEn);
  }
  return "";
}

// A report with the awkward names the brief asks for, every cell type and n/a.
Report sample() {
  Report r;
  r.header = {{"period", "2026-10"}, {"policy", "default"}};
  Table t;
  t.key = "agents";
  t.title_en = "Agents";
  t.title_zh = "客服指标";
  Column agent{"agent", "agent", "客服", CellType::kText};
  agent.from_input = true;
  t.columns = {agent,
               {"consulted", "consulted", "咨询人数", CellType::kInt},
               {"reply_rate", "reply rate", "回复率", CellType::kRate},
               {"resp_mean_s", "mean response", "平均响应", CellType::kSeconds},
               {"sales", "sales", "销售额", CellType::kMoney},
               {"score", "score", "得分", CellType::kNumber},
               {"grade", "grade", "等级", CellType::kGrade}};
  t.rows = {
      {Cell{std::string("王小明")}, Cell{int64_t{12}}, Cell{0.41199}, Cell{27.44}, Cell{int64_t{123456}}, Cell{87.54}, grade(Grade::kExcellent)},
      {Cell{std::string("欧阳娜娜")}, Cell{int64_t{3}}, Cell{}, Cell{}, Cell{int64_t{-300}}, Cell{42.0}, grade(Grade::kUrgent)},
      {Cell{std::string("小兔🐰")}, Cell{int64_t{0}}, Cell{1.0}, Cell{5.0}, Cell{int64_t{0}}, Cell{95.0}, grade(Grade::kOutstanding)},
      {Cell{std::string("A—B")}, Cell{int64_t{1000}}, Cell{0.0}, Cell{0.05}, Cell{int64_t{100000000}}, Cell{70.0}, grade(Grade::kAverage)},
  };
  r.tables.push_back(t);
  r.footer = {"王小明  +¥100.00  reward"};
  return r;
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t nl; (nl = text.find('\n', start)) != std::string::npos; start = nl + 1)
    out.push_back(text.substr(start, nl - start));
  return out;
}

RenderOptions as(Format f, Lang lang = Lang::kEn) {
  RenderOptions o;
  o.format = f;
  o.lang = lang;
  return o;
}

Report one_text_column(std::vector<std::string> values, bool from_input) {
  Report r;
  Table t;
  t.key = "t";
  Column c{"name", "name", "名字", CellType::kText};
  c.from_input = from_input;
  t.columns = {c, {"n", "n", "n", CellType::kMoney}};
  for (auto& v : values) t.rows.push_back({Cell{v}, Cell{int64_t{-100}}});
  r.tables.push_back(t);
  return r;
}

}  // namespace

TEST_CASE("numbers: people and machine formats") {
  // 0.41199 -> 41.199% -> "41.2%" in tables, 4 decimals "0.4120" in CSV.
  CHECK(format_for_people(Cell{0.41199}, CellType::kRate, Lang::kEn) == "41.2%");
  CHECK(format_for_machines(Cell{0.41199}, CellType::kRate) == "0.4120");
  CHECK(format_for_people(Cell{27.44}, CellType::kSeconds, Lang::kEn) == "27.4s");
  CHECK(format_for_machines(Cell{27.44}, CellType::kSeconds) == "27.4");
  CHECK(format_for_people(Cell{87.54}, CellType::kNumber, Lang::kEn) == "87.5");
  CHECK(format_for_machines(Cell{87.545}, CellType::kNumber) == "87.55");  // binary 87.545000000000001705
  CHECK(format_for_people(Cell{int64_t{42}}, CellType::kInt, Lang::kEn) == "42");
}

TEST_CASE("money is integer fen: yuan, separators, negatives") {
  // 123456 fen = 1234 yuan 56 fen.
  CHECK(format_money(123456, false) == "1234.56");
  CHECK(format_money(123456, true) == "¥1,234.56");
  CHECK(format_money(-300, false) == "-3.00");
  CHECK(format_money(-300, true) == "-¥3.00");
  CHECK(format_money(5, true) == "¥0.05");
  CHECK(format_money(100000000, true) == "¥1,000,000.00");  // 1e8 fen = 1e6 yuan
  CHECK(format_money(12345600, true) == "¥123,456.00");     // no leading comma at 3 digits
  CHECK(format_money(INT64_MIN, false) == "-92233720368547758.08");
}

TEST_CASE("a value that rounds to zero has no minus sign") {
  CHECK(format_for_machines(Cell{-0.00001}, CellType::kRate) == "0.0000");
  CHECK(format_for_people(Cell{-0.04}, CellType::kNumber, Lang::kEn) == "0.0");
  CHECK(format_for_people(Cell{-0.6}, CellType::kNumber, Lang::kEn) == "-0.6");
}

TEST_CASE("n/a is an em dash for people, empty in CSV, null in JSON") {
  CHECK(format_for_people(Cell{}, CellType::kRate, Lang::kEn) == "—");
  CHECK(format_for_machines(Cell{}, CellType::kRate) == "");
  std::string csv = render(sample(), as(Format::kCsv));
  CHECK(csv.find("欧阳娜娜,3,,,-3.00,42.00,urgent\r\n") != std::string::npos);
  std::string json = render(sample(), as(Format::kJson));
  CHECK(json.find("\"reply_rate\": null, \"resp_mean_s\": null") != std::string::npos);
}

TEST_CASE("table: every line of a table has the same display width") {
  std::string out = render(sample(), as(Format::kTable));
  std::vector<std::string> all = lines(out);
  // Lines: period, policy, blank, title, header, rule, 4 rows, blank, footer.
  REQUIRE(all.size() == 12);
  CHECK(all[3] == "Agents");
  size_t rule = display_width(all[5]);
  // Right-aligned numbers end in the last column; the left-aligned last column
  // (grade) has no trailing blanks, so compare up to the grade column.
  size_t grade_at = all[4].find("grade");
  REQUIRE(grade_at != std::string::npos);
  size_t grade_col = display_width(all[4].substr(0, grade_at));
  for (size_t i = 6; i < 10; ++i) {
    // Everything before the grade is padded to the same width...
    std::string line = all[i];
    size_t cols = 0, byte = 0;
    while (cols < grade_col && byte < line.size()) {
      char32_t cp;
      size_t len = utf8_decode(line, byte, &cp);
      cols += static_cast<size_t>(codepoint_width(cp));
      byte += len;
    }
    CHECK(cols == grade_col);
    CHECK(display_width(line) <= rule);
  }
  // ...and the grade starts exactly there: "excellent" after 王小明's row padding.
  CHECK(all[6].substr(all[6].size() - 9) == "excellent");
  CHECK(all[7].find("-¥3.00") != std::string::npos);
  CHECK(all[7].find("—") != std::string::npos);
  CHECK(all[11] == "王小明  +¥100.00  reward");
}

TEST_CASE("table: numbers are right-aligned, text left-aligned") {
  std::string out = render(sample(), as(Format::kTable));
  std::vector<std::string> all = lines(out);
  // The consulted column is as wide as its header "consulted" (9): "12" gets 7 blanks.
  // agent column width = max(5, 王小明 6, 欧阳娜娜 8, 小兔🐰 6, A—B 3) = 8.
  // 王小明 (6) + 2 pad, then the 2-column gap, then 7 pad + "12".
  CHECK(all[6].rfind("王小明  " "  " "       12  ", 0) == 0);
  // A—B (3) + 5 pad, gap 2, then "1000" with 5 pad.
  CHECK(all[9].rfind("A—B     " "  " "     1000  ", 0) == 0);
}

TEST_CASE("table: Chinese labels and grades with --lang zh") {
  std::string out = render(sample(), as(Format::kTable, Lang::kZh));
  CHECK(out.find("周期: 2026-10") != std::string::npos);
  CHECK(out.find("客服指标\n") != std::string::npos);
  CHECK(out.find("咨询人数") != std::string::npos);
  CHECK(out.find("优秀") != std::string::npos);
  CHECK(out.find("急需提高") != std::string::npos);
}

TEST_CASE("table: long text is cut to 20 columns with an ellipsis") {
  Report r = one_text_column({"这是一个非常非常非常非常长的客服昵称"}, true);
  std::vector<std::string> all = lines(render(r, as(Format::kTable)));
  // 这是一个非常非常非 = 9 ideographs = 18 columns, + "…" = 19 (a 10th would be 21).
  CHECK(all[2].rfind("这是一个非常非常非…  ", 0) == 0);
}

TEST_CASE("colour codes appear only when color is on") {
  RenderOptions o = as(Format::kTable);
  CHECK(render(sample(), o).find('\x1b') == std::string::npos);
  o.color = true;
  std::string out = render(sample(), o);
  CHECK(out.find("\x1b[1;32moutstanding\x1b[0m") != std::string::npos);
  CHECK(out.find("\x1b[1;31murgent\x1b[0m") != std::string::npos);
  CHECK(out.find("\x1b[1mAgents\x1b[0m") != std::string::npos);
  CHECK(render(sample(), as(Format::kCsv)).find('\x1b') == std::string::npos);
}

TEST_CASE("csv: RFC 4180 round trip with quotes, commas, line breaks and Chinese") {
  std::vector<std::string> names = {"王,小明", "say \"hi\"", "两行\n文字", "plain", "crlf\r\nx"};
  std::string csv = render(one_text_column(names, false), as(Format::kCsv));
  auto rows = read_back_csv(csv);
  REQUIRE(rows.size() == names.size() + 1);
  CHECK(rows[0] == std::vector<std::string>{"name", "n"});
  for (size_t i = 0; i < names.size(); ++i) CHECK(rows[i + 1] == std::vector<std::string>{names[i], "-1.00"});
  CHECK(csv.find("\"王,小明\",-1.00\r\n") != std::string::npos);
  CHECK(csv.find("\"say \"\"hi\"\"\"") != std::string::npos);
  CHECK(csv.find("plain,-1.00\r\n") != std::string::npos);  // unquoted when not needed
}

TEST_CASE("csv: formula-like input text is neutralised, numbers and other columns are not") {
  std::vector<std::string> bad = {"=1+1", "+86", "-x", "@a", "\tx", "\rx", "ok"};
  auto rows = read_back_csv(render(one_text_column(bad, true), as(Format::kCsv)));
  REQUIRE(rows.size() == 8);
  CHECK(rows[1][0] == "'=1+1");
  CHECK(rows[2][0] == "'+86");
  CHECK(rows[3][0] == "'-x");
  CHECK(rows[4][0] == "'@a");
  CHECK(rows[5][0] == "'\tx");
  CHECK(rows[6][0] == "'\rx");
  CHECK(rows[7][0] == "ok");
  CHECK(rows[1][1] == "-1.00");  // a negative number stays a number
  // Text not from the inputs (our own labels) is left alone.
  CHECK(read_back_csv(render(one_text_column(bad, false), as(Format::kCsv)))[1][0] == "=1+1");
  RenderOptions raw = as(Format::kCsv);
  raw.sanitize = false;
  CHECK(read_back_csv(render(one_text_column(bad, true), raw))[1][0] == "=1+1");
}

TEST_CASE("csv: BOM only when asked") {
  RenderOptions o = as(Format::kCsv);
  CHECK(render(sample(), o).rfind("agent,", 0) == 0);
  o.bom = true;
  CHECK(render(sample(), o).rfind("\xEF\xBB\xBF" "agent,", 0) == 0);
  // A reader that knows BOMs (Excel, ours) sees the plain header.
  CHECK(read_back_csv(render(sample(), o))[0][0] == "agent");
}

TEST_CASE("csv: header is the stable keys in both languages, grades as keys") {
  std::string en = render(sample(), as(Format::kCsv));
  CHECK(en.rfind("agent,consulted,reply_rate,resp_mean_s,sales,score,grade\r\n", 0) == 0);
  CHECK(render(sample(), as(Format::kCsv, Lang::kZh)) == en);
  CHECK(en.find("王小明,12,0.4120,27.4,1234.56,87.54,excellent\r\n") != std::string::npos);
}

TEST_CASE("csv: one section; an unknown one lists the sections") {
  Report r = sample();
  Table shop;
  shop.key = "shop";
  shop.columns = {{"orders", "orders", "订单数", CellType::kInt}};
  shop.rows = {{Cell{int64_t{7}}}};
  r.tables.push_back(shop);
  Table people;
  people.key = "card";
  people.audience = Audience::kPeople;
  r.tables.push_back(people);
  RenderOptions o = as(Format::kCsv);
  o.section = "shop";
  CHECK(render(r, o) == "orders\r\n7\r\n");
  o.section = "nope";
  CHECK(usage_text([&] { render(r, o); }) ==
          "unknown --section \"nope\": this report has agents, shop");
}

TEST_CASE("--section outside csv/tsv is a usage error, not silently ignored") {
  // table, md and json show every table: a section there would be dropped
  // without a word. A known name says which formats take it; a typo is named.
  for (Format f : {Format::kTable, Format::kMd, Format::kJson}) {
    RenderOptions o = as(f);
    o.section = "agents";
    CHECK(usage_text([&] { render(sample(), o); }) ==
          "--section agents picks one table for --format csv or tsv; "
                         "table, md and json show every table");
    o.section = "agentz";
    CHECK(usage_text([&] { render(sample(), o); }) ==
          "unknown --section \"agentz\": this report has agents");
  }
}

TEST_CASE("tsv: tabs and line breaks in cells become spaces, lines end in LF") {
  std::string tsv = render(one_text_column({"a\tb", "c\nd", "=x"}, true), as(Format::kTsv));
  CHECK(tsv == "name\tn\na b\t-1.00\nc d\t-1.00\n'=x\t-1.00\n");
}

TEST_CASE("json: escaping, numbers at CSV precision, header, notes") {
  Report r = one_text_column({"q\"b\\s\n\t\x01 王🐰"}, true);
  r.header = {{"period", "2026-10"}};
  r.footer = {"line \"1\""};
  std::string json = render(r, as(Format::kJson));
  CHECK(json ==
        "{\n"
        "  \"period\": \"2026-10\",\n"
        "  \"t\": [\n"
        "    {\"name\": \"q\\\"b\\\\s\\n\\t\\u0001 王🐰\", \"n\": -1.00}\n"
        "  ],\n"
        "  \"notes\": [\n"
        "    \"line \\\"1\\\"\"\n"
        "  ]\n"
        "}\n");
  // Formula text is not touched in JSON: it is not a spreadsheet.
  CHECK(render(one_text_column({"=1"}, true), as(Format::kJson)).find("\"=1\"") != std::string::npos);
}

TEST_CASE("json: invalid UTF-8 becomes U+FFFD so the document stays valid") {
  std::string json = render(one_text_column({"a\xff"}, false), as(Format::kJson));
  CHECK(json.find("\"a\\ufffd\"") != std::string::npos);
}

TEST_CASE("json: people-only tables are left out, machine-only tables kept") {
  Report r = sample();
  r.tables[0].audience = Audience::kPeople;
  Table m;
  m.key = "actions";
  m.audience = Audience::kMachines;
  r.tables.push_back(m);
  std::string json = render(r, as(Format::kJson));
  CHECK(json.find("\"agents\"") == std::string::npos);
  CHECK(json.find("\"actions\": []") != std::string::npos);
  CHECK(render(r, as(Format::kTable)).find("actions") == std::string::npos);
}

TEST_CASE("md: title, alignment row, pipes escaped, detail columns hidden") {
  Report r = one_text_column({"a|b"}, true);
  r.tables[0].title_en = "T";
  Column hidden{"x", "x", "x", CellType::kInt};
  hidden.detail_only = true;
  r.tables[0].columns.push_back(hidden);
  r.tables[0].rows[0].push_back(Cell{int64_t{1}});
  CHECK(render(r, as(Format::kMd)) == "### T\n\n| name | n |\n|---|---:|\n| a\\|b | -¥1.00 |\n");
  // CSV still carries the hidden column.
  CHECK(render(r, as(Format::kCsv)) == "name,n,x\r\na|b,-1.00,1\r\n");
}

TEST_CASE("render is deterministic") {
  for (Format f : {Format::kTable, Format::kCsv, Format::kTsv, Format::kJson, Format::kMd})
    CHECK(render(sample(), as(f)) == render(sample(), as(f)));
}

TEST_CASE("a number in a text column is an internal error, not wrong output") {
  Report r = one_text_column({"x"}, false);
  r.tables[0].rows[0][0] = Cell{int64_t{1}};
  CHECK_THROWS_AS(render(r, as(Format::kCsv)), std::logic_error);
}

TEST_CASE("an n/a grade is an em dash, uncoloured") {
  Report r = sample();
  r.tables[0].rows[0][6] = Cell{};
  RenderOptions o = as(Format::kTable);
  o.color = true;
  std::string row = lines(render(r, o))[6];
  CHECK(row.substr(row.size() - 3) == "—");  // U+2014 is 3 bytes, no escape after it
}

TEST_CASE("table: no trailing blanks, also when the last cells are empty") {
  Report r;
  Table t;
  t.key = "t";
  t.columns = {{"kind", "kind", "类型", CellType::kText},
               {"first", "first", "最早", CellType::kText},
               {"last", "last", "最晚", CellType::kText}};
  t.rows = {{Cell{std::string("chats")}, Cell{std::string("2026-10-01")}, Cell{std::string("2026-10-31")}},
            {Cell{std::string("targets")}, Cell{std::string("")}, Cell{std::string("")}}};
  r.tables.push_back(t);
  // kind is 7 wide (targets), first 10: "targets" alone, not "targets" + 2 + 10 + 2 blanks.
  CHECK(render(r, as(Format::kTable)) ==
        "kind     first       last\n"
        "-------  ----------  ----------\n"
        "chats    2026-10-01  2026-10-31\n"
        "targets\n");
}

TEST_CASE("header: the whole-data period reads 全部数据 for people in zh, stays all for machines") {
  Report r = one_text_column({"x"}, false);
  r.header = {{"period", "all"}, {"chats", "all"}};
  CHECK(render(r, as(Format::kTable, Lang::kZh)).rfind("周期: 全部数据\n聊天记录: all\n", 0) == 0);
  CHECK(render(r, as(Format::kMd, Lang::kZh)).rfind("- 周期: 全部数据\n", 0) == 0);
  CHECK(render(r, as(Format::kTable, Lang::kEn)).rfind("period: all\n", 0) == 0);
  CHECK(render(r, as(Format::kJson, Lang::kZh)).find("\"period\": \"all\"") != std::string::npos);
}
