#include "redhare/money.h"

#include "redhare/strings.h"

namespace redhare {

namespace {

bool strip_prefix(std::string_view* t, std::string_view p) {
  if (t->substr(0, p.size()) != p) return false;
  t->remove_prefix(p.size());
  return true;
}

}  // namespace

bool parse_money(std::string_view text, Fen* out) {
  std::string_view t = trim_blanks(text);
  if (strip_prefix(&t, "\xC2\xA5") || strip_prefix(&t, "\xEF\xBF\xA5")) t = trim_blanks(t);  // ¥ ￥
  if (t.size() >= 3 && t.substr(t.size() - 3) == "\xE5\x85\x83") t = trim_blanks(t.substr(0, t.size() - 3));  // 元
  Fen yuan = 0;
  size_t i = 0, group = 0;
  bool grouped = false;
  for (; i < t.size() && t[i] != '.'; ++i) {
    char c = t[i];
    if (c == ',') {
      // A separator needs digits before it and, after the first, exactly three.
      if (i == 0 || (grouped && group != 3) || (!grouped && group > 3)) return false;
      grouped = true;
      group = 0;
      continue;
    }
    if (c < '0' || c > '9') return false;
    if (yuan > 1'000'000'000'000LL) return false;  // no shop takes 10^12 yuan in one order
    yuan = yuan * 10 + (c - '0');
    ++group;
  }
  if (i == 0 || group == 0 || (grouped && group != 3)) return false;
  Fen fen = 0;
  if (i < t.size()) {  // t[i] == '.'
    size_t decimals = t.size() - i - 1;
    if (decimals < 1 || decimals > 2) return false;
    for (size_t k = i + 1; k < t.size(); ++k) {
      if (t[k] < '0' || t[k] > '9') return false;
      fen = fen * 10 + (t[k] - '0');
    }
    if (decimals == 1) fen *= 10;
  }
  *out = yuan * 100 + fen;
  return true;
}

Fen divide_fen(Fen total, int64_t n) {
  const Fen q = total / n, r = total % n;
  // |r| * 2 >= n: the remainder is at least half of n.
  const int64_t twice = (r < 0 ? -r : r) * 2;
  if (twice < n) return q;
  return total < 0 ? q - 1 : q + 1;
}

}  // namespace redhare
