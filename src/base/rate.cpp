#include "redhare/rate.h"

#include <fmt/format.h>

#include "redhare/strings.h"

namespace redhare {

namespace {

// Six decimals (0.000001, or 0.0001%) is finer than any pay rule needs, and
// keeps amount × a × b inside 128 bits for any realistic amount.
constexpr int kMaxDecimals = 6;

Rate reduced(Rate r) {
  while (r.den > 1 && r.num % 10 == 0) {
    r.num /= 10;
    r.den /= 10;
  }
  if (r.num == 0) r.den = 1;
  return r;
}

// num / den with den a power of ten, as the shortest decimal.
std::string decimal(int64_t num, int64_t den) {
  std::string out = fmt::format("{}", num / den);
  int64_t frac = num % den;
  if (frac == 0) return out;
  int digits = 0;
  for (int64_t d = den; d > 1; d /= 10) ++digits;
  std::string f = fmt::format("{:0{}}", frac, digits);
  while (!f.empty() && f.back() == '0') f.pop_back();
  return out + "." + f;
}

}  // namespace

bool parse_rate(std::string_view text, Rate* out) {
  std::string_view t = trim_blanks(text);
  bool percent = !t.empty() && t.back() == '%';
  if (percent) t.remove_suffix(1);
  t = trim_blanks(t);
  if (t.empty()) return false;
  int64_t num = 0, den = 1;
  bool dot = false, digit = false;
  int decimals = 0, whole_digits = 0;
  for (char c : t) {
    if (c == '.' && !dot) {
      dot = true;
      continue;
    }
    if (c < '0' || c > '9') return false;
    digit = true;
    if (dot) {
      if (++decimals > kMaxDecimals) return false;
      den *= 10;
    } else if (++whole_digits > 6) {
      return false;
    }
    num = num * 10 + (c - '0');
  }
  if (!digit) return false;
  if (percent) den *= 100;
  Rate r = reduced({num, den});
  if (r.num > 1000 * r.den) return false;
  *out = r;
  return true;
}

std::string rate_decimal(const Rate& r) { return decimal(r.num, r.den); }

std::string rate_percent(const Rate& r) {
  Rate p = reduced({r.num * 100, r.den});
  return decimal(p.num, p.den) + "%";
}

int64_t apply_rates(int64_t amount, const Rate& a, const Rate& b) {
  const __int128 n = static_cast<__int128>(amount) * a.num * b.num;
  const __int128 d = static_cast<__int128>(a.den) * b.den;
  return static_cast<int64_t>((2 * n + d) / (2 * d));  // half up: floor(n/d + 1/2)
}

}  // namespace redhare
