// The pieces the views build their Reports from, shared by views.cpp and
// explain.cpp so that a column, a header or an item label is spelled in one
// place. Private to the output stage.
#pragma once

#include <optional>
#include <string>
#include <utility>

#include "redhare/items.h"
#include "redhare/money.h"
#include "redhare/report.h"
#include "redhare/scoring.h"
#include "redhare/views.h"

namespace redhare::view_parts {

// An optional figure as a cell: n/a when absent.
Cell opt(const std::optional<double>& v);

Column text_column(const char* key, const char* en, const char* zh, bool from_input = false);
Table make_table(const char* key, const char* title_en, const char* title_zh);
Column agent_column();

// period, policy, then the input files.
void add_header(Report& r, const ReportContext& c);

// The cell type of the figure a score item scores (aov: a ratio shown as %).
CellType item_type(ItemId item);

// An AOV cell (fen): sales / payers rounded once to the fen; n/a without payers.
Cell aov_cell(Fen sales, int64_t payers);

// A kGrade cell: the Grade's value (render.cpp shows its word, CSV its key),
// marked when forced distribution moved it from the grade of the score alone:
// people see the word with kMovedMark, machines the key alone (they have the
// score_grade column).
Cell grade_cell(Grade g, bool moved = false);
Grade cell_grade(const Cell& c);
bool cell_grade_moved(const Cell& c);
inline constexpr const char* kMovedMark = "*";

// `s` quoted for a shell command line when it needs it.
std::string shell_word(const std::string& s);

}  // namespace redhare::view_parts
