// The terminal table: aligned columns (by display width, so 中文 lines up),
// input text cut at kMaxColumnWidth, grades coloured when asked.
#include "render_parts.h"

#include <algorithm>

#include <fmt/format.h>

#include "redhare/scoring.h"
#include "redhare/text_width.h"

namespace redhare {
namespace {

// Widest an input text column (names) gets in a terminal table; longer text
// ends in "…".
constexpr size_t kMaxColumnWidth = 20;

constexpr const char* kBold = "\x1b[1m";
constexpr const char* kReset = "\x1b[0m";

const char* grade_color(Grade g) {
  switch (g) {
    case Grade::kOutstanding: return "\x1b[1;32m";  // green bold
    case Grade::kExcellent: return "\x1b[32m";      // green
    case Grade::kAverage: return "\x1b[36m";        // cyan
    case Grade::kImprove: return "\x1b[33m";        // yellow
    case Grade::kUrgent: return "\x1b[1;31m";       // red bold
  }
  return "";
}

void pad(std::string& out, size_t n) { out.append(n, ' '); }

void render_table_text(const Table& t, const RenderOptions& o, std::string& out) {
  std::vector<size_t> cols = people_columns(t);
  const std::string& name = title(t, o.lang);
  if (!name.empty()) out += o.color ? fmt::format("{}{}{}\n", kBold, name, kReset) : name + "\n";
  // Display text of every cell first, then widths, then the lines.
  std::vector<std::vector<std::string>> cells(t.rows.size() + 1);
  // Only text from the inputs is cut: a 200-character nickname must not push
  // every column off the screen, while our own labels and notes are short and
  // must stay whole.
  for (size_t c : cols) cells[0].push_back(one_line(label(t.columns[c], o.lang)));
  for (size_t r = 0; r < t.rows.size(); ++r)
    for (size_t c : cols) {
      std::string text = one_line(format_for_people(t.rows[r][c], t.columns[c].type, o.lang));
      if (t.columns[c].from_input && !t.columns[c].keep_whole) text = truncate_to_width(text, kMaxColumnWidth);
      cells[r + 1].push_back(std::move(text));
    }
  std::vector<size_t> width(cols.size(), 0);
  for (const auto& line : cells)
    for (size_t i = 0; i < cols.size(); ++i) width[i] = std::max(width[i], display_width(line[i]));
  for (size_t r = 0; r < cells.size(); ++r) {
    std::string line;
    for (size_t i = 0; i < cols.size(); ++i) {
      const Column& col = t.columns[cols[i]];
      const std::string& text = cells[r][i];
      size_t gap = width[i] - display_width(text);
      bool right = is_number(col.type);
      bool last = i + 1 == cols.size();
      if (i > 0) line += "  ";
      if (right) pad(line, gap);
      const char* color = "";
      if (o.color && r == 0) color = kBold;
      if (o.color && r > 0 && col.type == CellType::kGrade) {
        const Cell& cell = t.rows[r - 1][cols[i]];
        if (!is_na(cell)) color = grade_color(grade_of(cell));
      }
      if (*color) line += color;
      line += text;
      if (*color) line += kReset;
      if (!right && !last) pad(line, gap);
    }
    // No trailing blanks, also when the last cells are empty (check's first /
    // last of a targets file): they show as junk when selected or diffed.
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line;
    out += '\n';
    if (r == 0) {
      std::string rule;
      for (size_t i = 0; i < cols.size(); ++i) {
        if (i > 0) rule += "  ";
        rule.append(width[i], '-');
      }
      out += rule + '\n';
    }
  }
}

}  // namespace

std::string render_table(const Report& report, const RenderOptions& o) {
  std::string out;
  for (const auto& [key, value] : report.header) {
    std::string k = header_label(key, o.lang);
    std::string v = header_value(key, value, o.lang);
    out += o.color ? fmt::format("{}{}:{} {}\n", kBold, k, kReset, v) : fmt::format("{}: {}\n", k, v);
  }
  for (const Table& t : report.tables) {
    if (!shown(t, true)) continue;
    if (!out.empty()) out += '\n';
    render_table_text(t, o, out);
  }
  if (!report.footer.empty()) {
    if (!out.empty()) out += '\n';
    for (const std::string& line : report.footer) out += line + '\n';
  }
  return out;
}

}  // namespace redhare
