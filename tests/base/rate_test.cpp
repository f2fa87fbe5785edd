#include <doctest/doctest.h>

#include <string>

#include "policy_error.h"
#include "redhare/error.h"
#include "redhare/message_text.h"
#include "redhare/policy.h"
#include "redhare/rate.h"

namespace redhare {
namespace {

Rate rate(const char* text) {
  Rate r{-1, -1};
  REQUIRE_MESSAGE(parse_rate(text, &r), text);
  return r;
}

bool refused(const char* text) {
  Rate r;
  return !parse_rate(text, &r);
}

using test::policy_error_of;

TEST_CASE("a rate is the decimal the policy wrote, as a reduced fraction of a power of ten") {
  CHECK(rate("1%") == Rate{1, 100});
  CHECK(rate("0.01") == Rate{1, 100});  // the same rate, however it is written
  CHECK(rate("1.10") == Rate{11, 10});
  CHECK(rate("1.1") == Rate{11, 10});
  CHECK(rate("1") == Rate{1, 1});
  CHECK(rate("1.0") == Rate{1, 1});
  CHECK(rate("0.5%") == Rate{5, 1000});
  CHECK(rate(" 5 % ") == Rate{5, 100});
  CHECK(rate("0") == Rate{0, 1});
  CHECK(rate("0%") == Rate{0, 1});
  CHECK(rate(".5") == Rate{5, 10});
}

TEST_CASE("a negative, signed, empty or over-precise rate is refused, not rounded") {
  CHECK(refused("-1%"));
  CHECK(refused("-0.5"));
  CHECK(refused("+1%"));
  CHECK(refused(""));
  CHECK(refused("%"));
  CHECK(refused("."));
  CHECK(refused("1.2.3"));
  CHECK(refused("1e-2"));
  CHECK(refused("abc"));
  CHECK(refused("0.0000001"));  // 7 decimals
  CHECK(refused("1001"));       // a factor of a thousand cannot be meant
  CHECK(refused("1/3"));
}

TEST_CASE("rates print back as they are read: percent for rates, decimals for factors") {
  CHECK(rate_percent(rate("1%")) == "1%");
  CHECK(rate_percent(rate("0.005")) == "0.5%");
  CHECK(rate_percent(rate("0")) == "0%");
  CHECK(rate_decimal(rate("1.2")) == "1.2");
  CHECK(rate_decimal(rate("1")) == "1");
  CHECK(rate_decimal(rate("0.05")) == "0.05");
  for (const char* t : {"1%", "0.5%", "12.345%", "100%", "0.0001%"}) CHECK(rate_percent(rate(t)) == t);
}

TEST_CASE("money times rates is rounded half up to the fen once, on the exact product") {
  // The example: ¥4,740.00 × 1% × 1.1 = ¥52.14 exactly.
  CHECK(apply_rates(474000, rate("1%"), rate("1.1")) == 5214);
  // ¥0.50 × 1% = 0.5 fen -> 1 fen (half up); ¥0.49 × 1% = 0.49 fen -> 0.
  CHECK(apply_rates(50, rate("1%")) == 1);
  CHECK(apply_rates(49, rate("1%")) == 0);
  // Rounded once: ¥12.34 × 1% = 12.34 fen, × 0.5 = 6.17 fen -> 6 fen. Rounding
  // the first product to 12 fen first would give the same; ¥12.50 × 1% ×
  // 0.5 = 6.25 -> 6, where rounding 12.5 -> 13 first would give 6.5 -> 7.
  CHECK(apply_rates(1250, rate("1%"), rate("0.5")) == 6);
  // ¥15,792.40 × 5% = ¥789.62.
  CHECK(apply_rates(1579240, rate("5%")) == 78962);
  // A double would get this one wrong: 0.07 × 100 = 7.000000000000001.
  CHECK(apply_rates(100, rate("0.07")) == 7);
  // Large amounts stay exact (128-bit intermediate): ¥10 billion × 1% × 1.2.
  CHECK(apply_rates(1'000'000'000'000, rate("1%"), rate("1.2")) == 12'000'000'000);
}

TEST_CASE("the pay keys of SPEC 10 have the seed's defaults and read back from redhare policy") {
  const Policy p = default_policy();
  CHECK(p.pay.commission_presales == Rate{1, 100});
  CHECK(p.pay.commission_aftersales == Rate{0, 1});
  CHECK(p.pay.factor[0] == Rate{12, 10});
  CHECK(p.pay.factor[1] == Rate{11, 10});
  CHECK(p.pay.factor[2] == Rate{1, 1});
  CHECK(p.pay.factor[3] == Rate{8, 10});
  CHECK(p.pay.factor[4] == Rate{5, 10});
  CHECK(p.pay.pool_rate == Rate{5, 100});
  CHECK(p.pay.pool_split == PoolSplit::kEqual);
  CHECK(p.pay.seniority_per_year == 5000);
  CHECK(p.pay.seniority_cap == 50000);
  const std::string text = policy_text(p);
  for (const char* line : {"pay.commission_rate = 1%\n", "aftersales.pay.commission_rate = 0%\n",
                           "pay.factor.outstanding = 1.2\n", "pay.factor.urgent = 0.5\n", "pay.pool_rate = 5%\n",
                           "pay.pool_split = equal\n", "pay.seniority_per_year = 50\n", "pay.seniority_cap = 500\n"})
    CHECK_MESSAGE(text.find(line) != std::string::npos, line);
  CHECK(parse_policy(text, "default") == p);
}

TEST_CASE("pay keys are set from a policy file and print back the same") {
  Policy p = parse_policy(
      "pay.commission_rate = 1.5%\naftersales.pay.commission_rate = 0.2%\npay.factor.excellent = 1.15\n"
      "pay.pool_rate = 0.03\npay.pool_split = score\npay.seniority_per_year = 80.50\npay.seniority_cap = 1000\n",
      "shop.ini");
  CHECK(p.pay.commission_presales == Rate{15, 1000});
  CHECK(p.pay.commission_aftersales == Rate{2, 1000});
  CHECK(p.pay.factor[1] == Rate{115, 100});
  CHECK(p.pay.pool_rate == Rate{3, 100});
  CHECK(p.pay.pool_split == PoolSplit::kScore);
  CHECK(p.pay.seniority_per_year == 8050);
  CHECK(p.pay.seniority_cap == 100000);
  CHECK(parse_policy(policy_text(p), "again") == p);
}

TEST_CASE("nonsense pay values are refused with their line") {
  CHECK(policy_error_of("# pay\npay.commission_rate = -1%\n").starts_with("shop.ini:2: pay.commission_rate: "));
  CHECK(policy_error_of("pay.factor.urgent = -0.5\n").starts_with("shop.ini:1: pay.factor.urgent: "));
  CHECK(policy_error_of("\n\npay.pool_rate = 5 percent\n").starts_with("shop.ini:3: pay.pool_rate: "));
  CHECK(policy_error_of("pay.seniority_cap = -500\n").starts_with("shop.ini:1: pay.seniority_cap: "));
  CHECK(policy_error_of("pay.seniority_per_year = 50.001\n").starts_with("shop.ini:1: pay.seniority_per_year: "));
  CHECK(policy_error_of("pay.seniority_per_year = 5%\n").starts_with("shop.ini:1: pay.seniority_per_year: "));
  CHECK(policy_error_of("pay.pool_split = fair\n").find("expected equal or score") != std::string::npos);
  CHECK(policy_error_of("pay.factor.good = 1\n").find("no such grade") != std::string::npos);
  CHECK(policy_error_of("pay.bonus = 1\n").find("unknown key") != std::string::npos);
}

TEST_CASE("a commission or pool rate above 100% is refused with its line; 100% itself is a (strange) choice") {
  CHECK(policy_error_of("# pay\npay.commission_rate = 150%\n") ==
        "shop.ini:2: pay.commission_rate: a rate above 100% would pay out more than the sales it is taken from, "
        "got \"150%\"");
  CHECK(policy_error_of("aftersales.pay.commission_rate = 1.01\n").starts_with("shop.ini:1: aftersales.pay.commission_rate: a rate above 100%"));
  CHECK(policy_error_of("\npay.pool_rate = 120%\n").starts_with("shop.ini:2: pay.pool_rate: a rate above 100%"));
  CHECK(policy_error_of("pay.commission_rate = 100%\npay.pool_rate = 1\n") == "no error");
}

TEST_CASE("grade factors that rise from a better grade to a worse one are refused at the line at fault") {
  // Defaults 1.2 / 1.1 / 1 / 0.8 / 0.5: an outstanding agent at 0.5 would earn
  // less commission on the same sales than an excellent one at 1.1.
  CHECK(policy_error_of("# pay\npay.factor.outstanding = 0.5\n") ==
        "shop.ini:2: pay.factor.outstanding = 0.5 is below pay.factor.excellent = 1.1: a better grade may not earn "
        "a smaller commission factor");
  CHECK(policy_error_of("pay.factor.urgent = 3\n").starts_with("shop.ini:1: pay.factor.improve = 0.8 is below pay.factor.urgent = 3"));
  // Both given: the later line is where the order broke.
  CHECK(policy_error_of("pay.factor.average = 0.7\npay.factor.improve = 0.9\n").starts_with("shop.ini:2: pay.factor.average = 0.7"));
  // Equal factors (no grade weighting of commission) are a choice.
  CHECK(policy_error_of("pay.factor.outstanding = 1\npay.factor.excellent = 1\npay.factor.improve = 1\npay.factor.urgent = 1\n") ==
        "no error");
}

}  // namespace
}  // namespace redhare
