#include "redhare/message.h"

#include <array>

namespace redhare {
namespace {

struct Entry {
  const char* name;
  size_t arity;
};

constexpr std::array<Entry, kMessageCount> kEntries = {{
#define REDHARE_MESSAGE_ENTRY(id, arity) {&#id[1], arity},  // the name without its k
    REDHARE_MESSAGES(REDHARE_MESSAGE_ENTRY)
#undef REDHARE_MESSAGE_ENTRY
}};

}  // namespace

size_t message_arity(MsgId id) { return kEntries[static_cast<size_t>(id)].arity; }
const char* message_name(MsgId id) { return kEntries[static_cast<size_t>(id)].name; }

std::string debug_text(const Msg& m) {
  std::string out = message_name(m.id);
  out += '(';
  bool first = true;
  for (const std::string& a : m.args) {
    if (!first) out += ", ";
    out += a;
    first = false;
  }
  for (const Msg& n : m.nested) {
    if (!first) out += ", ";
    out += debug_text(n);
    first = false;
  }
  out += ')';
  return out;
}

}  // namespace redhare
