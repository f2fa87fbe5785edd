// The pieces the views build their Reports from, shared by views.cpp and
// explain.cpp so that a column, a header or an item label is spelled in one
// place. Private to the output stage.
#pragma once

#include <optional>
#include <string>
#include <utility>

#include "redhare/report.h"
#include "redhare/views.h"

namespace redhare::view_parts {

// An optional figure as a cell: n/a when absent.
Cell opt(const std::optional<double>& v);

Column text_column(const char* key, const char* en, const char* zh, bool from_input = false);
Table make_table(const char* key, const char* title_en, const char* title_zh);
Column agent_column();

// period, policy, then the input files.
void add_header(Report& r, const ReportContext& c);

const std::string& pick(Lang lang, const std::string& en, const std::string& zh);

// The cell type of the figure a score item scores (aov: a ratio shown as %).
CellType item_type(const std::string& item);
// The seed's names for a score item (en, zh), e.g. "conversion pts", "询单转化率得分".
std::pair<std::string, std::string> item_labels(const std::string& item);
// Short names for the scores table's columns (en, zh), e.g. "conv", "转化率".
std::pair<std::string, std::string> item_column_labels(const std::string& item);

// Why score_agents left an item out ("no target", ...), in `lang`.
std::string left_out_text(const std::string& reason, Lang lang);

// `s` quoted for a shell command line when it needs it.
std::string shell_word(const std::string& s);

}  // namespace redhare::view_parts
