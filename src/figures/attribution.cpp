#include "redhare/attribution.h"

#include <algorithm>

namespace redhare {

namespace {

// The customer's messages in [t - window, t] as [*lo, *hi): consultations and
// the agents' messages between them.
void window(const ChatEntry* begin, const ChatEntry* end, Time t, const AttributionRules& rules,
            const ChatEntry** lo, const ChatEntry** hi) {
  const Time from = t - rules.window_s;
  *lo = std::partition_point(begin, end, [from](const ChatEntry& m) { return m.time < from; });
  *hi = std::partition_point(*lo, end, [t](const ChatEntry& m) { return m.time <= t; });
}

bool consultation(const ChatEntry& m) { return m.kind() == MessageKind::kCustomer; }

}  // namespace

Attribution attribute(const ChatEntry* begin, const ChatEntry* end, Time t,
                      const AttributionRules& rules) {
  const ChatEntry *lo, *hi;
  window(begin, end, t, rules, &lo, &hi);
  // By (time, line): the last consultation is the nearest to the back, and
  // among equal times the later row; the first is the nearest to the front.
  const ChatEntry* won = nullptr;
  if (rules.first) {
    for (const ChatEntry* m = lo; m != hi && !won; ++m)
      if (consultation(*m)) won = m;
  } else {
    for (const ChatEntry* m = hi; m != lo && !won;)
      if (consultation(*--m)) won = m;
  }
  if (!won) return {};
  return Attribution{won->agent(), won->line, won->time};
}

std::vector<Id> agents_in_window(const ChatEntry* begin, const ChatEntry* end, Time t,
                                 const AttributionRules& rules) {
  const ChatEntry *lo, *hi;
  window(begin, end, t, rules, &lo, &hi);
  std::vector<Id> agents;
  for (const ChatEntry* m = lo; m != hi; ++m) {
    if (!consultation(*m)) continue;
    const Id a = m->agent();
    // Linear find: a window holds a handful of agents, and only `explain` asks.
    if (std::find(agents.begin(), agents.end(), a) == agents.end()) agents.push_back(a);
  }
  return agents;
}

}  // namespace redhare
