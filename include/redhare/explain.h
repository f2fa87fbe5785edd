// Explain (考核申诉, issue 8): one agent's figures traced back to the rows
// behind them — sessions, turns, attributed orders, after-sales customers —
// then the figures and points with the numbers each was computed from.
//
// The rows come from compute_metrics' Trace hooks (trace.h), so the
// explanation is the computation itself, never a second implementation.
#pragma once

#include <string>

#include "redhare/period.h"
#include "redhare/policy.h"
#include "redhare/records.h"
#include "redhare/report.h"
#include "redhare/views.h"

namespace redhare {

// Tables "turns" and "orders" (the machine tables of `--section`), plus the
// sessions, after-sales customers and the figure-by-figure arithmetic for
// people. Throws InputError when `agent` is not an agent of the data.
Report explain_report(const Dataset& data, const Period& period, const Policy& policy,
                      const std::string& agent, const ReportContext& context);

}  // namespace redhare
