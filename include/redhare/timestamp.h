// Timestamps of the input files (SPEC 1) -> shop-local seconds.
//
// Hand-written parsers: no locale, no sscanf, no allocation (10M per month).
// Naive times are shop-local as written; zoned and epoch times are shifted to
// the shop's UTC offset. Fractions of a second are truncated. Dates are
// range-checked (month 1-12, the month's real days, hour < 24, year 2000-2100).
#pragma once

#include <string_view>

#include "redhare/records.h"

namespace redhare {

// The built-in forms: `YYYY-MM-DD HH:MM[:SS[.fff]]`, `YYYY/M/D H:MM[:SS]`,
// ISO 8601 with `T` and optional `Z` / `±HH:MM` / `±HHMM`, epoch seconds (10
// digits) or milliseconds (13 digits). False when `text` is none of them.
bool parse_time(std::string_view text, int utc_offset_s, Time* out);

// A strftime-style `format` (%Y %m %d %e %H %I %M %S %p %y %a %b %z %%); a
// space in the format matches any run of spaces. False when `text` does not match.
bool parse_time_format(std::string_view text, std::string_view format, int utc_offset_s, Time* out);

}  // namespace redhare
