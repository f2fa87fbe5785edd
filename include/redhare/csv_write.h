// Writing CSV: the one field writer every CSV redhare writes goes through
// (scorecards, the rejects file, the history), so they all quote alike.
#pragma once

#include <string>
#include <string_view>

namespace redhare {

// Appends `value` to `out` as one RFC 4180 field: as is, or in double quotes
// (with " doubled) when it holds a comma, a quote, CR or LF.
void append_csv_field(std::string* out, std::string_view value);

// OWASP CSV injection: a spreadsheet runs a cell starting with = + - @ tab or
// CR as a formula. Writers put a ' before such a cell when the text came from
// the inputs (and --no-sanitize was not given).
bool looks_like_formula(std::string_view value);

}  // namespace redhare
