// `--format html` (SPEC 11): one self-contained page an ops lead can open,
// mail or print. No network, no script needed; charts are inline SVG drawn
// from the same Report every other format renders.
#pragma once

#include <string>
#include <vector>

#include "redhare/consequences.h"
#include "redhare/period.h"
#include "redhare/policy.h"
#include "redhare/report.h"
#include "redhare/scoring.h"

namespace redhare {

// The page for any Report: header facts, then every table people see
// (Audience kAll and kPeople), then the footer. A report with a "scores"
// table gets the month report: one section per ranking group with the
// scorecard, the score chart over the grade bands, the grade distribution
// against the caps, response times, trends and the consequence lines. A
// report with a "turns" table (explain) gets a timeline of response times.
std::string render_html(const Report& report, const RenderOptions& options);

// Adds to a `score` report the facts only the page draws (Audience::kCharts,
// so no other format changes):
//   grade_bands  grade, min_score (the policy's threshold), cap_share (the
//                forced-distribution share, n/a for grades without a cap)
//   history      agent, month, score: each agent's saved months before
//                `period`, oldest first, then this month
//   trend        agent, change: this month's score minus last month's, n/a
//                when last month is not saved or the agent is not in it
void add_score_charts(Report& report, const std::vector<Scorecard>& cards,
                      const std::vector<HistoryMonth>& history, const Period& period,
                      const Policy& policy);

}  // namespace redhare
