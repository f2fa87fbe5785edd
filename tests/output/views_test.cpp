#include <doctest/doctest.h>

#include <string>

#include "redhare/render.h"
#include "redhare/views.h"

using namespace redhare;

namespace {

RenderOptions as(Format f, Lang lang = Lang::kEn) {
  RenderOptions o;
  o.format = f;
  o.lang = lang;
  return o;
}

std::string first_line(const std::string& s) { return s.substr(0, s.find("\r\n")); }

AgentFigures wang() {
  AgentFigures f;
  f.name = "王小明";
  f.consulted = 20;
  f.replied = 19;
  f.unreplied = 1;
  f.reply_rate = 0.95;
  f.inquirers = 18;
  f.orderers = 9;
  f.payers = 8;
  f.sales = 123456;      // ¥1,234.56
  f.aov = 154.32;        // 123456 fen / 8 payers = 15432 fen
  f.conversion = 0.5;    // 9 / 18
  f.target = 200000;
  f.completion = 0.61728;  // 123456 / 200000
  return f;
}

Scorecard card(AgentFigures f, double score, Grade g, int rank) {
  Scorecard c;
  c.figures = std::move(f);
  c.items = {{ItemId::kCompletion, 30, 0.61728, 40.0},
             {ItemId::kAov, 5, 1.0549, 80.0},  // 105.49% of the shop AOV
             {ItemId::kAssist, 5, std::nullopt, std::nullopt, NaReason::kNoReviews}};
  c.score = score;
  c.weight_present = 30;
  c.grade = g;
  c.score_grade = g;
  c.ranked = rank > 0;
  c.rank = rank;
  return c;
}

// A consequence line as the consequences stage gives it: facts, no words.
Consequence line(std::string agent, Rule rule, Fen amount, double score, int rank, int group_size,
                 double threshold = 0) {
  Consequence k;
  k.agent = std::move(agent);
  k.rule = rule;
  k.amount = amount;
  k.score = score;
  k.rank = rank;
  k.group_size = group_size;
  k.threshold = threshold;
  return k;
}

ReportContext context(Lang lang = Lang::kEn) {
  ReportContext c;
  c.period = "2026-10";
  c.inputs = {{"chats", "chats.csv"}, {"orders", "orders.csv"}};
  c.run_options = {"--chats", "chats.csv", "--orders", "orders.csv", "--month", "2026-10"};
  c.lang = lang;
  return c;
}

}  // namespace

TEST_CASE("metrics csv header is agent, department, role, then the SPEC 3-4 and 9 columns in SPEC order") {
  Metrics m;
  m.agents = {wang()};
  std::string csv = render(metrics_report(m, context()), as(Format::kCsv));
  CHECK(first_line(csv) ==
        "agent,department,role,consulted,replied,unreplied,reply_rate,customer_msgs,agent_msgs,auto_msgs,"
        "answer_ratio,turns,answered_turns,resp_mean_s,resp_median_s,resp_p90_s,"
        "first_resp_mean_s,slow_responses,sessions,session_mean_s,inquirers,orderers,payers,"
        "orders,paid_orders,sales,refunds,conversion,pay_conversion,order_success,aov,target,"
        "completion,ratings,satisfied,dissatisfied,satisfaction");
  // Without a roster the department is empty and the role presales (SPEC 7).
  // n/a figures (no responses, no denominator, no ratings) are empty; aov 154.32 yuan -> 154.32.
  CHECK(csv.find("\r\n王小明,,presales,20,19,1,0.9500,0,0,0,,0,0,,,,,0,0,,18,9,8,0,0,1234.56,0.00,0.5000,,,154.32,2000.00,0.6173,"
                 "0,0,0,\r\n") != std::string::npos);
}

TEST_CASE("metrics: shop table and the compact terminal columns") {
  Metrics m;
  m.agents = {wang()};
  m.shop.orders = 10;
  m.shop.total_sales = 200000;
  m.shop.silent_sales = 76544;   // 200000 - 123456
  m.shop.silent_share = 0.38272; // 76544 / 200000
  RenderOptions o = as(Format::kCsv);
  o.section = "shop";
  CHECK(render(metrics_report(m, context()), o) ==
        "orders,paid_orders,attributed_orders,silent_orders,total_sales,attributed_sales,"
        "silent_sales,silent_share,payers,aov\r\n10,0,0,0,2000.00,0.00,765.44,0.3827,0,\r\n");
  std::string table = render(metrics_report(m, context(Lang::kZh)), as(Format::kTable, Lang::kZh));
  CHECK(table.find("询单转化率") != std::string::npos);
  CHECK(table.find("答问比") == std::string::npos);  // detail column: CSV/JSON only
  CHECK(table.find("¥1,234.56") != std::string::npos);
}

TEST_CASE("score csv: metrics columns, then score, grade, rank, group_ranked and pts_ per item") {
  std::vector<Scorecard> cards = {card(wang(), 61.5, Grade::kImprove, 1)};
  AgentFigures few;
  few.name = "=cmd";
  cards.push_back(card(few, 30, Grade::kUrgent, 0));
  std::string csv = render(score_report(cards, {}, context(), false), as(Format::kCsv));
  std::string head = first_line(csv);
  CHECK(head.rfind("agent,department,role,consulted,", 0) == 0);
  const std::string tail = ",target,completion,ratings,satisfied,dissatisfied,satisfaction,score,grade,rank,"
                           "group_ranked,pts_completion,pts_aov,pts_assist,score_grade";
  REQUIRE(head.size() > tail.size());
  CHECK(head.substr(head.size() - tail.size()) == tail);
  // 王小明: score 61.50, grade key, rank 1 (group_ranked as the card says: 0), 40.00 points, assist left out (empty).
  CHECK(csv.find(",0.6173,0,0,0,,61.50,needs-improvement,1,0,40.00,80.00,,needs-improvement\r\n") != std::string::npos);
  // Unranked: empty rank; the agent name from the input is neutralised.
  CHECK(csv.find("'=cmd,") != std::string::npos);
  CHECK(csv.find(",30.00,urgent,,0,40.00,80.00,,urgent\r\n") != std::string::npos);
}

TEST_CASE("score: actions table for machines, consequence lines for people") {
  std::vector<Scorecard> cards = {card(wang(), 61.5, Grade::kImprove, 1)};
  Consequence reward = line("王小明", Rule::kRankFirst, 10000, 61.5, 1, 1);
  Consequence plan = line("王小明", Rule::kImprovementPlan, 0, 61.5, 1, 1, 70);
  Report r = score_report(cards, {reward, plan}, context(), false);
  RenderOptions o = as(Format::kCsv);
  o.section = "actions";
  CHECK(render(r, o) ==
        "agent,rule,amount,action,why\r\n"
        "王小明,rank_first,100.00,reward,rank 1 of 1 ranked agents (score 61.50)\r\n"
        "王小明,improvement_plan,,improvement plan and warning (termination if no progress),"
        "score 61.50 below 70.00\r\n");
  std::string table = render(r, as(Format::kTable));
  CHECK(table.find("王小明  +¥100.00  reward — rank 1 of 1 ranked agents (score 61.50)\n") != std::string::npos);
  // Lines without money leave the amount column blank, so actions line up.
  CHECK(table.find("王小明            improvement plan and warning (termination if no progress) — "
                   "score 61.50 below 70.00\n") != std::string::npos);
  CHECK(table.find("rank_first") == std::string::npos);  // no actions table for people
  Report zh = score_report(cards, {reward}, context(Lang::kZh), false);
  CHECK(zh.footer == std::vector<std::string>{"王小明  +¥100.00  奖励 — 本月排名第 1 / 1（得分 61.50）"});
}

TEST_CASE("consequence lines pad names by display width and amounts to one column") {
  Consequence first = line("王小明", Rule::kRankFirst, 10000, 90, 1, 2);
  Consequence last = line("Bob", Rule::kRankLast, -123450, 50, 2, 2);
  Consequence plan = line("Bob", Rule::kImprovementPlan, 0, 50, 2, 2, 70);
  Report r = score_report({}, {first, last, plan}, context(), false);
  // 王小明 is 6 columns wide, Bob 3; "-¥1,234.50" is 10, "+¥100.00" 8.
  CHECK(r.footer == std::vector<std::string>{
                        "王小明    +¥100.00  reward — rank 1 of 2 ranked agents (score 90.00)",
                        "Bob     -¥1,234.50  deduction from commission — last rank 2 of 2 (score 50.00)",
                        "Bob                 improvement plan and warning (termination if no progress) — "
                        "score 50.00 below 70.00",
                    });
  Report none = score_report({}, {plan}, context(), false);
  // No money: no amount column.
  CHECK(none.footer == std::vector<std::string>{
                           "Bob  improvement plan and warning (termination if no progress) — score 50.00 below 70.00"});
}

TEST_CASE("score --detail: one card per agent with points, left-out items and explain") {
  std::vector<Scorecard> cards = {card(wang(), 61.5, Grade::kImprove, 1)};
  std::string table = render(score_report(cards, {}, context(), true), as(Format::kTable));
  CHECK(table.find("王小明: 61.5 needs improvement, rank 1\n") != std::string::npos);
  // Label column width 15 ("median response", "weights present"), then 2 blanks.
  CHECK(table.find("completion pts   40.0 (61.7%, weight 30.0)") != std::string::npos);
  CHECK(table.find("AOV pts          80.0 (105.5%, weight 5.0)") != std::string::npos);
  CHECK(table.find("assist pts       left out: no reviews (weight 5.0)") != std::string::npos);
  std::string zh = render(score_report(cards, {}, context(Lang::kZh), true), as(Format::kTable, Lang::kZh));
  CHECK(zh.find("王小明：61.5 有待提高，第1名\n") != std::string::npos);
  CHECK(zh.find("指标完成率得分") != std::string::npos);
  CHECK(table.find("explain          redhare explain --agent 王小明 --chats chats.csv --orders orders.csv "
                   "--month 2026-10\n") != std::string::npos);
  // Cards are for people: JSON has no "card" member.
  CHECK(render(score_report(cards, {}, context(), true), as(Format::kJson)).find("\"card\"") ==
        std::string::npos);
}

TEST_CASE("score --detail: the card says the group, the status and which item table scored the agent") {
  Scorecard service = card(wang(), 61.5, Grade::kImprove, 1);
  service.group = {"客服部", Role::kAftersales};
  service.group_ranked = 4;
  Scorecard away = card(wang(), 0, Grade::kUrgent, 0);
  away.figures.name = "阿芳";
  away.figures.status = StaffStatus::kProbation;
  away.active = false;
  away.items.clear();
  std::string table = render(score_report({service, away}, {}, context(), true), as(Format::kTable));
  CHECK(table.find("group            客服部 · after-sales, 4 ranked\n") != std::string::npos);
  CHECK(table.find("status           regular\n") != std::string::npos);
  CHECK(table.find("item table       after-sales (aftersales.item.*)\n") != std::string::npos);
  CHECK(table.find("阿芳: no activity\n") != std::string::npos);
  CHECK(table.find("status           no activity\n") != std::string::npos);
  std::string zh = render(score_report({service, away}, {}, context(Lang::kZh), true), as(Format::kTable, Lang::kZh));
  CHECK(zh.find("客服部 · 售后，4 人参与排名") != std::string::npos);
  CHECK(zh.find("售后（aftersales.item.*）") != std::string::npos);
  CHECK(zh.find("阿芳：无接待\n") != std::string::npos);
}

TEST_CASE("score: the lines of each group under its heading, with why a small group has no rank lines") {
  Scorecard a = card(wang(), 80, Grade::kAverage, 1), v = card(wang(), 50, Grade::kImprove, 1);
  a.group = {"客服部", Role::kPresales};
  a.group_ranked = 3;
  v.figures.name = "小林";
  v.group = {"客服部", Role::kAftersales};
  v.group_ranked = 1;
  Scorecard x = card(wang(), 40, Grade::kUrgent, 0);
  x.figures.name = "阿杰";
  x.group.off_roster = true;
  Consequence first = line("王小明", Rule::kRankFirst, 10000, 80, 1, 3);
  first.group = a.group;
  Consequence plan = line("小林", Rule::kImprovementPlan, 0, 50, 1, 1, 70);
  plan.group = v.group;
  Report r = score_report({a, v, x}, {first, plan}, context(), false, ItemShow::kPoints, 3);
  CHECK(r.footer == std::vector<std::string>{
                        "客服部 · pre-sales, 3 ranked",
                        "王小明  +¥100.00  reward — rank 1 of 3 ranked agents (score 80.00)",
                        "",
                        "客服部 · after-sales, 1 ranked",
                        "1 ranked, fewer than min_group 3: no rank-based lines (rank 1, last rank, shares)",
                        "小林              improvement plan and warning (termination if no progress) — score 50.00 below 70.00",
                        "",
                        "(not on roster)",
                        "not on the roster, so not ranked; add them to the roster to rank them",
                    });
  // The machines' table has every agent, with department and role; the
  // off-roster department is one canonical text whatever --lang, so that a
  // script matches it (the words are for people: table, md, html).
  RenderOptions o = as(Format::kCsv);
  std::string csv = render(r, o);
  CHECK(csv.find("\r\n王小明,客服部,presales,") != std::string::npos);
  CHECK(csv.find("\r\n小林,客服部,aftersales,") != std::string::npos);
  CHECK(csv.find("\r\n阿杰,(not on roster),presales,") != std::string::npos);
  Report zh = score_report({a, v, x}, {}, context(Lang::kZh), false, ItemShow::kPoints, 3);
  CHECK(render(zh, o).find("\r\n阿杰,(not on roster),presales,") != std::string::npos);
  CHECK(render(zh, as(Format::kTsv)).find("\n阿杰\t(not on roster)\tpresales\t") != std::string::npos);
  CHECK(render(zh, as(Format::kJson)).find("\"department\": \"(not on roster)\"") != std::string::npos);
  CHECK(render(zh, as(Format::kJson)).find("\"department\": \"（未在名册）\"") == std::string::npos);
  CHECK(render(zh, as(Format::kTable, Lang::kZh)).find("（未在名册）") != std::string::npos);
}

// SPEC 8 / issue 13: tables print one block per group with its heading --
// metrics as score does, so a team lead reads their own team together.
TEST_CASE("metrics: the terminal prints one block per ranking group with its heading; csv keeps one table") {
  AgentFigures a = wang();  // 客服部 · pre-sales
  a.department = "客服部";
  AgentFigures v = wang();
  v.name = "小林";
  v.department = "客服部";
  v.role = Role::kAftersales;
  AgentFigures b = wang();
  b.name = "阿美";
  b.department = "客服部";
  AgentFigures x = wang();
  x.name = "阿杰";
  x.on_roster = false;
  Metrics m;
  m.agents = {a, v, b, x};
  const std::string table = render(metrics_report(m, context()), as(Format::kTable));
  const size_t pre = table.find("客服部 · pre-sales\n"), after = table.find("客服部 · after-sales\n"),
               off = table.find("(not on roster)\n");
  REQUIRE(pre != std::string::npos);
  REQUIRE(after != std::string::npos);
  REQUIRE(off != std::string::npos);
  // Each agent in their group's block, the groups in the order they first appear.
  CHECK(pre < table.find("王小明"));
  CHECK(table.find("阿美") < after);
  CHECK(after < table.find("小林"));
  CHECK(table.find("小林") < off);
  CHECK(off < table.find("阿杰"));
  CHECK(table.find("Agents") == std::string::npos);  // the headings replace the plain title
  const std::string zh = render(metrics_report(m, context(Lang::kZh)), as(Format::kTable, Lang::kZh));
  CHECK(zh.find("客服部 · 售前\n") != std::string::npos);
  CHECK(zh.find("（未在名册）\n") != std::string::npos);
  // Markdown too; CSV is still one row per agent, in the metrics' order.
  CHECK(render(metrics_report(m, context()), as(Format::kMd)).find("客服部 · after-sales") != std::string::npos);
  const std::string csv = render(metrics_report(m, context()), as(Format::kCsv));
  CHECK(csv.find("\r\n王小明,客服部,presales,") < csv.find("\r\n小林,客服部,aftersales,"));
  CHECK(csv.find("\r\n小林,客服部,aftersales,") < csv.find("\r\n阿美,客服部,presales,"));
  CHECK(csv.find("客服部 · ") == std::string::npos);
  // Without a roster: one block under the plain title, as before.
  Metrics one;
  one.agents = {wang()};
  CHECK(render(metrics_report(one, context()), as(Format::kTable)).find("Agents\n") != std::string::npos);
}

TEST_CASE("check: one row per file, times shop-local, the span of the data") {
  FileAccount chats{"chats", "chats.csv", 10, 7, 1, 1, 1, 0, 0};
  // 2026-01-01 is day 56*365 + 14 leap days = 20454; + 273 days (Jan-Sep) = 20727
  // is 2026-10-01, and 20727 * 86400 = 1790812800.
  chats.first = 1790812800 + 9 * 3600 + 5 * 60 + 7;    // 09:05:07
  chats.last = 1790812800 + 30 * 86400 + 23 * 3600;    // 2026-10-31 23:00:00
  FileAccount orders{"orders", "orders.csv", 3, 3, 0, 0, 0, 0, 0};
  orders.first = 1790812800 - 86400;                   // 2026-09-30 00:00:00
  orders.last = chats.last - 1;
  Period p;
  p.label = "2026-10";
  std::string csv = render(check_report({chats, orders}, p, context()), as(Format::kCsv));
  CHECK(csv ==
        "kind,file,rows_read,used,outside_period,duplicates,rejected,first,last\r\n"
        "chats,chats.csv,10,7,1,1,1,2026-10-01 09:05:07,2026-10-31 23:00:00\r\n"
        "orders,orders.csv,3,3,0,0,0,2026-09-30 00:00:00,2026-10-31 22:59:59\r\n");
  std::string json = render(check_report({chats, orders}, p, context()), as(Format::kJson));
  CHECK(json.find("\"data_spans\": \"2026-09-30 00:00:00 – 2026-10-31 23:00:00\"") != std::string::npos);
}

TEST_CASE("format_local_time: kNever is empty, times before 1970 floor correctly") {
  CHECK(format_local_time(kNever) == "");
  CHECK(format_local_time(0) == "1970-01-01 00:00:00");
  CHECK(format_local_time(-1) == "1969-12-31 23:59:59");
}

TEST_CASE("awards: ranking with translated award names") {
  AwardsResult a;
  a.period = "2026-Q3";
  a.months_in_period = 3;
  a.ranking = {{"王小明", AwardKind::kBest, 1, 91.25, 3}, {"欧阳娜娜", AwardKind::kNone, 2, 80, 2}};
  std::string csv = render(awards_report(a, context()), as(Format::kCsv));
  CHECK(csv ==
        "rank,agent,mean_score,months,award\r\n"
        "1,王小明,91.25,3,best specialist\r\n"
        "2,欧阳娜娜,80.00,2,\r\n");
  std::string zh = render(awards_report(a, context(Lang::kZh)), as(Format::kTable, Lang::kZh));
  CHECK(zh.find("最佳客服专员") != std::string::npos);
  CHECK(zh.find("周期: 2026-Q3") != std::string::npos);
}

TEST_CASE("awards: the saved months are named, and an empty ranking says why") {
  // A year asked for in October: 3 saved months, 2/3 of 12 = 8 needed.
  AwardsResult a;
  a.period = "2026";
  a.months_in_period = 12;
  a.months_needed = 8;
  a.months_saved = {"2026-07", "2026-08", "2026-09"};
  std::string en = render(awards_report(a, context()), as(Format::kTable));
  CHECK(en.find("saved: 2026-07, 2026-08, 2026-09\n") != std::string::npos);
  CHECK(en.find("\nno awards: no agent is in at least 8 of the period's 12 months (3 saved)\n") !=
        std::string::npos);
  std::string zh = render(awards_report(a, context(Lang::kZh)), as(Format::kTable, Lang::kZh));
  CHECK(zh.find("已保存: 2026-07, 2026-08, 2026-09\n") != std::string::npos);
  CHECK(zh.find("无人获奖：没有客服在本期 12 个月中出现至少 8 个月（已保存 3 个月）") != std::string::npos);
  // With a ranking there is no such note.
  a.ranking = {{"王小明", AwardKind::kBest, 1, 91.25, 8}};
  CHECK(render(awards_report(a, context()), as(Format::kTable)).find("no awards") == std::string::npos);
}

TEST_CASE("a grade moved by forced distribution is marked in the table, the card and md, with a footnote") {
  // 90.4 is excellent by the score alone; forced distribution made it average.
  Scorecard moved = card(wang(), 90.4, Grade::kAverage, 1);
  moved.score_grade = Grade::kExcellent;
  moved.group_ranked = 5;
  AgentFigures bob;
  bob.name = "Bob";
  Scorecard kept = card(bob, 72, Grade::kAverage, 2);
  const std::vector<Scorecard> cards = {moved, kept};
  const std::string en = render(score_report(cards, {}, context(), true), as(Format::kTable));
  CHECK(en.find(" average*  ") != std::string::npos);
  CHECK(en.find(" average   ") != std::string::npos);  // Bob: not moved, not marked
  CHECK(en.find("王小明: 90.4 average*, rank 1\n") != std::string::npos);
  CHECK(en.find("grade by score   excellent; forced distribution moved it to average\n") != std::string::npos);
  CHECK(en.find("\n* 王小明: average by forced distribution; the score 90.40 alone is excellent (forced distribution "
                "caps how many of the 5 ranked agents may be outstanding or excellent") != std::string::npos);
  CHECK(en.find("* Bob") == std::string::npos);
  const std::string zh = render(score_report(cards, {}, context(Lang::kZh), true), as(Format::kTable, Lang::kZh));
  CHECK(zh.find(" 中等*  ") != std::string::npos);
  CHECK(zh.find("王小明：90.4 中等*，第1名\n") != std::string::npos);
  CHECK(zh.find("\n得分等级  ") != std::string::npos);
  CHECK(zh.find("  优秀；强制分布调为中等\n") != std::string::npos);
  CHECK(zh.find("\n* 王小明：强制分布调为中等；仅按得分 90.40 为优秀") != std::string::npos);
  const std::string md = render(score_report(cards, {}, context(), false), as(Format::kMd));
  CHECK(md.find("| average\\* |") != std::string::npos);
  CHECK(md.find("- \\* 王小明: average by forced distribution") != std::string::npos);
  // Machines get the keys: grade after distribution, score_grade from the score alone.
  const std::string csv = render(score_report(cards, {}, context(), false), as(Format::kCsv));
  CHECK(csv.find(",90.40,average,1,5,40.00,80.00,,excellent\r\n") != std::string::npos);  // group_ranked 5
  CHECK(csv.find("*") == std::string::npos);
  CHECK(render(score_report(cards, {}, context(), false), as(Format::kJson)).find("\"score_grade\": \"excellent\"") !=
        std::string::npos);
}
