// Explain (考核申诉, issue 8): one agent's figures traced back to the rows
// behind them — sessions, turns, attributed orders, after-sales customers —
// then the figures and points with the numbers each was computed from.
//
// The rows come from compute_metrics' Trace hooks (trace.h), run by the
// command through trace_agent (traced_agent.h), so the explanation is the
// computation itself, never a second implementation. This stage only formats.
#pragma once

#include <string>

#include "redhare/period.h"
#include "redhare/policy.h"
#include "redhare/records.h"
#include "redhare/report.h"
#include "redhare/traced_agent.h"
#include "redhare/views.h"

namespace redhare {

// One agent over `period`. Tables, each row with its line in the input file
// and in a stable order (the --section names):
//   sessions     every session of the agent, by start, then first line;
//                numbered 1.. in that order (a session without a turn is
//                listed but is not a 接待)
//   turns        by start, then first line: session number, first customer
//                message, answering message, response time, and why a turn
//                got no reply or an auto-reply did not count
//   orders_won   orders attributed to the agent, by creation, then line: the
//                winning consultation and the other agents it beat
//   orders_lost  orders the agent was consulted about in the window that
//                another agent won (not counted)
//   after_sales  customers not counted as inquirers, with the order that
//                made them after-sales
// The footer holds, in context.lang, each figure with the numbers it was
// computed from and, for scored figures, tier → points × weight, then the
// score, grade and rank. Throws InputError naming data.chats_file when the
// agent has no row in `period` (traced.card is null).
Report explain_report(const Dataset& data, const Period& period, const Policy& policy,
                      const TracedAgent& traced, const std::string& agent,
                      const ReportContext& context);

// The agent's id, or an InputError naming the chats file and the agents the
// user probably meant (names containing what was typed, else the nearest by
// edit distance, as a whole or after the shop prefix).
Id find_agent(const Dataset& data, const std::string& agent);

}  // namespace redhare
