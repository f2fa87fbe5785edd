// The pieces the views build their Reports from, shared by views.cpp and
// explain.cpp so that a column, a header or an item label is spelled in one
// place. Private to the output stage.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "redhare/items.h"
#include "redhare/money.h"
#include "redhare/report.h"
#include "redhare/scoring.h"
#include "redhare/views.h"
#include "table_words.h"

namespace redhare::view_parts {

using table_words::Label;

// An optional figure as a cell: n/a when absent.
Cell opt(const std::optional<double>& v);

// A column, its machine key (SPEC 7) beside the label people read, which
// comes in both languages from table_words.h: a view never spells one.
Column column(const char* key, table_words::Label label, CellType type);
Column text_column(const char* key, table_words::Label label, bool from_input = false);
Table make_table(const char* key, table_words::Label title);
// A table whose title the view composes (an agent's card, a group's heading).
Table make_table(const char* key);
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

// Lines of text for people, one per agent, with the agent and the amount
// (when any line has one) in columns padded by display width, so CJK names
// line up:
//   红兔旗舰店:大白       +¥100.00  reward — rank 1 of 5 ranked agents
//   红兔旗舰店:小林—售后  -¥100.00  deduction from commission — last rank 5 of 5
// The amount lives only in its column: the text never repeats it.
struct AgentLine {
  std::string agent;
  Fen amount = 0;  // 0: no amount
  std::string text;
};
std::vector<std::string> aligned_lines(const std::vector<AgentLine>& lines);

// `s` quoted for a shell command line when it needs it.
std::string shell_word(const std::string& s);

}  // namespace redhare::view_parts
