#include "redhare/message_text.h"

#include <fmt/args.h>
#include <fmt/format.h>

#include "word_list.h"

namespace redhare {

namespace en {
const char* message_text(MsgId id);
}
namespace zh {
const char* message_text(MsgId id);
}

std::string_view message_template(MsgId id, Lang lang) {
  const char* (*in)(MsgId) = word_list::in_lang(lang, en::message_text, zh::message_text);
  const char* text = in ? in(id) : nullptr;
  return text ? text : "";
}

std::string render_message(const Msg& m, Lang lang) {
  fmt::dynamic_format_arg_store<fmt::format_context> args;
  for (const std::string& a : m.args) args.push_back(a);
  for (const Msg& n : m.nested) args.push_back(render_message(n, lang));
  std::string_view text = message_template(m.id, lang);
  // A message built with the wrong number of arguments is a bug; the
  // language-free text still tells the user what happened.
  if (text.empty() || m.args.size() + m.nested.size() != message_arity(m.id)) return debug_text(m);
  try {
    return fmt::vformat(text, args);
  } catch (const fmt::format_error&) {
    return debug_text(m);
  }
}

std::string render_input_error(const InputError& e, Lang lang) {
  return format_location(e.where(), render_message(e.reason(), lang));
}

}  // namespace redhare
