// Response times of an hour or more are counted outside the per-second table
// (issue 7); the median, p90 and slow count must not notice the seam.
#include <doctest/doctest.h>

#include "figures/dataset_builder.h"

using namespace redhare;
using namespace redhare::testing;

TEST_CASE("median, p90 and slow count span answers under and over one hour") {
  // Four customers, each one turn answered by amy in 10 s, 3599 s, 3600 s and
  // 7200 s (all on 5 Oct, inside the 08:00-24:00 working window).
  Builder b;
  b.msg("amy", "c1", at(5, 9, 0), C).msg("amy", "c1", at(5, 9, 0, 10), A);
  b.msg("amy", "c2", at(5, 9, 0), C).msg("amy", "c2", at(5, 9, 59, 59), A);
  b.msg("amy", "c3", at(5, 9, 0), C).msg("amy", "c3", at(5, 10, 0), A);
  b.msg("amy", "c4", at(5, 9, 0), C).msg("amy", "c4", at(5, 11, 0), A);
  Policy p;
  p.session_gap_s = 3 * 3600;  // the 2-hour answer stays in its session
  const AgentFigures f = row(compute_metrics(b.d, october(), p), "amy");
  REQUIRE(f.answered_turns == 4);
  // Even n: the mean of the 2nd and 3rd smallest, (3599 + 3600) / 2.
  CHECK(*f.resp_median_s == doctest::Approx(3599.5));
  // Nearest rank: ceil(0.9 x 4) = 4th smallest.
  CHECK(*f.resp_p90_s == doctest::Approx(7200));
  // Over 120 s: 3599, 3600 and 7200.
  CHECK(f.slow_responses == 3);
  // (10 + 3599 + 3600 + 7200) / 4 = 14409 / 4.
  CHECK(*f.resp_mean_s == doctest::Approx(3602.25));
}

TEST_CASE("a slow threshold above one hour counts only the answers over it") {
  Builder b;
  b.msg("amy", "c1", at(5, 9, 0), C).msg("amy", "c1", at(5, 9, 30), A);   // 1800 s
  b.msg("amy", "c2", at(5, 9, 0), C).msg("amy", "c2", at(5, 10, 30), A);  // 5400 s
  b.msg("amy", "c3", at(5, 9, 0), C).msg("amy", "c3", at(5, 11, 0), A);   // 7200 s
  Policy p;
  p.session_gap_s = 3 * 3600;
  p.slow_response_s = 5400;
  const AgentFigures f = row(compute_metrics(b.d, october(), p), "amy");
  CHECK(f.slow_responses == 1);  // only 7200 > 5400
  CHECK(*f.resp_median_s == doctest::Approx(5400));  // odd n: the middle one
  CHECK(*f.resp_p90_s == doctest::Approx(7200));     // ceil(0.9 x 3) = 3rd
}
