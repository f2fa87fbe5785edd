// Awards where SPEC 5 is silent on "present": only months in which the agent
// was ranked count (docs/rules.md).
#include <doctest/doctest.h>

#include "redhare/consequences.h"
#include "redhare/policy.h"

namespace redhare {
namespace {

HistoryMonth hist(const char* label, std::vector<HistoryRow> rows) {
  return {parse_month(label, 0), std::move(rows)};
}

TEST_CASE("awards count only ranked months: an agent unranked (too few inquirers) is not present") {
  const Policy p = default_policy();
  // "new" scores 95 but was never ranked (rank 0): 0 of 3 ranked months < 2,
  // so not eligible. "half" was ranked in July and August only (2 of 3): its
  // mean is over those two, (80 + 70) / 2 = 75, not (80 + 70 + 99) / 3.
  std::vector<HistoryMonth> h = {
      hist("2026-07", {{"a", 90, Grade::kExcellent, 1}, {"half", 80, Grade::kAverage, 2}, {"new", 95, Grade::kOutstanding, 0}}),
      hist("2026-08", {{"a", 90, Grade::kExcellent, 1}, {"half", 70, Grade::kAverage, 2}, {"new", 95, Grade::kOutstanding, 0}}),
      hist("2026-09", {{"a", 90, Grade::kExcellent, 1}, {"half", 99, Grade::kOutstanding, 0}, {"new", 95, Grade::kOutstanding, 0}}),
  };
  AwardsResult r = compute_awards(h, "2026-Q3", p);
  REQUIRE(r.ranking.size() == 2);
  CHECK(r.ranking[0].agent == "a");
  CHECK(r.ranking[0].months == 3);
  CHECK(r.ranking[1].agent == "half");
  CHECK(r.ranking[1].months == 2);
  CHECK(r.ranking[1].mean_score == doctest::Approx(75.0));
}

TEST_CASE("awards never go to an agent whose mean score is below pass_mark") {
  // Three eligible agents: best = max(1, floor(5% × 3)) = 1, excellent = 1.
  // "a" (mean 75) is best; "b" (mean 59.5 < pass_mark 60) would be excellent
  // but gets nothing, and the award is not handed down to "c" (50).
  const Policy p = default_policy();
  std::vector<HistoryMonth> h = {
      hist("2026-07", {{"a", 75, Grade::kAverage, 1}, {"b", 59, Grade::kImprove, 2}, {"c", 50, Grade::kImprove, 3}}),
      hist("2026-08", {{"a", 75, Grade::kAverage, 1}, {"b", 60, Grade::kAverage, 2}, {"c", 50, Grade::kImprove, 3}}),
  };
  AwardsResult r = compute_awards(h, "2026-Q3", p);
  REQUIRE(r.ranking.size() == 3);
  CHECK(r.ranking[0].award == AwardKind::kBest);
  CHECK(r.ranking[1].agent == "b");
  CHECK(r.ranking[1].mean_score == doctest::Approx(59.5));
  CHECK(r.ranking[1].award == AwardKind::kNone);
  CHECK(r.ranking[2].award == AwardKind::kNone);
}

TEST_CASE("awards are shop-wide: the ranking spans every group, one best agent for the whole shop") {
  // SPEC 8: awards stay over all ranked agents of the shop (全体客服人员).
  // "pre" and "after" are each first of their own group. Over the shop's
  // three: best = max(1, floor(5% x 3)) = 1, excellent = max(1, floor(10% x
  // 3)) = 1, so "pre" (90) is the one best agent and "after" (80) excellent;
  // awarded per group, both would be best.
  const Policy p = default_policy();
  const GroupKey presales{"A", Role::kPresales, false}, aftersales{"A", Role::kAftersales, false};
  auto month = [&](const char* label) {
    return hist(label, {{"pre", 90, Grade::kExcellent, 1, presales},
                        {"x", 70, Grade::kAverage, 2, presales},
                        {"after", 80, Grade::kAverage, 1, aftersales}});
  };
  AwardsResult r = compute_awards({month("2026-07"), month("2026-08"), month("2026-09")}, "2026-Q3", p);
  REQUIRE(r.ranking.size() == 3);
  CHECK(r.ranking[0].agent == "pre");
  CHECK(r.ranking[0].award == AwardKind::kBest);
  CHECK(r.ranking[1].agent == "after");
  CHECK(r.ranking[1].award == AwardKind::kExcellent);
  CHECK(r.ranking[2].agent == "x");
  CHECK(r.ranking[2].award == AwardKind::kNone);
}

TEST_CASE("awards at exactly pass_mark are given") {
  const Policy p = default_policy();
  std::vector<HistoryMonth> h = {hist("2026-07", {{"a", 60, Grade::kAverage, 1}}),
                                 hist("2026-08", {{"a", 60, Grade::kAverage, 1}})};
  AwardsResult r = compute_awards(h, "2026-Q3", p);
  REQUIRE(r.ranking.size() == 1);
  CHECK(r.ranking[0].award == AwardKind::kBest);
}

TEST_CASE("awards rank equal means over equal months by name, as the review does") {
  // a and b both average 80 over 2 months (a: 79, 81; b: 80, 80): name order.
  const Policy p = default_policy();
  std::vector<HistoryMonth> h = {hist("2026-07", {{"b", 80, Grade::kAverage, 1}, {"a", 79, Grade::kAverage, 2}}),
                                 hist("2026-08", {{"b", 80, Grade::kAverage, 2}, {"a", 81, Grade::kAverage, 1}})};
  AwardsResult r = compute_awards(h, "2026-Q3", p);
  REQUIRE(r.ranking.size() == 2);
  CHECK(r.ranking[0].agent == "a");
  CHECK(r.ranking[1].agent == "b");
}

}  // namespace
}  // namespace redhare
