// SPEC 10, rule by rule, over plain facts: each expected amount is worked out
// by hand in the comment next to it. Then a property test over generated
// months: every column adds up, the pool is paid out to the fen, no deduction
// takes more than commission + pool share, and the sheet is the same run to run.
#include <doctest/doctest.h>

#include <algorithm>
#include <initializer_list>
#include <random>
#include <utility>

#include "redhare/pay.h"
#include "redhare/period.h"
#include "redhare/policy.h"

namespace redhare {
namespace {

const Period kOct = parse_month("2026-10", 0);

Time day(int y, unsigned m, unsigned d) { return days_from_civil(y, m, d) * 86400; }

// A regular presales agent with activity, graded average, ¥4,000 base pay.
PayFacts agent(const std::string& name) {
  PayFacts f;
  f.agent = name;
  f.active = true;
  f.grade = Grade::kAverage;
  f.score = 75;
  f.base_pay = 400000;
  return f;
}

PaySheet pay(const std::vector<PayFacts>& agents, Fen silent = 0, const PayPolicy& p = default_policy().pay) {
  return compute_pay(agents, silent, kOct, p);
}

const PayLine& line(const PaySheet& s, const std::string& name) {
  for (const PayLine& l : s.lines)
    if (l.facts.agent == name) return l;
  FAIL("no line " << name);
  return s.lines.front();
}

// The line of a sheet of one agent, by value: a reference into the sheet
// would outlive it.
PayLine only_line(const PayFacts& a, Fen silent = 0, const PayPolicy& p = default_policy().pay) {
  return pay({a}, silent, p).lines.at(0);
}

// Each named agent's pool share, checked against the hand-worked amount.
void check_pool_shares(const PaySheet& s, std::initializer_list<std::pair<const char*, Fen>> expected) {
  for (const auto& [name, share] : expected) {
    CAPTURE(name);
    CHECK(line(s, name).pool_share == share);
  }
}

PayPolicy split_by_score() {
  PayPolicy p = default_policy().pay;
  p.pool_split = PoolSplit::kScore;
  return p;
}

TEST_CASE("base pay and allowance come from the roster as they are") {
  PayFacts a = agent("a");
  a.base_pay = 380050;
  a.allowance = 30000;
  const PayLine l = only_line(a);
  CHECK(l.base_pay == 380050);
  CHECK(l.allowance == 30000);
  CHECK(l.total == 410050);
}

TEST_CASE("seniority pay is full years to the period's last day times 50, at most 500") {
  struct Case {
    const char* agent;
    Time hired;
    int years;
    Fen seniority_pay;
  };
  const Case cases[] = {
      {"a", day(2024, 3, 1), 2, 10000},    // 2 full years on 2026-10-31 -> ¥100
      {"b", day(2025, 10, 31), 1, 5000},   // exactly 1 year on the last day -> ¥50
      {"c", day(2025, 11, 1), 0, 0},       // one day short of a year -> ¥0
      {"d", day(2014, 1, 1), 12, 50000},   // 12 years -> ¥600, capped at ¥500
      {"e", day(2026, 10, 15), 0, 0},      // hired this month -> ¥0
      {"f", kNever, 0, 0},                 // no hired date -> ¥0 (the command warns, naming them)
  };
  std::vector<PayFacts> facts;
  for (const Case& c : cases) {
    facts.push_back(agent(c.agent));
    facts.back().hired = c.hired;
  }
  const PaySheet s = pay(facts);
  for (const Case& c : cases) {
    CAPTURE(c.agent);
    CHECK(line(s, c.agent).years == c.years);
    CHECK(line(s, c.agent).seniority_pay == c.seniority_pay);
  }
}

TEST_CASE("a 29 February hire completes a year on 1 March of a common year") {
  CHECK(full_years(day(2024, 2, 29), day(2025, 2, 28)) == 0);
  CHECK(full_years(day(2024, 2, 29), day(2025, 3, 1)) == 1);
  CHECK(full_years(day(2024, 2, 29), day(2028, 2, 29)) == 4);
}

TEST_CASE("seniority per year and cap are the policy's") {
  PayPolicy p = default_policy().pay;
  p.seniority_per_year = 8000;
  p.seniority_cap = 20000;
  PayFacts a = agent("a"), b = agent("b");
  a.hired = day(2024, 10, 1);  // 2 years -> ¥160
  b.hired = day(2020, 10, 1);  // 6 years -> ¥480, capped at ¥200
  PaySheet s = pay({a, b}, 0, p);
  CHECK(line(s, "a").seniority_pay == 16000);
  CHECK(line(s, "b").seniority_pay == 20000);
}

TEST_CASE("commission is sales times the role's rate times the grade's factor, rounded half up once") {
  struct Case {
    Grade grade;
    Fen sales;
    Fen commission;
  };
  const Case cases[] = {
      {Grade::kExcellent, 474000, 5214},    // ¥4,740.00 × 1% × 1.1 = ¥52.14
      {Grade::kOutstanding, 123456, 1481},  // ¥1,234.56 × 1% × 1.2 = 14.81472 -> ¥14.81
      {Grade::kAverage, 123450, 1235},      // ¥1,234.50 × 1% × 1 = 12.345 -> ¥12.35 (half up)
      {Grade::kImprove, 100000, 800},       // ¥1,000 × 1% × 0.8 = ¥8.00
      // ¥12.50 × 1% × 0.5 = 0.0625 -> ¥0.06 (rounding twice: 12.5 fen -> 13, × 0.5 = 6.5 -> 7)
      {Grade::kUrgent, 1250, 6},
  };
  for (const Case& c : cases) {
    CAPTURE(static_cast<int>(c.grade));
    PayFacts a = agent("a");
    a.grade = c.grade;
    a.sales = c.sales;
    CHECK(only_line(a).commission == c.commission);
  }
  PayFacts ex = agent("excellent");
  ex.grade = Grade::kExcellent;
  CHECK(only_line(ex).factor == Rate{11, 10});
}

TEST_CASE("aftersales agents earn commission at aftersales.pay.commission_rate, 0 by default") {
  PayFacts a = agent("a");
  a.role = Role::kAftersales;
  a.sales = 19900;
  CHECK(only_line(a).commission == 0);
  PayPolicy p = default_policy().pay;
  p.commission_aftersales = Rate{5, 1000};  // 0.5%: ¥199 × 0.5% = 0.995 -> ¥1.00
  CHECK(only_line(a, 0, p).commission == 100);
}

TEST_CASE("an agent with no activity has no grade: no commission and no pool share") {
  PayFacts idle = agent("idle");
  idle.active = false;
  idle.grade.reset();
  idle.sales = 0;
  PayFacts busy = agent("busy");
  PaySheet s = pay({idle, busy}, 100000);  // pool ¥50.00, all to busy
  CHECK(line(s, "idle").commission == 0);
  CHECK(line(s, "idle").pool_share == 0);
  CHECK_FALSE(line(s, "idle").pool_member);
  CHECK(line(s, "busy").pool_share == 5000);
  CHECK(line(s, "idle").total == 400000);
}

TEST_CASE("the pool is silent sales times the pool rate, shared equally by regular agents with activity") {
  // ¥15,792.40 × 5% = ¥789.62 among 5: 157.924 each -> 157.92 × 5 = 789.60,
  // 2 fen left, equal remainders -> the first two names (a, b) get 157.93.
  std::vector<PayFacts> v = {agent("e"), agent("c"), agent("a"), agent("d"), agent("b")};
  PayFacts probation = agent("p");
  probation.status = StaffStatus::kProbation;
  v.push_back(probation);
  PaySheet s = pay(v, 1579240);
  CHECK(s.pool == 78962);
  CHECK(s.pool_members == 5);
  check_pool_shares(s, {{"a", 15793}, {"b", 15793}, {"c", 15792}, {"d", 15792}, {"e", 15792},
                        {"p", 0}});  // p on probation: not in the pool
  CHECK(s.lines[0].facts.agent == "e");  // the sheet keeps roster order
}

TEST_CASE("an agent left off the sheet keeps their pool share held: the others' shares do not change") {
  // The same ¥789.62 among 5 as above, with a (157.93) left off: b 157.93,
  // c, d, e 157.92 as before; a's 157.93 is held, not shared out again.
  std::vector<PayFacts> v = {agent("e"), agent("c"), agent("a"), agent("d"), agent("b")};
  v[2].left_off = true;
  PaySheet s = pay(v, 1579240);
  CHECK(s.pool_members == 5);
  REQUIRE(s.lines.size() == 4);
  CHECK(line(s, "b").pool_share == 15793);
  CHECK(line(s, "c").pool_share == 15792);
  CHECK(line(s, "e").pool_share == 15792);
  REQUIRE(s.left_off.size() == 1);
  CHECK(s.left_off[0].facts.agent == "a");
  CHECK(s.pool_held == 15793);
  Fen shared = 0;
  for (const PayLine& l : s.lines) shared += l.pool_share;
  CHECK(shared + s.pool_held == s.pool);
  CHECK(s.lines[0].facts.agent == "e");  // roster order, without a
  CHECK(s.lines[2].facts.agent == "d");
}

TEST_CASE("the pool rounds half up once: ¥0.30 × 5% = 1.5 fen -> 2 fen") {
  PaySheet s = pay({agent("a")}, 30);
  CHECK(s.pool == 2);
  CHECK(s.lines[0].pool_share == 2);
}

TEST_CASE("pool_split = score shares in proportion to score, largest remainder to the fen") {
  const PayPolicy p = split_by_score();
  PayFacts a = agent("a"), b = agent("b"), c = agent("c");
  a.score = 90;
  b.score = 60;
  c.score = 50;
  // Pool ¥1.00 = 100 fen, weights 90:60:50 of 200: 45, 30, 25 exactly.
  check_pool_shares(pay({a, b, c}, 2000, p), {{"a", 45}, {"b", 30}, {"c", 25}});
  // Pool 10 fen, weights 1:1:1 (scores 70): 3.33 each -> 3,3,3 and 1 fen left,
  // equal remainders -> to a. Weights 2:1 (80, 40) of 10 fen: 6.67, 3.33 -> 7, 3.
  a.score = b.score = c.score = 70;
  check_pool_shares(pay({c, b, a}, 200, p), {{"a", 4}, {"b", 3}, {"c", 3}});
  a.score = 80;
  b.score = 40;
  check_pool_shares(pay({a, b}, 200, p), {{"a", 7}, {"b", 3}});
}

TEST_CASE("pool_split = score with every member at score 0 shares equally") {
  PayFacts a = agent("a"), b = agent("b");
  a.score = b.score = 0;
  check_pool_shares(pay({a, b}, 2000, split_by_score()), {{"a", 50}, {"b", 50}});  // 100 fen
}

TEST_CASE("nobody to share the pool: it is shown and paid to no one") {
  PayFacts p = agent("p");
  p.status = StaffStatus::kProbation;
  PaySheet s = pay({p}, 100000);
  CHECK(s.pool == 5000);
  CHECK(s.pool_members == 0);
  CHECK(s.lines[0].pool_share == 0);
}

TEST_CASE("rewards are the positive money lines, added to the total") {
  PayFacts a = agent("a");
  a.rewards = 30000;  // rank 1 (¥100) + 3-month bonus (¥200)
  const PayLine l = only_line(a);
  CHECK(l.rewards == 30000);
  CHECK(l.total == 430000);
}

TEST_CASE("the last-rank deduction comes out of commission + pool share, never more") {
  PayFacts full = agent("full"), part = agent("part"), none = agent("none");
  full.sales = 2000000;  // commission ¥200.00
  full.deduction_due = 10000;
  part.sales = 200000;  // commission ¥20.00
  part.deduction_due = 10000;
  none.role = Role::kAftersales;  // commission 0
  none.deduction_due = 10000;
  none.status = StaffStatus::kProbation;  // no pool share either
  PaySheet s = pay({full, part, none}, 60000);  // pool ¥30.00: ¥15.00 each to full and part
  CHECK(line(s, "full").deduction == 10000);
  CHECK(line(s, "full").deduction_not_taken == 0);
  CHECK(line(s, "full").total == 400000 + 20000 + 1500 - 10000);
  // ¥20.00 + ¥15.00 = ¥35.00 held: ¥35.00 taken, ¥65.00 not taken (not carried).
  CHECK(line(s, "part").deduction == 3500);
  CHECK(line(s, "part").deduction_not_taken == 6500);
  CHECK(line(s, "part").total == 400000);
  CHECK(line(s, "none").deduction == 0);
  CHECK(line(s, "none").deduction_not_taken == 10000);
  CHECK(line(s, "none").total == 400000);
}

TEST_CASE("total is base + allowance + seniority + commission + pool share + rewards - deduction") {
  PayFacts a = agent("a");
  a.allowance = 30000;
  a.hired = day(2023, 7, 15);  // 3 years: ¥150
  a.sales = 342300;            // ¥3,423.00 × 1% = ¥34.23
  a.rewards = 10000;
  a.deduction_due = 10000;
  const PayLine l = only_line(a, 1579240);  // sole member: the whole pool ¥789.62
  CHECK(l.pool_share == 78962);
  CHECK(l.deduction == 10000);
  CHECK(l.total == 400000 + 30000 + 15000 + 3423 + 78962 + 10000 - 10000);
}

// --- property: generated months --------------------------------------------

std::vector<PayFacts> random_month(std::mt19937_64& rng) {
  auto pick = [&](int64_t lo, int64_t hi) { return std::uniform_int_distribution<int64_t>(lo, hi)(rng); };
  std::vector<PayFacts> v;
  const int n = static_cast<int>(pick(0, 40));
  for (int i = 0; i < n; ++i) {
    PayFacts f;
    f.agent = "agent" + std::to_string(pick(0, 1'000'000)) + "_" + std::to_string(i);
    f.role = pick(0, 3) == 0 ? Role::kAftersales : Role::kPresales;
    f.status = pick(0, 4) == 0 ? StaffStatus::kProbation : StaffStatus::kRegular;
    f.active = pick(0, 9) != 0;
    if (f.active) f.grade = static_cast<Grade>(pick(0, 4));
    f.score = static_cast<double>(pick(0, 100'000'000)) / 1e6;
    f.sales = f.active ? pick(0, 5'000'000) : 0;
    f.hired = pick(0, 5) == 0 ? kNever : day(static_cast<int>(pick(2010, 2026)), 1, 1) + pick(0, 270) * 86400;
    f.base_pay = pick(0, 1'000'000);
    f.allowance = pick(0, 50'000);
    f.rewards = pick(0, 3) == 0 ? 10000 * pick(1, 3) : 0;
    f.deduction_due = pick(0, 4) == 0 ? pick(1, 100'000) : 0;
    v.push_back(std::move(f));
  }
  return v;
}

TEST_CASE("property: in generated months every column adds up, the pool is paid out, no deduction overdraws") {
  std::mt19937_64 rng(20261031);
  for (int month = 0; month < 500; ++month) {
    CAPTURE(month);
    std::vector<PayFacts> facts = random_month(rng);
    const Fen silent = std::uniform_int_distribution<Fen>(0, 100'000'000)(rng);
    const PayPolicy p = month % 2 ? split_by_score() : default_policy().pay;
    const PaySheet s = compute_pay(facts, silent, kOct, p);
    REQUIRE(s.lines.size() == facts.size());
    Fen sum_total = 0, sum_parts = 0, shares = 0;
    int members = 0;
    for (const PayLine& l : s.lines) {
      const Fen parts = l.base_pay + l.allowance + l.seniority_pay + l.commission + l.pool_share + l.rewards - l.deduction;
      CHECK(l.total == parts);
      sum_total += l.total;
      sum_parts += parts;
      shares += l.pool_share;
      members += l.pool_member;
      // The deduction never takes more than commission + pool share hold,
      // so it never takes the total below the fixed pay.
      CHECK(l.deduction >= 0);
      CHECK(l.deduction <= l.commission + l.pool_share);
      CHECK(l.deduction + l.deduction_not_taken == l.facts.deduction_due);
      CHECK(l.total >= l.base_pay + l.allowance + l.seniority_pay + l.rewards);
      CHECK(l.seniority_pay <= p.seniority_cap);
      CHECK(l.pool_share >= 0);
      if (!l.pool_member) CHECK(l.pool_share == 0);
    }
    CHECK(sum_total == sum_parts);
    CHECK(members == s.pool_members);
    // The pool is paid out to the fen whenever someone shares it.
    CHECK(shares == (members > 0 ? s.pool : 0));
    // Equal split: no two shares differ by more than a fen.
    if (p.pool_split == PoolSplit::kEqual && members > 0) {
      Fen lo = s.pool, hi = 0;
      for (const PayLine& l : s.lines)
        if (l.pool_member) lo = std::min(lo, l.pool_share), hi = std::max(hi, l.pool_share);
      CHECK(hi - lo <= 1);
    }
    // Same facts, same sheet; and the roster's order does not change anyone's pay.
    const PaySheet again = compute_pay(facts, silent, kOct, p);
    std::vector<PayFacts> reversed(facts.rbegin(), facts.rend());
    const PaySheet shuffled = compute_pay(reversed, silent, kOct, p);
    for (size_t i = 0; i < s.lines.size(); ++i) {
      CHECK(again.lines[i].total == s.lines[i].total);
      CHECK(again.lines[i].pool_share == s.lines[i].pool_share);
      const PayLine& r = shuffled.lines[s.lines.size() - 1 - i];
      CHECK(r.pool_share == s.lines[i].pool_share);
      CHECK(r.total == s.lines[i].total);
    }
  }
}

}  // namespace
}  // namespace redhare
