// Money: integer fen (0.01 yuan), read exactly from text, rounded once.
#pragma once

#include <cstdint>
#include <string_view>

namespace redhare {

using Fen = int64_t;  // money in fen (1 yuan = 100 fen)

// Yuan with at most two decimals: `12.50`, `1,234.00` (thousands separators
// in groups of three), `¥12`, `￥12`, `12元`, surrounding spaces. More than
// two decimals is refused, not rounded: a rounded amount silently changes
// someone's pay. Negative, empty or anything else: false. Used for the
// inputs (SPEC 1) and for the policy's amounts.
bool parse_money(std::string_view text, Fen* out);

// The one rounding rule for money: `total / n` to the nearest fen, halves
// away from zero (half up for the positive amounts money is here). n > 0.
Fen divide_fen(Fen total, int64_t n);

}  // namespace redhare
