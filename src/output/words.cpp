#include "words.h"

#include <cmath>

#include <fmt/format.h>

namespace redhare::words {

std::string two_decimals(double v) { return fmt::format("{:.2f}", v); }
std::string share_percent(double v) { return fmt::format("{}%", std::round(v * 1000) / 10); }

}  // namespace redhare::words
