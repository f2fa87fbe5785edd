// The output model: every subcommand builds a Report (header lines + tables of
// typed cells); renderers turn it into a terminal table, CSV, TSV, JSON or
// Markdown. Commands never format numbers themselves, so every format agrees.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "redhare/lang.h"

namespace redhare {

// The output formats. Each has its own renderer (src/output/render_*.cpp);
// render() dispatches on this.
enum class Format { kTable, kCsv, kTsv, kJson, kMd, kHtml };

enum class CellType {
  kText,     // free text
  kInt,      // counts
  kRate,     // fraction: table "41.2%", CSV 4 decimals (0.4120)
  kSeconds,  // table "27.4s", CSV 1 decimal
  kMoney,    // int64 fen: table "¥1,234.50", CSV 2 decimals (1234.50)
  kNumber,   // plain number (scores, points): 1 decimal in tables, 2 in CSV
  // A number that needs 4 decimals in CSV like a rate (SPEC 4, SPEC 12): a ratio of
  // two counts (answer_ratio) or a period's mean of monthly scores (review); 2 in tables.
  kRatio,
  kGrade,    // int64: a Grade (scoring.h), shown translated and coloured; its key in CSV/JSON
  kInputKind,  // text: an input's option name (chats, orders, ...), shown translated
};

struct Column {
  std::string key;  // stable machine name (CSV/JSON header, SPEC 7)
  std::string en;   // table label, English
  std::string zh;   // table label, 中文
  CellType type = CellType::kText;
  // Text that comes from input files (agent, customer names): CSV output
  // neutralises a leading = + - @ tab CR (OWASP CSV injection).
  bool from_input = false;
  // Left out of the terminal table and Markdown (a 30-column table does not fit a
  // terminal); CSV, TSV and JSON always carry every column.
  bool detail_only = false;
  // Never cut in tables, even when from_input: a file path cut short is no
  // use to anyone, and there are only a few rows of them.
  bool keep_whole = false;
  // Only in the formats for people (table, md, html): a view of figures the
  // machine columns already carry (score --show figures), so CSV and JSON
  // keep SPEC 7's columns whatever people chose to see.
  bool people_only = false;
};

// Which formats show a table. Scorecards are for people; the actions table is
// for machines, because people read the same lines as text in Report::footer.
// kCharts: facts only the html page draws (grade bands, history), in no other format.
enum class Audience { kAll, kMachines, kPeople, kCharts };

// monostate = n/a; int64_t for kInt and kMoney (fen); double for kRate,
// kSeconds, kNumber; int64_t for kGrade (the Grade); string for kText and kInputKind.
using Cell = std::variant<std::monostate, int64_t, double, std::string>;

struct Table {
  std::string key;       // JSON member name and --section name ("agents", "actions", ...)
  std::string title_en;  // shown above the table in table/md formats
  std::string title_zh;
  std::vector<Column> columns;
  std::vector<std::vector<Cell>> rows;
  Audience audience = Audience::kAll;  // kMachines: csv/tsv/json; kPeople: table/md
};

struct Report {
  // Header facts ("period" -> "2026-10", "policy" -> "default", "chats" -> file):
  // shown above tables, JSON top-level members, not in CSV.
  std::vector<std::pair<std::string, std::string>> header;
  std::vector<Table> tables;
  // Free lines after the tables in table/md formats (e.g. consequence lines).
  std::vector<std::string> footer;
};

struct RenderOptions {
  Format format = Format::kTable;
  Lang lang = Lang::kEn;
  bool color = false;       // ANSI colours (grades) in table format
  bool sanitize = true;     // CSV injection neutralisation (--no-sanitize turns off)
  bool bom = false;         // UTF-8 BOM before CSV/TSV (Excel)
  std::string section;      // csv/tsv: which table (default: the first)
};

// Renders `report`. CSV/TSV render one table (options.section); the others render all.
std::string render(const Report& report, const RenderOptions& options);

}  // namespace redhare
