// Small string helpers shared by the stages.
#pragma once

#include <string_view>

namespace redhare {

// `text` without leading and trailing blanks (space, tab, CR). Only ASCII
// blanks: a full-width space (U+3000) in a name or amount is the user's data,
// and money/columns decide for themselves what else to strip.
constexpr std::string_view trim_blanks(std::string_view text) {
  constexpr std::string_view kBlanks = " \t\r";
  size_t b = text.find_first_not_of(kBlanks);
  if (b == std::string_view::npos) return {};
  return text.substr(b, text.find_last_not_of(kBlanks) - b + 1);
}

}  // namespace redhare
