// The html page (html.h): what it shows, taken from the Report, and how.
#include <doctest/doctest.h>

#include <regex>
#include <string>
#include <vector>

#include "redhare/html.h"
#include "redhare/render.h"
#include "redhare/views.h"

using namespace redhare;

namespace {

Scorecard card(const std::string& name, double score, Grade grade, int rank, double median, double p90) {
  Scorecard c;
  c.figures.name = name;
  c.figures.resp_median_s = median;
  c.figures.resp_p90_s = p90;
  c.score = score;
  c.score_grade = c.grade = grade;
  c.ranked = rank > 0;
  c.rank = rank;
  return c;
}

std::vector<Scorecard> three_cards() {
  return {card("红兔旗舰店:大白", 90, Grade::kExcellent, 1, 12, 40),
          card("<script>alert(1)</script>", 60, Grade::kImprove, 2, 20, 80),
          card("=HYPERLINK(\"http://x\",\"y\")", 30, Grade::kUrgent, 0, 30, 100)};
}

std::string page(const Report& r, Lang lang = Lang::kEn) {
  RenderOptions o;
  o.format = Format::kHtml;
  o.lang = lang;
  return render(r, o);
}

Report score_page_report(const Policy& policy, const std::vector<HistoryMonth>& history = {},
                         Lang lang = Lang::kEn) {
  ReportContext c;
  c.period = "2026-10";
  c.lang = lang;
  std::vector<Scorecard> cards = three_cards();
  Consequence k;
  k.agent = cards[0].figures.name;
  k.rule = Rule::kRankFirst;
  k.amount = 10000;  // fen
  k.rank = 1;
  k.group_size = 2;
  k.score = cards[0].score;
  Report r = score_report(cards, {k}, c, false);
  Period p;
  p.label = "2026-10";
  add_score_charts(r, cards, history, p, policy);
  return r;
}

// Every value of attribute `attr` on elements with class `cls`, in order.
std::vector<double> attrs(const std::string& html, const std::string& cls, const std::string& attr) {
  std::vector<double> out;
  std::regex re("class=\"" + cls + "\"[^>]*? " + attr + "=\"([-0-9.]+)\"");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), re); it != std::sregex_iterator(); ++it)
    out.push_back(std::stod((*it)[1]));
  return out;
}

size_t count(const std::string& s, const std::string& what) {
  size_t n = 0;
  for (size_t i = s.find(what); i != std::string::npos; i = s.find(what, i + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("the page is one self-contained file: no link, no remote source, no external script") {
  std::string html = page(score_page_report(default_policy()));
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("src=") == std::string::npos);
  CHECK(html.find("url(") == std::string::npos);
  CHECK(html.find("@import") == std::string::npos);
  CHECK(html.find("http://www.w3.org/2000/svg") != std::string::npos);  // namespace name, not a fetch
  CHECK(count(html, "<script") == 1);  // our optional sorter, none from the names
}

TEST_CASE("names are text on the page: markup and formulas are escaped, never run") {
  std::string html = page(score_page_report(default_policy()));
  CHECK(html.find("<script>alert(1)") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)") != std::string::npos);
  // Not CSV: no quote mark is put before a formula-looking name.
  CHECK(html.find("&#39;=HYPERLINK") == std::string::npos);
}

TEST_CASE("score bars are proportional to the scores") {
  std::string html = page(score_page_report(default_policy()));
  std::vector<double> bars = attrs(html, "bar", "width");
  REQUIRE(bars.size() == 3);
  CHECK(bars[0] / 90 == doctest::Approx(bars[1] / 60));
  CHECK(bars[0] / 90 == doctest::Approx(bars[2] / 30));
}

TEST_CASE("grade bands are drawn at the policy's thresholds, read from the report") {
  Policy p = default_policy();
  p.grade_outstanding = 90;
  p.grade_excellent = 80;
  p.grade_average = 60;
  p.grade_improve = 40;
  std::string html = page(score_page_report(p));
  std::vector<double> bands = attrs(html, "band", "x");
  REQUIRE(bands.size() == 5);
  std::vector<double> bars_x = attrs(html, "bar", "x");
  REQUIRE(!bars_x.empty());
  double origin = bars_x[0];
  double width_of_100 = attrs(html, "bar", "width")[0] / 0.9;  // the 90 bar
  CHECK((bands[0] - origin) / width_of_100 == doctest::Approx(0.90));
  CHECK((bands[1] - origin) / width_of_100 == doctest::Approx(0.80));
  CHECK((bands[2] - origin) / width_of_100 == doctest::Approx(0.60));
  CHECK((bands[3] - origin) / width_of_100 == doctest::Approx(0.40));
  CHECK(bands[4] == doctest::Approx(origin));
  CHECK(html.find("\u2265" "90") != std::string::npos);  // legend: ≥90
  CHECK(html.find("\u2265" "95") == std::string::npos);
}

TEST_CASE("the grade distribution shows the forced-distribution caps of the group") {
  Policy p = default_policy();
  p.share_excellent = 0.5;  // 2 ranked agents: cap 1
  std::string html = page(score_page_report(p));
  CHECK(html.find("cap 1: 50.0% of 2 ranked") != std::string::npos);
  CHECK(html.find("cap 0: 10.0% of 2 ranked") != std::string::npos);
  CHECK(html.find("1 not ranked") != std::string::npos);
}

TEST_CASE("every number cell carries its CSV text; people read the table's format") {
  std::string html = page(score_page_report(default_policy()));
  CHECK(html.find(R"(<td class="n" data-v="90.00">90.0</td>)") != std::string::npos);
  CHECK(html.find(R"(data-v="100.00">+¥100.00</span>)") != std::string::npos);
  CHECK(html.find("reward \u2014 rank 1 of 2 ranked agents") != std::string::npos);
}

TEST_CASE("the page speaks --lang: Chinese headings, grades and consequence lines") {
  std::string html = page(score_page_report(default_policy(), {}, Lang::kZh), Lang::kZh);
  CHECK(html.find("<html lang=\"zh-CN\">") != std::string::npos);
  CHECK(html.find("月度考核报告") != std::string::npos);
  CHECK(html.find("考核得分") != std::string::npos);
  CHECK(html.find("优秀") != std::string::npos);
  CHECK(html.find("周期") != std::string::npos);
  CHECK(html.find("奖励 \u2014 本月排名第 1 / 2（得分 ") != std::string::npos);
  CHECK(html.find("Month report") == std::string::npos);
}

TEST_CASE("grades are marked by shape and name as well as colour") {
  std::string html = page(score_page_report(default_policy()));
  CHECK(html.find("\u25B2 excellent") != std::string::npos);
  CHECK(html.find("\u25C6 needs improvement") != std::string::npos);
  CHECK(html.find("\u2716 urgent") != std::string::npos);
}

TEST_CASE("history: saved months before this one in month order, then this month, and the change") {
  auto month = [](const char* label, std::vector<HistoryRow> rows) {
    HistoryMonth m;
    m.month.label = label;
    m.rows = std::move(rows);
    return m;
  };
  std::vector<HistoryMonth> history = {
      month("2026-08", {{"红兔旗舰店:大白", 70, Grade::kAverage, 1}}),
      month("2026-09", {{"红兔旗舰店:大白", 86, Grade::kExcellent, 1}, {"<script>alert(1)</script>", 62.5, Grade::kImprove, 2}}),
      month("2026-10", {{"红兔旗舰店:大白", 1, Grade::kUrgent, 1}}),  // this month, saved earlier: not drawn twice
  };
  Report r = score_page_report(default_policy(), history);
  const Table* trail = nullptr;
  const Table* trend = nullptr;
  for (const Table& t : r.tables) {
    if (t.key == "history") trail = &t;
    if (t.key == "trend") trend = &t;
    if (t.key == "history" || t.key == "trend" || t.key == "grade_bands") CHECK(t.audience == Audience::kCharts);
  }
  REQUIRE(trail);
  REQUIRE(trend);
  REQUIRE(trail->rows.size() == 3 + 2 + 1);
  CHECK(std::get<std::string>(trail->rows[0][1]) == "2026-08");
  CHECK(std::get<std::string>(trail->rows[1][1]) == "2026-09");
  CHECK(std::get<std::string>(trail->rows[2][1]) == "2026-10");
  CHECK(std::get<double>(trail->rows[2][2]) == 90);
  CHECK(std::get<double>(trend->rows[0][1]) == doctest::Approx(4.0));
  CHECK(std::get<double>(trend->rows[1][1]) == doctest::Approx(-2.5));
  CHECK(std::holds_alternative<std::monostate>(trend->rows[2][1]));  // not saved last month

  std::string html = page(r);
  CHECK(html.find(">+4.0</text>") != std::string::npos);
  CHECK(html.find(">\u2212" "2.5</text>") != std::string::npos);
  CHECK(count(html, "class=\"spark\"") == 2);  // the third agent has one point: no line
}

TEST_CASE("chart facts are for the page only: csv, json and table output do not change") {
  Report with = score_page_report(default_policy());
  ReportContext c;
  c.period = "2026-10";
  Report without = score_report(three_cards(), {}, c, false);
  for (Format f : {Format::kCsv, Format::kTable, Format::kMd}) {
    RenderOptions o;
    o.format = f;
    // The consequence line differs; compare the scores table only.
    Report a = with, b = without;
    a.footer.clear();
    b.footer.clear();
    for (Report* x : {&a, &b})
      for (Table& t : x->tables)
        if (t.key == "actions") t.rows.clear();
    CHECK(render(a, o) == render(b, o));
  }
  RenderOptions json;
  json.format = Format::kJson;
  CHECK(render(with, json).find("grade_bands") == std::string::npos);
}

TEST_CASE("one section per ranking group when the scores table has department and role") {
  Report r;
  r.header = {{"period", "2026-10"}};
  Table t;
  t.key = "scores";
  Column agent{"agent", "agent", "客服", CellType::kText};
  t.columns = {agent, {"department", "department", "部门"}, {"role", "role", "岗位"},
               {"score", "score", "得分", CellType::kNumber}, {"grade", "grade", "等级", CellType::kGrade},
               {"rank", "rank", "排名", CellType::kInt}};
  auto row = [](const char* a, const char* d, const char* role, double s, int64_t rank) {
    return std::vector<Cell>{Cell{std::string(a)}, Cell{std::string(d)}, Cell{std::string(role)}, Cell{s},
                             Cell{int64_t{static_cast<int>(Grade::kAverage)}}, Cell{rank}};
  };
  t.rows = {row("a", "一组", "presales", 80, 1), row("b", "二组", "presales", 75, 1),
            row("c", "一组", "presales", 72, 2), row("d", "一组", "aftersales", 71, 1)};
  r.tables.push_back(t);
  std::string html = page(r);
  CHECK(count(html, "<section class=\"group\">") == 3);
  CHECK(html.find("一组 \u00b7 pre-sales") != std::string::npos);
  CHECK(html.find("一组 \u00b7 after-sales") != std::string::npos);  // the role key shown as its word
  CHECK(html.find("二组 \u00b7 pre-sales") != std::string::npos);
}

// Agents not on the roster have no role (SPEC 8 files them as presales only
// so that a table scores them): their section is headed by the group's word
// alone, in the page's language, from the canonical department of the CSV.
TEST_CASE("the off-roster section is headed by its word in --lang, with no role") {
  Scorecard in = card("a", 80, Grade::kAverage, 1, 10, 20);
  in.group = {"一组", Role::kPresales};
  Scorecard off = card("stranger", 50, Grade::kImprove, 0, 10, 20);
  off.group.off_roster = true;
  for (Lang lang : {Lang::kEn, Lang::kZh}) {
    ReportContext c;
    c.period = "2026-10";
    c.lang = lang;
    const std::string html = page(score_report({in, off}, {}, c, false), lang);
    CAPTURE(static_cast<int>(lang));
    CHECK(count(html, "<section class=\"group\">") == 2);
    CHECK(html.find(lang == Lang::kZh ? "<h2>（未在名册）</h2>" : "<h2>(not on roster)</h2>") != std::string::npos);
    CHECK(html.find("未在名册） \u00b7") == std::string::npos);
    CHECK(html.find("(not on roster) \u00b7") == std::string::npos);
  }
}

TEST_CASE("a group's note (too small for rank lines) is drawn in that group's section only") {
  Report r;
  r.header = {{"period", "2026-10"}};
  Table t;
  t.key = "scores";
  t.columns = {{"agent", "agent", "客服", CellType::kText}, {"department", "department", "部门"},
               {"role", "role", "岗位"}, {"score", "score", "得分", CellType::kNumber}};
  t.rows = {{Cell{std::string("a")}, Cell{std::string("一组")}, Cell{std::string("presales")}, Cell{80.0}},
            {Cell{std::string("d")}, Cell{std::string("一组")}, Cell{std::string("aftersales")}, Cell{71.0}}};
  r.tables.push_back(t);
  Table notes;
  notes.key = "group_notes";
  notes.audience = Audience::kCharts;
  notes.columns = {{"department", "department", "部门"}, {"role", "role", "岗位"}, {"note", "note", "说明"}};
  notes.rows = {{Cell{std::string("一组")}, Cell{std::string("aftersales")}, Cell{std::string("too small")}}};
  r.tables.push_back(notes);
  std::string html = page(r);
  REQUIRE(count(html, "too small") == 1);
  CHECK(html.find("too small") > html.find("一组 \u00b7 after-sales"));
  // Chart facts only: no other format shows the notes table.
  RenderOptions csv;
  csv.format = Format::kJson;
  CHECK(render(r, csv).find("too small") == std::string::npos);
}

TEST_CASE("any report renders: metrics-like tables get sortable headers and a total row") {
  Report r;
  r.header = {{"period", "2026-10"}};
  Table t;
  t.key = "pay";
  t.title_en = "Pay";
  t.title_zh = "当月工资";
  t.columns = {{"agent", "agent", "客服", CellType::kText}, {"total", "total", "当月工资", CellType::kMoney}};
  t.rows = {{Cell{std::string("a")}, Cell{int64_t{150000}}}, {Cell{std::string("合计")}, Cell{int64_t{150000}}}};
  r.tables.push_back(t);
  r.footer = {"a note"};
  std::string html = page(r);
  CHECK(html.find("<table class=\"sortable\">") != std::string::npos);
  CHECK(html.find("<tr class=\"total\">") != std::string::npos);
  CHECK(html.find(R"(data-v="1500.00">¥1,500.00<)") != std::string::npos);
  CHECK(html.find("a note") != std::string::npos);
  CHECK(html.find("<title>Pay \u00b7 2026-10</title>") != std::string::npos);
}

TEST_CASE("same report, byte-identical page") {
  CHECK(page(score_page_report(default_policy())) == page(score_page_report(default_policy())));
}
