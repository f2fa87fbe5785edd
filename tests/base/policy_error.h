// The error a policy text is refused with, as an English user reads it
// (policy_test, rate_test): the base stage throws message ids, and their
// words live in the output stage.
#pragma once

#include <string>
#include <string_view>

#include "redhare/error.h"
#include "redhare/message_text.h"
#include "redhare/policy.h"

namespace redhare::test {

// "no error" when the text is accepted.
inline std::string policy_error_of(std::string_view text) {
  try {
    parse_policy(text, "shop.ini");
  } catch (const UsageError& e) {
    return render_message(e.msg(), Lang::kEn);
  }
  return "no error";
}

}  // namespace redhare::test
