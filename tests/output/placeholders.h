// The placeholders of a text in the {0}, {1}, ... form both message texts
// (message_text.h) and explain's phrases (explain_words.h) use; shared by
// their tests, which check each language's text against the arity.
#pragma once

#include <set>
#include <string>
#include <string_view>

namespace redhare::testing {

// The placeholder numbers in `text`; -1 for a brace that is not "{N}".
inline std::set<int> placeholders(std::string_view text) {
  std::set<int> found;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '}') {
      found.insert(-1);
      continue;
    }
    if (text[i] != '{') continue;
    size_t close = text.find('}', i);
    std::string_view inside = close == std::string_view::npos ? "" : text.substr(i + 1, close - i - 1);
    if (inside.empty() || inside.find_first_not_of("0123456789") != std::string_view::npos) {
      found.insert(-1);
      continue;
    }
    found.insert(std::stoi(std::string(inside)));
    i = close;
  }
  return found;
}

// {0, 1, ..., arity - 1}: what a text with `arity` arguments must place.
inline std::set<int> expected_placeholders(size_t arity) {
  std::set<int> expected;
  for (size_t a = 0; a < arity; ++a) expected.insert(static_cast<int>(a));
  return expected;
}

}  // namespace redhare::testing
