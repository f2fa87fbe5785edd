#include "redhare/attribution.h"

#include <algorithm>

namespace redhare {

ConsultationIndex::ConsultationIndex(const std::vector<Message>& messages,
                                     size_t customer_count)
    : messages_(messages), start_(customer_count + 1, 0) {
  // Stable counting sort by customer, as in rebuild_conversations: input
  // order survives, so equal times keep file order without a tie key.
  for (const Message& m : messages) {
    if (m.kind == MessageKind::kCustomer) ++start_[m.customer + 1];
  }
  for (size_t c = 0; c < customer_count; ++c) start_[c + 1] += start_[c];
  order_.resize(start_[customer_count]);
  std::vector<uint32_t> fill(start_.begin(), start_.end() - 1);
  for (uint32_t i = 0; i < messages.size(); ++i) {
    if (messages[i].kind == MessageKind::kCustomer) order_[fill[messages[i].customer]++] = i;
  }
  auto before = [&messages](uint32_t a, uint32_t b) {
    if (messages[a].time != messages[b].time) return messages[a].time < messages[b].time;
    return a < b;
  };
  for (size_t c = 0; c < customer_count; ++c) {
    auto begin = order_.begin() + start_[c];
    auto end = order_.begin() + start_[c + 1];
    if (!std::is_sorted(begin, end, before)) std::sort(begin, end, before);
  }
}

void ConsultationIndex::window(Id customer, Time t, const AttributionRules& rules,
                               size_t* lo, size_t* hi) const {
  *lo = *hi = 0;
  if (customer + 1 >= start_.size()) return;  // a customer who never wrote
  auto begin = order_.begin() + start_[customer];
  auto end = order_.begin() + start_[customer + 1];
  const Time from = t - rules.window_s;
  auto first = std::partition_point(
      begin, end, [&](uint32_t i) { return messages_[i].time < from; });
  auto last = std::partition_point(first, end,
                                   [&](uint32_t i) { return messages_[i].time <= t; });
  *lo = static_cast<size_t>(first - order_.begin());
  *hi = static_cast<size_t>(last - order_.begin());
}

Attribution ConsultationIndex::attribute(Id customer, Time t,
                                         const AttributionRules& rules) const {
  size_t lo, hi;
  window(customer, t, rules, &lo, &hi);
  if (lo == hi) return {};
  // Sorted by (time, input order): the back is the last consultation and,
  // among equal times, the later row; the front is the first / earlier row.
  const Message& m = messages_[order_[rules.first ? lo : hi - 1]];
  return Attribution{m.agent, m.line, m.time};
}

std::vector<Id> ConsultationIndex::agents_in_window(Id customer, Time t,
                                                    const AttributionRules& rules) const {
  size_t lo, hi;
  window(customer, t, rules, &lo, &hi);
  std::vector<Id> agents;
  for (size_t k = lo; k < hi; ++k) {
    const Id a = messages_[order_[k]].agent;
    if (std::find(agents.begin(), agents.end(), a) == agents.end()) agents.push_back(a);
  }
  return agents;
}

}  // namespace redhare
