// Output that spreadsheets trust (issue 5), through the real binary: RFC 4180
// CSV read back with the project's own reader, names with commas, quotes,
// line breaks and formula starts round-tripping, formula starts neutralised
// with a ' unless --no-sanitize, numbers never touched, --bom for Excel.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "output/csv_read_back.h"
#include "run.h"

using redhare::test::read_back_csv;
using redhare::test::read_file;
using redhare::test::run_redhare;
using redhare::test::temp_dir;
using redhare::test::write_file;

namespace {

struct Name {
  const char* csv;    // as written in the input CSV
  const char* value;  // the name it means
  bool formula;       // starts with = + - @ : neutralised on output
};

// Each name consults once; 王,小明 is answered and sells one order of 100.00.
const Name kNames[] = {
    {"\"王,小明\"", "王,小明", false},
    {"\"say \"\"hi\"\"\"", "say \"hi\"", false},
    {"\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", "=HYPERLINK(\"http://x\",\"y\")", true},
    {"+86客服", "+86客服", true},
    {"-减号", "-减号", true},
    {"@at", "@at", true},
    {"\"两行\n名字\"", "两行\n名字", false},
};

struct Month {
  std::string chats, orders;
};
Month hostile_month() {
  std::string dir = temp_dir();
  std::string chats = "time,agent,customer,direction\n";
  int i = 0;
  for (const Name& n : kNames)
    chats += std::string("2026-10-01 09:00:00,") + n.csv + ",b" + std::to_string(i++) + ",in\n";
  chats += "2026-10-01 09:00:20,\"王,小明\",b0,out\n";
  Month m{dir + "/chats.csv", dir + "/orders.csv"};
  write_file(m.chats, chats);
  write_file(m.orders, "order_id,customer,created,paid,amount\n1,b0,2026-10-01 10:00:00,2026-10-01 10:00:10,100.00\n");
  return m;
}

// The agent column of a metrics CSV read back, in file order.
std::vector<std::string> agents(const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::string> out;
  for (size_t r = 1; r < rows.size(); ++r) out.push_back(rows[r][0]);
  return out;
}

bool contains(const std::vector<std::string>& v, const std::string& s) {
  for (const std::string& x : v)
    if (x == s) return true;
  return false;
}

}  // namespace

TEST_CASE("csv: names round-trip through a real CSV reader; formula starts get a quote mark") {
  Month m = hostile_month();
  std::string out = temp_dir() + "/metrics.csv";
  auto r = run_redhare({"metrics", "--format", "csv", "-o", out, "--chats", m.chats, "--orders", m.orders});
  REQUIRE(r.status == 0);
  std::string text = read_file(out);
  auto rows = read_back_csv(text);
  REQUIRE(rows.size() == 1 + std::size(kNames));
  CHECK(rows[0][0] == "agent");
  std::vector<std::string> names = agents(rows);
  for (const Name& n : kNames) {
    CAPTURE(n.value);
    CHECK(contains(names, n.formula ? std::string("'") + n.value : std::string(n.value)));
  }
  // RFC 4180: every record ends in CRLF (the quoted line break inside a name is
  // the name's own "\n").
  CHECK(text.find("\"两行\n名字\"") != std::string::npos);
  CHECK(text.substr(text.size() - 2) == "\r\n");
  // Numbers are never prefixed: 王,小明 sold 100.00.
  size_t sales = 0;
  while (sales < rows[0].size() && rows[0][sales] != "sales") ++sales;
  REQUIRE(sales < rows[0].size());
  for (const auto& row : rows)
    if (row[0] == "王,小明") CHECK(row[sales] == "100.00");
}

TEST_CASE("csv: --no-sanitize writes names exactly as they came") {
  Month m = hostile_month();
  auto r = run_redhare({"metrics", "--format", "csv", "--no-sanitize", "--chats", m.chats, "--orders", m.orders});
  REQUIRE(r.status == 0);
  std::vector<std::string> names = agents(read_back_csv(r.out));
  for (const Name& n : kNames) {
    CAPTURE(n.value);
    CHECK(contains(names, n.value));
  }
}

TEST_CASE("csv: --bom starts the file with a UTF-8 BOM a reader drops") {
  Month m = hostile_month();
  auto r = run_redhare({"metrics", "--format", "csv", "--bom", "--chats", m.chats, "--orders", m.orders});
  REQUIRE(r.status == 0);
  CHECK(r.out.rfind("\xEF\xBB\xBF" "agent,department,role,consulted,", 0) == 0);
  CHECK(read_back_csv(r.out)[0][0] == "agent");
  auto plain = run_redhare({"metrics", "--format", "csv", "--chats", m.chats, "--orders", m.orders});
  CHECK(r.out.substr(3) == plain.out);
}

TEST_CASE("tsv: one record per line, formula starts neutralised too") {
  Month m = hostile_month();
  auto r = run_redhare({"metrics", "--format", "tsv", "--chats", m.chats, "--orders", m.orders});
  REQUIRE(r.status == 0);
  // Header + 7 agents, each on one line: the line break in a name became a blank.
  size_t lines = 0;
  for (char c : r.out) lines += c == '\n';
  CHECK(lines == 1 + std::size(kNames));
  CHECK(r.out.find("\n两行 名字\t") != std::string::npos);
  CHECK(r.out.find("\n'=HYPERLINK(\"http://x\",\"y\")\t") != std::string::npos);
  CHECK(r.out.find("\n'@at\t") != std::string::npos);
}

TEST_CASE("every data command writes every format") {
  Month m = hostile_month();
  // Two saved months (the --save format: agent,score,grade,rank), so awards
  // has agents present in 2 of the quarter's 3 months to rank.
  std::string history = temp_dir();
  for (const char* month : {"2026-10", "2026-11"})
    write_file(history + "/" + month + ".csv", "agent,score,grade,rank\r\n=x,80.00,average,1\r\n");
  const std::vector<std::vector<std::string>> commands = {
      {"check", "--chats", m.chats, "--orders", m.orders},
      {"metrics", "--chats", m.chats, "--orders", m.orders},
      {"score", "--chats", m.chats, "--orders", m.orders},
      {"awards", "--history", history, "--period", "2026-Q4"},
  };
  for (const auto& command : commands)
    for (const char* format : {"table", "csv", "tsv", "json", "md"}) {
      CAPTURE(command[0]);
      CAPTURE(format);
      std::vector<std::string> a = command;
      a.insert(a.end(), {"--format", format});
      auto r = run_redhare(a);
      CHECK(r.status == 0);
      CHECK(!r.out.empty());
      std::string f = format;
      if (f == "csv") CHECK(read_back_csv(r.out).size() >= 2);  // a header and a row
      if (f == "json") CHECK((r.out.rfind("{\n", 0) == 0 && r.out.substr(r.out.size() - 2) == "}\n"));
      if (f == "md") CHECK(r.out.find("|---") != std::string::npos);
    }
}
