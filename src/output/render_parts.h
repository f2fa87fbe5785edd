// What the format renderers share (defined in render_parts.cpp): reading
// cells, labels in a language, which tables and columns a format shows. One
// renderer per format, each in render_<format>.cpp, called by render().
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "redhare/render.h"
#include "redhare/report.h"
#include "redhare/scoring.h"

namespace redhare {

// Shown for n/a in tables and Markdown.
inline constexpr const char* kNa = "\u2014";  // —

// Fixed decimals without locale; a value that rounds to zero has no sign.
std::string fixed(double v, int decimals);
bool is_number(CellType t);
// A text cell's text; a number there is a view's bug (std::logic_error).
const std::string& as_text(const Cell& c);
double as_double(const Cell& c);
int64_t as_int(const Cell& c);
bool is_na(const Cell& c);

// A kGrade cell's Grade (scoring.h).
Grade grade_of(const Cell& c);
// Cells are one line in every format: tabs and line breaks become spaces.
std::string one_line(std::string_view s);
const std::string& label(const Column& c, Lang lang);
const std::string& title(const Table& t, Lang lang);
std::string header_label(const std::string& key, Lang lang);
std::string header_value(const std::string& key, const std::string& value, Lang lang);

// Whether a table shows in people's formats (table, md) or machines' (csv,
// tsv, json); the columns a people's format shows.
bool shown(const Table& t, bool people);
std::vector<size_t> people_columns(const Table& t);
// The columns CSV, TSV and JSON carry: all but the people-only views.
std::vector<size_t> machine_columns(const Table& t);
// The table --section names (the first machine table by default); throws
// UsageError kUnknownSection / kNoCsvTable.
const Table& pick_section(const Report& report, const std::string& section);

// The renderers.
std::string render_table(const Report& report, const RenderOptions& o);
std::string render_delimited(const Report& report, const RenderOptions& o, bool tsv);
std::string render_json(const Report& report);
std::string render_md(const Report& report, const RenderOptions& o);

}  // namespace redhare
