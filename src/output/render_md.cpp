// Markdown: one pipe table per report table, the header as a list.
#include "render_parts.h"

#include <fmt/format.h>

namespace redhare {
namespace {

std::string md_cell(std::string_view s) {
  std::string out;
  for (char c : one_line(s)) {
    // `*` too: a grade moved by forced distribution is marked `average*`,
    // and its footnote line starts with `*` (a nested bullet otherwise).
    if (c == '|' || c == '\\' || c == '*') out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

std::string render_md(const Report& report, const RenderOptions& o) {
  std::string out;
  for (const auto& [key, value] : report.header)
    out += fmt::format("- {}: {}\n", md_cell(header_label(key, o.lang)), md_cell(header_value(key, value, o.lang)));
  for (const Table& t : report.tables) {
    if (!shown(t, true)) continue;
    if (!out.empty()) out += '\n';
    if (!title(t, o.lang).empty()) out += fmt::format("### {}\n\n", md_cell(title(t, o.lang)));
    std::vector<size_t> cols = people_columns(t);
    std::string head = "|", rule = "|";
    for (size_t c : cols) {
      head += ' ' + md_cell(label(t.columns[c], o.lang)) + " |";
      rule += is_number(t.columns[c].type) ? "---:|" : "---|";
    }
    out += head + '\n' + rule + '\n';
    for (const auto& row : t.rows) {
      std::string line = "|";
      for (size_t c : cols) line += ' ' + md_cell(format_for_people(row[c], t.columns[c].type, o.lang)) + " |";
      out += line + '\n';
    }
  }
  if (!report.footer.empty()) {
    out += '\n';
    for (const std::string& line : report.footer) out += "- " + md_cell(line) + '\n';
  }
  return out;
}

}  // namespace redhare
