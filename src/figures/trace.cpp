#include "redhare/trace.h"

#include <algorithm>

namespace redhare {

void AgentTrace::on_session(const SessionInfo& s) {
  if (s.agent == agent_) sessions.push_back(s);
}

void AgentTrace::on_turn(const TurnInfo& t) {
  // Turns come before their session and pairs one after another, so a turn
  // belongs to the next session reported for this agent.
  if (t.agent == agent_) turns.push_back({t, static_cast<uint32_t>(sessions.size())});
}

void AgentTrace::on_order(const Order& o, const Attribution& a, const std::vector<Id>& competing) {
  if (a.agent == agent_) {
    TracedOrder won{o, a, {}};
    for (Id other : competing)
      if (other != agent_) won.beaten.push_back(other);
    won_orders.push_back(std::move(won));
  } else if (std::find(competing.begin(), competing.end(), agent_) != competing.end()) {
    lost_orders.push_back({o, a, {}});
  }
}

void AgentTrace::on_after_sales(Id agent, Id customer, uint32_t order_line) {
  if (agent == agent_) after_sales.push_back({customer, order_line});
}

}  // namespace redhare
