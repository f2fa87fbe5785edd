// Trace: observes compute_metrics for `redhare explain` (figures stage).
//
// compute_metrics calls these hooks from the code that computes the figures,
// at the moment each decision is made, so an explanation can never disagree
// with the numbers (there is no second implementation to drift). Every hook
// does nothing by default; override the ones you print.
#pragma once

#include <cstdint>
#include <vector>

#include "redhare/attribution.h"
#include "redhare/conversations.h"
#include "redhare/records.h"

namespace redhare {

class Trace {
 public:
  virtual ~Trace() = default;
  // A session of the period (also those without a turn: they count no
  // figure but explain where messages went).
  virtual void on_session(const SessionInfo&) {}
  // A turn: answered (with its response time) or why not (session ended by a
  // gap or by the end of the pair's messages; auto-replies inside it).
  virtual void on_turn(const TurnInfo&) {}
  // An order created in the period: the winning consultation or silent, and
  // every agent the customer consulted inside the window. Orders come by
  // customer id, each customer's by creation time, then file order.
  virtual void on_order(const Order&, const Attribution&,
                        const std::vector<Id>& /*competing*/) {}
  // `customer` is after-sales (售后) for `agent`: `order_line` is the paid
  // order created within after_sales_days before their first turn.
  virtual void on_after_sales(Id /*agent*/, Id /*customer*/, uint32_t /*order_line*/) {}
};

struct TracedTurn {
  TurnInfo turn;
  uint32_t session;  // index of its session in AgentTrace::sessions
};

struct TracedOrder {
  Order order;
  Attribution won_by;
  std::vector<Id> beaten;  // the other agents consulted in the window (won orders)
};

struct AfterSalesCustomer {
  Id customer;
  uint32_t order_line;  // the paid order that makes them after-sales
};

// Keeps what compute_metrics reports about one agent, in the order reported.
// Each hook starts with an id comparison, so the other agents' turns cost a
// call and a compare and nothing of theirs is buffered.
class AgentTrace final : public Trace {
 public:
  explicit AgentTrace(Id agent) : agent_(agent) {}
  Id agent() const { return agent_; }

  void on_session(const SessionInfo& s) override;
  void on_turn(const TurnInfo& t) override;
  void on_order(const Order& o, const Attribution& a, const std::vector<Id>& competing) override;
  void on_after_sales(Id agent, Id customer, uint32_t order_line) override;

  std::vector<SessionInfo> sessions;
  std::vector<TracedTurn> turns;
  std::vector<TracedOrder> won_orders;
  std::vector<TracedOrder> lost_orders;  // consulted in the window, another agent won
  std::vector<AfterSalesCustomer> after_sales;

 private:
  Id agent_;
};

}  // namespace redhare
