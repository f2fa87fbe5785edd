// Hand-built Datasets for the figures tests: October 2026, shop-local times.
#pragma once

#include <string_view>

#include "redhare/figures.h"
#include "redhare/period.h"
#include "redhare/policy.h"
#include "redhare/records.h"

namespace redhare::testing {

// 2026-10-<day> hh:mm:ss shop-local.
inline Time at(int day, int h, int m, int s = 0) {
  return days_from_civil(2026, 10, static_cast<unsigned>(day)) * 86400 + h * 3600 + m * 60 + s;
}

inline Period october() {
  Period p;
  p.begin = days_from_civil(2026, 10, 1) * 86400;
  p.end = days_from_civil(2026, 11, 1) * 86400;
  p.label = "2026-10";
  p.year = 2026;
  p.month = 10;
  return p;
}

constexpr MessageKind C = MessageKind::kCustomer;
constexpr MessageKind A = MessageKind::kAgent;
constexpr MessageKind AUTO = MessageKind::kAuto;

// Rows get consecutive line numbers from 2 (line 1 is the header), per file.
struct Builder {
  Dataset d;
  uint32_t chat_line = 2;
  uint32_t order_line = 2;

  Builder& msg(std::string_view agent, std::string_view customer, Time t, MessageKind kind) {
    d.messages.push_back(
        Message{t, d.agents.intern(agent), d.customers.intern(customer), chat_line++, kind});
    return *this;
  }
  // amount / refund in fen; paid = kNever for an unpaid order.
  Builder& order(std::string_view customer, Time created, Time paid, Fen amount,
                 Fen refund = 0) {
    const std::string id = "o" + std::to_string(order_line);
    d.orders.push_back(Order{d.order_ids.intern(id), d.customers.intern(customer), created,
                             paid, amount, refund, d.statuses.intern(""), order_line++});
    return *this;
  }
  Builder& target(std::string_view agent, Fen fen) {
    d.targets.push_back(Target{d.agents.intern(agent), fen, 2});
    return *this;
  }
};

// The figures of the built month: October 2026 under `p`. Every figures test
// computes them this way (the default policy's session gap, slow response,
// window and attribution).
inline Metrics run(const Builder& b, const Policy& p = default_policy()) {
  return compute_metrics(b.d, october(), p);
}

// A copy of the row of `agent` (a copy, so `row(run(b), ...)` never dangles);
// fails the test when there is none.
AgentFigures row(const Metrics& m, std::string_view agent);

}  // namespace redhare::testing
