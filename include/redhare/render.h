// Turning a Report into text. render() itself is declared in report.h; the
// language and colour decisions are environment.h's.
//
// Number formats (SPEC 4, one place for all formats):
//   type      table / md     csv / tsv / json
//   kRate     41.2%          0.4120
//   kSeconds  27.4s          27.4
//   kMoney    ¥1,234.50      1234.50      (int64 fen, never through double)
//   kNumber   87.5           87.50
//   n/a       —              empty / null
// Nothing goes through the C or C++ locale, so output is byte-identical
// everywhere.
#pragma once

#include <string>
#include <string_view>
#include <utility>

#include "redhare/report.h"

namespace redhare {

// A cell as people read it (table, md), in `lang` (grades are translated).
std::string format_for_people(const Cell& cell, CellType type, Lang lang);

// A cell as machines read it (csv, tsv, json); n/a is the empty string.
std::string format_for_machines(const Cell& cell, CellType type);

// A header fact as people read it (label, value), in `lang`: "period" is 周期.
std::pair<std::string, std::string> header_for_people(const std::string& key, const std::string& value,
                                                      Lang lang);

// Fen as "¥1,234.50" (people) or "1234.50" (machines); negatives "-¥3.00", "-3.00".
std::string format_money(int64_t fen, bool for_people);

}  // namespace redhare
