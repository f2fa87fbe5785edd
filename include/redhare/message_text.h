// Messages (message.h) in words: the one place errors and warnings become
// English or Chinese text. The texts themselves are in
// src/output/en/messages.cpp and src/output/zh/messages.cpp.
#pragma once

#include <string>
#include <string_view>

#include "redhare/error.h"
#include "redhare/lang.h"
#include "redhare/message.h"

namespace redhare {

// The id's text in `lang`, placeholders {0}, {1}, ... (see message.h);
// empty if the language has none (a test walks every id so that cannot ship).
std::string_view message_template(MsgId id, Lang lang);

// The message in `lang`, arguments placed.
std::string render_message(const Msg& m, Lang lang);

// An input error as the user sees it: "file:line: reason" ("file: reason" for
// the file as a whole). file:line stays the same in both languages: editors
// and grep read it.
std::string render_input_error(const InputError& e, Lang lang);

}  // namespace redhare
