// Terminal tables through the real binary (issue 5): every line of a table is
// as wide as its rule in display columns, with the Chinese names, full-width
// punctuation and emoji that shop accounts really carry; long names are cut by
// display width, never inside a character; the header names the period, the
// policy and the input files.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "redhare/text_width.h"
#include "redhare/utf8.h"
#include "run.h"

using redhare::display_width;
using redhare::test::cat;
using redhare::test::run_redhare;
using redhare::test::source_path;
using redhare::test::split_lines;
using redhare::test::temp_dir;
using redhare::test::write_file;

namespace {

// The tables in `out`: a table is the header line above a rule (only '-' and
// blanks), the rule, and the rows down to the next blank line. Each table is
// returned as its lines, rule second.
std::vector<std::vector<std::string>> tables_in(const std::string& out) {
  std::vector<std::string> lines = split_lines(out);
  std::vector<std::vector<std::string>> tables;
  for (size_t i = 1; i < lines.size(); ++i) {
    const std::string& rule = lines[i];
    if (rule.empty() || rule.find_first_not_of("- ") != std::string::npos) continue;
    std::vector<std::string> t{lines[i - 1], rule};
    for (size_t r = i + 1; r < lines.size() && !lines[r].empty(); ++r) t.push_back(lines[r]);
    tables.push_back(std::move(t));
  }
  return tables;
}

// The byte length of the prefix of `line` that is exactly `cols` display
// columns wide, or npos when a character straddles that column.
size_t cut_at_column(const std::string& line, size_t cols) {
  size_t width = 0, byte = 0;
  while (width < cols && byte < line.size()) {
    char32_t cp;
    size_t len = redhare::utf8_decode(line, byte, &cp);
    width += static_cast<size_t>(redhare::codepoint_width(cp));
    byte += len;
  }
  return width == cols ? byte : std::string::npos;
}

// Every column of every table starts at the same display column on every line
// (after the two-blank gap the rule shows). The rule is ASCII, so its byte
// length is its display width. With `full_width` (the last column is numbers,
// right-aligned) every line is exactly as wide as the rule; otherwise a
// left-aligned last column has no trailing blanks, so lines may end early.
// Returns how many tables it checked.
size_t check_tables_aligned(const std::string& out, bool full_width) {
  std::vector<std::vector<std::string>> tables = tables_in(out);
  for (const auto& t : tables) {
    const std::string& rule = t[1];
    CAPTURE(rule);
    std::vector<size_t> starts;
    for (size_t p = rule.find("  -"); p != std::string::npos; p = rule.find("  -", p + 1)) starts.push_back(p + 2);
    for (size_t r = 0; r < t.size(); ++r) {
      if (r == 1) continue;
      const std::string& line = t[r];
      CAPTURE(line);
      if (full_width)
        CHECK(display_width(line) == rule.size());
      else
        CHECK(display_width(line) <= rule.size());
      for (size_t col : starts) {
        if (display_width(line) <= col) break;  // a short last cell
        size_t cut = cut_at_column(line, col);
        REQUIRE(cut != std::string::npos);
        CHECK(line.substr(cut - 2, 2) == "  ");
      }
    }
  }
  return tables.size();
}

std::vector<std::string> example_args(const char* command) {
  return {command, "--chats", source_path("examples/chats.csv"), "--orders",
          source_path("examples/orders.csv"), "--targets", source_path("examples/targets.csv"),
          "--month", "2026-10"};
}

// Agents named as shops name them: a half-width and a full-width colon (U+FF1A,
// 2 columns), an em dash (1 column) and an emoji (2), full-width brackets and
// "！", full-width Latin, and one name far wider than the 20-column limit.
const char* const kNames[] = {
    "红兔旗舰店:小美", "红兔旗舰店：小美", "售后—小林🐰", "客服（夜班）！", "Ａｎｎａ",
    "amy", "这是一个非常非常长的客服昵称甚至超过二十列",
};

// Each agent answers one customer once and sells one paid order of 100.00.
struct Inputs {
  std::string chats, orders;
};
Inputs names_month() {
  std::string dir = temp_dir();
  std::string chats = "time,agent,customer,direction\n";
  std::string orders = "order_id,customer,created,paid,amount\n";
  int i = 0;
  for (const char* name : kNames) {
    std::string customer = "buyer" + std::to_string(i);
    std::string day = "2026-10-0" + std::to_string(i + 1);
    chats += day + " 09:00:00," + name + "," + customer + ",in\n";
    chats += day + " 09:00:20," + name + "," + customer + ",out\n";
    orders += std::to_string(100 + i) + "," + customer + "," + day + " 10:00:00," + day + " 10:01:00,100.00\n";
    ++i;
  }
  Inputs in{dir + "/chats.csv", dir + "/orders.csv"};
  write_file(in.chats, chats);
  write_file(in.orders, orders);
  return in;
}

}  // namespace

TEST_CASE("metrics and score tables of the example month align in both languages") {
  for (const char* command : {"metrics", "score"})
    for (const char* lang : {"en", "zh"}) {
      CAPTURE(command);
      CAPTURE(lang);
      std::vector<std::string> args = example_args(command);
      args.insert(args.end(), {"--lang", lang});
      auto r = run_redhare(args);
      REQUIRE(r.status == 0);
      // metrics: agents and shop; score: scores.
      CHECK(check_tables_aligned(r.out, true) == (std::string(command) == "metrics" ? 2 : 1));
    }
}

TEST_CASE("the scores table fits a 128-column terminal in both languages, its item columns saying points") {
  // agent (20, the cut) + sales, score, grade, rank + eight item columns with
  // short names ("conv pt", "转化分"): the full names ("conversion pts") made
  // it 172. The example month is 127 wide in en, 117 in zh.
  for (const char* lang : {"en", "zh"}) {
    CAPTURE(lang);
    std::vector<std::string> args = example_args("score");
    args.insert(args.end(), {"--reviews", source_path("examples/reviews.csv"), "--lang", lang});
    auto r = run_redhare(args);
    REQUIRE(r.status == 0);
    std::vector<std::vector<std::string>> tables = tables_in(r.out);
    REQUIRE(tables.size() == 1);
    CHECK(tables[0][1].size() <= 128);  // the rule is as wide as every line
    // Points, not the figures: "reply 60.0" would read as a reply rate of 60%.
    const std::string& head = tables[0][0];
    const bool en = std::string(lang) == "en";
    for (const char* label : {"compl pt", "conv pt", "succ pt", "AOV pt", "reply pt", "resp pt", "asst pt", "exec pt"})
      if (en) CHECK_MESSAGE(head.find(label) != std::string::npos, label);
    for (const char* label : {"完成分", "转化分", "回复分", "执行分"})
      if (!en) CHECK_MESSAGE(head.find(label) != std::string::npos, label);
    // --show figures shows the figures under the figures' own labels.
    args.insert(args.end(), {"--show", "figures"});
    auto figures = run_redhare(args);
    REQUIRE(figures.status == 0);
    const std::string fhead = tables_in(figures.out)[0][0];
    CHECK(fhead.find(" pt ") == std::string::npos);
    CHECK(fhead.find(en ? "reply" : "回复率") != std::string::npos);
  }
}

TEST_CASE("score --detail cards align too") {
  std::vector<std::string> args = example_args("score");
  args.insert(args.end(), {"--detail", "--lang", "zh"});
  auto r = run_redhare(args);
  REQUIRE(r.status == 0);
  // The scores table and one card per agent: 7 agents in the example month.
  // A card's value column is text, left-aligned: lines end where the text does.
  CHECK(check_tables_aligned(r.out, false) == 1 + 7);
}

TEST_CASE("names with full-width punctuation and emoji align; long names are cut by width") {
  Inputs in = names_month();
  for (const char* command : {"metrics", "score"})
    for (const char* lang : {"en", "zh"}) {
      CAPTURE(command);
      CAPTURE(lang);
      auto r = run_redhare({command, "--chats", in.chats, "--orders", in.orders, "--month", "2026-10",
                            "--lang", lang});
      REQUIRE(r.status == 0);
      CHECK(check_tables_aligned(r.out, true) == (std::string(command) == "metrics" ? 2 : 1));
      std::vector<std::vector<std::string>> tables = tables_in(r.out);
      REQUIRE(!tables.empty());
      std::string table;
      for (const std::string& line : tables.front()) table += line + "\n";
      for (const char* name : {"红兔旗舰店:小美", "红兔旗舰店：小美", "售后—小林🐰", "客服（夜班）！", "Ａｎｎａ"}) {
        CAPTURE(name);
        CHECK(table.find(std::string(name) + "  ") != std::string::npos);
      }
      // 20 columns at most: nine ideographs (18) and "…" (1); a tenth would make 21.
      // (Consequence lines below the table are sentences and keep the whole name.)
      CHECK(table.find("这是一个非常非常长…") != std::string::npos);
      CHECK(table.find("这是一个非常非常长的") == std::string::npos);
      CHECK_FALSE(redhare::utf8_check(r.out.data(), r.out.size()).invalid);
    }
}

TEST_CASE("the CSV keeps a long name whole: only the terminal cuts") {
  Inputs in = names_month();
  auto r = run_redhare({"metrics", "--format", "csv", "--chats", in.chats, "--orders", in.orders});
  REQUIRE(r.status == 0);
  CHECK(r.out.find("这是一个非常非常长的客服昵称甚至超过二十列,") != std::string::npos);
}

TEST_CASE("check's file column keeps a long path whole, and the table still aligns") {
  // source_path() is an absolute path well over the 20 columns names are cut to.
  std::string chats = source_path("examples/chats.csv");
  REQUIRE(display_width(chats) > 20);
  auto r = run_redhare({"check", "--chats", chats, "--orders", source_path("examples/orders.csv")});
  REQUIRE(r.status == 0);
  CHECK(r.out.find("\nchats   " + chats + " ") != std::string::npos);
  bool found = false;
  for (const auto& table : tables_in(r.out)) {
    found = true;
    for (const std::string& line : table) CHECK(display_width(line) <= display_width(table[1]));
  }
  CHECK(found);
}

TEST_CASE("the table header names the period, the policy and the input files") {
  auto en = run_redhare(example_args("metrics"));
  REQUIRE(en.status == 0);
  std::vector<std::string> lines = split_lines(en.out);
  REQUIRE(lines.size() > 5);
  CHECK(lines[0] == "period: 2026-10");
  CHECK(lines[1] == "policy: default");
  CHECK(lines[2] == "chats: " + source_path("examples/chats.csv"));
  CHECK(lines[3] == "orders: " + source_path("examples/orders.csv"));
  CHECK(lines[4] == "targets: " + source_path("examples/targets.csv"));
  std::vector<std::string> args = example_args("metrics");
  args.insert(args.end(), {"--lang", "zh"});
  auto zh = run_redhare(args);
  lines = split_lines(zh.out);
  REQUIRE(lines.size() > 5);
  CHECK(lines[0] == "周期: 2026-10");
  CHECK(lines[1] == "考核方案: default");
  CHECK(lines[2] == "聊天记录: " + source_path("examples/chats.csv"));
}

TEST_CASE("table cells: rates in %, seconds with s, money in yuan, n/a as a dash") {
  auto r = run_redhare(example_args("metrics"));
  REQUIRE(r.status == 0);
  // 红兔旗舰店:阿杰 has no customers: reply rate, response and conversion are n/a.
  std::string jie;
  for (const std::string& line : split_lines(r.out))
    if (line.rfind("红兔旗舰店:阿杰", 0) == 0) jie = line;
  REQUIRE(!jie.empty());
  CHECK(jie.find("—") != std::string::npos);
  CHECK(jie.find("¥0.00") != std::string::npos);
  CHECK(r.out.find("%") != std::string::npos);
  CHECK(r.out.find("s  ") != std::string::npos);
}

TEST_CASE("score's item columns say they are points; --show figures shows the figures in their units") {
  std::vector<std::string> args = example_args("score");
  args.insert(args.end(), {"--reviews", source_path("examples/reviews.csv")});
  // zh: the points of 回复率 are 回复分 ("回复率 60.0" read as a rate of 60%).
  auto zh = run_redhare(cat(args, {"--lang", "zh"}));
  REQUIRE(zh.status == 0);
  std::vector<std::vector<std::string>> tables = tables_in(zh.out);
  REQUIRE(tables.size() == 1);
  const std::string& head = tables[0][0];
  CHECK(head.find("回复分") != std::string::npos);
  CHECK(head.find("回复率") == std::string::npos);
  CHECK(zh.out.find("各项列为得分，满分 100") != std::string::npos);
  auto en = run_redhare(cat(args, {"--lang", "en"}));
  CHECK(en.out.find("Scores (item columns: points 0-100; --show figures for the figures)") != std::string::npos);
  // --show figures: 大白's reply rate 16/17 = 94.1%, mean response 106.7s
  // (tests/expected/metrics_2026-10.csv), completion 3523.30 / 3500 = 100.7%.
  auto fig = run_redhare(cat(args, {"--lang", "en", "--show", "figures"}));
  REQUIRE(fig.status == 0);
  std::string daibai;
  for (const std::string& line : redhare::test::split_lines(fig.out))
    if (daibai.empty() && line.starts_with("红兔旗舰店:大白 ")) daibai = line;  // the table's row
  CHECK(daibai.find("100.7%") != std::string::npos);
  CHECK(daibai.find("94.1%") != std::string::npos);
  CHECK(daibai.find("106.7s") != std::string::npos);
  CHECK(fig.out.find("item columns: the figures scored") != std::string::npos);
  // Machines get SPEC 7's columns either way.
  auto csv_points = run_redhare(cat(args, {"--format", "csv"}));
  auto csv_figures = run_redhare(cat(args, {"--format", "csv", "--show", "figures"}));
  CHECK(csv_points.out == csv_figures.out);
  CHECK(csv_figures.out.find("fig_") == std::string::npos);
  CHECK(run_redhare(cat(args, {"--show", "rates"})).status == 2);
}
