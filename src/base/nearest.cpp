#include "redhare/nearest.h"

#include <algorithm>

namespace redhare {

namespace {

// UTF-8 to code points; a byte that starts no valid character is one code
// point of its own (names are validated on reading, so this only guards).
std::vector<char32_t> code_points(std::string_view s) {
  std::vector<char32_t> out;
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
    if (i + len > s.size()) {
      out.push_back(c);
      ++i;
      continue;
    }
    char32_t cp = len == 1 ? c : c & (0xFF >> (len + 1));
    for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += len;
  }
  return out;
}

// After the last ':' or '：' (the shop prefix of 红兔旗舰店:大白), or all of it.
std::string_view after_prefix(std::string_view name) {
  size_t cut = 0;
  if (size_t colon = name.rfind(':'); colon != std::string_view::npos) cut = colon + 1;
  if (size_t wide = name.rfind("："); wide != std::string_view::npos) cut = std::max(cut, wide + 3);
  return name.substr(cut);
}

}  // namespace

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<char32_t> x = code_points(a), y = code_points(b);
  std::vector<size_t> row(y.size() + 1);
  for (size_t j = 0; j <= y.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= x.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= y.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[y.size()];
}

std::vector<std::string_view> nearest_names(std::string_view name, const std::vector<std::string_view>& candidates,
                                            size_t max_edits) {
  const size_t length = code_points(name).size();
  size_t best = max_edits + 1;
  std::vector<std::string_view> out;
  for (std::string_view c : candidates) {
    if (c == name) continue;
    size_t d = std::min(edit_distance(name, c), edit_distance(after_prefix(name), after_prefix(c)));
    if (d >= length || d > best) continue;
    if (d < best) {
      out.clear();
      best = d;
    }
    out.push_back(c);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace redhare
