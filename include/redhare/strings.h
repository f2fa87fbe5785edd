// Small string helpers shared by the stages.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace redhare {

// The 8 (or 4) bytes at p as one number, whatever p's alignment (memcpy is
// one load): for comparing and hashing text a word at a time.
inline uint64_t load8(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
inline uint64_t load4(const char* p) {
  uint32_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

// `text` without leading and trailing blanks (space, tab, CR). Only ASCII
// blanks: money and columns decide for themselves what else to strip, and
// names use trim_name.
constexpr std::string_view trim_blanks(std::string_view text) {
  constexpr std::string_view kBlanks = " \t\r";
  size_t b = text.find_first_not_of(kBlanks);
  if (b == std::string_view::npos) return {};
  return text.substr(b, text.find_last_not_of(kBlanks) - b + 1);
}

// A name field (agent, customer, rater, department) without the full-width
// spaces (U+3000, "\xE3\x80\x80") and ASCII blanks around it. A Chinese IME
// types U+3000 for a space, and an ops lead never means one at either end of
// a name: "小美　" and "小美" are one agent. Inner ones stay. The splitter
// has already trimmed ASCII blanks, so a name pays two byte comparisons
// unless it ends or starts with the byte that begins U+3000.
constexpr std::string_view trim_name(std::string_view name) {
  constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";
  auto edge_may_hold_one = [](std::string_view t) {
    return !t.empty() && (t.front() == '\xE3' || t.back() == '\x80' || t.front() == ' ' || t.front() == '\t' ||
                          t.back() == ' ' || t.back() == '\t');
  };
  while (edge_may_hold_one(name)) {
    const size_t before = name.size();
    name = trim_blanks(name);
    if (name.starts_with(kIdeographicSpace)) name.remove_prefix(3);
    if (name.ends_with(kIdeographicSpace)) name.remove_suffix(3);
    if (name.size() == before) break;
  }
  return name;
}

}  // namespace redhare
