// Exact policy rates: 1%, 0.5%, 1.1, 0.8 as decimal fractions, never doubles.
//
// A rate decides fen of someone's pay (SPEC 10): ¥4,740.00 × 1% × 1.1 must be
// ¥52.14 on every machine, so a rate is kept as the decimal the policy wrote,
// num / den with den a power of ten, and money times rates is integer
// arithmetic rounded once, half up.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace redhare {

struct Rate {
  int64_t num = 0;
  int64_t den = 1;  // 10^k, k <= 8; reduced: num is not a multiple of 10 unless den is 1
  bool operator==(const Rate&) const = default;
};

// `1%`, `0.5%`, `0.01`, `1.1`, `1`: digits with at most 6 decimals, an
// optional trailing %. No sign: a negative rate or factor cannot mean
// anything in a pay sheet. False for anything else (also values above 1000).
bool parse_rate(std::string_view text, Rate* out);

// The exact decimal: {11,10} -> "1.1"; as a percentage: {1,100} -> "1%".
std::string rate_decimal(const Rate& r);
std::string rate_percent(const Rate& r);

// amount × a × b, rounded half up to a whole unit once (the one rounding
// rule of money). amount >= 0. Exact (128-bit intermediate).
int64_t apply_rates(int64_t amount, const Rate& a, const Rate& b = Rate{1, 1});

}  // namespace redhare
