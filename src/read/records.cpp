#include "redhare/records.h"

namespace redhare {

// Messages are in file order and a month's export is mostly inside the month,
// so the first message usually answers.
bool any_message_in(const std::vector<Message>& messages, const Period& period) {
  for (const Message& m : messages)
    if (period.contains(m.time)) return true;
  return false;
}

}  // namespace redhare
