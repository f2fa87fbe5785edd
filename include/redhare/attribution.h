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

// Attribution over one customer's grouped messages ([begin, end) of
// CustomerChats: by time, then file order, consultations before the period
// included): a binary search for the window, then a walk to its last (or
// first) consultation.
Attribution attribute(const ChatEntry* begin, const ChatEntry* end, Time t,
                      const AttributionRules& rules);

// The distinct agents the customer consulted in [t - window, t], in order of
// their first message there (for `explain`: who else could have had it).
std::vector<Id> agents_in_window(const ChatEntry* begin, const ChatEntry* end, Time t,
                                 const AttributionRules& rules);

}  // namespace redhare
