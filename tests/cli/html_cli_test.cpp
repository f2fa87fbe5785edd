// `--format html` through the binary: every number on the page is the one
// `--format csv` writes, for each command, in both languages.
#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "output/csv_read_back.h"
#include "run.h"

using namespace redhare::test;

namespace {

struct HtmlTable {
  std::vector<std::string> keys;                             // data-k of each header cell
  std::vector<std::vector<std::pair<bool, std::string>>> rows;  // (has data-v, data-v) per cell
};

// The tables of a page, as the keys of their columns and the data-v of
// their number cells.
std::vector<HtmlTable> tables_of(const std::string& html) {
  std::vector<HtmlTable> out;
  static const std::regex th(R"re(<th[^>]* data-k="([^"]*)")re");
  static const std::regex td(R"re(<td( class="n" data-v="([^"]*)")?[^>]*>)re");
  for (size_t at = html.find("<table"); at != std::string::npos; at = html.find("<table", at + 1)) {
    size_t end = html.find("</table>", at);
    std::string t = html.substr(at, end - at);
    HtmlTable table;
    size_t body = t.find("<tbody>");
    std::string head = t.substr(0, body);
    for (auto it = std::sregex_iterator(head.begin(), head.end(), th); it != std::sregex_iterator(); ++it)
      table.keys.push_back((*it)[1]);
    for (size_t r = t.find("<tr", body); r != std::string::npos; r = t.find("<tr", r + 1)) {
      std::string row = t.substr(r, t.find("</tr>", r) - r);
      std::vector<std::pair<bool, std::string>> cells;
      for (auto it = std::sregex_iterator(row.begin(), row.end(), td); it != std::sregex_iterator(); ++it)
        cells.push_back({(*it)[1].matched, (*it)[2]});
      table.rows.push_back(std::move(cells));
    }
    out.push_back(std::move(table));
  }
  return out;
}

// The page's first table (the agents' figures or scores) against the CSV's
// default section: same rows in the same order, every number equal.
void check_numbers_equal_csv(const std::vector<std::string>& command) {
  for (const char* lang : {"en", "zh"}) {
    CAPTURE(lang);
    RunResult html = run_redhare(cat(command, {"--format", "html", "--lang", lang}));
    REQUIRE(html.status == 0);
    RunResult csv = run_redhare(cat(command, {"--format", "csv", "--lang", lang}));
    REQUIRE(csv.status == 0);
    auto records = read_back_csv(csv.out);
    std::map<std::string, size_t> at;
    for (size_t i = 0; i < records[0].size(); ++i) at[records[0][i]] = i;
    std::vector<HtmlTable> tables = tables_of(html.out);
    REQUIRE(!tables.empty());
    const HtmlTable& t = tables.front();
    REQUIRE(t.rows.size() + 1 == records.size());
    size_t numbers = 0;
    for (size_t r = 0; r < t.rows.size(); ++r) {
      REQUIRE(t.rows[r].size() == t.keys.size());
      for (size_t c = 0; c < t.keys.size(); ++c) {
        if (!t.rows[r][c].first) continue;
        CAPTURE(t.keys[c]);
        REQUIRE(at.count(t.keys[c]) == 1);
        CHECK(t.rows[r][c].second == records[r + 1][at[t.keys[c]]]);
        ++numbers;
      }
    }
    CHECK(numbers >= 5 * t.rows.size());
  }
}

std::vector<std::string> with_reviews() {
  return cat(example_inputs(), {"--reviews", source_path("examples/reviews.csv")});
}

}  // namespace

TEST_CASE("score --format html: every number of the scorecard equals score --format csv") {
  check_numbers_equal_csv(cat({"score"}, with_reviews()));
}

TEST_CASE("metrics --format html: every number of the agents table equals metrics --format csv") {
  check_numbers_equal_csv(cat({"metrics"}, example_inputs()));
}

TEST_CASE("explain --format html: the arithmetic, a response-time timeline and the tables with line numbers") {
  RunResult r = run_redhare(cat({"explain", "--agent", "红兔旗舰店:小美", "--format", "html", "--lang", "zh"}, with_reviews()));
  REQUIRE(r.status == 0);
  RunResult text = run_redhare(cat({"explain", "--agent", "红兔旗舰店:小美", "--lang", "zh"}, with_reviews()));
  REQUIRE(text.status == 0);
  CHECK(r.out.find("<svg class=\"timeline\"") != std::string::npos);
  CHECK(r.out.find("data-k=\"first_line\"") != std::string::npos);
  CHECK(r.out.find("data-k=\"answer_line\"") != std::string::npos);
  CHECK(r.out.find("指标与计算过程") != std::string::npos);
  // The table format's last lines (the arithmetic footer) are on the page.
  std::vector<std::string> lines = split_lines(text.out);
  REQUIRE(lines.size() > 5);
  for (size_t i = lines.size() - 5; i < lines.size(); ++i) {
    if (lines[i].find_first_of("<>&\"'") != std::string::npos) continue;  // escaped on the page
    CAPTURE(lines[i]);
    CHECK(r.out.find(lines[i]) != std::string::npos);
  }
}

TEST_CASE("--format html is one file written atomically with -o, same bytes every run") {
  std::string dir = temp_dir();
  std::vector<std::string> cmd = cat({"score", "--format", "html", "--lang", "en"}, with_reviews());
  REQUIRE(run_redhare(cat(cmd, {"-o", dir + "/a.html"})).status == 0);
  REQUIRE(run_redhare(cat(cmd, {"-o", dir + "/b.html"})).status == 0);
  std::string a = read_file(dir + "/a.html");
  CHECK(a == read_file(dir + "/b.html"));
  CHECK(a.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(a.find("</html>\n") == a.size() - 8);
}

TEST_CASE("--section is for csv and tsv: with --format html it is a usage error") {
  RunResult r = run_redhare(cat({"score", "--format", "html", "--section", "actions"}, example_inputs()));
  CHECK(r.status == 2);
  CHECK(r.out.empty());
}

TEST_CASE("score --history --format html: a trend line and the change from last month for every agent") {
  std::string dir = temp_dir() + "/history";
  std::vector<std::string> score = cat({"score"}, with_reviews());
  REQUIRE(run_redhare(cat(score, {"--history", dir, "--save", "-q", "-o", "/dev/null"})).status == 0);
  // Last month was this month's twin: every change is ±0.0, every line two points.
  std::filesystem::rename(dir + "/2026-10.csv", dir + "/2026-09.csv");
  RunResult r = run_redhare(cat(score, {"--history", dir, "--format", "html", "--lang", "en"}));
  REQUIRE(r.status == 0);
  size_t lines = 0, same = 0;
  for (size_t i = r.out.find("class=\"spark\""); i != std::string::npos; i = r.out.find("class=\"spark\"", i + 1)) ++lines;
  for (size_t i = r.out.find(">\u00b10.0<"); i != std::string::npos; i = r.out.find(">\u00b10.0<", i + 1)) ++same;
  // Every agent with a score: 阿杰 has no activity (SPEC 8), so no score to trend.
  CHECK(lines == 6);
  CHECK(same == 6);
}
