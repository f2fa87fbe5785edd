// Attribution (落实, SPEC 4): which agent an order belongs to.
//
// An order placed at t by customer c goes to the agent of c's last
// consultation (customer message) in [t - window, t], across all agents and
// including messages before the period; `first` picks the earliest instead.
// Equal times fall back to file order. No consultation: silent (静默).
#pragma once

#include <cstdint>
#include <vector>

#include "redhare/conversations.h"
#include "redhare/records.h"

namespace redhare {

inline constexpr Id kSilent = 0xFFFFFFFFu;  // no agent: a silent order

struct Attribution {
  Id agent = kSilent;
  uint32_t consultation_line = 0;  // the winning customer message; 0 when silent
  Time consultation_time = kNever;
  bool silent() const { return agent == kSilent; }
};

struct AttributionRules {
  int64_t window_s = 48 * 3600;  // calendar seconds, both ends included
  bool first = false;            // attribution = first
};

// Every customer's consultations sorted by time, then input order: built once
// in O(n) plus a per-customer sort skipped for already-ordered input, then
// each order is two binary searches.
class ConsultationIndex {
 public:
  ConsultationIndex(const std::vector<Message>& messages, size_t customer_count);

  Attribution attribute(Id customer, Time t, const AttributionRules& rules) const;

  // The distinct agents consulted by `customer` in [t - window, t], in order
  // of their first message there (for `explain`: who else could have had it).
  std::vector<Id> agents_in_window(Id customer, Time t, const AttributionRules& rules) const;

 private:
  // Consultations of `customer` in [t - window, t] as [*lo, *hi).
  void window(Id customer, Time t, const AttributionRules& rules, const uint32_t** lo,
              const uint32_t** hi) const;

  const std::vector<Message>& messages_;
  CustomerBuckets consultations_;  // per customer: by time, then input order
};

}  // namespace redhare
