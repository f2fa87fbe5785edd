#include "redhare/traced_agent.h"

#include <algorithm>

namespace redhare {

TracedAgent trace_agent(const Dataset& data, const Period& period, const Policy& policy, Id agent) {
  TracedAgent t{AgentTrace(agent), {}, {}, nullptr};
  t.metrics = compute_metrics(data, period, policy, &t.trace);
  t.cards = score_agents(t.metrics, data, policy);
  auto card = std::find_if(t.cards.begin(), t.cards.end(),
                           [&](const Scorecard& c) { return c.figures.agent == agent; });
  if (card != t.cards.end()) t.card = &*card;
  return t;
}

}  // namespace redhare
