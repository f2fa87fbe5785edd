#include "redhare/attribution.h"

#include <algorithm>

namespace redhare {

ConsultationIndex::ConsultationIndex(const std::vector<Message>& messages,
                                     size_t customer_count)
    : messages_(messages),
      consultations_(bucket_by_customer(
          messages, customer_count,
          [](const Message& m) { return m.kind == MessageKind::kCustomer; },
          [&messages](uint32_t a, uint32_t b) {
            if (messages[a].time != messages[b].time) return messages[a].time < messages[b].time;
            return a < b;
          })) {}

void ConsultationIndex::window(Id customer, Time t, const AttributionRules& rules,
                               const uint32_t** lo, const uint32_t** hi) const {
  *lo = *hi = nullptr;
  if (customer >= consultations_.customers()) return;  // a customer who never wrote
  const Time from = t - rules.window_s;
  *lo = std::partition_point(consultations_.begin(customer), consultations_.end(customer),
                             [&](uint32_t i) { return messages_[i].time < from; });
  *hi = std::partition_point(*lo, consultations_.end(customer),
                             [&](uint32_t i) { return messages_[i].time <= t; });
}

Attribution ConsultationIndex::attribute(Id customer, Time t,
                                         const AttributionRules& rules) const {
  const uint32_t *lo, *hi;
  window(customer, t, rules, &lo, &hi);
  if (lo == hi) return {};
  // Sorted by (time, input order): the back is the last consultation and,
  // among equal times, the later row; the front is the first / earlier row.
  const Message& m = messages_[rules.first ? *lo : *(hi - 1)];
  return Attribution{m.agent, m.line, m.time};
}

std::vector<Id> ConsultationIndex::agents_in_window(Id customer, Time t,
                                                    const AttributionRules& rules) const {
  const uint32_t *lo, *hi;
  window(customer, t, rules, &lo, &hi);
  std::vector<Id> agents;
  for (const uint32_t* k = lo; k != hi; ++k) {
    const Id a = messages_[*k].agent;
    // Linear find: a window holds a handful of agents, and only `explain` asks.
    if (std::find(agents.begin(), agents.end(), a) == agents.end()) agents.push_back(a);
  }
  return agents;
}

}  // namespace redhare
