// One agent's month computed with a trace, for `redhare explain` (score
// stage): the same compute_metrics and score_agents as `score`, with an
// AgentTrace keeping this agent's rows while the figures are computed.
#pragma once

#include <vector>

#include "redhare/figures.h"
#include "redhare/period.h"
#include "redhare/policy.h"
#include "redhare/records.h"
#include "redhare/scoring.h"
#include "redhare/trace.h"

namespace redhare {

struct TracedAgent {
  AgentTrace trace;
  Metrics metrics;
  std::vector<Scorecard> cards;  // every agent: points need the shop AOV, ranks everybody
  const Scorecard* card = nullptr;  // the agent's; null when they have no row in the period
};

// Explaining one agent costs one `metrics` run plus a few comparisons per turn.
TracedAgent trace_agent(const Dataset& data, const Period& period, const Policy& policy, Id agent);

}  // namespace redhare
