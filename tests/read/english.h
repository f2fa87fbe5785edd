// Read-stage errors as an English user reads them. The read stage throws
// message ids (message.h); their words live in the output stage, so these
// tests word them with it and keep asserting the text people see.
#pragma once

#include <string>

#include "redhare/error.h"
#include "redhare/message_text.h"

namespace redhare::test {

inline std::string english(const InputError& e) { return render_input_error(e, Lang::kEn); }
inline std::string english(const Msg& m) { return render_message(m, Lang::kEn); }

// The InputError `f` throws, in English; "no error" if it throws none.
template <class F>
std::string english_error_of(F&& f) {
  try {
    f();
  } catch (const InputError& e) {
    return english(e);
  }
  return "no error";
}

}  // namespace redhare::test
