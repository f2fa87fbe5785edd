// Money in the inputs (SPEC 1) -> integer fen.
#pragma once

#include <string_view>

#include "redhare/records.h"

namespace redhare {

// Yuan with at most two decimals: `12.50`, `1,234.00` (thousands separators
// in groups of three), `¥12`, `￥12`, `12元`, surrounding spaces. More than
// two decimals is refused, not rounded: a rounded amount silently changes
// someone's pay. Negative, empty or anything else: false.
bool parse_money(std::string_view text, Fen* out);

}  // namespace redhare
