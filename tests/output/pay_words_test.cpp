// Every sentence of the pay sheet exists in en and zh (output/{en,zh}/pay_words.cpp),
// and the pay report keeps the machines' rows apart from the people's total.
#include <doctest/doctest.h>

#include "redhare/pay.h"
#include "redhare/message_text.h"
#include "redhare/pay_view.h"
#include "redhare/period.h"
#include "redhare/policy.h"
#include "../../src/output/pay_words.h"

namespace redhare {
namespace {

PaySheet sheet_of_every_case() {
  PayFacts a, idle, probation, short_of;
  a.agent = "a";
  a.active = true;
  a.grade = Grade::kExcellent;
  a.sales = 474000;
  a.hired = days_from_civil(2020, 1, 1) * 86400;
  a.rewards = 10000;
  idle.agent = "idle";
  probation.agent = "probation";
  probation.active = true;
  probation.grade = Grade::kUrgent;
  probation.status = StaffStatus::kProbation;
  short_of.agent = "short";
  short_of.active = true;
  short_of.grade = Grade::kAverage;
  short_of.deduction_due = 10000;
  return compute_pay({a, idle, probation, short_of}, 100000, parse_month("2026-10", 0), default_policy().pay);
}

// kLangs is walked, so a language added without a pay table fails here.
TEST_CASE("every pay component of every kind of agent has its arithmetic in every language") {
  const PaySheet s = sheet_of_every_case();
  for (Lang lang : kLangs) {
    CAPTURE(static_cast<int>(lang));
    const pay_words::PayWords* w = pay_words::of(lang);
    REQUIRE(w != nullptr);
    for (const char* word : {w->total, w->roles[0], w->roles[1]}) {
      REQUIRE(word);
      CHECK(*word);
    }
    CHECK(!w->not_taken(s.lines[3]).empty());
    for (const PayLine& l : s.lines) {
      std::vector<std::string> lines = pay_detail_lines(l, s, lang);
      CHECK(lines.size() >= 6);  // base, allowance, seniority, commission, pool share, total
      for (const std::string& line : lines) CHECK(!line.empty());
    }
    CHECK(!pay_pool_line(s, lang).empty());
    // A roster row pay refuses, as the lenient warning words it.
    const Msg hired(MsgId::kPayHiredAfterMonth, {"\"x\"", "2026-11-01"});
    const std::string left_off = render_message(Msg(MsgId::kPayLeftOff, {"roster.csv", "7"}, {hired}), lang);
    CHECK(left_off.starts_with("roster.csv:7: "));
    CHECK(left_off.find("2026-11-01") != std::string::npos);
  }
  const std::vector<std::string> en = pay_detail_lines(s.lines[0], s, Lang::kEn);
  CHECK(en[3] == "commission ¥52.14 = sales ¥4,740.00 × 1% × 1.1 (excellent)");
  const std::vector<std::string> zh = pay_detail_lines(s.lines[0], s, Lang::kZh);
  CHECK(zh[3] == "个人绩效提成 ¥52.14 = 销售额 ¥4,740.00 × 1% × 1.1（优秀）");
  // The deduction that could not be taken is said, in both languages.
  const PayLine& short_line = s.lines[3];
  REQUIRE(short_line.deduction_not_taken > 0);
  CHECK(pay_detail_lines(short_line, s, Lang::kEn).back() != "");
}

TEST_CASE("the pay report: machines get one row per agent, people a total row and the not-taken line") {
  const PaySheet s = sheet_of_every_case();
  ReportContext c;
  c.lang = Lang::kZh;
  const Report r = pay_report(s, c, false);
  REQUIRE(r.tables.size() == 2);
  CHECK(r.tables[0].audience == Audience::kMachines);
  CHECK(r.tables[0].rows.size() == 4);
  CHECK(r.tables[1].audience == Audience::kPeople);
  REQUIRE(r.tables[1].rows.size() == 5);
  CHECK(std::get<std::string>(r.tables[1].rows.back()[0]) == "合计");
  CHECK(std::get<std::string>(r.tables[0].rows[0][2]) == "presales");
  CHECK(std::get<std::string>(r.tables[1].rows[0][2]) == "售前");
  bool not_taken = false;
  for (const std::string& line : r.footer) not_taken |= line.starts_with("short：末位扣款");
  CHECK(not_taken);
}

}  // namespace
}  // namespace redhare
